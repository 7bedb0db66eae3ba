#include "featuretables.h"

#include "featureobject.h"
#include "storage/casefile.h"
#include "storage/trainingdata.h"

#include <algorithm>
#include <limits>

namespace hl {

namespace {

FeatureValues missing()
{
    FeatureValues v;
    v.fill(std::numeric_limits<double>::quiet_NaN());
    return v;
}

} // namespace

const FeatureValues *FeatureTables::account(std::int64_t id) const
{
    return id > 0 && std::size_t(id) < accounts.size() ? &accounts[std::size_t(id)] : nullptr;
}

const FeatureValues *FeatureTables::cluster(std::int64_t id) const
{
    const auto it = std::lower_bound(clusterIds.begin(), clusterIds.end(), id);
    return it != clusterIds.end() && *it == id ? &clusters[std::size_t(it - clusterIds.begin())] : nullptr;
}

std::optional<FeatureTables> readFeatureTables(const CaseFile &file, QString *error)
{
    FeatureTables t;
    const FeatureValues none = missing();
    const bool ok = forEachStoredFeatureText(file, FeatureTable::Accounts, [&](std::int64_t id, std::string_view text) {
        if (id <= 0)
            return;
        if (std::size_t(id) >= t.accounts.size())
            t.accounts.resize(std::size_t(id) + 1 + std::size_t(id) / 4, none);
        if (!parseFeatureObject(text, t.accounts[std::size_t(id)]))
            ++t.unreadable;
    }, error) && forEachStoredFeatureText(file, FeatureTable::Clusters, [&](std::int64_t id, std::string_view text) {
        t.clusterIds.push_back(id); // in id order
        t.clusters.push_back(none);
        if (!parseFeatureObject(text, t.clusters.back()))
            ++t.unreadable;
    }, error);
    if (!ok)
        return std::nullopt;
    return t;
}

FeatureTablesReader::FeatureTablesReader(const QString &casePath)
    : m_thread([this, casePath] {
        CaseFile own; // this thread's own connection
        m_opened = own.open(casePath);
        if (m_opened)
            m_tables = readFeatureTables(own, &m_error);
    })
{
}

FeatureTablesReader::~FeatureTablesReader()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<FeatureTables> FeatureTablesReader::take(const CaseFile &file, QString *error)
{
    m_thread.join();
    if (!m_opened)
        return readFeatureTables(file, error);
    if (!m_tables)
        *error = m_error;
    return std::move(m_tables);
}

} // namespace hl
