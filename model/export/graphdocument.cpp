#include "graphdocument.h"

#include "export/redactor.h"
#include "storage/labelstore.h"
#include "storage/schema.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QString nodeId(const GraphNode &node)
{
    switch (node.kind) {
    case GraphNodeKind::Cluster: return u"c"_s + QString::number(node.id);
    case GraphNodeKind::Account: return u"a"_s + QString::number(node.id);
    default: return u"i"_s + QString::number(node.id);
    }
}

QString nodeLabel(const GraphNode &node, const Redactor &redactor)
{
    switch (node.kind) {
    case GraphNodeKind::Cluster: return u"#"_s + QString::number(node.id); // not node.label: never free text
    case GraphNodeKind::Account: return redactor.pseudonym(RedactKind::Account, node.label);
    default: return redactor.infraValue(int(node.kind), node.label);
    }
}

QString edgeKindCode(std::uint8_t kind)
{
    return kind >= 1 && kind <= 8 ? graphNodeKindCode(GraphNodeKind(kind)) : u"mixed"_s;
}

} // namespace

QString graphNodeKindCode(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Cluster: return u"cluster"_s;
    case GraphNodeKind::Account: return u"account"_s;
    default: break;
    }
    const int code = int(kind);
    return code >= 1 && code <= 8 ? QString::fromLatin1(schema::InfraKindNames[code - 1]) : u"unknown"_s;
}

GraphDocument makeGraphDocument(const GraphData &graph, const std::vector<QPointF> &positions,
                                const std::vector<std::uint8_t> &verdicts, const Redactor &redactor,
                                const std::vector<bool> &keep)
{
    GraphDocument doc;
    doc.scope = graph.scope;
    doc.redacted = redactor.isEnabled();
    const std::size_t n = graph.nodes.size();
    const bool all = keep.size() != n;
    constexpr auto Dropped = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> index(n, Dropped); // node → its index in the document
    doc.hasPositions = n > 0 && positions.size() == n;
    doc.nodes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!all && !keep[i])
            continue;
        index[i] = std::uint32_t(doc.nodes.size());
        const GraphNode &g = graph.nodes[i];
        GraphDocumentNode d;
        d.id = nodeId(g);
        d.kind = graphNodeKindCode(g.kind);
        d.label = nodeLabel(g, redactor);
        d.size = float(nodeRadius(g.kind, g.size));
        const bool labelled = g.kind == GraphNodeKind::Cluster || g.kind == GraphNodeKind::Account;
        if (labelled) {
            if (g.risk >= 0)
                d.risk = g.risk;
            const auto v = Verdict(verdicts.size() == n ? verdicts[i] : 0);
            d.verdict = v == Verdict::None ? u"none"_s : verdictName(v);
            d.cluster = g.cluster;
            d.flagged = g.flagged;
        }
        if (g.kind == GraphNodeKind::Account)
            d.exchanges = std::int64_t(g.size);
        else
            d.accounts = std::int64_t(g.size);
        if (doc.hasPositions) {
            d.x = float(positions[i].x());
            d.y = 0.0f - float(positions[i].y()); // not -0
        }
        doc.nodes.push_back(std::move(d));
    }
    doc.edges.reserve(graph.edges.size());
    for (const GraphEdge &e : graph.edges)
        if (e.a < n && e.b < n && index[e.a] != Dropped && index[e.b] != Dropped)
            doc.edges.push_back({index[e.a], index[e.b], e.weight, edgeKindCode(e.kind)});
    return doc;
}

} // namespace hl
