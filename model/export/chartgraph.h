#pragma once

#include "graph/graphdata.h"

#include <QJsonObject>

namespace hl {

class Redactor;

// A graph as the exports draw it (issue 6). Node labels are account ids and infrastructure
// values: with --redact each becomes its pseudonym (clusters keep "#id", ASNs stay). Positions
// are rounded to float32, as the layout cache stores them, so a graph laid out now and the same
// graph read back from the cache draw the same picture, byte for byte.
GraphData exportableGraph(const GraphData &graph, const Redactor &redactor);

// What the graph picture shows, for its stamp hash: scope, every node (kind, id, label, risk,
// flagged, position) and edge.
QJsonObject graphStampJson(const GraphData &graph);

} // namespace hl
