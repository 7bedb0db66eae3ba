#pragma once

#include <QFuture>
#include <QHash>
#include <QWidget>

#include "storage/campaigndata.h"

#include <atomic>
#include <cstdint>
#include <memory>

class QCheckBox;
class QComboBox;
class QToolButton;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;

namespace hl {

class CaseFile;
class CampaignsFilter;
class CampaignsModel;

// The campaigns table: every analysed cluster, riskiest first, with a filter bar above it.
// Shows why a case has no clusters (never analysed) instead of an empty table. Tells other
// views which cluster is current, and follows them (selectCluster).
class CampaignsView : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsView(QWidget *parent = nullptr);
    ~CampaignsView() override;

    // Reads the clusters of `file` on the GUI thread: 55-65 ms on the 15-million-exchange demo
    // case (18,347 clusters), table filled and sorted. The top capabilities' names follow from
    // a background thread with its own connection to the same file (about 0.6 s later there:
    // it reads every exchange of the clusters), then topCapabilitiesLoaded() is emitted.
    void load(const CaseFile &file);

    CampaignsModel *model() const { return m_model; }
    CampaignsFilter *filter() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    bool showsEmptyState() const;
    qint64 currentCluster() const { return m_currentId; }
    // Puts the keyboard focus in the filter box, text selected (the "/" shortcut).
    void focusFilter();
    // The top capabilities are still being counted in the background.
    bool isScanning() const { return !m_scan.isFinished(); }
    // Lists only the clusters with exchanges in [from, to) (a time range brushed on the
    // timeline), found in the background; clearTimeRange() lists all again.
    void setTimeRange(qint64 from, qint64 to);
    // Re-reads the current labels of these clusters (after labelling, undo or redo).
    void refreshLabels(const std::vector<std::int64_t> &clusterIds);
    void clearTimeRange();
    bool isFilteringTime() const { return m_timeFrom < m_timeTo; }

public Q_SLOTS:
    // Makes the cluster current, selects its row and scrolls to it. A cluster the filter hides
    // is shown anyway (pinned) until the filter is changed. Unknown ids are ignored.
    void selectCluster(qint64 id);

Q_SIGNALS:
    void clusterSelected(qint64 id);
    // Enter or double-click on a row: open the cluster (in the graph).
    void clusterActivated(qint64 id);
    void topCapabilitiesLoaded();
    // The set of listed clusters may have changed (filter bar, time range, new rows).
    void filterChanged();
    void timeRangeCleared();

private:
    struct CapabilityScan
    {
        QHash<std::int64_t, ClusterTraffic> traffic;
        QString error;
    };

    void showEmptyState(const QString &message);
    void startCapabilityScan(const QString &casePath);
    void stopCapabilityScan();
    void onCurrentRowChanged(const QModelIndex &current);
    void onFilterEdited();
    void updateCount();
    void fillModelChoices();
    void stopTimeScan();

    CampaignsModel *m_model = nullptr;
    CampaignsFilter *m_filter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_tablePage = nullptr;
    QLabel *m_emptyState = nullptr;
    QLineEdit *m_filterText = nullptr;
    QDoubleSpinBox *m_minRisk = nullptr;
    QCheckBox *m_flaggedOnly = nullptr;
    QCheckBox *m_showSingles = nullptr;
    QComboBox *m_capability = nullptr;
    QComboBox *m_modelChoice = nullptr;
    QComboBox *m_labelStatus = nullptr;
    QCheckBox *m_partnerHits = nullptr; // shown when the case holds partner indicators
    const CaseFile *m_file = nullptr;
    QLabel *m_timeRange = nullptr;
    QToolButton *m_clearTime = nullptr;
    qint64 m_timeFrom = 0, m_timeTo = 0;
    QString m_casePath;
    std::shared_ptr<std::atomic_bool> m_timeCancelled;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    qint64 m_currentId = 0;

    QFuture<CapabilityScan> m_scan;
    std::shared_ptr<std::atomic_bool> m_scanCancelled;
};

} // namespace hl
