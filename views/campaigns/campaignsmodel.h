#pragma once

#include "storage/campaigndata.h"
#include "storage/labelstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <vector>

namespace hl {

// The stored clusters as a table, one row per cluster. Takes the rows whole (setRows) from
// readCampaigns(); the top capabilities' names and the models used arrive later
// (setTraffic), because counting them reads the clusters' exchanges.
class CampaignsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ClusterColumn,
        RiskColumn,
        FlaggedColumn,
        PartnerColumn,
        AccountsColumn,
        ExchangesColumn,
        CapabilityColumn,
        PivotColumn,
        LabelColumn,
        ColumnCount
    };
    enum Role {
        ClusterIdRole = Qt::UserRole, // qint64, every column
        SortRole,                     // the column's value to sort by: numbers for numeric columns
        FilterTextRole,               // lower-case text the filter searches: id, capability, pivot, reasons
        RiskRole,                     // double 0..1
        FlaggedRole,                  // bool
        AccountsRole,                 // qint64
        CapabilityRole,               // QString: the top capability's name ("" until counted)
        ModelsRole,                   // QStringList: the models the cluster used, most first
        VerdictRole,                  // int (Verdict): the cluster's current label, 0 = none
        PartnerHitsRole,              // int: partner indicators (STIX imports) its accounts hit
    };

    explicit CampaignsModel(QObject *parent = nullptr);

    void setRows(std::vector<CampaignRow> rows);
    // Cluster id → top capability name and models used, for the rows that have them.
    void setTraffic(const QHash<std::int64_t, ClusterTraffic> &traffic);
    const QHash<std::int64_t, ClusterTraffic> &traffic() const { return m_traffic; }
    // The clusters' current labels (cluster id → latest event); setLabel for one after labelling.
    void setLabels(QHash<std::int64_t, LabelEvent> labels);
    void setLabel(std::int64_t clusterId, const std::optional<LabelEvent> &label);

    // The source row of a cluster, or -1.
    int rowOfCluster(std::int64_t clusterId) const;
    const CampaignRow &campaign(int row) const { return m_rows[std::size_t(row)]; }

    // A verdict or confidence in words for people ("" for none).
    static QString verdictText(Verdict v);
    static QString confidenceText(Confidence c);

    // The colour of the small square next to a risk: green below 0.25, yellow below 0.5,
    // orange below 0.75 (0.5 is the flagging threshold), red above.
    static QColor riskColour(double risk);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<std::int64_t, ClusterTraffic> m_traffic;
    QHash<std::int64_t, LabelEvent> m_labels;
    QVariant display(const CampaignRow &row, int column) const;
    QVariant sortValue(const CampaignRow &row, int column) const;
    QString toolTip(const CampaignRow &row) const;
    QString lineageText(const CampaignRow &row) const;
    QString filterText(const CampaignRow &row) const;

    std::vector<CampaignRow> m_rows;
    std::vector<QString> m_filterText; // per row, lower-case
    QHash<std::int64_t, int> m_rowOfCluster;
};

} // namespace hl
