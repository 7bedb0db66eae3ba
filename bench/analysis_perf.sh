#!/usr/bin/env bash
# Analysis speed benchmark on the import benchmark's 15-million-exchange demo case:
#   - `hydralens analyze` against a bare sqlite3 pass over the distinct (account, IP) pairs;
#   - HydraLens's community detection (igraph's C Leiden) against python-igraph's Leiden and
#     networkx's Louvain on the same account graph (bench/community_compare.py).
#
#   bench/analysis_perf.sh [BUILD_DIR]     (run from the repo root)
#
# Default BUILD_DIR: build. Work directory: bench/work, or $BENCH_WORK; it must hold export/,
# bare.db and bench.hlcase from bench/import_bench.sh (run that first). Needs a Release build of
# hydralens and the Debian packages sqlite3, time, python3, python3-igraph and python3-networkx.
# $PYTHON picks the interpreter (default: the first of /usr/bin/python3 and python3 that has
# igraph and networkx). $NETWORKX_TIMEOUT (seconds, default 600) caps the networkx run.
# See bench/README.md, "Analysis benchmarks".
set -euo pipefail

BUILD_DIR=${1:-build}
WORK=${BENCH_WORK:-bench/work}
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
EXPORT="$WORK/export"
BARE_DB="$WORK/bare.db"
CASE="$WORK/bench.hlcase"
LOC_DB="$WORK/location.db"
GRAPH="$WORK/graph.tsv"
NETWORKX_TIMEOUT=${NETWORKX_TIMEOUT:-600}

# Goals
ANALYZE_RATIO_GOAL=1.0   # hydralens analyze / bare sqlite3 distinct (account, IP) pass
IGRAPH_RATIO_GOAL=1.0    # hydralens community detection / python-igraph Leiden
NETWORKX_SPEEDUP_GOAL=50 # networkx Louvain / hydralens community detection, at least

die() { echo "analysis_perf: error: $*" >&2; exit 1; }
note() { echo "== $*"; }

# ---------------------------------------------------------------- prerequisites
command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 not found; install the Debian package: apt-get install sqlite3"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (the shell keyword 'time' is not enough); install the Debian package: apt-get install time"
date +%s%N | grep -qE '^[0-9]+$' || die "date +%s%N does not give nanoseconds (GNU coreutils date needed)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
[[ "$NETWORKX_TIMEOUT" =~ ^[0-9]+$ ]] || die "NETWORKX_TIMEOUT must be a whole number of seconds (got '$NETWORKX_TIMEOUT')"

if [ -z "${PYTHON:-}" ]; then
    for p in /usr/bin/python3 python3; do
        if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import igraph, networkx' >/dev/null 2>&1; then PYTHON=$p; break; fi
    done
fi
if [ -z "${PYTHON:-}" ]; then
    command -v python3 >/dev/null 2>&1 || die "python3 not found; install the Debian packages: apt-get install python3 python3-igraph python3-networkx"
    die "no python3 with the modules igraph and networkx; install the Debian packages: apt-get install python3-igraph python3-networkx (they go to /usr/bin/python3; a python3 from pyenv or a venv earlier in PATH does not see them, set PYTHON=/usr/bin/python3)"
fi
"$PYTHON" -c 'import igraph, networkx' >/dev/null 2>&1 \
    || die "$PYTHON cannot import igraph and networkx; install the Debian packages python3-igraph python3-networkx, or point PYTHON at a python3 that has them"

for f in "$EXPORT/manifest.json" "$BARE_DB" "$CASE"; do
    [ -e "$f" ] || die "$f not found. This benchmark reuses the import benchmark's data: run bench/import_bench.sh $BUILD_DIR first (same \$BENCH_WORK), or make them the same way (demo-export --seed 7, sqlite3 .import of exchanges.csv into bare.db, hydralens import into bench.hlcase)"
done
sqlite3 "$BARE_DB" 'SELECT account_id, ip FROM exchanges LIMIT 0' >/dev/null 2>&1 \
    || die "$BARE_DB has no table exchanges(account_id, ip); rebuild it with bench/import_bench.sh $BUILD_DIR"

if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    bt=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    [ "$bt" = "Release" ] || echo "analysis_perf: warning: $BUILD_DIR has CMAKE_BUILD_TYPE='$bt', not Release; numbers will not be representative" >&2
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
[ -f "$WORK/.gitignore" ] || printf '*\n' > "$WORK/.gitignore"

# ---------------------------------------------------------------- helpers
# run_timed, ratio, verdict_le, verdict_ge
source "$HERE/lib.sh"
json_get() { "$PYTHON" -c 'import json, sys
d = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."):
    d = d.get(k) if isinstance(d, dict) else None
print("n/a" if d is None else (("true" if d else "false") if isinstance(d, bool) else d))' "$1" "$2"; }

DATA=$("$PYTHON" -c 'import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
rows = {f["name"].split(".")[0]: f.get("rows") for f in m.get("files", [])}
print("%s exchanges, %s accounts" % (rows.get("exchanges"), rows.get("accounts")))' "$EXPORT/manifest.json" 2>/dev/null || echo "?")
PARAMS="$DATA$(sed -n 's/.*seed=\([0-9]*\).*/, seed \1/p' "$WORK/export.params" 2>/dev/null)"

# ---------------------------------------------------------------- 1. location database
note "1. demo location database -> $LOC_DB"
if [ -s "$LOC_DB" ]; then
    echo "   exists, reusing it"
else
    rm -rf "$WORK/locdb-tmp"
    "$HL" demo-export "$WORK/locdb-tmp" --accounts 100 --exchanges 1000 --seed 7 --location-db "$LOC_DB" \
        >"$WORK/locdb.out" 2>"$WORK/locdb.err" || { tail -n 20 "$WORK/locdb.err" >&2; rm -rf "$WORK/locdb-tmp"; echo "analysis_perf: error: hydralens demo-export --location-db failed" >&2; exit 2; }
    rm -rf "$WORK/locdb-tmp"
    echo "   written"
fi

# ---------------------------------------------------------------- 2. warm the page cache
note "2. reading bare.db and bench.hlcase once (page cache cannot be dropped; both runs are warm)"
cat "$BARE_DB" "$CASE" > /dev/null

# ---------------------------------------------------------------- 3. bare sqlite3 pass
BARE_SQL="SELECT count(*) FROM (SELECT DISTINCT account_id, ip FROM exchanges)"
note "3. bare: sqlite3 \"$BARE_SQL\""
run_timed "$WORK/bare-distinct.out" "$WORK/bare-distinct.err" sqlite3 "$BARE_DB" "$BARE_SQL"
[ "$RC" -eq 0 ] || { cat "$WORK/bare-distinct.err" >&2; die "bare sqlite3 query failed (exit $RC)"; }
BARE_S=$WALL
echo "   ${BARE_S} s, $(cat "$WORK/bare-distinct.out") distinct (account, IP) pairs, peak RSS $((RSS_KB / 1024)) MB"

# ---------------------------------------------------------------- 4. hydralens analyze
note "4. hydralens analyze --location-db --graph-out"
rm -f "$GRAPH"
run_timed "$WORK/analyze.out" "$WORK/analyze.err" "$HL" analyze --case "$CASE" --location-db "$LOC_DB" --graph-out "$GRAPH"
if [ "$RC" -ne 0 ]; then
    echo "analysis_perf: error: 'hydralens analyze --case $CASE' exited with status $RC. Last lines of $WORK/analyze.err:" >&2
    tail -n 20 "$WORK/analyze.err" >&2
    exit 2
fi
HL_S=$WALL
HL_RSS_MB=$((RSS_KB / 1024))
SUMMARY=$(tail -n 1 "$WORK/analyze.out")
HL_CD_S=$(sed -n 's/.*Community detection \([0-9.]*\) s.*/\1/p' "$WORK/analyze.out" | tail -n 1)
[ -n "$HL_CD_S" ] || { echo "analysis_perf: error: no 'Community detection X s' in the output of analyze: $SUMMARY" >&2; exit 2; }
[ -s "$GRAPH" ] || { echo "analysis_perf: error: analyze wrote no graph to $GRAPH" >&2; exit 2; }
echo "   ${HL_S} s (/usr/bin/time: ${ELAPSED} s), peak RSS ${HL_RSS_MB} MB"
echo "   $SUMMARY"
ANALYZE_RATIO=$(ratio "$HL_S" "$BARE_S")
note "   analyze / bare = $ANALYZE_RATIO (goal <= $ANALYZE_RATIO_GOAL): $(verdict_le "$ANALYZE_RATIO" "$ANALYZE_RATIO_GOAL")"

# ---------------------------------------------------------------- 5. community detection
note "5. community detection on $GRAPH (components > 150 accounts, modularity, resolution 0.3)"
echo "   python-igraph Leiden, then networkx Louvain (stopped after ${NETWORKX_TIMEOUT} s); this can take minutes"
if ! "$PYTHON" "$HERE/community_compare.py" "$GRAPH" --split-above 150 --resolution 0.3 \
        --networkx-timeout "$NETWORKX_TIMEOUT" --json "$WORK/community.json" >"$WORK/community.out" 2>"$WORK/community.err"; then
    tail -n 20 "$WORK/community.err" >&2
    die "bench/community_compare.py failed; see $WORK/community.err"
fi
CJ="$WORK/community.json"
IG_S=$(json_get "$CJ" igraph.seconds); IG_S=$(awk -v x="$IG_S" 'BEGIN { printf "%.3f", x }')
IG_BUILD_S=$(json_get "$CJ" igraph.build_seconds); IG_ALL_S=$(awk -v a="$IG_S" -v b="$IG_BUILD_S" 'BEGIN { printf "%.3f", a + b }')
NX_S=$(json_get "$CJ" networkx.seconds); NX_S=$(awk -v x="$NX_S" 'BEGIN { printf "%.3f", x }')
NX_LB=$(json_get "$CJ" networkx.lower_bound)
GRAPH_V=$(json_get "$CJ" vertices); GRAPH_E=$(json_get "$CJ" edges)
COMP_N=$(json_get "$CJ" components_split); COMP_E=$(json_get "$CJ" component_edges)
COMP_SIZES=$("$PYTHON" -c 'import json, sys; print(", ".join(map(str, json.load(open(sys.argv[1]))["component_sizes"])))' "$CJ")
IG_C=$(json_get "$CJ" igraph.communities); NX_C=$(json_get "$CJ" networkx.communities)
IG_V=$(json_get "$CJ" igraph.version); NX_V=$(json_get "$CJ" networkx.version)
GE=""; [ "$NX_LB" = true ] && GE="≥ "
IGRAPH_RATIO=$(ratio "$HL_CD_S" "$IG_S")
IGRAPH_ALL_RATIO=$(ratio "$HL_CD_S" "$IG_ALL_S")
NX_SPEEDUP=$(ratio "$NX_S" "$HL_CD_S")
[ "$NX_SPEEDUP" = n/a ] || NX_SPEEDUP=$(awk -v x="$NX_SPEEDUP" 'BEGIN { printf "%.1f", x }')
echo "   graph: $GRAPH_V accounts, $GRAPH_E edges; $COMP_N components > 150 accounts ($COMP_SIZES), $COMP_E edges"
echo "   hydralens (igraph C, the Leiden calls alone): ${HL_CD_S} s; python-igraph $IG_V: ${IG_S} s (${IG_ALL_S} s incl. building the graphs), $IG_C communities; networkx $NX_V: ${GE}${NX_S} s, $NX_C communities"
[ "$NX_LB" = true ] && echo "   networkx was stopped after ${NETWORKX_TIMEOUT} s: its time is a lower bound"
note "   hydralens / python-igraph = $IGRAPH_RATIO (goal <= $IGRAPH_RATIO_GOAL): $(verdict_le "$IGRAPH_RATIO" "$IGRAPH_RATIO_GOAL")"
note "   hydralens / python-igraph incl. building its graphs = $IGRAPH_ALL_RATIO (no goal)"
note "   networkx / hydralens = ${GE}${NX_SPEEDUP} (goal >= $NETWORKX_SPEEDUP_GOAL): $(verdict_ge "$NX_SPEEDUP" "$NETWORKX_SPEEDUP_GOAL")"

# ---------------------------------------------------------------- 6. summary
machine_facts
# The commit the binary was built from (the source directory in the build's CMakeCache.txt).
build_commit "$BUILD_DIR"

cat <<EOF
$(result_head)
| sqlite3 / python-igraph / networkx | $(sqlite3 --version | awk '{ print $1 }') / $IG_V / $NX_V |
| Data | $PARAMS (bench.hlcase from bench/import_bench.sh) |
| Account graph | $GRAPH_V accounts with an edge, $GRAPH_E edges; $COMP_N components > 150 accounts ($COMP_SIZES) with $COMP_E edges |

| Measure | Baseline | HydraLens | Ratio | Goal | Result |
|---|---|---|---|---|---|
| \`analyze\` vs bare distinct (account, IP) pass (wall s) | $BARE_S | $HL_S | $ANALYZE_RATIO | ≤ $ANALYZE_RATIO_GOAL | $(verdict_le "$ANALYZE_RATIO" "$ANALYZE_RATIO_GOAL") |
| \`analyze\` peak RSS (MB) | | $HL_RSS_MB | | | |
| Community detection vs python-igraph Leiden (s) | $IG_S | $HL_CD_S | $IGRAPH_RATIO | ≤ $IGRAPH_RATIO_GOAL | $(verdict_le "$IGRAPH_RATIO" "$IGRAPH_RATIO_GOAL") |
| Community detection vs python-igraph graph building + Leiden (s) | $IG_ALL_S | $HL_CD_S | $IGRAPH_ALL_RATIO | | no goal |
| Community detection vs networkx Louvain (s; speed-up) | ${GE}$NX_S | $HL_CD_S | ${GE}${NX_SPEEDUP}× | ≥ ${NETWORKX_SPEEDUP_GOAL}× | $(verdict_ge "$NX_SPEEDUP" "$NETWORKX_SPEEDUP_GOAL") |

\`analyze\`: $SUMMARY
Both community-detection figures time the Leiden calls alone (\`igraph_community_leiden\` in HydraLens, \`community_leiden\` in python-igraph), on every connected component above 150 accounts, modularity at resolution 0.3.
Communities found: python-igraph $IG_C, networkx $NX_C$( [ "$NX_LB" = true ] && echo " (networkx stopped after ${NETWORKX_TIMEOUT} s; its time is a lower bound)")

---- end ----
EOF
