#include "campaignsfilter.h"

#include "campaignsmodel.h"
#include "storage/labelstore.h"

namespace hl {

CampaignsFilter::CampaignsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CampaignsModel::SortRole);
    setDynamicSortFilter(true);
}

void CampaignsFilter::setFilterText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void CampaignsFilter::setMinRisk(double risk)
{
    if (risk == m_minRisk)
        return;
    m_minRisk = risk;
    invalidateFilter();
}

void CampaignsFilter::setFlaggedOnly(bool flaggedOnly)
{
    if (flaggedOnly == m_flaggedOnly)
        return;
    m_flaggedOnly = flaggedOnly;
    invalidateFilter();
}

void CampaignsFilter::setMinAccounts(std::int64_t accounts)
{
    if (accounts == m_minAccounts)
        return;
    m_minAccounts = accounts;
    invalidateFilter();
}

void CampaignsFilter::setPinnedCluster(std::int64_t clusterId)
{
    if (clusterId == m_pinned)
        return;
    m_pinned = clusterId;
    invalidateFilter();
}

void CampaignsFilter::setCapability(const QString &capability)
{
    if (capability == m_capability)
        return;
    m_capability = capability;
    invalidateFilter();
}

void CampaignsFilter::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    invalidateFilter();
}

void CampaignsFilter::setLabelStatus(LabelStatus status)
{
    if (status == m_labelStatus)
        return;
    m_labelStatus = status;
    invalidateFilter();
}

void CampaignsFilter::setPartnerHitsOnly(bool only)
{
    if (only == m_partnerHitsOnly)
        return;
    m_partnerHitsOnly = only;
    invalidateFilter();
}

void CampaignsFilter::setActiveClusters(std::optional<QSet<std::int64_t>> clusters)
{
    m_active = std::move(clusters);
    invalidateFilter();
}

QSet<std::int64_t> CampaignsFilter::acceptedClusters() const
{
    QSet<std::int64_t> out;
    out.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        out.insert(index(row, 0).data(CampaignsModel::ClusterIdRole).toLongLong());
    return out;
}

bool CampaignsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_pinned != 0 && index.data(CampaignsModel::ClusterIdRole).toLongLong() == m_pinned)
        return true;
    if (index.data(CampaignsModel::AccountsRole).toLongLong() < m_minAccounts)
        return false;
    if (index.data(CampaignsModel::RiskRole).toDouble() < m_minRisk)
        return false;
    if (m_flaggedOnly && !index.data(CampaignsModel::FlaggedRole).toBool())
        return false;
    if (m_partnerHitsOnly && index.data(CampaignsModel::PartnerHitsRole).toInt() == 0)
        return false;
    if (m_active && !m_active->contains(index.data(CampaignsModel::ClusterIdRole).toLongLong()))
        return false;
    if (!m_capability.isEmpty() && index.data(CampaignsModel::CapabilityRole).toString() != m_capability)
        return false;
    if (m_labelStatus != LabelStatus::Any) {
        const auto verdict = Verdict(index.data(CampaignsModel::VerdictRole).toInt());
        const bool ok = m_labelStatus == LabelStatus::Unlabelled ? verdict == Verdict::None
                        : m_labelStatus == LabelStatus::Labelled ? verdict != Verdict::None
                        : m_labelStatus == LabelStatus::Distillation ? verdict == Verdict::Distillation
                        : m_labelStatus == LabelStatus::Benign      ? verdict == Verdict::Benign
                                                                     : verdict == Verdict::Unsure;
        if (!ok)
            return false;
    }
    if (!m_model.isEmpty() && !index.data(CampaignsModel::ModelsRole).toStringList().contains(m_model))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(CampaignsModel::FilterTextRole).toString();
        for (const QString &word : m_words)
            if (!text.contains(word))
                return false;
    }
    return true;
}

} // namespace hl
