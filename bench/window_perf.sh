#!/usr/bin/env bash
# Workbench window benchmark on the import benchmark's 15-million-exchange demo case:
#   - open-to-first-paint: `hydralens --case CASE --screenshot OUT.png` (open the case, select the
#     riskiest cluster, read and lay out its graph, load its timeline and the campaigns table,
#     save the window) against the time `hydralens import` takes for the same export; cold (no
#     layout cached in the case) and warm (the layout cached: how reopening a case feels);
#   - peak RSS with the case open (the same runs, and the overview of all clusters);
#   - the overview layout of every cluster, cold (what the first --overview pays once).
#
#   bench/window_perf.sh [BUILD_DIR]     (run from the repo root)
#
# Default BUILD_DIR: build. Work directory: bench/work, or $BENCH_WORK; it must hold export/
# and bench.hlcase (analysed) from bench/import_bench.sh and bench/analysis_perf.sh. Needs a
# Release build and the Debian packages sqlite3 and time. Runs offscreen (no display needed).
# $RUNS (default 5) warm runs; the median is reported. See bench/README.md, "Window benchmark".
set -euo pipefail

BUILD_DIR=${1:-build}
WORK=${BENCH_WORK:-bench/work}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
EXPORT="$WORK/export"
CASE="$WORK/bench.hlcase"
RUNS=${RUNS:-5}
# Goals (issue 4)
PAINT_RATIO_GOAL=0.1  # open-to-first-paint / import time
RSS_GOAL_MB=400       # peak RSS with the case open

# shellcheck source=lib.sh
. "$HERE/lib.sh"
die() { echo "window_perf: error: $*" >&2; exit 1; }
note() { echo "== $*"; }

command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found; install the Debian package: apt-get install time"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number (got '$RUNS')"
for f in "$EXPORT/manifest.json" "$CASE"; do
    [ -e "$f" ] || die "$f not found. Run bench/import_bench.sh $BUILD_DIR and bench/analysis_perf.sh $BUILD_DIR first (same \$BENCH_WORK)"
done
[ "$(sqlite3 "$CASE" 'SELECT count(*) FROM analysis_runs' 2>/dev/null || echo 0)" -gt 0 ] \
    || die "$CASE has not been analysed; run: $HL analyze --case $CASE --location-db $WORK/location.db"

export QT_QPA_PLATFORM=offscreen
# A settings folder of its own: a saved window layout or engine must not change the runs.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME" "$WORK/window-import.hlcase" "$WORK/window.hlcase"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

note "import of the same export (the yardstick)"
rm -f "$WORK/window-import.hlcase"
run_timed "$WORK/window-import.out" "$WORK/window-import.err" "$HL" import "$EXPORT" --case "$WORK/window-import.hlcase"
[ "$RC" -eq 0 ] || die "import failed: $(tail -n 3 "$WORK/window-import.err")"
IMPORT_S=$WALL
echo "import: $IMPORT_S s"
rm -f "$WORK/window-import.hlcase"

# A copy, so that the layouts this writes stay out of the other benchmarks' case.
cp "$CASE" "$WORK/window.hlcase"
sqlite3 "$WORK/window.hlcase" 'DELETE FROM graph_layouts' 2>/dev/null || true # older cases: migrated on open

shot() { # shot OUT [extra args]: one --screenshot run; sets WALL and RSS_KB
    local out=$1; shift
    run_timed /dev/null "$WORK/window-shot.err" "$HL" --case "$WORK/window.hlcase" --screenshot "$out" "$@"
    [ "$RC" -eq 0 ] || die "--screenshot failed: $(tail -n 3 "$WORK/window-shot.err")"
}

note "open to first paint, cold (nothing cached: the riskiest cluster's graph is laid out)"
shot "$WORK/window-cold.png"
COLD_S=$WALL; COLD_RSS=$RSS_KB
echo "cold: $COLD_S s, peak RSS $(human_size $((COLD_RSS * 1024)))"

note "open to first paint, warm (the layout comes from the case), $RUNS runs"
WARM=(); MAX_RSS=$COLD_RSS
for i in $(seq "$RUNS"); do
    shot "$WORK/window-warm.png"
    WARM+=("$WALL")
    [ "$RSS_KB" -gt "$MAX_RSS" ] && MAX_RSS=$RSS_KB
    echo "  run $i: $WALL s, peak RSS $(human_size $((RSS_KB * 1024)))"
done
WARM_S=$(printf '%s\n' "${WARM[@]}" | median)

note "overview of every cluster (single accounts too), cold layout"
run_timed "$WORK/window-layout.out" "$WORK/window-layout.err" "$HL" layout --case "$WORK/window.hlcase" --scope overview --no-cache
OVERVIEW_LAYOUT=$(cat "$WORK/window-layout.out")
echo "$OVERVIEW_LAYOUT"
shot "$WORK/window-overview.png" --overview
OVERVIEW_S=$WALL
[ "$RSS_KB" -gt "$MAX_RSS" ] && MAX_RSS=$RSS_KB
echo "--overview: $OVERVIEW_S s, peak RSS $(human_size $((RSS_KB * 1024)))"

PAINT_RATIO=$(ratio "$WARM_S" "$IMPORT_S")
COLD_RATIO=$(ratio "$COLD_S" "$IMPORT_S")
RSS_MB=$(awk -v k="$MAX_RSS" 'BEGIN { printf "%.0f", k / 1024 }')
machine_facts
build_commit "$BUILD_DIR"
cat <<EOF
$(result_head)
| Case | $(sqlite3 "$CASE" 'SELECT count(*) FROM accounts') accounts, $(sqlite3 "$CASE" 'SELECT sum(exchanges) FROM account_activity') exchanges, $(sqlite3 "$CASE" 'SELECT count(*) FROM clusters') clusters |

| measure | value | goal | verdict |
|---|---|---|---|
| import of the export (yardstick) | $IMPORT_S s | | |
| open to first paint, warm (median of $RUNS) | $WARM_S s (ratio $PAINT_RATIO) | ≤ $PAINT_RATIO_GOAL × import | $(verdict_le "$PAINT_RATIO" "$PAINT_RATIO_GOAL") |
| open to first paint, cold (layout computed) | $COLD_S s (ratio $COLD_RATIO) | ≤ $PAINT_RATIO_GOAL × import | $(verdict_le "$COLD_RATIO" "$PAINT_RATIO_GOAL") |
| \`--screenshot --overview\` (overview of clusters of 2+ accounts) | $OVERVIEW_S s | | |
| peak RSS with the case open (all runs) | $RSS_MB MB | ≤ $RSS_GOAL_MB MB | $(verdict_le "$RSS_MB" "$RSS_GOAL_MB") |

Overview of every cluster, laid out cold: $OVERVIEW_LAYOUT

---- end ----
EOF
