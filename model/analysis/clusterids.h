#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace hl {

// How a cluster of this analysis relates to the clusters of the previous one.
struct ClusterLineage
{
    enum class Kind { New, Same, Grew, Shrank, Changed, Split, Merged };
    Kind kind = Kind::New;
    std::vector<std::int64_t> from; // previous cluster ids it took members from (most first)
};
QString lineageKindName(ClusterLineage::Kind kind); // "new", "same", "grew", …

struct ClusterIdAssignment
{
    std::vector<std::int64_t> ids;            // per new cluster
    std::vector<ClusterLineage> lineage;      // per new cluster
    std::vector<std::int64_t> vanished;       // previous ids no new cluster continues
};

// Gives each new cluster (member account ids, sorted) a stable id. `previous` maps account id
// → previous cluster id (0 = none; index = account id). Same members keep their id. Otherwise
// a new cluster keeps a previous id when they are each other's largest overlap and share more
// than half of each (it grew, shrank or changed); everything else gets a fresh id above every
// id used before and is reported as new, split off or merged. Deterministic.
ClusterIdAssignment assignClusterIds(const std::vector<std::vector<std::uint32_t>> &clusters,
                                     const std::vector<std::int64_t> &previous);

} // namespace hl
