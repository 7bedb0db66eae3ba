#include "graphattributes.h"

#include "graphdocument.h"
#include "graphformats.h"

using namespace Qt::StringLiterals;

namespace hl::detail {

namespace {

enum Index { Kind, Risk, VerdictAttr, Cluster, Flagged, Accounts, Exchanges };

} // namespace

const std::vector<GraphAttribute> &graphNodeAttributes()
{
    static const std::vector<GraphAttribute> attributes = {
        {"kind", GraphAttributeType::String},    {"risk", GraphAttributeType::Double},
        {"verdict", GraphAttributeType::String}, {"cluster", GraphAttributeType::Long},
        {"flagged", GraphAttributeType::Boolean}, {"accounts", GraphAttributeType::Long},
        {"exchanges", GraphAttributeType::Long},
    };
    return attributes;
}

QString graphNodeValue(const GraphDocumentNode &node, std::size_t index)
{
    switch (Index(index)) {
    case Kind: return node.kind;
    case Risk: return node.risk ? graphNumber(*node.risk) : QString();
    case VerdictAttr: return node.verdict.isEmpty() ? QString() : node.verdict;
    case Cluster: return node.cluster > 0 ? QString::number(node.cluster) : QString();
    case Flagged: return node.flagged ? (*node.flagged ? u"true"_s : u"false"_s) : QString();
    case Accounts: return node.accounts ? QString::number(*node.accounts) : QString();
    case Exchanges: return node.exchanges ? QString::number(*node.exchanges) : QString();
    }
    return QString();
}

QString graphDocumentSummary(const GraphDocument &doc)
{
    QString text = doc.description;
    if (!doc.date.isEmpty())
        text += u"; analysis of "_s + doc.date;
    if (doc.redacted)
        text += u"; identifiers redacted (keyed pseudonyms)"_s;
    return text;
}

} // namespace hl::detail
