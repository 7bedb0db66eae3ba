#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace hl {

struct GraphDocument;
struct GraphDocumentNode;

// Private to the graph format writers (export/graphformats.cpp, export/graphxml.cpp): the node
// attributes every format writes, so the three agree on names, order and types.
namespace detail {

enum class GraphAttributeType { String, Double, Long, Boolean };

struct GraphAttribute
{
    const char *name; // as written: GraphML attr.name, GEXF title, DOT attribute
    GraphAttributeType type;
};

// kind, risk, verdict, cluster, flagged, accounts, exchanges (label, size and position are
// written where each format has its own place for them).
const std::vector<GraphAttribute> &graphNodeAttributes();

// The node's value for attribute `index` as text, or a null QString when the node has none
// (infrastructure has no risk, verdict, cluster or flagged; accounts no accounts, …).
QString graphNodeValue(const GraphDocumentNode &node, std::size_t index);

// One line for the file's header: the document's description, the analysis date and whether
// identifiers are redacted.
QString graphDocumentSummary(const GraphDocument &doc);

} // namespace detail

} // namespace hl
