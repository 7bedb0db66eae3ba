#include "graph/graphlabels.h"

#include <algorithm>
#include <unordered_map>

namespace hl {

namespace {

// More targets than this at once (a bulk label): one read of every label costs less than a
// read per target.
constexpr std::size_t MaxTargetsToUpdate = 500;

Verdict find(const std::unordered_map<std::int64_t, Verdict> &map, std::int64_t id)
{
    const auto it = map.find(id);
    return it == map.end() ? Verdict::None : it->second;
}

// The current verdict of each of `ids`; false with *error.
bool readVerdicts(const CaseFile &file, LabelTarget target, const std::vector<std::int64_t> &ids,
                  std::unordered_map<std::int64_t, Verdict> &out, QString *error)
{
    for (std::int64_t id : ids) {
        const auto label = readCurrentLabel(file, target, id, error);
        if (!error->isEmpty())
            return false;
        out[id] = label ? label->verdict : Verdict::None;
    }
    return true;
}

} // namespace

bool GraphVerdicts::read(const CaseFile &file, const GraphData &graph, QString *error)
{
    const auto current = readCurrentLabels(file, error);
    if (!current)
        return false;
    std::unordered_map<std::int64_t, Verdict> clusters, accounts;
    for (const LabelEvent &e : *current)
        (e.target == LabelTarget::Cluster ? clusters : accounts)[e.targetId] = e.verdict;
    m_verdicts.assign(graph.nodes.size(), 0);
    m_ownLabel.assign(graph.nodes.size(), false);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        Verdict v = Verdict::None;
        if (n.kind == GraphNodeKind::Cluster) {
            v = find(clusters, n.id);
        } else if (n.kind == GraphNodeKind::Account) {
            m_ownLabel[i] = accounts.count(n.id) > 0;
            v = m_ownLabel[i] ? find(accounts, n.id) : find(clusters, n.cluster);
        }
        m_verdicts[i] = std::uint8_t(v);
    }
    return true;
}

bool GraphVerdicts::update(const CaseFile &file, const GraphData &graph, LabelTarget target,
                           const std::vector<std::int64_t> &ids, QString *error)
{
    if (m_verdicts.size() != graph.nodes.size() || ids.size() > MaxTargetsToUpdate)
        return read(file, graph, error);
    error->clear();
    std::unordered_map<std::int64_t, Verdict> changed; // the targets' new verdicts
    if (!readVerdicts(file, target, ids, changed, error))
        return false;
    if (target == LabelTarget::Cluster) {
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const GraphNode &n = graph.nodes[i];
            const bool decides = (n.kind == GraphNodeKind::Cluster || (n.kind == GraphNodeKind::Account && !m_ownLabel[i]))
                                 && changed.count(n.cluster);
            if (decides)
                m_verdicts[i] = std::uint8_t(changed[n.cluster]);
        }
        return true;
    }
    // Accounts: their own label, or (removed) their cluster's again.
    std::vector<std::size_t> rows;
    std::vector<std::int64_t> clusterIds;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        if (n.kind == GraphNodeKind::Account && changed.count(n.id)) {
            rows.push_back(i);
            if (changed[n.id] == Verdict::None)
                clusterIds.push_back(n.cluster);
        }
    }
    std::sort(clusterIds.begin(), clusterIds.end());
    clusterIds.erase(std::unique(clusterIds.begin(), clusterIds.end()), clusterIds.end());
    std::unordered_map<std::int64_t, Verdict> clusters;
    if (!readVerdicts(file, LabelTarget::Cluster, clusterIds, clusters, error))
        return false;
    for (std::size_t i : rows) {
        const GraphNode &n = graph.nodes[i];
        const Verdict own = changed[n.id];
        m_ownLabel[i] = own != Verdict::None;
        m_verdicts[i] = std::uint8_t(m_ownLabel[i] ? own : clusters[n.cluster]);
    }
    return true;
}

} // namespace hl
