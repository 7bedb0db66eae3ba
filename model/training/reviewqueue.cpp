#include "reviewqueue.h"

#include <algorithm>
#include <cmath>

namespace hl {

int ReviewQueue::uncertaintyBand(double risk)
{
    const double uncertainty = 1 - std::abs(2 * std::clamp(risk, 0.0, 1.0) - 1);
    return std::min(9, int(uncertainty * 10));
}

void ReviewQueue::setItems(std::vector<ReviewItem> items, const std::unordered_map<std::int64_t, Verdict> &labels)
{
    std::sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        const int ba = uncertaintyBand(a.risk), bb = uncertaintyBand(b.risk);
        if (ba != bb)
            return ba > bb;
        if (a.accounts != b.accounts)
            return a.accounts > b.accounts;
        return a.clusterId < b.clusterId;
    });
    m_items = std::move(items);
    m_index.clear();
    m_labels.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        m_index.emplace(m_items[i].clusterId, i);
        const auto l = labels.find(m_items[i].clusterId);
        if (l != labels.end() && l->second != Verdict::None)
            m_labels.emplace(l->first, l->second);
    }
    // Skips survive a reload (a new filter, a re-ranking) for the clusters still under review.
    std::erase_if(m_skipped, [this](std::int64_t id) { return !m_index.count(id); });
    m_skippedSet = std::unordered_set<std::int64_t>(m_skipped.begin(), m_skipped.end());
}

void ReviewQueue::setLabel(std::int64_t clusterId, Verdict verdict)
{
    if (!m_index.count(clusterId))
        return;
    if (verdict == Verdict::None)
        m_labels.erase(clusterId);
    else
        m_labels[clusterId] = verdict;
}

void ReviewQueue::skip(std::int64_t clusterId)
{
    if (!m_index.count(clusterId))
        return;
    if (m_skippedSet.insert(clusterId).second) {
        m_skipped.push_back(clusterId);
    } else { // skipped again: to the back of the skipped ones
        m_skipped.erase(std::find(m_skipped.begin(), m_skipped.end(), clusterId));
        m_skipped.push_back(clusterId);
    }
}

std::optional<ReviewItem> ReviewQueue::next() const
{
    const auto items = upcoming(1);
    if (items.empty())
        return std::nullopt;
    return items.front();
}

std::optional<ReviewItem> ReviewQueue::item(std::int64_t clusterId) const
{
    const auto it = m_index.find(clusterId);
    if (it == m_index.end())
        return std::nullopt;
    return m_items[it->second];
}

std::vector<ReviewItem> ReviewQueue::upcoming(std::size_t count) const
{
    std::vector<ReviewItem> out;
    for (const ReviewItem &item : m_items) {
        if (out.size() >= count)
            return out;
        if (!m_labels.count(item.clusterId) && !m_skippedSet.count(item.clusterId))
            out.push_back(item);
    }
    for (std::int64_t id : m_skipped) {
        if (out.size() >= count)
            break;
        if (!m_labels.count(id))
            out.push_back(m_items[m_index.at(id)]);
    }
    return out;
}

ReviewProgress ReviewQueue::progress() const
{
    ReviewProgress p;
    p.total = std::int64_t(m_items.size());
    p.labelled = std::int64_t(m_labels.size());
    for (const auto &[id, verdict] : m_labels) {
        p.distillation += verdict == Verdict::Distillation;
        p.benign += verdict == Verdict::Benign;
        p.unsure += verdict == Verdict::Unsure;
    }
    for (std::int64_t id : m_skipped)
        p.skipped += !m_labels.count(id);
    return p;
}

} // namespace hl
