#include "clusterids.h"

#include <algorithm>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

QString lineageKindName(ClusterLineage::Kind kind)
{
    switch (kind) {
    case ClusterLineage::Kind::New: return u"new"_s;
    case ClusterLineage::Kind::Same: return u"same"_s;
    case ClusterLineage::Kind::Grew: return u"grew"_s;
    case ClusterLineage::Kind::Shrank: return u"shrank"_s;
    case ClusterLineage::Kind::Changed: return u"changed"_s;
    case ClusterLineage::Kind::Split: return u"split"_s;
    case ClusterLineage::Kind::Merged: return u"merged"_s;
    }
    return QString();
}

ClusterIdAssignment assignClusterIds(const std::vector<std::vector<std::uint32_t>> &clusters,
                                     const std::vector<std::int64_t> &previous)
{
    ClusterIdAssignment out;
    out.ids.assign(clusters.size(), 0);
    out.lineage.resize(clusters.size());

    std::unordered_map<std::int64_t, std::int64_t> oldSize;
    std::int64_t maxId = 0;
    for (const std::int64_t id : previous)
        if (id > 0) {
            ++oldSize[id];
            maxId = std::max(maxId, id);
        }
    // overlap[new][old] = shared accounts
    std::vector<std::map<std::int64_t, std::int64_t>> overlap(clusters.size());
    std::unordered_map<std::int64_t, std::pair<std::int64_t, std::size_t>> bestNewOfOld; // old → (overlap, new)
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        for (const std::uint32_t a : clusters[c])
            if (a < previous.size() && previous[a] > 0)
                ++overlap[c][previous[a]];
        for (const auto &[old, n] : overlap[c]) {
            auto [it, fresh] = bestNewOfOld.try_emplace(old, n, c);
            if (!fresh && n > it->second.first) // ties: the lower new index, for determinism
                it->second = {n, c};
        }
    }
    std::unordered_map<std::int64_t, bool> taken;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        auto &lin = out.lineage[c];
        std::vector<std::pair<std::int64_t, std::int64_t>> byOverlap(overlap[c].begin(), overlap[c].end());
        std::stable_sort(byOverlap.begin(), byOverlap.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
        for (const auto &[old, n] : byOverlap)
            lin.from.push_back(old);
        if (byOverlap.empty())
            continue; // new: id below
        const auto [old, shared] = byOverlap.front();
        const auto size = static_cast<std::int64_t>(clusters[c].size());
        const std::int64_t before = oldSize[old];
        const bool mutual = bestNewOfOld[old].second == c;
        if (mutual && 2 * shared > size && 2 * shared > before && !taken[old]) {
            out.ids[c] = old;
            taken[old] = true;
            if (shared == size && shared == before)
                lin.kind = ClusterLineage::Kind::Same;
            else if (shared == before)
                lin.kind = ClusterLineage::Kind::Grew;
            else if (shared == size)
                lin.kind = ClusterLineage::Kind::Shrank;
            else
                lin.kind = ClusterLineage::Kind::Changed;
            if (byOverlap.size() > 1) // kept the id of its largest part, and absorbed others
                lin.kind = ClusterLineage::Kind::Merged;
        } else {
            lin.kind = byOverlap.size() > 1 ? ClusterLineage::Kind::Merged : ClusterLineage::Kind::Split;
        }
    }
    for (std::size_t c = 0; c < clusters.size(); ++c)
        if (out.ids[c] == 0)
            out.ids[c] = ++maxId;
    for (const auto &[old, n] : oldSize)
        if (!taken[old])
            out.vanished.push_back(old);
    std::sort(out.vanished.begin(), out.vanished.end());
    return out;
}

} // namespace hl
