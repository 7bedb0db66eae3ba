#pragma once

#include "graph/graphdata.h"

#include <QPointF>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

// The Graphviz force-directed engines the graph view offers. sfdp (multilevel) scales to big
// components; neato (stress majorisation) and fdp give tidier small drawings and honour pins.
enum class LayoutEngine { Sfdp, Neato, Fdp };

QString layoutEngineName(LayoutEngine engine); // "sfdp", "neato", "fdp"
std::optional<LayoutEngine> layoutEngineFromName(QStringView name);

// The most connected nodes neato is given in one piece.
inline constexpr std::size_t NeatoMaxNodes = 10000;

struct LayoutOptions
{
    LayoutEngine engine = LayoutEngine::Sfdp;
    // Optional, one entry per node (or empty): nodes with pinned[i] keep fixed[i]. neato and
    // fdp hold them in place while they lay out the rest; sfdp cannot, so its component is laid
    // out freely and then moved so that the pinned nodes' centre lands on their fixed positions'
    // centre, and the pinned nodes are put exactly where they were (an approximation: edges to
    // pinned nodes may stretch). Components with a pinned node stay where the pins put them;
    // the others are packed to the right of them.
    std::vector<QPointF> fixed;
    std::vector<bool> pinned;
    // true: each connected component is laid out on its own and the results are packed (fast;
    // the normal case). false: the whole graph goes to Graphviz in one call, as plain
    // `sfdp` would lay it out (the benchmark baseline of `hydralens layout --scope whole`).
    bool splitComponents = true;
};

// The diameter, in points, a node is laid out with: the one it is drawn with (nodeRadius())
// plus a margin of LayoutNodeMargin, so that neighbours never touch.
constexpr double LayoutNodeMargin = 6.0;
double layoutNodeDiameter(const GraphNode &node);

// Positions for every node (Graphviz points, y growing downwards, origin near 0,0): the node
// centres. Deterministic for the same input.
//
// With splitComponents, isolated nodes and 2-node components are not given to Graphviz but
// set on a grid in node order (the node order is the priority, i.e. risk); components of 3 or
// more nodes are laid out by Graphviz one by one, biggest first; then every component's box
// is packed into a roughly 16:9 area with a margin between boxes: in shelves, the smaller boxes
// filling the space beside the taller ones (so they sit near the top, in priority order).
//
// neato refuses a connected piece of more than NeatoMaxNodes nodes (an error, not an attempt:
// its memory grows with the square of the nodes).
//
// Thread-safe: the calls into Graphviz are serialised with one mutex (Graphviz keeps global
// state), so layouts from several threads queue for it. `progress` gets the share done (0..1)
// between components; when it returns false the layout stops and returns nullopt with
// *error = "cancelled". Graphviz's warnings and errors are captured, never printed; an error
// fails the layout with *error saying what Graphviz reported.
std::optional<std::vector<QPointF>> layoutGraph(const GraphData &graph, const LayoutOptions &options, QString *error,
                                                const std::function<bool(double)> &progress = {});

// The connected components of the graph: each a list of node indexes in ascending order;
// components ordered by size, biggest first, ties by their first node. Self-loops and edges
// with an endpoint out of range are ignored.
std::vector<std::vector<std::uint32_t>> graphComponents(const GraphData &graph);

} // namespace hl
