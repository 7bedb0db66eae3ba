#!/usr/bin/env bash
# Graph view rendering benchmark: the graph view drawing 100,000 nodes into a 1920×1080 image
# against drawing 100,000 plain rectangles with QPainter (bench/graph_render/main.cpp).
#
#   bench/graph_render.sh [BUILD_DIR] [graph_render options...]     (run from the repo root)
#
# Default BUILD_DIR: build (configure it Release). Options go to the program: --nodes N,
# --edges M, --runs R (median of R, default 7), --size WxH, --seed S. The images it timed are
# saved in bench/work-graph/ (or $BENCH_WORK) to look at. Runs offscreen when there is no
# display. See bench/README.md, "Graph view rendering".
set -euo pipefail

BUILD_DIR=${1:-build}
[ $# -gt 0 ] && shift
WORK=${BENCH_WORK:-bench/work-graph}
BIN="$BUILD_DIR/bench/graph_render/graph_render"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GOAL=2.0 # graph view, nodes only / the faster plain rectangle loop

die() { echo "graph_render: error: $*" >&2; exit 1; }
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"

[ -x "$BIN" ] || die "$BIN not found; build it first (HL_BUILD_BENCH is on by default), e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR --target graph_render"
TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)
[ "$TYPE" = Release ] || echo "graph_render: warning: $BUILD_DIR is a '${TYPE:-?}' build, not Release; the figures will not be comparable" >&2
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}; fi

mkdir -p "$WORK"
[ -f "$WORK/.gitignore" ] || printf '*\n' > "$WORK/.gitignore"
OUT="$WORK/graph_render.txt"
if ! "$BIN" --save "$WORK" "$@" >"$OUT" 2>"$WORK/graph_render.err"; then
    echo "graph_render: the benchmark program failed; the end of its output:" >&2
    tail -n 20 "$WORK/graph_render.err" >&2
    exit 2
fi
val() { awk -v k="$1" '$1 == k { print $2 }' "$OUT"; }
ms() { awk -v x="$(val "$1")" 'BEGIN { printf "%.1f", x }'; }

NODES=$(val nodes); EDGES=$(val edges); RUNS=$(val runs); W=$(val width); H=$(val height)
VIEW=$(ms view_nodes_ms); FILL=$(ms plain_fillrect_ms); DRAW=$(ms plain_drawrect_ms)
BASE=$(awk -v a="$FILL" -v b="$DRAW" 'BEGIN { print (a < b ? a : b) }')
RATIO=$(ratio "$VIEW" "$BASE")
VERDICT=$(verdict_le "$RATIO" "$GOAL")

machine_facts
build_commit "$BUILD_DIR"

cat <<END
$(result_head)
| Qt | $(qtpaths6 --qt-version 2>/dev/null || echo ?), platform ${QT_QPA_PLATFORM:-default} |
| Data | $NODES nodes, $EDGES edges, random positions; ${W}×${H} image, median of $RUNS |
| Fitted | scale $(val scale), smallest node $(val min_node_pixels) px: nodes drawn as $(val node_detail); $(val edges_on_screen | cut -d. -f1) edges on screen: $(val edge_detail) drawn |

| Measure | Plain rectangles (ms) | Graph view (ms) | Ratio | Goal | Result |
|---|---|---|---|---|---|
| All nodes, no edges | $BASE (fillRect $FILL, drawRect $DRAW) | $VIEW | $RATIO | ≤ $GOAL | $VERDICT |
| All nodes, edges as the level of detail decides | | $(ms view_default_ms) | | | no goal |
| All nodes, all edges forced as hairlines (local edges) | | $(ms view_local_edges_ms) | | | no goal |
| All nodes, all edges forced as hairlines (random edges across the picture) | | $(ms view_random_edges_ms) | | | no goal |
$(for z in 3 8 32; do echo "| Zoomed ×$z: $(val zoom${z}_nodes_in_view | cut -d. -f1) nodes as $(val zoom${z}_detail), $(val zoom${z}_edges_on_screen | cut -d. -f1) edges on screen | | $(ms view_zoom${z}_ms) | | | no goal |"; done)

---- end ----
END
