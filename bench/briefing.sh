#!/usr/bin/env bash
# Briefing and chart export benchmark (issue 6): `hydralens brief` and every `hydralens chart`
# kind on a demo case of 60,000 accounts and 2,000,000 exchanges, analysed, a few campaigns
# labelled by two analysts.
#
#   bench/briefing.sh [BUILD_DIR]     (run from the repo root)
#
# Default BUILD_DIR: build (configure it Release; this script builds nothing). Work directory:
# bench/work-briefing, or $BENCH_WORK; the analysed case is kept there and reused while ACCOUNTS,
# EXCHANGES and SEED (default 60000, 2000000, 11) stay the same. Each export is timed twice:
# "first" lays out the graphs it needs with Graphviz (and stores the layouts in the case),
# "again" finds them in the case's layout cache, as every later export does. Needs the Debian
# package time (/usr/bin/time); poppler-utils for the page count. Runs offscreen. Exit status: 0
# when everything was measured, 1 for a missing prerequisite, 2 when a step failed. See
# bench/README.md, "Briefing and chart exports (issue 6)".
set -euo pipefail

BUILD_DIR=${1:-build}
WORK=${BENCH_WORK:-bench/work-briefing}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACCOUNTS=${ACCOUNTS:-60000}
EXCHANGES=${EXCHANGES:-2000000}
SEED=${SEED:-11}

# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
die() { echo "briefing: error: $*" >&2; exit 1; }
step_failed() { echo "briefing: $1 failed (exit $RC); see $2" >&2; exit 2; }

[ -x "$HL" ] || die "no $HL: build first (cmake --build $BUILD_DIR)"
[ -x /usr/bin/time ] || die "/usr/bin/time missing: apt-get install time"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$WORK"
CASE="$WORK/demo-$ACCOUNTS-$EXCHANGES-$SEED.hlcase"
OUT="$WORK/out"
rm -rf "$OUT"
mkdir -p "$OUT"

if [ ! -s "$CASE" ]; then
    echo "briefing: making the demo case ($ACCOUNTS accounts, $EXCHANGES exchanges)…" >&2
    rm -rf "$WORK/export" "$CASE" "$CASE"-wal "$CASE"-shm
    "$HL" demo-export "$WORK/export" --accounts "$ACCOUNTS" --exchanges "$EXCHANGES" --seed "$SEED" \
        --location-db "$WORK/location.db" >/dev/null 2>"$WORK/demo.log" || die "demo-export failed: $WORK/demo.log"
    "$HL" import "$WORK/export" --case "$CASE" >/dev/null 2>"$WORK/import.log" || die "import failed: $WORK/import.log"
    "$HL" analyze --case "$CASE" --location-db "$WORK/location.db" >"$WORK/analyze.log" 2>&1 || die "analyze failed"
    # Two analysts label the five riskiest clusters of 3+ accounts; they disagree on one.
    mapfile -t TOP < <("$HL" clusters --case "$CASE" --min-size 3 | awk 'NR > 1 && NR <= 6 { print $1 }')
    for i in "${!TOP[@]}"; do
        "$HL" label --case "$CASE" --cluster "${TOP[$i]}" --verdict distillation --analyst ann >/dev/null
        v=distillation; [ "$i" = 2 ] && v=unsure
        "$HL" label --case "$CASE" --cluster "${TOP[$i]}" --verdict "$v" --analyst bob >/dev/null
    done
    # Nothing laid out yet: the first exports below pay for Graphviz.
    "$HL" query --case "$CASE" "SELECT count(*) FROM graph_layouts" | tail -n 1 | grep -qx 0 || true
fi
CLUSTER=$("$HL" clusters --case "$CASE" --min-size 3 | awk 'NR == 2 { print $1 }')
SIZE=$("$HL" clusters --case "$CASE" --min-size 3 | awk 'NR == 2 { print $2 }')

ROWS=()
measure() { # NAME OUTFILE args…
    local name=$1 file=$2; shift 2
    local pass first log
    log="$OUT/$(printf '%s' "$name" | tr -c 'a-z0-9' '_')"
    for pass in first again; do
        run_timed "$log.out" "$log.err" "$HL" "$@"
        [ "$RC" = 0 ] || step_failed "$name" "$log.err"
        [ "$pass" = first ] && first=$WALL
    done
    ROWS+=("| \`$name\` | $first | $WALL | $((RSS_KB / 1024)) | $(human_size "$(file_size "$file")") |")
}

measure "brief" "$OUT/brief.pdf" brief --case "$CASE" --out "$OUT/brief.pdf"
measure "brief --redact --page letter" "$OUT/brief-r.pdf" brief --case "$CASE" --out "$OUT/brief-r.pdf" --redact --page letter
for kind in timeline pivots risk graph; do
    measure "chart --kind $kind (png)" "$OUT/$kind.png" chart --case "$CASE" --kind "$kind" --out "$OUT/$kind.png"
    measure "chart --kind $kind (pdf)" "$OUT/$kind.pdf" chart --case "$CASE" --kind "$kind" --out "$OUT/$kind.pdf"
done
measure "chart --kind timeline --cluster" "$OUT/timeline-c.svg" chart --case "$CASE" --kind timeline --cluster "$CLUSTER" --out "$OUT/timeline-c.svg"
measure "chart --kind graph --cluster" "$OUT/graph-c.png" chart --case "$CASE" --kind graph --cluster "$CLUSTER" --out "$OUT/graph-c.png" --redact
PAGES=$(pdfinfo "$OUT/brief.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
CLUSTERS=$(sed -n 's/^Analysis .*: \([0-9]*\) clusters (\([0-9]*\) with several.*/\1 (\2 of several accounts)/p' \
    "$WORK/analyze.log" 2>/dev/null || true)
CAMPAIGNS=$(sed -n 's/.*pages, \([0-9]*\) campaigns.*/\1/p' "$OUT/brief.out" 2>/dev/null || true)

machine_facts
build_commit "$BUILD_DIR"
result_head
printf '| Case | %s accounts, %s exchanges (seed %s), %s clusters; riskiest cluster %s has %s accounts |\n' \
    "$ACCOUNTS" "$EXCHANGES" "$SEED" "${CLUSTERS:-?}" "$CLUSTER" "$SIZE"
printf '| Briefing | %s pages, %s campaigns (all flagged or labelled ones; top 10 by default) |\n\n' "${PAGES:-?}" "${CAMPAIGNS:-?}"
printf '| Export | first run, s | again, s | peak RSS, MiB | output |\n|---|---|---|---|---|\n'
printf '%s\n' "${ROWS[@]}"
