#pragma once

#include "graph/graphdata.h"
#include "graph/graphlayout.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace hl {

// What the graph view asks for: the overview of all clusters, or a drill-in to clusters (the
// first is the focus, the rest were brought in by "expand"), laid out with an engine.
struct GraphRequest
{
    std::vector<std::int64_t> clusters; // empty = the overview
    std::size_t overviewMinAccounts = 1; // the overview leaves out smaller clusters
    LayoutEngine engine = LayoutEngine::Sfdp;
    bool useCache = true;  // false: lay out again even if the case has a layout (Re-layout)
    // A graph already read (Re-layout of what is shown; its pinned nodes keep their places):
    std::shared_ptr<const GraphData> graph;
    std::vector<QPointF> fixed;
    std::vector<bool> pinned;
};

struct GraphResult
{
    std::shared_ptr<const GraphData> graph; // positions filled; null on failure
    QString error;                          // "cancelled" when cancelled
    bool fromCache = false;
    double readSeconds = 0, layoutSeconds = 0;
};

// The graph view's background job, run on a worker thread with a connection of its own: reads
// the graph from the case at `casePath`, takes its layout from the case's cache when there is
// one for this graph, analysis run and engine, or lays it out with Graphviz and stores it.
// `progress` gets 0..1 and a phase ("reading", "layout"); returning false cancels.
GraphResult loadGraph(const QString &casePath, const GraphRequest &request,
                      const std::function<bool(double, const QString &)> &progress = {});

} // namespace hl
