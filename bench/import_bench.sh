#!/usr/bin/env bash
# Import and query benchmark: hydralens against a bare `sqlite3 .import` of the same data.
#
#   bench/import_bench.sh [BUILD_DIR] [EXCHANGES] [ACCOUNTS]     (run from the repo root)
#
# Defaults: build, 15000000, 24000. Work directory: bench/work, or $BENCH_WORK.
# Needs a Release build of hydralens, the Debian packages `sqlite3` and `time`, and roughly
# 4x the export size in free disk space. See bench/README.md.
set -euo pipefail

BUILD_DIR=${1:-build}
EXCHANGES=${2:-15000000}
ACCOUNTS=${3:-24000}
SEED=7
WORK=${BENCH_WORK:-bench/work}
HL="$BUILD_DIR/app/hydralens"
EXPORT="$WORK/export"
BARE_DB="$WORK/bare.db"
CASE="$WORK/bench.hlcase"

# Goals
IMPORT_RATIO_GOAL=0.7   # hydralens import time / bare sqlite3 .import time
RSS_GOAL_MB=500         # peak RSS of hydralens import
QUERY_RATIO_GOAL=0.01   # hydralens traffic (whole case, hourly) / bare GROUP BY query

die() { echo "import_bench: error: $*" >&2; exit 1; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[[ "$EXCHANGES" =~ ^[0-9]+$ && "$ACCOUNTS" =~ ^[0-9]+$ ]] || die "EXCHANGES and ACCOUNTS must be integers (got '$EXCHANGES', '$ACCOUNTS')"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR -j"

# The CLI subcommands need no display; harmless if the binary ignores it.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

mkdir -p "$WORK"
# Keep everything under the work directory out of git without touching the tracked .gitignore.
[ -f "$WORK/.gitignore" ] || printf '*\n' > "$WORK/.gitignore"

if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    bt=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    [ "$bt" = "Release" ] || echo "import_bench: warning: $BUILD_DIR has CMAKE_BUILD_TYPE='$bt', not Release; numbers will not be representative" >&2
fi

# ---------------------------------------------------------------- helpers
# run_timed, ratio, verdict_le, human_size, file_size
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

manifest_matches() {
    local m="$EXPORT/manifest.json" stamp="$WORK/export.params"
    [ -f "$m" ] && [ -f "$EXPORT/exchanges.csv" ] && [ -f "$stamp" ] || return 1
    [ "$(cat "$stamp")" = "accounts=$ACCOUNTS exchanges=$EXCHANGES seed=$SEED" ] || return 1
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$m" "$EXCHANGES" "$ACCOUNTS" <<'EOF' || return 1
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
rows = {f["name"].split(".")[0]: f.get("rows") for f in m.get("files", [])}
ok = m.get("version") == 1 and rows.get("exchanges") == int(sys.argv[2]) \
    and rows.get("accounts") == int(sys.argv[3])
sys.exit(0 if ok else 1)
EOF
    else
        tr -d ' \n\t' < "$m" | grep -q "\"rows\":${EXCHANGES}[,}]" || return 1
    fi
    return 0
}

# ---------------------------------------------------------------- 1. export
note "1. export: $EXCHANGES exchanges, $ACCOUNTS accounts, seed $SEED -> $EXPORT"
if manifest_matches; then
    echo "   existing export matches, reusing it"
else
    rm -f "$WORK/export.params"
    avail_kb=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
    need_kb=$(( EXCHANGES * 480 / 1024 ))   # ~120 B per exchange: export, bare.db, case, headroom
    if [ -n "$avail_kb" ] && [ "$avail_kb" -lt "$need_kb" ]; then
        echo "import_bench: warning: only $((avail_kb / 1024)) MiB free in $WORK, about $((need_kb / 1024)) MiB may be needed" >&2
    fi
    run_timed "$WORK/demo-export.out" "$WORK/demo-export.err" \
        "$HL" demo-export "$EXPORT" --accounts "$ACCOUNTS" --exchanges "$EXCHANGES" --seed "$SEED"
    if [ "$RC" -ne 0 ]; then
        cat "$WORK/demo-export.err" >&2
        die "hydralens demo-export failed (exit $RC); see $WORK/demo-export.err"
    fi
    [ -f "$EXPORT/exchanges.csv" ] || die "demo-export wrote no $EXPORT/exchanges.csv (the bare baseline needs an uncompressed CSV export)"
    echo "accounts=$ACCOUNTS exchanges=$EXCHANGES seed=$SEED" > "$WORK/export.params"
    echo "   generated in ${WALL} s"
fi

# ---------------------------------------------------------------- 2. warm the page cache
note "2. reading every export file once (page cache cannot be dropped; both runs are warm)"
find "$EXPORT" -type f -exec cat {} + > /dev/null

# ---------------------------------------------------------------- 3. bare sqlite3 import
note "3. bare: sqlite3 .mode csv + .import exchanges.csv"
rm -f "$BARE_DB" "$BARE_DB-journal" "$BARE_DB-wal" "$BARE_DB-shm"
# .import reads the header as column names and creates an all-TEXT table, no indexes.
printf '.mode csv\n.import "%s" exchanges\n' "$EXPORT/exchanges.csv" > "$WORK/bare-import.sql"
run_timed /dev/null "$WORK/bare-import.err" sqlite3 -bail "$BARE_DB" < "$WORK/bare-import.sql"
if [ "$RC" -ne 0 ]; then
    cat "$WORK/bare-import.err" >&2
    die "sqlite3 .import failed (exit $RC)"
fi
if [ -s "$WORK/bare-import.err" ]; then
    echo "import_bench: sqlite3 .import warnings (first 5 of $(wc -l < "$WORK/bare-import.err")):" >&2
    head -n 5 "$WORK/bare-import.err" >&2
fi
BARE_IMPORT_S=$WALL
BARE_IMPORT_RSS_KB=$RSS_KB
BARE_ROWS=$(sqlite3 "$BARE_DB" 'SELECT count(*) FROM exchanges;')
echo "   ${BARE_IMPORT_S} s (/usr/bin/time: ${ELAPSED} s), $BARE_ROWS rows, peak RSS $((RSS_KB / 1024)) MB"
[ "$BARE_ROWS" = "$EXCHANGES" ] || echo "import_bench: warning: bare table has $BARE_ROWS rows, expected $EXCHANGES" >&2

# ---------------------------------------------------------------- 4. hydralens import
note "4. hydralens import"
rm -f "$CASE" "$CASE"-*
HL_OK=1
run_timed "$WORK/import.out" "$WORK/import.err" "$HL" import "$EXPORT" --case "$CASE"
HL_IMPORT_S=$WALL
HL_IMPORT_RSS_MB=$(( RSS_KB / 1024 ))
if [ "$RC" -ne 0 ]; then
    HL_OK=0
    echo "   FAILED: 'hydralens import' exited with status $RC. Last lines of $WORK/import.err:" >&2
    tail -n 20 "$WORK/import.err" >&2
    HL_IMPORT_S=n/a
    HL_IMPORT_RSS_MB=n/a
else
    echo "   ${HL_IMPORT_S} s (/usr/bin/time: ${ELAPSED} s), peak RSS ${HL_IMPORT_RSS_MB} MB"
fi

# ---------------------------------------------------------------- 5. import verdict
IMPORT_RATIO=n/a
[ "$HL_OK" = 1 ] && IMPORT_RATIO=$(ratio "$HL_IMPORT_S" "$BARE_IMPORT_S")
note "5. import: bare ${BARE_IMPORT_S} s, hydralens ${HL_IMPORT_S} s, ratio ${IMPORT_RATIO} (goal <= $IMPORT_RATIO_GOAL): $(verdict_le "$IMPORT_RATIO" "$IMPORT_RATIO_GOAL")"
note "   peak RSS ${HL_IMPORT_RSS_MB} MB (goal <= $RSS_GOAL_MB MB): $(verdict_le "$HL_IMPORT_RSS_MB" "$RSS_GOAL_MB")"

# ---------------------------------------------------------------- 6. query timing
note "6. query: hourly exchanges by model for the whole case"
BARE_SQL="SELECT strftime('%Y-%m-%dT%H', ts) AS hour, model, count(*) FROM exchanges GROUP BY hour, model;"
run_timed /dev/null "$WORK/bare-query.err" sqlite3 "$BARE_DB" "$BARE_SQL"
[ "$RC" -eq 0 ] || { cat "$WORK/bare-query.err" >&2; die "bare sqlite3 query failed (exit $RC)"; }
BARE_QUERY_S=$WALL
echo "   bare sqlite3 GROUP BY: ${BARE_QUERY_S} s"
HL_QUERY_S=n/a
QUERY_RATIO=n/a
if [ "$HL_OK" = 1 ]; then
    run_timed "$WORK/hourly.csv" "$WORK/hourly.err" "$HL" traffic --case "$CASE" --by model
    if [ "$RC" -ne 0 ]; then
        echo "   FAILED: 'hydralens traffic --case $CASE --by model' exited with status $RC." \
             "Last lines of $WORK/hourly.err:" >&2
        tail -n 20 "$WORK/hourly.err" >&2
    else
        HL_QUERY_S=$WALL
        QUERY_RATIO=$(ratio "$HL_QUERY_S" "$BARE_QUERY_S")
        echo "   hydralens traffic: ${HL_QUERY_S} s, $(wc -l < "$WORK/hourly.csv") output lines (kept in $WORK/hourly.csv)"
    fi
else
    echo "   skipped 'hydralens traffic': the import failed" >&2
fi
note "   ratio ${QUERY_RATIO} (goal <= $QUERY_RATIO_GOAL): $(verdict_le "$QUERY_RATIO" "$QUERY_RATIO_GOAL")"

# ---------------------------------------------------------------- 6b. cluster query (no goal)
# A cluster-sized question the per-account rollups used to answer: daily exchanges by model for
# the 1,000 busiest accounts, read from their exchange blocks.
note "6b. query: daily exchanges by model for the 1,000 busiest accounts (no goal; for the record)"
CLUSTER_BARE_S=n/a
CLUSTER_HL_S=n/a
if [ "$HL_OK" = 1 ]; then
    "$HL" query --case "$CASE" "SELECT a.account_key FROM account_activity x JOIN accounts a ON a.id = x.account_id
        ORDER BY x.exchanges DESC LIMIT 1000" | tail -n +2 > "$WORK/busiest.txt"
    run_timed "$WORK/cluster.csv" "$WORK/cluster.err" "$HL" traffic --case "$CASE" --by model --bucket day \
        --accounts "$WORK/busiest.txt"
    [ "$RC" -eq 0 ] && CLUSTER_HL_S=$WALL
    IN_LIST=$(sed "s/'/''/g; s/.*/'&'/" "$WORK/busiest.txt" | paste -sd, -)
    run_timed /dev/null "$WORK/cluster-bare.err" sqlite3 "$BARE_DB" \
        "SELECT substr(ts, 1, 10) AS day, model, count(*) FROM exchanges WHERE account_id IN ($IN_LIST) GROUP BY day, model;"
    [ "$RC" -eq 0 ] && CLUSTER_BARE_S=$WALL
fi
echo "   bare sqlite3: ${CLUSTER_BARE_S} s, hydralens traffic --accounts: ${CLUSTER_HL_S} s"

# ---------------------------------------------------------------- 7. summary
machine_facts
SQLITE_VER=$(sqlite3 --version | awk '{ print $1 }')
build_commit "$BUILD_DIR"
EXPORT_BYTES=$(du -sb "$EXPORT" | awk '{ print $1 }')

cat <<EOF
$(result_head)
| sqlite3 | $SQLITE_VER |
| Data | $EXCHANGES exchanges, $ACCOUNTS accounts, seed $SEED |
| exchanges.csv | $(human_size "$(file_size "$EXPORT/exchanges.csv")") |
| Export (all files) | $(human_size "$EXPORT_BYTES") |
| bare.db | $(human_size "$(file_size "$BARE_DB")") |
| bench.hlcase | $(human_size "$(file_size "$CASE")") |

| Measure | Bare sqlite3 | HydraLens | Ratio | Goal | Result |
|---|---|---|---|---|---|
| Import (wall s) | $BARE_IMPORT_S | $HL_IMPORT_S | $IMPORT_RATIO | ≤ $IMPORT_RATIO_GOAL | $(verdict_le "$IMPORT_RATIO" "$IMPORT_RATIO_GOAL") |
| Import peak RSS (MB) | $((BARE_IMPORT_RSS_KB / 1024)) | $HL_IMPORT_RSS_MB | | ≤ $RSS_GOAL_MB | $(verdict_le "$HL_IMPORT_RSS_MB" "$RSS_GOAL_MB") |
| Hourly by model, whole case (wall s) | $BARE_QUERY_S | $HL_QUERY_S | $QUERY_RATIO | ≤ $QUERY_RATIO_GOAL | $(verdict_le "$QUERY_RATIO" "$QUERY_RATIO_GOAL") |
| Daily by model, 1,000 busiest accounts (wall s) | $CLUSTER_BARE_S | $CLUSTER_HL_S | $(ratio "$CLUSTER_HL_S" "$CLUSTER_BARE_S") | | no goal |

---- end ----
EOF

[ "$HL_OK" = 1 ] && [ "$HL_QUERY_S" != n/a ] || exit 2
