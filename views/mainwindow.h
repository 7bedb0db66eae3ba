#pragma once

#include "storage/casefile.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace hl {

class CampaignsView;
class InspectorView;
class TimelineView;

// The workbench window: the campaigns table (left), the case summary in the centre (the graph
// view will take its place), the inspector (right), the timeline (bottom). Views are
// coordinated: selecting a cluster in the table explains it in the inspector and shows its
// traffic on the timeline. The dock layout and recent cases are kept in
// QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a case file; on failure shows why in the window and returns false.
    bool openCase(const QString &path);
    // Selects a cluster in every view (0: the riskiest, if the case was analysed).
    void selectCluster(qint64 id);
    // Case ▸ Analyse: runs the analysis on a worker thread behind a progress dialog.
    void analyse();
    // File ▸ Import Export, after its dialogs: imports `dir` into `casePath` (created if
    // missing) on a worker thread behind a progress dialog, then opens the case. Failures are
    // shown with every FILE:LINE problem; the case is left as it was.
    void importInto(const QString &dir, const QString &casePath);

    CampaignsView *campaigns() const { return m_campaigns; }
    TimelineView *timeline() const { return m_timeline; }
    InspectorView *inspector() const { return m_inspector; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseCase();
    void importExport();
    void reloadViews();
    void showEmptyState();
    void showCluster(qint64 id);
    void updateRecentMenu();

    std::unique_ptr<CaseFile> m_case;
    QLabel *m_summary = nullptr;
    CampaignsView *m_campaigns = nullptr;
    TimelineView *m_timeline = nullptr;
    InspectorView *m_inspector = nullptr;
    QDockWidget *m_campaignsDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_analyseAction = nullptr;
};

} // namespace hl
