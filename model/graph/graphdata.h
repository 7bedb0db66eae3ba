#pragma once

#include <QPointF>
#include <QString>

#include <cstdint>
#include <vector>

namespace hl {

// What a node of a drawn graph stands for. The infrastructure kinds have the values of
// schema::InfraKind (Ip = 1 … ApiKey = 8), so a stored kind converts directly.
enum class GraphNodeKind : std::uint8_t {
    Cluster = 0,
    Ip = 1,
    Asn,
    Payment,
    EmailDomain,
    Device,
    Phone,
    Org,
    ApiKey,
    Account = 9,
};
constexpr int GraphNodeKindCount = 10;

struct GraphNode
{
    GraphNodeKind kind = GraphNodeKind::Cluster;
    std::int64_t id = 0;      // by kind: cluster id, case account id, or infra id
    QString label;            // "#id" for clusters, the export's account id, the infrastructure value
    double size = 1;          // clusters: accounts; accounts: exchanges; infrastructure: accounts using it
    double risk = -1;         // clusters and accounts (their cluster's risk), 0..1; -1 = none
    bool flagged = false;     // the cluster (or the account's cluster) is flagged
    std::int64_t cluster = 0; // accounts: their cluster id; clusters: their own id; infrastructure: 0
};

struct GraphEdge
{
    std::uint32_t a = 0, b = 0; // node indexes
    float weight = 1;           // overview: shared values (weighted by rarity); drill-in: exchanges or 1
    std::uint8_t kind = 0;      // the infrastructure kind the edge is about (schema::InfraKind), 0 = mixed
};

// A graph to draw: the overview of all clusters, or one cluster's accounts and infrastructure
// (drill-in), plus clusters brought in by "expand". Immutable once built; shared between the
// worker that lays it out and the views that draw it.
struct GraphData
{
    QString scope;                  // "overview" or "cluster:<id>[+<id>…]": names the layout in the cache
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<QPointF> positions; // one per node once laid out (Graphviz points, y down); empty before

    bool isLaidOut() const { return !nodes.empty() && positions.size() == nodes.size(); }
};

// How big a node is drawn, in scene units (Graphviz points): the radius grows with the square
// root of the size in the kind's unit (accounts for clusters and infrastructure, 100 exchanges
// for an account), from NodeMinRadius at 1 to NodeMaxRadius. The view draws it and the layout
// keeps room for it, so the two agree.
constexpr double NodeMinRadius = 6.0;
constexpr double NodeMaxRadius = 36.0;
double nodeRadius(GraphNodeKind kind, double size);

// A fingerprint of the node and edge set (kinds, ids and endpoints, in order) and of the layout
// rules' revision: a cached layout applies only to a graph with the same signature.
std::uint64_t graphSignature(const GraphData &graph);

} // namespace hl
