#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <cstdint>

namespace hl {

// Filters and sorts a CampaignsModel: words of a text filter (all must occur in the cluster id,
// top capability, pivot or reasons), a minimum risk, flagged only, a minimum number of accounts
// (2 by default: single accounts are hidden unless asked for). One cluster can be pinned so
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

    QString filterText() const { return m_words.join(u' '); }
    double minRisk() const { return m_minRisk; }
    bool flaggedOnly() const { return m_flaggedOnly; }
    std::int64_t minAccounts() const { return m_minAccounts; }
    std::int64_t pinnedCluster() const { return m_pinned; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // lower-case
    double m_minRisk = 0;
    bool m_flaggedOnly = false;
    std::int64_t m_minAccounts = 2;
    std::int64_t m_pinned = 0;
};

} // namespace hl
