#pragma once

#include "graph/graphlayout.h"

#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl::detail {

// One call into Graphviz (private to graphlayout.cpp): lays out the nodes `nodes` of `graph`
// (indexes into graph.nodes) and the edges among them with `engine`, in memory through cgraph
// (agopen/agnode/agedge, no DOT text). Returns the node centres in the order of `nodes`, in
// points, y growing downwards (not yet translated). `edges` lists the indexes of the edges of
// `graph` to include; both ends must be in `nodes`. Pinned nodes (pinned[i] for graph node i)
// are passed to neato and fdp as pos="x,y!"; sfdp has no pins.
//
// Takes the Graphviz mutex for the whole call. Graphviz's messages are captured: warnings are
// dropped, an error fails the call with *error holding Graphviz's words.
std::optional<std::vector<QPointF>> runGraphviz(const GraphData &graph, const std::vector<std::uint32_t> &nodes,
                                                const std::vector<std::uint32_t> &edges, LayoutEngine engine,
                                                const std::vector<QPointF> &fixed, const std::vector<bool> &pinned,
                                                QString *error);

} // namespace hl::detail
