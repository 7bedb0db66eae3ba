#include "graph/graphlabels.h"

#include "storage/labelstore.h"

#include <unordered_map>

namespace hl {

std::optional<std::vector<std::uint8_t>> readGraphVerdicts(const CaseFile &file, const GraphData &graph, QString *error)
{
    const auto current = readCurrentLabels(file, error);
    if (!current)
        return std::nullopt;
    std::unordered_map<std::int64_t, Verdict> clusters, accounts;
    for (const LabelEvent &e : *current)
        (e.target == LabelTarget::Cluster ? clusters : accounts)[e.targetId] = e.verdict;
    const auto find = [](const std::unordered_map<std::int64_t, Verdict> &map, std::int64_t id) {
        const auto it = map.find(id);
        return it == map.end() ? Verdict::None : it->second;
    };
    std::vector<std::uint8_t> out(graph.nodes.size(), 0);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        Verdict v = Verdict::None;
        if (n.kind == GraphNodeKind::Cluster)
            v = find(clusters, n.id);
        else if (n.kind == GraphNodeKind::Account)
            v = accounts.count(n.id) ? find(accounts, n.id) : find(clusters, n.cluster);
        out[i] = std::uint8_t(v);
    }
    return out;
}

} // namespace hl
