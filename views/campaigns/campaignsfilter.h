#pragma once

#include <QSortFilterProxyModel>
#include <QSet>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace hl {

// Filters and sorts a CampaignsModel: words of a text filter (all must occur in the cluster id,
// top capability, pivot or reasons), a minimum risk, flagged only, a minimum number of accounts
// (2 by default: single accounts are hidden unless asked for), the top capability, a model
// used, the clusters that hit partner indicators, and the clusters active in a time range
// brushed on the timeline. One cluster can be pinned so
// that it shows whatever the filter says (a cluster selected in another view). Sorts by the
// model's SortRole, so numbers sort as numbers.
class CampaignsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CampaignsFilter(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setMinRisk(double risk);
    void setFlaggedOnly(bool flaggedOnly);
    void setMinAccounts(std::int64_t accounts);
    void setPinnedCluster(std::int64_t clusterId); // 0 = none
    void setCapability(const QString &capability); // the top capability; empty = any
    void setModel(const QString &model);           // used this model; empty = any
    enum class LabelStatus { Any, Unlabelled, Labelled, Distillation, Benign, Unsure };
    void setLabelStatus(LabelStatus status);
    void setPartnerHitsOnly(bool only); // only clusters that hit partner indicators
    // Only these clusters (a time range brushed on the timeline); nullopt = all.
    void setActiveClusters(std::optional<QSet<std::int64_t>> clusters);
    // The clusters the filter lets through (the graph shows the same).
    QSet<std::int64_t> acceptedClusters() const;

    QString filterText() const { return m_words.join(u' '); }
    double minRisk() const { return m_minRisk; }
    bool flaggedOnly() const { return m_flaggedOnly; }
    std::int64_t minAccounts() const { return m_minAccounts; }
    std::int64_t pinnedCluster() const { return m_pinned; }
    QString capability() const { return m_capability; }
    QString model() const { return m_model; }
    bool hasActiveClusters() const { return m_active.has_value(); }
    bool labelStatusFilters() const { return m_labelStatus != LabelStatus::Any; }
    bool partnerHitsOnly() const { return m_partnerHitsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // lower-case
    double m_minRisk = 0;
    bool m_flaggedOnly = false;
    std::int64_t m_minAccounts = 2;
    std::int64_t m_pinned = 0;
    QString m_capability, m_model;
    LabelStatus m_labelStatus = LabelStatus::Any;
    bool m_partnerHitsOnly = false;
    std::optional<QSet<std::int64_t>> m_active;
};

} // namespace hl
