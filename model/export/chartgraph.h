#pragma once

#include "graph/graphdata.h"
#include "graph/graphjob.h"

#include <QJsonObject>

namespace hl {

class Redactor;

// A graph as the exports draw it (issue 6). Node labels are account ids and infrastructure
// values: with --redact each becomes its pseudonym (clusters keep "#id", ASNs stay). Positions
// are rounded to float32, as the layout cache stores them, so a graph laid out now and the same
// graph read back from the cache draw the same picture, byte for byte.
GraphData exportableGraph(const GraphData &graph, const Redactor &redactor);

// loadGraph() for exports: when it had to lay the graph out, the graph is read once more from
// the layout cache it just filled, so that the first export and every later one (and `brief
// --verify`) draw exactly the stored positions. (Rounding the fresh layout to float32 as the
// cache does was not enough: at least one demo cluster came back a rounding step apart.)
GraphResult loadExportGraph(const QString &casePath, const GraphRequest &request,
                            const std::function<bool(double, const QString &)> &progress);

// What the graph picture shows, for its stamp hash: scope, every node (kind, id, label, risk,
// flagged, position) and edge.
QJsonObject graphStampJson(const GraphData &graph);

} // namespace hl
