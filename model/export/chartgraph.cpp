#include "export/chartgraph.h"

#include "export/redactor.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

GraphData exportableGraph(const GraphData &graph, const Redactor &redactor)
{
    GraphData out = graph;
    for (GraphNode &n : out.nodes) {
        if (n.kind == GraphNodeKind::Account)
            n.label = redactor.pseudonym(RedactKind::Account, n.label);
        else if (n.kind != GraphNodeKind::Cluster)
            n.label = redactor.infraValue(int(n.kind), n.label);
    }
    for (QPointF &p : out.positions)
        p = QPointF(double(float(p.x())), double(float(p.y())));
    return out;
}

GraphResult loadExportGraph(const QString &casePath, const GraphRequest &request,
                            const std::function<bool(double, const QString &)> &progress)
{
    GraphResult result = loadGraph(casePath, request, progress);
    if (!result.graph || result.fromCache || !result.graph->isLaidOut())
        return result;
    GraphResult cached = loadGraph(casePath, request, {});
    return cached.graph && cached.fromCache ? cached : result;
}

QJsonObject graphStampJson(const GraphData &graph)
{
    QJsonArray nodes, edges;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        const QPointF p = i < graph.positions.size() ? graph.positions[i] : QPointF();
        nodes.append(QJsonArray{int(n.kind), qint64(n.id), n.label, std::round(n.risk * 1000) / 1000, n.flagged,
                                std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10});
    }
    for (const GraphEdge &e : graph.edges)
        edges.append(QJsonArray{qint64(e.a), qint64(e.b), int(e.kind)});
    return {{u"chart"_s, u"graph"_s}, {u"scope"_s, graph.scope}, {u"nodes"_s, nodes}, {u"edges"_s, edges}};
}

} // namespace hl
