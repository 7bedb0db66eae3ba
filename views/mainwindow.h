#pragma once

#include "storage/casefile.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace hl {

struct LabelChoice;
class CampaignsView;
class GraphPanel;
class LabelController;
class AgreementPanel;
class ReviewPanel;
class TrainingPanel;
class InspectorView;
class TimelineView;
struct StixExportOptions;

// The workbench window: the campaigns table (left), the graph in the centre, the inspector and
// the case summary (right), the timeline (bottom). Views are coordinated: a cluster selected in
// the table or the graph is selected in both, explained in the inspector and shown on the
// timeline; an account or infrastructure node selected in the graph is explained too; a time
// range brushed on the timeline (Shift+drag) narrows the table and the overview graph, and the
// graph's overview shows the clusters the table lists. The dock layout and recent cases are
// kept in QSettings.
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
    // Label ▸ Train Classifier: fits the built-in classifier on the labels (worker thread, progress
    // dialog), then shows the re-ranked clusters and the Training dock.
    void trainClassifier();
    // Label ▸ Export Training Set: asks for a folder, writes the training export there.
    void exportTrainingSet();
    // File ▸ Import Export, after its dialogs: imports `dir` into `casePath` (created if
    // missing) on a worker thread behind a progress dialog, then opens the case. Failures are
    // shown with every FILE:LINE problem; the case is left as it was.
    void importInto(const QString &dir, const QString &casePath);

    CampaignsView *campaigns() const { return m_campaigns; }
    TimelineView *timeline() const { return m_timeline; }
    InspectorView *inspector() const { return m_inspector; }
    GraphPanel *graph() const { return m_graph; }
    LabelController *labels() const { return m_labels; }
    ReviewPanel *review() const { return m_review; }
    TrainingPanel *training() const { return m_training; }
    AgreementPanel *agreement() const { return m_agreement; }
    // Labels what is selected (graph selection, else the table's cluster) with `verdict`
    // (Verdict::None removes); one undoable step. Returns false and says why in the status bar.
    bool labelSelection(int verdict);
    // Drill-in: the graph shows the cluster's accounts and what they share.
    void openClusterGraph(qint64 id);
    // File ▸ Import STIX Bundle / Export STIX Bundle after their dialogs (mainwindowstix.cpp): on a
    // worker thread; failures are shown in a message box, the case left as it was.
    void importStixFile(const QString &bundle);
    void exportStixTo(const QString &out, const StixExportOptions &options);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseCase();
    void newCase();
    void importExport();
    void reloadViews();
    void showEmptyState();
    void showCluster(qint64 id);
    void showGraphNode(int kind, qint64 id);
    void showAccounts(const QList<std::int64_t> &accounts);
    void updateGraphFilter();
    // Labelling (mainwindowlabels.cpp): the controller and Edit menu, the Label menu and the
    // review queue's dock.
    void createEditMenu();
    void createLabelMenu();
    void updateReviewQueue();
    void labelWithDialog();
    bool labelTargets(const LabelChoice &choice);
    void labelsChanged(int target, const std::vector<std::int64_t> &ids);
    void updateRecentMenu();
    void createStixActions(QMenu *fileMenu);
    void chooseStixImport();
    void chooseStixExport();

    std::unique_ptr<CaseFile> m_case;
    QLabel *m_summary = nullptr;
    CampaignsView *m_campaigns = nullptr;
    TimelineView *m_timeline = nullptr;
    InspectorView *m_inspector = nullptr;
    QDockWidget *m_campaignsDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    GraphPanel *m_graph = nullptr;
    LabelController *m_labels = nullptr;
    ReviewPanel *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    TrainingPanel *m_training = nullptr;
    QDockWidget *m_trainingDock = nullptr;
    AgreementPanel *m_agreement = nullptr;
    QDockWidget *m_agreementDock = nullptr;
    QPair<int, qint64> m_shown{-1, 0}; // what the inspector explains: (GraphNodeKind, id); -1 nothing
    QMenu *m_recentMenu = nullptr;
    QAction *m_analyseAction = nullptr;
    QAction *m_exportGraph = nullptr;
    QAction *m_exportTimeline = nullptr;
};

} // namespace hl
