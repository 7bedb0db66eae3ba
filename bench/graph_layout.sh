#!/usr/bin/env bash
# Graph layout benchmark: laying out the overview of all clusters (what the graph view opens
# with) against plain sfdp on the whole account-infrastructure graph.
#
#   bench/graph_layout.sh [BUILD_DIR] [CASE]     (run from the repo root)
#
# Defaults: BUILD_DIR build; CASE $BENCH_WORK/bench.hlcase ($BENCH_WORK defaults to bench/work),
# the import benchmark's 15-million-exchange case, analysed (bench/analysis_perf.sh analyses
# it). The case is written to: the overview's layout is stored in it (schema 7; an older case is
# upgraded when opened). $ENGINE picks the Graphviz engine (default sfdp); $WHOLE_TIMEOUT
# (seconds, default 900) stops the whole-graph layout, whose time is then a lower bound.
# Needs a Release build of hydralens and the Debian packages `time` and coreutils.
# See bench/README.md, "Graph layout benchmark".
set -euo pipefail

BUILD_DIR=${1:-build}
WORK=${BENCH_WORK:-bench/work}
CASE=${2:-$WORK/bench.hlcase}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ENGINE=${ENGINE:-sfdp}
WHOLE_TIMEOUT=${WHOLE_TIMEOUT:-900}

# Goal
RATIO_GOAL=0.05   # overview layout / whole-graph layout (one Graphviz call)

die() { echo "graph_layout: error: $*" >&2; exit 1; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
command -v timeout >/dev/null 2>&1 || die "timeout not found; install the Debian package coreutils"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
[[ "$WHOLE_TIMEOUT" =~ ^[0-9]+$ ]] || die "WHOLE_TIMEOUT must be a whole number of seconds (got '$WHOLE_TIMEOUT')"
case "$ENGINE" in sfdp|neato|fdp) ;; *) die "ENGINE must be sfdp, neato or fdp (got '$ENGINE')" ;; esac
[ -e "$CASE" ] || die "$CASE not found. Make the 15-million-exchange case with bench/import_bench.sh $BUILD_DIR and analyse it with bench/analysis_perf.sh $BUILD_DIR (or: $HL analyze --case $CASE), with the same \$BENCH_WORK, or pass a case as the second argument"

if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    bt=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    [ "$bt" = "Release" ] || echo "graph_layout: warning: $BUILD_DIR has CMAKE_BUILD_TYPE='$bt', not Release; numbers will not be representative" >&2
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# run_timed, ratio, verdict_le, machine_facts
source "$HERE/lib.sh"

RUNS=$("$HL" query --case "$CASE" "SELECT count(*) FROM analysis_runs" 2>"$OUT/query.err" | tail -n 1) \
    || { cat "$OUT/query.err" >&2; die "cannot read $CASE with hydralens query"; }
[ "${RUNS:-0}" -gt 0 ] 2>/dev/null || die "$CASE has not been analysed; run: $HL analyze --case $CASE (bench/analysis_perf.sh does it with the demo location database)"
CLUSTERS=$("$HL" query --case "$CASE" "SELECT count(*) FROM clusters" | tail -n 1)

# "… sfdp layout 3.210 s …" -> 3.210
layout_seconds() { sed -n 's/.* layout \([0-9.]*\) s.*/\1/p' "$1" | tail -n 1; }
read_seconds() { sed -n 's/.* read in \([0-9.]*\) s$/\1/p' "$1" | tail -n 1; }
# CPU seconds (user + system) of a run, from /usr/bin/time -f '%U %S' (last line; killed runs too)
cpu_seconds() { tail -n 1 "$1" 2>/dev/null | awk 'NF == 2 { printf "%.3f", $1 + $2; ok = 1 } END { if (!ok) print "n/a" }'; }
graph_size() { sed -n 's/^[a-z:0-9]*: \([0-9]* nodes, [0-9]* edges\) read in.*/\1/p' "$1" | tail -n 1; }

note "reading $CASE once (warm page cache)"
cat "$CASE" > /dev/null

# ---------------------------------------------------------------- 1. overview
note "1. hydralens layout --scope overview --engine $ENGINE --no-cache (components split, stored in the case)"
run_timed "$OUT/overview.out" "$OUT/overview.err" /usr/bin/time -f '%U %S' -o "$OUT/overview.cpu" "$HL" layout --case "$CASE" --scope overview --engine "$ENGINE" --no-cache
if [ "$RC" -ne 0 ]; then
    echo "graph_layout: error: hydralens layout --scope overview exited with status $RC. Last lines of its stderr:" >&2
    tail -n 20 "$OUT/overview.err" >&2
    exit 2
fi
OV_S=$(layout_seconds "$OUT/overview.out")
OV_READ=$(read_seconds "$OUT/overview.err")
OV_WALL=$WALL
OV_CPU=$(cpu_seconds "$OUT/overview.cpu")
OV_RSS=$((RSS_KB / 1024))
[ -n "$OV_S" ] || { cat "$OUT/overview.out" >&2; echo "graph_layout: error: no 'layout X s' in the output of layout" >&2; exit 2; }
echo "   $(cat "$OUT/overview.out")"
echo "   wall ${OV_WALL} s, CPU ${OV_CPU} s, peak RSS ${OV_RSS} MB"

# ---------------------------------------------------------------- 2. whole graph
note "2. hydralens layout --scope whole --engine $ENGINE (one Graphviz call; stopped after ${WHOLE_TIMEOUT} s)"
run_timed "$OUT/whole.out" "$OUT/whole.err" /usr/bin/time -f '%U %S' -o "$OUT/whole.cpu" timeout -k 10 "$WHOLE_TIMEOUT" "$HL" layout --case "$CASE" --scope whole --engine "$ENGINE"
WH_READ=$(read_seconds "$OUT/whole.err")
WH_SIZE=$(graph_size "$OUT/whole.err")
WH_WALL=$WALL
WH_CPU=$(cpu_seconds "$OUT/whole.cpu")
WH_RSS=$((RSS_KB / 1024))
GE=""
if [ "$RC" -eq 0 ]; then
    WH_S=$(layout_seconds "$OUT/whole.out")
    echo "   $(cat "$OUT/whole.out")"
elif [ "$RC" -eq 124 ] || [ "$RC" -eq 137 ]; then
    # Stopped: the layout took at least the time limit minus reading the graph.
    [ -n "$WH_READ" ] || WH_READ=0
    WH_S=$(awk -v t="$WHOLE_TIMEOUT" -v r="$WH_READ" 'BEGIN { printf "%.3f", t - r }')
    GE="≥ "
    echo "   stopped after ${WHOLE_TIMEOUT} s (graph: ${WH_SIZE:-?}, read in ${WH_READ} s): the layout needs ≥ ${WH_S} s"
else
    echo "graph_layout: error: hydralens layout --scope whole exited with status $RC. Last lines of its stderr:" >&2
    tail -n 20 "$OUT/whole.err" >&2
    exit 2
fi
echo "   wall ${WH_WALL} s, CPU ${WH_CPU} s, peak RSS ${WH_RSS} MB"

# ---------------------------------------------------------------- 3. verdict
RATIO=$(ratio "$OV_S" "$WH_S")
LE=""; [ -n "$GE" ] && LE="≤ "
VERDICT=$(verdict_le "$RATIO" "$RATIO_GOAL")
note "3. overview / whole = ${LE}${RATIO} (goal <= $RATIO_GOAL): $VERDICT"

machine_facts
build_commit "$BUILD_DIR"
GV=$(pkg-config --modversion libgvc 2>/dev/null || echo "?")

cat <<EOF
$(result_head)
| Graphviz | $GV, engine $ENGINE |
| Load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) (other processes slow both runs; CPU seconds are less affected) |
| Case | $CASE: $CLUSTERS clusters |
| Overview | $(sed -n 's/^overview: \(.*\); [a-z]* layout.*/\1/p' "$OUT/overview.out") |
| Whole graph | ${WH_SIZE:-?} |

| Measure | Whole graph, one call | Overview | Ratio | Goal | Result |
|---|---|---|---|---|---|
| Layout (s) | ${GE}${WH_S} | ${OV_S} | ${LE}${RATIO} | ≤ ${RATIO_GOAL} | ${VERDICT} |
| Reading the graph (s) | ${WH_READ:-?} | ${OV_READ:-?} | | | |
| Wall, whole command (s) | ${GE}${WH_WALL} | ${OV_WALL} | ${LE}$(ratio "$OV_WALL" "$WH_WALL") | | |
| CPU, whole command (s) | ${GE}${WH_CPU} | ${OV_CPU} | ${LE}$(ratio "$OV_CPU" "$WH_CPU") | | |
| Peak RSS (MB) | ${WH_RSS} | ${OV_RSS} | | | |
$( [ -n "$GE" ] && echo "
The whole-graph layout was stopped after ${WHOLE_TIMEOUT} s; its time is a lower bound and the ratio an upper bound.")

---- end ----
EOF
