#include "graph/graphjob.h"

#include "storage/casefile.h"
#include "storage/graphstore.h"
#include "storage/layoutstore.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace hl {

GraphResult loadGraph(const QString &casePath, const GraphRequest &request,
                      const std::function<bool(double, const QString &)> &progress)
{
    GraphResult result;
    CaseFile file;
    if (!file.open(casePath)) {
        result.error = file.errorString();
        return result;
    }
    const auto report = [&](double f, const QString &phase) { return !progress || progress(f, phase); };
    QElapsedTimer timer;
    timer.start();

    std::shared_ptr<GraphData> graph;
    if (request.graph) {
        graph = std::make_shared<GraphData>(*request.graph);
    } else {
        if (!report(0, u"reading"_s)) {
            result.error = u"cancelled"_s;
            return result;
        }
        OverviewOptions overview;
        overview.minAccounts = request.overviewMinAccounts;
        const auto read = request.clusters.empty() ? readOverviewGraph(file, overview, &result.error)
                                                   : readClusterGraph(file, request.clusters, ClusterGraphOptions(),
                                                                      &result.error);
        if (!read)
            return result;
        graph = std::make_shared<GraphData>(std::move(*read));
    }
    graph->positions.clear();
    result.readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (graph->nodes.empty()) {
        result.graph = std::move(graph);
        return result;
    }

    const std::uint64_t signature = graphSignature(*graph);
    if (request.useCache) {
        QString cacheError;
        if (auto cached = readLayout(file, graph->scope, request.engine, signature, &cacheError)) {
            graph->positions = std::move(*cached);
            result.fromCache = true;
            result.graph = std::move(graph);
            return result;
        }
        // A cache that cannot be read only costs a new layout.
    }

    timer.restart();
    LayoutOptions options;
    options.engine = request.engine;
    options.fixed = request.fixed;
    options.pinned = request.pinned;
    auto positions = layoutGraph(*graph, options, &result.error,
                                 [&](double f) { return report(0.1 + 0.9 * f, u"layout"_s); });
    if (!positions)
        return result;
    result.layoutSeconds = double(timer.nsecsElapsed()) / 1e9;
    graph->positions = std::move(*positions);
    QString saveError;
    saveLayout(file, graph->scope, request.engine, signature, graph->positions, &saveError); // a read-only case still shows it
    result.graph = std::move(graph);
    return result;
}

} // namespace hl
