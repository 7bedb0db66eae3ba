#pragma once

#include "graph/graphdata.h"

#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class Redactor;

// A graph as the graph formats write it (docs/graph-formats.md): every value already in its
// written form, and every identifier already through the Redactor, so the writers
// (export/graphformats.h) only lay out syntax and cannot leak a raw value.

struct GraphDocumentNode
{
    QString id;      // "c<cluster id>", "a<case account id>", "i<case infrastructure id>": stable, no raw value
    QString kind;    // "cluster", "account", or the infrastructure kind ("ip", "payment", "email_domain", …)
    QString label;   // "#17", the export's account id, the infrastructure value (pseudonyms when redacted)
    std::optional<double> risk;     // clusters and accounts (their cluster's), 0..1
    QString verdict; // clusters and accounts: "distillation", "benign", "unsure" or "none"; infrastructure: empty
    std::int64_t cluster = 0;       // clusters: their id; accounts: their cluster; infrastructure: 0
    std::optional<bool> flagged;    // clusters and accounts (their cluster)
    std::optional<std::int64_t> accounts;  // clusters: members; infrastructure: accounts of the graph using it
    std::optional<std::int64_t> exchanges; // accounts
    float size = 0;                 // the radius the window draws it with, in points
    float x = 0, y = 0;             // centre in points, y growing upwards (the window's y negated)
};

struct GraphDocumentEdge
{
    std::uint32_t source = 0, target = 0; // node indexes
    float weight = 1; // overview: shared values weighted by rarity; drill-in: observations
    QString kind;     // the infrastructure kind linking them ("ip", …), "mixed" for several (overview)
};

struct GraphDocument
{
    QString scope;       // "overview", "overview:2+", "cluster:17+4" (GraphData::scope)
    QString description; // one line: what the graph is, of which case
    QString date;        // "YYYY-MM-DD" of the analysis it shows (UTC), or empty
    QString creator;     // "HydraLens <version>"
    bool redacted = false;
    bool hasPositions = false; // x and y are meaningful
    std::vector<GraphDocumentNode> nodes;
    std::vector<GraphDocumentEdge> edges;
};

// The name a graph node kind is written with ("cluster", "account", "ip", "asn", "payment",
// "email_domain", "device", "phone", "org", "api_key").
QString graphNodeKindCode(GraphNodeKind kind);

// Builds the document of `graph` with `positions` (one per node, the window's coordinates;
// empty: none) and `verdicts` (one hl::Verdict per node as GraphVerdicts gives them; empty:
// all "none"). Positions pass through float32, as the case's layout cache stores them, so a
// layout read from the cache and one just computed write the same digits. `keep` (one flag per
// node, or empty: all) leaves out the other nodes and their edges (the window's hidden ones).
// Edges whose ends are out of range are left out.
GraphDocument makeGraphDocument(const GraphData &graph, const std::vector<QPointF> &positions,
                                const std::vector<std::uint8_t> &verdicts, const Redactor &redactor,
                                const std::vector<bool> &keep = {});

} // namespace hl
