#include "groupsplit.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr std::uint32_t NoGroup = std::numeric_limits<std::uint32_t>::max();

// Union-find with path halving and union by size.
class Groups
{
public:
    explicit Groups(std::size_t n)
        : m_parent(n), m_size(n, 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    std::vector<std::uint32_t> m_parent, m_size;
};

struct Group
{
    std::int64_t rows = 0;
    std::uint32_t smallest = 0; // the row with the smallest key
    std::uint64_t hash = 0;     // stableHash of that key
};

} // namespace

QString splitName(Split split)
{
    static const std::array<QString, SplitCount> names{u"train"_s, u"valid"_s, u"test"_s};
    return names[std::size_t(split)];
}

std::uint64_t stableHash(const QString &text)
{
    std::uint64_t h = 0xcbf29ce484222325ull; // FNV-1a, 64 bit
    for (const char c : text.toUtf8()) {
        h ^= std::uint8_t(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

GroupSplit splitByGroups(const std::vector<QString> &rowKeys, std::vector<GroupLink> links,
                         const std::vector<std::uint8_t> &classes, const SplitTargets &targets)
{
    const std::size_t n = rowKeys.size();
    GroupSplit out;
    out.splits.resize(n, Split::Train);
    out.groupOf.resize(n, 0);

    // Rows that share a key are one group. The links usually come sorted by key (the storage
    // layer reads them in index order); sorting is needed only when they do not.
    Groups uf(n);
    const auto byKey = [](const GroupLink &a, const GroupLink &b) { return a.key < b.key; };
    if (!std::is_sorted(links.begin(), links.end(), byKey))
        std::sort(links.begin(), links.end(), byKey);
    for (std::size_t i = 0; i < links.size();) {
        std::size_t j = i + 1;
        for (; j < links.size() && links[j].key == links[i].key; ++j)
            if (links[i].row < n && links[j].row < n)
                uf.unite(links[i].row, links[j].row);
        i = j;
    }

    std::vector<std::uint32_t> groupOfRoot(n, NoGroup);
    std::vector<Group> groups;
    for (std::uint32_t r = 0; r < n; ++r) {
        std::uint32_t &g = groupOfRoot[uf.find(r)];
        if (g == NoGroup) {
            g = std::uint32_t(groups.size());
            groups.push_back({0, r, 0});
        }
        Group &group = groups[g];
        ++group.rows;
        if (rowKeys[r] < rowKeys[group.smallest])
            group.smallest = r;
        out.groupOf[r] = g;
    }
    for (Group &g : groups)
        g.hash = stableHash(rowKeys[g.smallest]);

    // Largest first; equal sizes in an order that does not follow the keys' alphabet (keys are
    // often numbered by sign-up time) yet is the same on every run.
    std::vector<std::uint32_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Group &x = groups[a], &y = groups[b];
        if (x.rows != y.rows)
            return x.rows > y.rows;
        if (x.hash != y.hash)
            return x.hash < y.hash;
        return rowKeys[x.smallest] < rowKeys[y.smallest];
    });

    // Rows per group and class, rows per class.
    const auto classOf = [&](std::size_t r) { return r < classes.size() ? std::size_t(classes[r]) : 0; };
    std::size_t classCount = 1;
    for (std::size_t r = 0; r < n; ++r)
        classCount = std::max(classCount, classOf(r) + 1);
    std::vector<std::int64_t> groupClassRows(groups.size() * classCount, 0), classRows(classCount, 0);
    for (std::size_t r = 0; r < n; ++r) {
        ++groupClassRows[out.groupOf[r] * classCount + classOf(r)];
        ++classRows[classOf(r)];
    }

    std::vector<Split> splitOfGroup(groups.size(), Split::Train);
    std::vector<std::uint32_t> rank(groups.size());
    std::vector<std::int64_t> splitClassRows(SplitCount * classCount, 0);
    out.groupRows.reserve(groups.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Group &g = groups[order[i]];
        const std::int64_t *own = &groupClassRows[order[i] * classCount];
        std::size_t best = 0;
        double bestDeficit = -std::numeric_limits<double>::infinity();
        for (std::size_t s = 0; s < SplitCount; ++s) {
            double deficit = 0;
            for (std::size_t c = 0; c < classCount; ++c)
                if (own[c] > 0)
                    deficit += double(own[c])
                               * (targets.share[s] * double(classRows[c]) - double(splitClassRows[s * classCount + c]))
                               / double(classRows[c]);
            if (deficit > bestDeficit) {
                bestDeficit = deficit;
                best = s;
            }
        }
        for (std::size_t c = 0; c < classCount; ++c)
            splitClassRows[best * classCount + c] += own[c];
        out.rows[best] += g.rows;
        ++out.groups[best];
        splitOfGroup[order[i]] = Split(best);
        rank[order[i]] = std::uint32_t(i);
        out.groupRows.push_back(g.rows);
    }
    for (std::size_t r = 0; r < n; ++r) {
        out.splits[r] = splitOfGroup[out.groupOf[r]];
        out.groupOf[r] = rank[out.groupOf[r]];
    }
    return out;
}

} // namespace hl
