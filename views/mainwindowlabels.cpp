// MainWindow's labelling: the undo stack's Edit menu, the Label menu (single keys act on the
// selection: the graph's, else the table's cluster), the review queue's dock, and keeping the
// table, graph badges, inspector and queue in step with every label.
#include "mainwindow.h"

#include "campaigns/campaignsfilter.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignsview.h"
#include "graph/graphmodel.h"
#include "graph/graphpanel.h"
#include "inspectorview.h"
#include "labels/labelcontroller.h"
#include "labels/labeldialog.h"
#include "labels/agreementpanel.h"
#include "labels/reviewpanel.h"
#include "labels/trainingpanel.h"
#include "tasks/backgroundtask.h"
#include "training/training.h"
#include "training/trainingexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hl {

void MainWindow::createEditMenu()
{
    m_labels = new LabelController(this);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_labels->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_labels->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    connect(m_labels, &LabelController::labelsChanged, this,
            [this](LabelTarget t, const std::vector<std::int64_t> &ids) { labelsChanged(int(t), ids); });
    connect(m_labels, &LabelController::failed, this, [this](const QString &m) {
        QMessageBox::warning(this, tr("Labels"), tr("The label could not be written to the case: %1").arg(m));
    });
}

void MainWindow::createLabelMenu()
{
    auto *labelMenu = menuBar()->addMenu(tr("&Label"));
    const struct { Verdict verdict; const char *text; const char *button; const char *key; } verdicts[] = {
        {Verdict::Distillation, QT_TR_NOOP("Label as &Distillation"), QT_TR_NOOP("Distillation"), QT_TR_NOOP("D")},
        {Verdict::Benign, QT_TR_NOOP("Label as &Benign"), QT_TR_NOOP("Benign"), QT_TR_NOOP("B")},
        {Verdict::Unsure, QT_TR_NOOP("Label as &Unsure"), QT_TR_NOOP("Unsure"), QT_TR_NOOP("U")},
        {Verdict::None, QT_TR_NOOP("&Remove Label"), QT_TR_NOOP("Remove"), QT_TR_NOOP("Shift+Del")},
    };
    QList<QAction *> labelActions;
    for (const auto &v : verdicts) {
        QAction *a = labelMenu->addAction(tr(v.text), this, [this, verdict = v.verdict] { labelSelection(int(verdict)); });
        a->setShortcut(QKeySequence(tr(v.key)));
        a->setIconText(tr(v.button)); // the inspector's and the review panel's buttons
        a->setToolTip(tr("%1 (%2)").arg(tr(v.text).remove(u'&'), a->shortcut().toString(QKeySequence::NativeText)));
        labelActions.append(a);
    }
    QAction *labelDialog = labelMenu->addAction(tr("&Label…"), QKeySequence(tr("L")), this, &MainWindow::labelWithDialog);
    labelDialog->setIconText(tr("Label…"));
    labelDialog->setToolTip(tr("Label the selection with an actor, a confidence and a note (L)"));
    labelActions.append(labelDialog);
    m_inspector->setLabelActions(labelActions);
    m_campaigns->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_campaigns->tableView()->addActions(labelActions);

    // The review queue: N shows the next cluster to label, S skips it.
    m_review = new ReviewPanel(this);
    m_reviewDock = new QDockWidget(tr("Review Queue"), this);
    m_reviewDock->setObjectName(u"review"_s);
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    tabifyDockWidget(m_inspectorDock, m_reviewDock);
    m_inspectorDock->raise();
    labelMenu->addSeparator();
    QAction *next = labelMenu->addAction(tr("&Next Cluster to Review"), QKeySequence(tr("N")), this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
        m_review->goNext();
    });
    next->setIconText(tr("Next"));
    next->setToolTip(tr("Show the cluster whose label would teach the classifier most (N)"));
    QAction *skip = labelMenu->addAction(tr("&Skip Cluster"), QKeySequence(tr("S")), m_review, &ReviewPanel::skipCurrent);
    skip->setIconText(tr("Skip"));
    skip->setToolTip(tr("Put the cluster under review behind the others and show the next (S)"));
    labelMenu->addAction(m_reviewDock->toggleViewAction());
    m_review->setActions(labelActions.mid(0, 3), next, skip);
    connect(m_review, &ReviewPanel::clusterChosen, this, [this](qint64 id) { m_campaigns->selectCluster(id); });
    connect(m_campaigns, &CampaignsView::filterChanged, this, &MainWindow::updateReviewQueue);

    // Retraining: the labels teach the built-in classifier, which re-ranks the clusters.
    m_training = new TrainingPanel(this);
    m_trainingDock = new QDockWidget(tr("Training"), this);
    m_trainingDock->setObjectName(u"training"_s);
    m_trainingDock->setWidget(m_training);
    addDockWidget(Qt::RightDockWidgetArea, m_trainingDock);
    tabifyDockWidget(m_inspectorDock, m_trainingDock);
    m_inspectorDock->raise();
    labelMenu->addSeparator();
    QAction *train = labelMenu->addAction(tr("&Train Classifier"), QKeySequence(tr("Ctrl+T")), this, &MainWindow::trainClassifier);
    train->setToolTip(tr("Fit the built-in classifier on the labelled accounts, measure it and re-rank every cluster (Ctrl+T)"));
    labelMenu->addAction(tr("E&xport Training Set…"), this, &MainWindow::exportTrainingSet)
        ->setToolTip(tr("Write the labelled accounts, their features and a leak-free split as CSV, JSONL and a manifest"));
    labelMenu->addAction(m_trainingDock->toggleViewAction());

    // Agreement between analysts: kappa, alpha and the disagreements to resolve.
    m_agreement = new AgreementPanel(m_labels, this);
    m_agreementDock = new QDockWidget(tr("Agreement"), this);
    m_agreementDock->setObjectName(u"agreement"_s);
    m_agreementDock->setWidget(m_agreement);
    addDockWidget(Qt::RightDockWidgetArea, m_agreementDock);
    tabifyDockWidget(m_inspectorDock, m_agreementDock);
    m_inspectorDock->raise();
    labelMenu->addAction(m_agreementDock->toggleViewAction());
    connect(m_agreement, &AgreementPanel::targetActivated, this, [this](LabelTarget target, qint64 id) {
        if (target == LabelTarget::Cluster)
            m_campaigns->selectCluster(id);
        else
            showGraphNode(int(GraphNodeKind::Account), id);
    });
    m_training->setTrainAction(train);
    connect(m_training, &TrainingPanel::clusterActivated, this, [this](qint64 id) { m_campaigns->selectCluster(id); });
}

// Label ▸ Export Training Set: the same files as `hydralens export training`, into a folder.
void MainWindow::exportTrainingSet()
{
    if (!m_case)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Training Set to Folder"));
    if (dir.isEmpty())
        return;
    TrainingExportOptions options;
    options.outDir = dir;
    QString problem;
    if (!checkTrainingExportDir(options, &problem)) {
        if (QMessageBox::question(this, tr("Export Training Set"),
                                  tr("%1.\n\nWrite the training export there anyway, replacing its files?").arg(problem))
            != QMessageBox::Yes)
            return;
        options.force = true;
    }
    const QString path = m_case->path();
    BackgroundTask::run(this, tr("Exporting the training set"),
                        [path, options](const BackgroundTask::Report &report, const std::atomic<bool> &) {
        report(0, QCoreApplication::translate("hl::MainWindow", "Reading the labelled accounts…"));
        CaseFile file; // this thread's own connection
        if (!file.open(path))
            return file.errorString();
        QString error;
        const auto result = hl::exportTrainingSet(file, options, &error);
        if (!result)
            return QCoreApplication::translate("hl::MainWindow", "Nothing was exported: %1").arg(error);
        QString message = QCoreApplication::translate("hl::MainWindow", "Exported %L1 labelled accounts to %2.")
                              .arg(result->files.front().rows).arg(options.outDir);
        for (const QString &w : result->warnings)
            message += u' ' + QCoreApplication::translate("hl::MainWindow", "Warning: %1.").arg(w);
        return message;
    }, [this](const QString &message) {
        statusBar()->showMessage(message, 20000);
        QMessageBox::information(this, tr("Export Training Set"), message);
    });
}

// Label ▸ Train Classifier: on a worker thread behind a progress dialog; Cancel changes nothing.
void MainWindow::trainClassifier()
{
    if (!m_case)
        return;
    const QString path = m_case->path();
    auto trained = std::make_shared<bool>(false);
    BackgroundTask::run(this, tr("Training the classifier"),
                        [path, trained](const BackgroundTask::Report &report, const std::atomic<bool> &cancel) {
        CaseFile file; // this thread's own connection
        if (!file.open(path))
            return file.errorString();
        TrainOptions options;
        options.progress = [&](double f, const QString &what) {
            report(f, what);
            return !cancel.load();
        };
        QString error;
        const auto r = hl::trainClassifier(file, options, &error);
        if (!r)
            return error == u"cancelled"_s
                       ? QCoreApplication::translate("hl::MainWindow", "Training was cancelled; the case is unchanged.")
                       : QCoreApplication::translate("hl::MainWindow", "Cannot train the classifier: %1").arg(error);
        *trained = true;
        return QCoreApplication::translate("hl::MainWindow", "Classifier %1 trained: %2. Risk re-ranked; %L3 clusters flagged (were %L4).")
            .arg(r->run.version, trainingSummary(r->metricsJson())).arg(r->flaggedAfter).arg(r->flaggedBefore);
    }, [this, trained](const QString &message) {
        statusBar()->showMessage(message, 20000);
        if (!*trained) {
            QMessageBox::warning(this, tr("Train Classifier"), message);
            return;
        }
        reloadViews();
        m_trainingDock->show();
        m_trainingDock->raise();
    });
}

// The queue holds the clusters the table lists, with their labels.
void MainWindow::updateReviewQueue()
{
    const CampaignsFilter *filter = m_campaigns->filter();
    std::vector<ReviewItem> items;
    std::unordered_map<std::int64_t, Verdict> labels;
    if (!m_campaigns->showsEmptyState()) {
        items.reserve(std::size_t(filter->rowCount()));
        for (int row = 0; row < filter->rowCount(); ++row) {
            const QModelIndex i = filter->index(row, 0);
            const ReviewItem item{i.data(CampaignsModel::ClusterIdRole).toLongLong(),
                                  i.data(CampaignsModel::RiskRole).toDouble(),
                                  i.data(CampaignsModel::AccountsRole).toLongLong()};
            items.push_back(item);
            if (const int v = i.data(CampaignsModel::VerdictRole).toInt())
                labels.emplace(item.clusterId, Verdict(v));
        }
    }
    m_review->setItems(std::move(items), labels);
}

bool MainWindow::labelSelection(int verdict)
{
    LabelChoice choice;
    choice.verdict = Verdict(verdict);
    return labelTargets(choice);
}

void MainWindow::labelWithDialog()
{
    if (!m_case)
        return;
    QString error;
    LabelDialog dialog(readLabelActors(*m_case, &error).value_or(QStringList()), m_labels->analyst(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_labels->setAnalyst(dialog.analyst());
    labelTargets(dialog.choice());
}

// The graph's selected clusters or accounts, else the table's current cluster. Labelling the
// cluster under review moves the review on (unless the panel says not to).
bool MainWindow::labelTargets(const LabelChoice &choice)
{
    if (!m_case)
        return false;
    std::vector<std::int64_t> clusters, accounts;
    for (int row : m_graph->model()->selection()) {
        const GraphNode &n = m_graph->model()->node(row);
        if (n.kind == GraphNodeKind::Cluster)
            clusters.push_back(n.id);
        else if (n.kind == GraphNodeKind::Account)
            accounts.push_back(n.id);
    }
    if (clusters.empty() && accounts.empty() && m_campaigns->currentCluster())
        clusters.push_back(m_campaigns->currentCluster());
    QString error;
    const bool ok = accounts.empty() ? m_labels->label(LabelTarget::Cluster, clusters, choice, &error)
                                     : m_labels->label(LabelTarget::Account, accounts, choice, &error);
    statusBar()->showMessage(ok ? m_labels->undoStack()->undoText() + tr(" (Ctrl+Z undoes)") : error, 8000);
    const auto reviewed = m_review->current();
    if (ok && choice.verdict != Verdict::None && reviewed && m_review->autoAdvance() && m_reviewDock->isVisible()
        && std::find(clusters.begin(), clusters.end(), *reviewed) != clusters.end())
        m_review->goNext();
    return ok;
}

void MainWindow::labelsChanged(int target, const std::vector<std::int64_t> &ids)
{
    if (LabelTarget(target) == LabelTarget::Cluster) {
        m_campaigns->refreshLabels(ids);
        const CampaignsModel *model = m_campaigns->model();
        for (std::int64_t id : ids) {
            const int row = model->rowOfCluster(id);
            m_review->setLabel(id, row < 0 ? Verdict::None
                                           : Verdict(model->index(row, 0).data(CampaignsModel::VerdictRole).toInt()));
        }
    }
    m_graph->refreshLabels(LabelTarget(target), ids);
    m_inspector->refreshLabel(*m_case);
    m_shown = qMakePair(-1, qint64(0)); // the inspector shows the new label when next asked
}

} // namespace hl
