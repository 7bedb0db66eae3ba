#!/usr/bin/env bash
# Training export benchmark: `hydralens export training` of LABELS labelled accounts against a
# bare sqlite3 read of the same rows (their account_features and clusters rows joined to the
# current label events), printed to /dev/null.
#
#   bench/training_export.sh [BUILD_DIR] [SOURCE_CASE]     (run from the repo root)
#
# Default BUILD_DIR: build. SOURCE_CASE: an analysed case, copied and never changed; without
# it the script makes one in the work directory: demo-export --accounts $ACCOUNTS (default
# 60000) --exchanges $EXCHANGES (default 15000000) --seed 7, import, analyze (reused while the
# parameters are the same). The copy gets label events for whole clusters (flagged:
# distillation, the rest benign; confidences low/medium/high/none by cluster id), flagged
# clusters first then by id, until $LABELS (default 50000) accounts are labelled or every
# cluster is. Work directory: bench/work-training, or $BENCH_WORK. $RUNS (default 5) runs of
# each side, the median counts; the bare read written to a file is timed too, for reference.
# Needs a Release build and the Debian packages sqlite3 and time.
# See bench/README.md, "Training export benchmark".
set -euo pipefail

BUILD_DIR=${1:-build}
SOURCE=${2:-}
WORK=${BENCH_WORK:-bench/work-training}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACCOUNTS=${ACCOUNTS:-60000}
EXCHANGES=${EXCHANGES:-15000000}
LABELS=${LABELS:-50000}
RUNS=${RUNS:-5}
CASE="$WORK/training.hlcase"
OUT="$WORK/out"

# Goal
RATIO_GOAL=1.0   # hydralens export training / bare sqlite3 read of the same rows

die() { echo "training_export: error: $*" >&2; exit 1; }
fail() { echo "training_export: error: $1 failed (exit $2). Last lines of $3:" >&2; tail -n 20 "$3" >&2; exit 2; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
for v in ACCOUNTS EXCHANGES LABELS RUNS; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive whole number (got '${!v}')"
done
# run_timed, ratio, verdicts, sizes, machine facts, median, check_release, make_work_dir
source "$HERE/lib.sh"
check_release training_export "$BUILD_DIR"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
make_work_dir "$WORK"


# ---------------------------------------------------------------- 1. the source case
demo_source_case

# ---------------------------------------------------------------- 2. copy and label
note "2. copy to $CASE, label $LABELS accounts"
rm -f "$CASE" "$CASE-wal" "$CASE-shm"
cp "$SOURCE" "$CASE"
"$HL" labels --case "$CASE" >"$WORK/labels.out" 2>"$WORK/labels.err" || fail "hydralens labels (schema upgrade)" $? "$WORK/labels.err"
[ "$(sqlite3 "$CASE" 'SELECT count(*) FROM analysis_runs')" -gt 0 ] || die "$SOURCE has not been analysed; run: $HL analyze --case $SOURCE"
if [ "$(sqlite3 "$CASE" 'SELECT count(*) FROM account_join_keys')" -eq 0 ]; then
    echo "   analysed before schema 10 (no account_join_keys): analysing the copy again"
    "$HL" analyze --case "$CASE" >"$WORK/analyze.out" 2>"$WORK/analyze.err" || fail "hydralens analyze" $? "$WORK/analyze.err"
fi
sqlite3 "$CASE" "INSERT INTO label_events(target_kind, target_id, verdict, confidence, analyst, created_at, origin)
  SELECT 1, id, CASE WHEN flagged THEN 'distillation' ELSE 'benign' END,
         CASE id % 4 WHEN 1 THEN 'low' WHEN 2 THEN 'medium' WHEN 3 THEN 'high' END, 'bench', 1767225600, 'bulk'
  FROM (SELECT id, flagged, size, sum(size) OVER (ORDER BY flagged DESC, id) AS upto FROM clusters)
  WHERE upto - size < $LABELS ORDER BY flagged DESC, id"

# ---------------------------------------------------------------- 3. bare sqlite3
BARE_SQL="WITH cur AS (SELECT target_kind, target_id, verdict, confidence FROM label_events
    WHERE id IN (SELECT max(id) FROM label_events GROUP BY target_kind, target_id) AND verdict IS NOT NULL)
  SELECT coalesce(a.verdict, c.verdict), coalesce(a.confidence, c.confidence), af.*, cl.*
  FROM cluster_members m
  LEFT JOIN cur a ON a.target_kind = 2 AND a.target_id = m.account_id
  LEFT JOIN cur c ON c.target_kind = 1 AND c.target_id = m.cluster_id
  JOIN account_features af ON af.account_id = m.account_id
  JOIN clusters cl ON cl.id = m.cluster_id
  WHERE coalesce(a.verdict, c.verdict) IN ('distillation', 'benign')"
LABELLED=$(sqlite3 "$CASE" "SELECT count(*) FROM ($BARE_SQL)") # labelled distillation or benign
ACCOUNTS_IN_CASE=$(sqlite3 "$CASE" "SELECT count(*) FROM accounts")
echo "   $LABELLED of $ACCOUNTS_IN_CASE accounts labelled distillation or benign"
[ "$LABELLED" -ge "$LABELS" ] || echo "training_export: warning: the case has only $ACCOUNTS_IN_CASE accounts; $LABELLED labelled, not $LABELS" >&2
cat "$CASE" > /dev/null # warm: the page cache cannot be dropped without root, so both sides run warm
note "3. bare: sqlite3 CASE \"SELECT … ($LABELLED rows)\" > /dev/null, $RUNS runs"
BARE_TIMES=()
for _ in $(seq "$RUNS"); do
    run_timed /dev/null "$WORK/bare.err" sqlite3 "$CASE" "$BARE_SQL"
    [ "$RC" -eq 0 ] || { cat "$WORK/bare.err" >&2; die "bare sqlite3 query failed (exit $RC)"; }
    BARE_TIMES+=("$WALL")
done
BARE_S=$(printf '%s\n' "${BARE_TIMES[@]}" | median)
echo "   ${BARE_TIMES[*]} s; median $BARE_S s"
# For reference only (the goal is against /dev/null): the same read written to a file on the
# export's disk, as the export must write its files.
FILE_TIMES=()
for _ in $(seq "$RUNS"); do
    rm -f "$WORK/bare.out"
    run_timed "$WORK/bare.out" "$WORK/bare.err" sqlite3 "$CASE" "$BARE_SQL"
    [ "$RC" -eq 0 ] || { cat "$WORK/bare.err" >&2; die "bare sqlite3 query failed (exit $RC)"; }
    FILE_TIMES+=("$WALL")
done
FILE_S=$(printf '%s\n' "${FILE_TIMES[@]}" | median)
FILE_BYTES=$(file_size "$WORK/bare.out")
rm -f "$WORK/bare.out"
echo "   to a file: ${FILE_TIMES[*]} s; median $FILE_S s"

# ---------------------------------------------------------------- 4. hydralens export training
note "4. hydralens export training --case CASE --out $OUT --force, $RUNS runs"
HL_TIMES=()
SUMS=()
for _ in $(seq "$RUNS"); do
    run_timed "$WORK/export.out" "$WORK/export.err" "$HL" export training --case "$CASE" --out "$OUT" --force
    [ "$RC" -eq 0 ] || fail "hydralens export training" "$RC" "$WORK/export.err"
    HL_TIMES+=("$WALL")
    SUMS+=("$(cat "$OUT/training.csv" "$OUT/training.jsonl" "$OUT/manifest.json" | sha256sum | cut -c1-16)")
done
HL_S=$(printf '%s\n' "${HL_TIMES[@]}" | median)
HL_RSS_MB=$((RSS_KB / 1024))
ROWS=$(sed -n 's/^\([0-9]*\) rows.*/\1/p' "$WORK/export.out")
SAME=$(printf '%s\n' "${SUMS[@]}" | sort -u | wc -l)
echo "   ${HL_TIMES[*]} s; median $HL_S s; $ROWS rows; peak RSS $HL_RSS_MB MB; $SAME distinct output(s) over $RUNS runs"
[ -s "$WORK/export.err" ] && sed 's/^/   stderr: /' "$WORK/export.err"
RATIO=$(ratio "$HL_S" "$BARE_S")
RESULT=$(verdict_le "$RATIO" "$RATIO_GOAL")

# ---------------------------------------------------------------- 5. result
machine_facts
build_commit "$BUILD_DIR"
result_head
printf '| sqlite3 | %s |\n| Data | %s; %s of %s accounts labelled (whole clusters) |\n' \
    "$(sqlite3 --version | cut -d' ' -f1)" "$DATA" "$LABELLED" "$ACCOUNTS_IN_CASE"
printf '| Export | %s rows; training.csv %s, training.jsonl %s |\n\n' "$ROWS" \
    "$(human_size "$(file_size "$OUT/training.csv")")" "$(human_size "$(file_size "$OUT/training.jsonl")")"
printf '| Measure | Bare sqlite3 | HydraLens | Ratio | Goal | Result |\n|---|---|---|---|---|---|\n'
printf '| Training export, %s rows (wall s, median of %s) | %s | %s | %s | ≤ %s | %s |\n' \
    "$ROWS" "$RUNS" "$BARE_S" "$HL_S" "$RATIO" "$RATIO_GOAL" "$RESULT"
printf '| Reference: bare sqlite3 to a file (%s) instead of /dev/null | %s | %s | %s | | |\n' \
    "$(human_size "$FILE_BYTES")" "$FILE_S" "$HL_S" "$(ratio "$HL_S" "$FILE_S")"
printf '| Export peak RSS (MB) | | %s | | | |\n' "$HL_RSS_MB"
printf '| Identical output over %s runs | | %s | | | |\n' "$RUNS" "$([ "$SAME" -eq 1 ] && echo yes || echo no)"
