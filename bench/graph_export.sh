#!/usr/bin/env bash
# Graph export benchmark: `hydralens export graph` of the overview and of the largest cluster's
# drill-in, in GraphML, GEXF and DOT: seconds and file sizes (no goal in issue 6; measured).
#
#   bench/graph_export.sh [BUILD_DIR] [SOURCE_CASE]     (run from the repo root)
#
# Default BUILD_DIR: build. SOURCE_CASE: an analysed case, copied and never changed; without it
# the script makes one in the work directory: demo-export --accounts $ACCOUNTS (default 60000)
# --exchanges $EXCHANGES (default 2000000) --seed 7, import, analyze (reused while the
# parameters are the same). Scopes: the overview as the window opens it (clusters of 2+
# accounts), the overview of every cluster (--min-size 1) and the largest cluster's drill-in.
# On a fresh copy (no stored layout) each scope is exported once
# "cold" (read, Graphviz layout, stored in the case, written), then every format $RUNS times
# (default 5) "warm" (layout from the case), the median counts; then once with --redact.
# Work directory: bench/work-graph-export, or $BENCH_WORK. Needs a Release build and the Debian
# package time. See bench/README.md, "Graph export benchmark".
set -euo pipefail

BUILD_DIR=${1:-build}
SOURCE=${2:-}
WORK=${BENCH_WORK:-bench/work-graph-export}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACCOUNTS=${ACCOUNTS:-60000}
EXCHANGES=${EXCHANGES:-2000000}
RUNS=${RUNS:-5}
CASE="$WORK/graph.hlcase"
OUT="$WORK/out"

die() { echo "graph_export: error: $*" >&2; exit 1; }
fail() { echo "graph_export: error: $1 failed (exit $2). Last lines of $3:" >&2; tail -n 20 "$3" >&2; exit 2; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
for v in ACCOUNTS EXCHANGES RUNS; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive whole number (got '${!v}')"
done
# run_timed, ratio, verdicts, sizes, machine facts, median, check_release, make_work_dir
source "$HERE/lib.sh"
check_release graph_export "$BUILD_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
make_work_dir "$WORK" "$OUT"

query() { "$HL" query --case "$CASE" "$1" | tail -n 1; }

# ---------------------------------------------------------------- 1. the source case
demo_source_case

# ---------------------------------------------------------------- 2. a fresh copy
note "2. copy to $CASE (no stored layout)"
rm -f "$CASE" "$CASE-wal" "$CASE-shm"
cp "$SOURCE" "$CASE"
"$HL" info --case "$CASE" >"$WORK/info.out" 2>"$WORK/info.err" || fail "hydralens info (schema upgrade)" $? "$WORK/info.err"
[ "$(query 'SELECT count(*) FROM analysis_runs')" -gt 0 ] || die "$SOURCE has not been analysed; run: $HL analyze --case $SOURCE"
[ "$(query 'SELECT count(*) FROM graph_layouts')" -eq 0 ] || die "$SOURCE holds stored layouts; pass a case without any (or let the script make one)"
BIGGEST=$(query "SELECT id FROM clusters ORDER BY size DESC, id LIMIT 1")
BIGGEST_SIZE=$(query "SELECT size FROM clusters WHERE id = $BIGGEST")
CLUSTERS=$(query "SELECT count(*) FROM clusters")
CLUSTERS2=$(query "SELECT count(*) FROM clusters WHERE size >= 2")
echo "   $CLUSTERS clusters ($CLUSTERS2 of 2+ accounts); the largest: #$BIGGEST, $BIGGEST_SIZE accounts"
cat "$CASE" > /dev/null # warm page cache

# ---------------------------------------------------------------- 3. exports
ROWS=()
# export_scope NAME ARGS...: cold GraphML, then each format warm ($RUNS runs), then redacted.
export_scope() {
    local name=$1; shift
    local f file times sums ext
    note "3. $name: cold (read + Graphviz layout + store + write GraphML)"
    run_timed "$OUT/$name-cold.out" "$OUT/$name-cold.err" "$HL" export graph --case "$CASE" "$@" --out "$OUT/$name-cold.graphml" --force
    [ "$RC" -eq 0 ] || fail "hydralens export graph ($name, cold)" "$RC" "$OUT/$name-cold.err"
    echo "   $(cat "$OUT/$name-cold.out")"
    local size
    size=$(sed -n 's/^.*: \([0-9]* nodes, [0-9]* edges\);.*/\1/p' "$OUT/$name-cold.out")
    ROWS+=("| $name ($size) | cold: GraphML with layout | $WALL | $((RSS_KB / 1024)) | $(human_size "$(file_size "$OUT/$name-cold.graphml")") | |")
    for f in graphml gexf dot; do
        times=(); sums=()
        for _ in $(seq "$RUNS"); do
            file="$OUT/$name.$f"
            run_timed "$OUT/$name-$f.out" "$OUT/$name-$f.err" "$HL" export graph --case "$CASE" "$@" --out "$file" --force
            [ "$RC" -eq 0 ] || fail "hydralens export graph ($name, $f)" "$RC" "$OUT/$name-$f.err"
            grep -q "from the case's cache" "$OUT/$name-$f.out" || die "$name $f: the layout was not taken from the case: $(cat "$OUT/$name-$f.out")"
            times+=("$WALL"); sums+=("$(sha256sum "$file" | cut -c1-16)")
        done
        local same
        same=$([ "$(printf '%s\n' "${sums[@]}" | sort -u | wc -l)" -eq 1 ] && echo yes || echo NO)
        echo "   $f: ${times[*]} s; median $(printf '%s\n' "${times[@]}" | median) s; $(human_size "$(file_size "$file")"); identical: $same"
        ROWS+=("| | $f (median of $RUNS) | $(printf '%s\n' "${times[@]}" | median) | $((RSS_KB / 1024)) | $(human_size "$(file_size "$file")") | $same |")
    done
    run_timed "$OUT/$name-redacted.out" "$OUT/$name-redacted.err" "$HL" export graph --case "$CASE" "$@" --out "$OUT/$name-redacted.graphml" --force --redact
    [ "$RC" -eq 0 ] || fail "hydralens export graph ($name, redacted)" "$RC" "$OUT/$name-redacted.err"
    echo "   graphml --redact: $WALL s"
    ROWS+=("| | graphml --redact | $WALL | $((RSS_KB / 1024)) | $(human_size "$(file_size "$OUT/$name-redacted.graphml")") | |")
}
export_scope overview                        # as the window opens it: clusters of 2+ accounts
export_scope overview-all --min-size 1       # every cluster, single accounts too
export_scope "cluster-$BIGGEST" --cluster "$BIGGEST"

# ---------------------------------------------------------------- 4. result
machine_facts
build_commit "$BUILD_DIR"
result_head
printf '| Build | %s |\n| Data | %s; %s clusters, %s of 2+ accounts (the overview); largest cluster #%s, %s accounts |\n\n' \
    "$BUILD_TYPE" "$DATA" "$CLUSTERS" "$CLUSTERS2" "$BIGGEST" "$BIGGEST_SIZE"
printf '| Graph | Export | Wall s | Peak RSS MB | File | Same bytes every run |\n|---|---|---|---|---|---|\n'
printf '%s\n' "${ROWS[@]}"
