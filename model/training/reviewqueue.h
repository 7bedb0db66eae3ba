#pragma once

#include "storage/labelstore.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace hl {

// "Next cluster to label": the unlabelled clusters ordered by how much a label would teach the
// classifier. Uncertainty first - a risk near 0.5 is where the classifier is least sure, so its
// label moves the model most - in ten bands of 1 - |2·risk - 1|; within a band, larger clusters
// first (one label covers more training rows); then by id, so the order is stable. Skipped
// clusters go behind every other unlabelled one. All operations are in memory and cheap
// (50,000 clusters: well under a millisecond per label), so the queue follows each label at once.
struct ReviewItem
{
    std::int64_t clusterId = 0;
    double risk = 0;          // 0..1 (the retrained risk once a classifier has been trained)
    std::int64_t accounts = 0;
};

struct ReviewProgress
{
    std::int64_t total = 0, labelled = 0, distillation = 0, benign = 0, unsure = 0, skipped = 0;
};

class ReviewQueue
{
public:
    // The clusters under review, and the current verdict of those already labelled.
    void setItems(std::vector<ReviewItem> items, const std::unordered_map<std::int64_t, Verdict> &labels);
    // A label was set (Verdict::None: removed) on a cluster.
    void setLabel(std::int64_t clusterId, Verdict verdict);
    // Puts the cluster behind the other unlabelled ones (until it is labelled or the queue reset).
    void skip(std::int64_t clusterId);

    // The next cluster to label: the first unlabelled, unskipped one; then the skipped ones in
    // the order they were skipped. nullopt: everything is labelled.
    std::optional<ReviewItem> next() const;
    // The next `count` after next() (a preview).
    std::vector<ReviewItem> upcoming(std::size_t count) const;
    ReviewProgress progress() const;
    bool contains(std::int64_t clusterId) const { return m_index.count(clusterId) > 0; }
    std::optional<ReviewItem> item(std::int64_t clusterId) const;
    bool isLabelled(std::int64_t clusterId) const { return m_labels.count(clusterId) > 0; }

    // Where a cluster of this risk and size stands: the uncertainty band, 0 (most certain) to 9.
    static int uncertaintyBand(double risk);

private:
    std::vector<ReviewItem> m_items;                          // queue order
    std::unordered_map<std::int64_t, std::size_t> m_index;    // cluster id → position
    std::unordered_map<std::int64_t, Verdict> m_labels;       // labelled clusters under review
    std::vector<std::int64_t> m_skipped;                      // in skip order
    std::unordered_set<std::int64_t> m_skippedSet;
};

} // namespace hl
