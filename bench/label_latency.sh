#!/usr/bin/env bash
# Labelling benchmark (issue 5) on a demo case of at least 50,000 clusters:
#   - latency: how long a label (and its undo) takes to reach the campaigns table, the review
#     queue and its progress, the graph badges and the inspector in the workbench window, with
#     every cluster listed and drawn (bench/label_latency/main.cpp), per step; with 10 % of the
#     clusters labelled, and again with 60 % (late in a review);
#   - training: `hydralens train` on the demo's ground truth (every cluster mostly made of
#     `actor:` accounts labelled distillation, 60 % of the others benign), wall time and peak RSS.
#
#   bench/label_latency.sh [BUILD_DIR]     (run from the repo root)
#
# Default BUILD_DIR: build (configure it Release; this script builds nothing). Work directory:
# bench/work-label, or $BENCH_WORK. The analysed demo case, its overview layout (laid out once,
# about 1.5 min) and the truth file are kept there and reused while ACCOUNTS, EXCHANGES and SEED
# (default 70000, 2000000, 7) stay the same; when the analysis finds fewer than 50,000 clusters
# the accounts are raised by a quarter until it does. RUNS (default 30) labels per measurement.
# Needs the Debian packages sqlite3 (3.38 or later: JSON) and time. Runs offscreen. Exit status: 0
# when everything was measured (goals met or not), 1 for a missing prerequisite, 2 when a step
# failed. See bench/README.md, "Labelling latency and training time (issue 5)".
set -euo pipefail

BUILD_DIR=${1:-build}
WORK=${BENCH_WORK:-bench/work-label}
HL="$BUILD_DIR/app/hydralens"
BIN="$BUILD_DIR/bench/label_latency/label_latency"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACCOUNTS=${ACCOUNTS:-70000}
EXCHANGES=${EXCHANGES:-2000000}
SEED=${SEED:-7}
RUNS=${RUNS:-30}
MIN_CLUSTERS=50000
BASE="$WORK/base.hlcase"     # imported, analysed, overview laid out; never labelled
TRUTH="$WORK/truth.json"
# Goals (issue 5)
LATENCY_GOAL_MS=50  # a label (or undo) shown everywhere: median and p95
TRAIN_GOAL_S=30     # "training in seconds, not minutes"

# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
die() { echo "label_latency: error: $*" >&2; exit 1; }
failed() { echo "label_latency: $1 failed; the end of its output:" >&2; tail -n 15 "$2" >&2; exit 2; }
note() { echo "== $*"; }

command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
[ "$(sqlite3 :memory: "SELECT json_valid('{}')" 2>/dev/null)" = 1 ] || die "this sqlite3 has no JSON functions; Debian 12's sqlite3 (3.40) has them"
[ -x /usr/bin/time ] || die "/usr/bin/time not found; install the Debian package: apt-get install time"
for b in "$HL" "$BIN"; do
    [ -x "$b" ] || die "$b not found; build first (HL_BUILD_BENCH is on by default), e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
done
for v in ACCOUNTS EXCHANGES SEED RUNS; do
    [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive whole number (got '${!v}')"
done
TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
[ "$TYPE" = Release ] || echo "label_latency: warning: $BUILD_DIR is a '${TYPE:-?}' build, not Release; the figures will not be comparable" >&2

export QT_QPA_PLATFORM=offscreen
# A settings folder of its own: a saved window layout must not change the runs.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME" "$WORK/export"' EXIT
mkdir -p "$WORK"
[ -f "$WORK/.gitignore" ] || printf '*\n' > "$WORK/.gitignore"

q() { sqlite3 "$1" "$2"; }
clusters_of() { q "$1" 'SELECT count(*) FROM clusters'; }

# ---------------------------------------------------------------- the case (made once)
PARAMS="accounts=$ACCOUNTS exchanges=$EXCHANGES seed=$SEED"
if [ "$(cat "$WORK/base.params" 2>/dev/null)" != "$PARAMS" ] || [ ! -f "$BASE" ] || [ ! -f "$TRUTH" ]; then
    rm -f "$BASE" "$WORK/base.params" "$WORK/base.info"
    accounts=$ACCOUNTS
    while :; do
        note "demo export: $accounts accounts, $EXCHANGES exchanges, seed $SEED; import; analyze"
        rm -rf "$WORK/export" "$BASE"
        "$HL" demo-export "$WORK/export" --accounts "$accounts" --exchanges "$EXCHANGES" --seed "$SEED" --truth "$TRUTH" \
            >"$WORK/demo.log" 2>&1 || failed "demo-export" "$WORK/demo.log"
        "$HL" import "$WORK/export" --case "$BASE" >"$WORK/import.log" 2>&1 || failed "import" "$WORK/import.log"
        rm -rf "$WORK/export"
        "$HL" analyze --case "$BASE" >"$WORK/analyze.log" 2>&1 || failed "analyze" "$WORK/analyze.log"
        n=$(clusters_of "$BASE")
        echo "$n clusters"
        [ "$n" -ge "$MIN_CLUSTERS" ] && break
        accounts=$(( accounts + accounts / 4 ))
    done
    note "overview of all $n clusters, laid out once and kept in the case"
    run_timed "$WORK/layout.log" "$WORK/layout.err" "$HL" layout --case "$BASE" --scope overview
    [ "$RC" -eq 0 ] || failed "hydralens layout" "$WORK/layout.err"
    cat "$WORK/layout.log"
    printf 'accounts %s\nlayout %s\n' "$accounts" "$(cat "$WORK/layout.log")" > "$WORK/base.info"
    echo "$PARAMS" > "$WORK/base.params"
fi
USED_ACCOUNTS=$(sed -n 's/^accounts //p' "$WORK/base.info")
LAYOUT=$(sed -n 's/^layout //p' "$WORK/base.info")
CLUSTERS=$(clusters_of "$BASE")
MULTI=$(q "$BASE" 'SELECT count(*) FROM clusters WHERE size > 1')

# label_from_truth CASE PERCENT: labels from the demo's answer key, in bulk, as an analyst
# would: every cluster whose accounts are mostly an actor's distillation, and PERCENT % of the
# others (picked by a fixed hash of the id) benign. Appends to the audit trail (origin "bench").
label_from_truth() {
    q "$1" "CREATE TEMP TABLE truth AS SELECT key AS account_key, value AS grp FROM json_each(readfile('$TRUTH'), '\$.accounts');
        CREATE TEMP TABLE votes AS SELECT m.cluster_id AS id, 2 * sum(coalesce(t.grp LIKE 'actor:%', 0)) > count(*) AS actor
            FROM cluster_members m JOIN accounts a ON a.id = m.account_id LEFT JOIN truth t ON t.account_key = a.account_key
            GROUP BY m.cluster_id;
        INSERT INTO label_events(target_kind, target_id, verdict, analyst, created_at, origin)
            SELECT 1, id, CASE WHEN actor THEN 'distillation' ELSE 'benign' END, 'truth', strftime('%s', 'now'), 'bench'
            FROM votes WHERE actor OR (id * 2654435761) % 100 < $2 ORDER BY id;"
}
labelled() { q "$1" "SELECT sum(verdict = 'distillation') || ' distillation, ' || sum(verdict = 'benign') || ' benign' FROM label_events"; }

# latency NAME CASE: runs the window benchmark on CASE, output in WORK/NAME.txt
latency() {
    note "label latency, $1: $(labelled "$2") clusters labelled; $RUNS labels"
    "$BIN" --case "$2" --runs "$RUNS" >"$WORK/$1.txt" 2>"$WORK/$1.err" || failed "the window benchmark ($1)" "$WORK/$1.err"
    cat "$WORK/$1.txt"
}
# get NAME KEY [FIELD]: a figure of a latency run (FIELD 2 median, 3 p95, 4 max; 2 for facts)
get() { awk -v k="$2" -v f="${3:-2}" '$1 == k { print $f; exit }' "$WORK/$1.txt"; }
row() { # row TEXT KEY: one Markdown row, both runs
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(get l10 "$2" 2)" "$(get l10 "$2" 3)" "$(get l10 "$2" 4)" \
        "$(get l60 "$2" 2)" "$(get l60 "$2" 3)" "$(get l60 "$2" 4)"
}
goal_row() { # goal_row TEXT KEY FIELD
    printf '| %s ≤ %s ms | %s | %s |\n' "$1" "$LATENCY_GOAL_MS" "$(verdict_le "$(get l10 "$2" "$3")" "$LATENCY_GOAL_MS")" \
        "$(verdict_le "$(get l60 "$2" "$3")" "$LATENCY_GOAL_MS")"
}

# ---------------------------------------------------------------- latency, 10 % and 60 % labelled
cp "$BASE" "$WORK/l10.hlcase"
label_from_truth "$WORK/l10.hlcase" 10
LABELS10=$(labelled "$WORK/l10.hlcase")
latency l10 "$WORK/l10.hlcase"

cp "$BASE" "$WORK/train.hlcase"
label_from_truth "$WORK/train.hlcase" 60
LABELS60=$(labelled "$WORK/train.hlcase")
cp "$WORK/train.hlcase" "$WORK/l60.hlcase" # the benchmark's own labels stay out of the training
latency l60 "$WORK/l60.hlcase"
rm -f "$WORK/l10.hlcase" "$WORK/l60.hlcase"

# ---------------------------------------------------------------- training
note "hydralens train on $LABELS60 clusters labelled"
run_timed "$WORK/train.out" "$WORK/train.err" "$HL" train --case "$WORK/train.hlcase"
[ "$RC" -eq 0 ] || failed "hydralens train" "$WORK/train.err"
cat "$WORK/train.out" "$WORK/train.err"
TRAIN_S=$WALL
TRAIN_MB=$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')
rm -f "$WORK/train.hlcase"

machine_facts
build_commit "$BUILD_DIR"
cat <<EOF
$(result_head)
| Qt | $(qtpaths6 --qt-version 2>/dev/null || echo ?), platform offscreen, window $(get l10 window) |
| Case | demo seed $SEED, $USED_ACCOUNTS accounts, $EXCHANGES exchanges: $CLUSTERS clusters ($MULTI of 2+ accounts) |
| Window | campaigns table, review queue and overview graph hold $(get l10 listed), $(get l10 queued) and $(get l10 graph_nodes) clusters (scope \`$(get l10 graph_scope)\`); open to ready $(get l10 open_to_ready_ms) ms with the overview's layout in the case |
| Overview layout (once, \`hydralens layout\`) | $LAYOUT |
| Labels before the runs | 10 %: $LABELS10; 60 %: $LABELS60 |

| ms ($RUNS labels each) | 10 %: median | p95 | max | 60 %: median | p95 | max |
|---|---|---|---|---|---|---|
$(row 'Label: labelSelection + processEvents' label)
$(row '— labelSelection alone' label_sync)
$(row '— processEvents (repaint)' label_repaint)
$(row 'Undo: undo() + processEvents' undo)
$(row '— undo() alone' undo_sync)
$(row 'Step: appendLabel (committed)' append)
$(row 'Step: table row, CampaignsView::refreshLabels' table)
$(row 'Step: queue and progress, ReviewPanel::setLabel' queue)
$(row 'Step: graph badges, GraphPanel::refreshLabels' graph)
$(row '(for the record: every label read, as for a new graph)' graph_full)
$(row 'Step: inspector, InspectorView::refreshLabel' inspector)
$(row 'Step: repaint, processEvents' repaint)

| Goal | 10 % labelled | 60 % labelled |
|---|---|---|
$(goal_row 'Label, median' label 2)
$(goal_row 'Label, p95' label 3)
$(goal_row 'Undo, median' undo 2)
$(goal_row 'Undo, p95' undo 3)

| Training | Value | Goal | Result |
|---|---|---|---|
| \`hydralens train\`, $LABELS60 clusters labelled (wall) | $TRAIN_S s | ≤ $TRAIN_GOAL_S s | $(verdict_le "$TRAIN_S" "$TRAIN_GOAL_S") |
| Peak RSS | $TRAIN_MB MB | | |

\`\`\`
$(cat "$WORK/train.out" "$WORK/train.err")
\`\`\`

---- end ----
EOF
