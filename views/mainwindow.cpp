#include "mainwindow.h"

#include "analysis/analysis.h"
#include "campaigns/campaignsfilter.h"
#include "casesummary.h"
#include "briefing/briefingexportdialog.h"
#include "campaigns/campaignsview.h"
#include "charts/chartexportdialog.h"
#include "graph/graphmodel.h"
#include "graph/graphpanel.h"
#include "labels/labelcontroller.h"
#include "labels/trainingpanel.h"
#include "import/importer.h"
#include "inspectorview.h"
#include "storage/analysisstore.h"
#include "storage/caseinfo.h"
#include "tasks/backgroundtask.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
constexpr int MaxRecent = 8;
const QString RecentKey = u"recentCases"_s;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("HydraLens"));
    resize(1400, 900);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&New Case…"), QKeySequence::New, this, &MainWindow::newCase);
    fileMenu->addAction(tr("&Open Case…"), QKeySequence::Open, this, &MainWindow::chooseCase);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("&Import Export…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importExport);
    fileMenu->addSeparator();
    m_exportGraph = fileMenu->addAction(tr("Export &Graph…"), this, [this] { m_graph->exportWithDialog(); });
    m_exportTimeline = fileMenu->addAction(tr("Export &Timeline…"), this, [this] { m_timeline->exportWithDialog(); });
    fileMenu->addAction(tr("Export &Chart…"), this, [this] {
        ChartExportDialog::exportChart(this, m_case && m_case->isOpen() ? m_case->path() : QString(), m_campaigns->currentCluster());
    });
    fileMenu->addAction(tr("Export &Briefing…"), this, [this] {
        BriefingExportDialog::exportBriefing(this, m_case && m_case->isOpen() ? m_case->path() : QString(),
                                             m_campaigns->currentCluster());
    });
    fileMenu->addSeparator();
    createStixActions(fileMenu); // mainwindowstix.cpp
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_graph = new GraphPanel(this);
    fileMenu->insertActions(m_exportTimeline, m_graph->dataExportActions()); // after Export Graph…
    m_graph->setMinimumWidth(240);
    setCentralWidget(m_graph);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMargin(16);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_campaigns = new CampaignsView(this);
    m_campaignsDock = new QDockWidget(tr("Campaigns"), this);
    m_campaignsDock->setObjectName(u"campaigns"_s);
    m_campaignsDock->setWidget(m_campaigns);
    addDockWidget(Qt::LeftDockWidgetArea, m_campaignsDock);

    m_timeline = new TimelineView(this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(u"timeline"_s);
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_inspector = new InspectorView(this);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspector"_s);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_summaryDock = new QDockWidget(tr("Case"), this);
    m_summaryDock->setObjectName(u"summary"_s);
    auto *summaryScroll = new QScrollArea(this); // the summary is a wide monospace table
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    m_summaryDock->setWidget(summaryScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_summaryDock);
    tabifyDockWidget(m_inspectorDock, m_summaryDock);
    m_inspectorDock->raise();


    createEditMenu();

    auto *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_analyseAction = caseMenu->addAction(tr("&Analyse"), QKeySequence(tr("Ctrl+R")), this, &MainWindow::analyse);
    m_analyseAction->setEnabled(false);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_campaignsDock->toggleViewAction());
    viewMenu->addAction(m_timelineDock->toggleViewAction());
    viewMenu->addAction(m_inspectorDock->toggleViewAction());
    viewMenu->addAction(m_summaryDock->toggleViewAction());
    viewMenu->addSeparator();

    connect(m_campaigns, &CampaignsView::clusterSelected, this, &MainWindow::showCluster);
    connect(m_campaigns, &CampaignsView::clusterActivated, this, &MainWindow::openClusterGraph);
    connect(m_campaigns, &CampaignsView::filterChanged, this, &MainWindow::updateGraphFilter);
    connect(m_campaigns, &CampaignsView::timeRangeCleared, m_timeline, &TimelineView::clearBrush);
    connect(m_timeline, &TimelineView::rangeBrushed, m_campaigns, &CampaignsView::setTimeRange);
    connect(m_timeline, &TimelineView::brushCleared, m_campaigns, &CampaignsView::clearTimeRange);
    connect(m_graph, &GraphPanel::clusterSelected, this, [this](qint64 id) {
        if (id != m_campaigns->currentCluster())
            m_campaigns->selectCluster(id); // → showCluster
        else
            showCluster(id);
    });
    connect(m_graph, &GraphPanel::nodeSelected, this, [this](GraphNodeKind kind, qint64 id) { showGraphNode(int(kind), id); });
    connect(m_graph, &GraphPanel::accountsSelected, this, &MainWindow::showAccounts);
    connect(m_graph, &GraphPanel::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    auto *search = new QAction(tr("&Find in Graph…"), this);
    search->setShortcut(QKeySequence(u"/"_s));
    search->setToolTip(tr("Find an account id, IP, payment fingerprint, device or domain, and centre it in the graph"));
    connect(search, &QAction::triggered, m_graph, &GraphPanel::focusSearch);
    viewMenu->addAction(search);
    auto *findCluster = new QAction(tr("Find &Cluster…"), this);
    findCluster->setShortcut(QKeySequence::Find);
    connect(findCluster, &QAction::triggered, this, [this] {
        m_campaignsDock->show();
        m_campaignsDock->raise();
        m_campaigns->focusFilter();
    });
    viewMenu->addAction(findCluster);

    auto *graphMenu = menuBar()->addMenu(tr("&Graph"));
    graphMenu->addAction(tr("&Drill into Selected Cluster"), QKeySequence(tr("Ctrl+D")), this, [this] {
        if (m_campaigns->currentCluster())
            openClusterGraph(m_campaigns->currentCluster());
    });
    graphMenu->addActions(m_graph->menuActions());

    createLabelMenu();

    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    if (!restoreState(settings.value(u"mainWindow/state"_s).toByteArray())) {
        // First start: the graph gets the middle; the docks get what they need.
        resizeDocks({m_campaignsDock, m_inspectorDock}, {430, 400}, Qt::Horizontal);
        resizeDocks({m_timelineDock}, {290}, Qt::Vertical);
    }
    updateRecentMenu();
    showEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

void MainWindow::showEmptyState()
{
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setText(tr("<h2>No case open</h2><p>Open a case file (<b>File → Open Case…</b>, Ctrl+O),<br>"
                          "or create one from a detection export on the command line:<br>"
                          "<code>hydralens import EXPORT_DIR --case FILE.hlcase</code><br>"
                          "<code>hydralens analyze --case FILE.hlcase</code></p>"));
}

// An empty case, to import exports into.
void MainWindow::newCase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), QString(), tr("HydraLens cases (*.hlcase)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".hlcase"_s))
        path += u".hlcase"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Case"), tr("%1 already exists. Open it with File ▸ Open Case, or choose "
                                                      "another name.").arg(path));
        return;
    }
    CaseFile file;
    if (!file.open(path, CaseFile::Mode::CreateIfMissing)) {
        QMessageBox::warning(this, tr("New Case"), tr("Cannot create the case: %1").arg(file.errorString()));
        return;
    }
    file.close();
    openCase(path);
}

void MainWindow::chooseCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(),
                                                      tr("HydraLens cases (*.hlcase);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCase(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openCase(const QString &path)
{
    auto file = std::make_unique<CaseFile>();
    QString error;
    std::optional<CaseInfo> info;
    if (file->open(path))
        info = readCaseInfo(*file, &error);
    else
        error = file->errorString();
    if (!info) {
        m_summary->setAlignment(Qt::AlignCenter);
        m_summary->setText(tr("<h2>Cannot open the case</h2><p>%1</p>").arg(error.toHtmlEscaped()));
        return false;
    }
    m_case = std::move(file);
    setWindowTitle(tr("%1 — HydraLens").arg(QFileInfo(path).fileName()));
    // A monospace table: centring would centre each line on its own and break the columns.
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setText(CaseSummary::toHtml(*info));

    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(RecentKey, recent.mid(0, MaxRecent));
    updateRecentMenu();

    m_analyseAction->setEnabled(true);
    reloadViews();
    return true;
}

void MainWindow::reloadViews()
{
    m_labels->setCase(m_case.get());
    m_inspector->clear();
    m_shown = qMakePair(-1, qint64(0));
    m_timeline->clearBrush();
    m_campaigns->load(*m_case);
    m_timeline->showWholeCase(*m_case);
    m_graph->setCase(m_case.get());
    updateGraphFilter();
    updateReviewQueue();
    m_training->load(m_case.get());
}

// The overview graph shows the clusters the campaigns table lists.
void MainWindow::updateGraphFilter()
{
    if (m_campaigns->showsEmptyState())
        m_graph->setVisibleClusters(std::nullopt);
    else
        m_graph->setVisibleClusters(m_campaigns->filter()->acceptedClusters());
    m_graph->setOverviewMinAccounts(int(m_campaigns->filter()->minAccounts()));
}

void MainWindow::openClusterGraph(qint64 id)
{
    if (!m_case || id == 0)
        return;
    m_graph->showClusters({id});
}

// Imports a detection export into the open case, or into a new case when none is open. All or
// nothing: Cancel, or any problem, leaves the case as it was.
void MainWindow::importExport()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Detection Export"));
    if (dir.isEmpty())
        return;
    QString casePath = m_case && m_case->isOpen() ? m_case->path() : QString();
    if (casePath.isEmpty()) {
        casePath = QFileDialog::getSaveFileName(this, tr("New Case"), QFileInfo(dir).absolutePath() + u"/case.hlcase"_s,
                                                tr("HydraLens cases (*.hlcase)"));
        if (casePath.isEmpty())
            return;
        if (!casePath.endsWith(u".hlcase"_s))
            casePath += u".hlcase"_s;
    }
    importInto(dir, casePath);
}

void MainWindow::importInto(const QString &dir, const QString &casePath)
{
    auto failed = std::make_shared<QStringList>();
    auto status = std::make_shared<ImportResult::Status>(ImportResult::Status::CaseError);
    BackgroundTask::run(this, tr("Importing %1").arg(QFileInfo(dir).fileName()),
                        [dir, casePath, failed, status](const BackgroundTask::Report &report, const std::atomic<bool> &cancel) {
        ImportOptions o;
        o.exportDir = dir;
        o.casePath = casePath;
        o.cancel = &cancel;
        o.progress = [&report](const ImportProgress &p) {
            report(p.fraction, p.phase == ImportProgress::Phase::Reading
                                   ? QCoreApplication::translate("hl::MainWindow", "Reading %1: %L2 rows").arg(p.file).arg(p.rows)
                                   : QCoreApplication::translate("hl::MainWindow", "Writing the case…"));
        };
        const ImportResult r = hl::importExport(o);
        *status = r.status;
        if (!r.ok())
            *failed = r.errors.isEmpty() ? QStringList{r.message} : r.errors;
        return r.message;
    }, [this, casePath, failed, status](const QString &message) {
        if (*status == ImportResult::Status::Cancelled) {
            statusBar()->showMessage(message, 15000);
            return;
        }
        if (!failed->isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Import"), message, QMessageBox::Ok, this);
            box.setDetailedText(failed->join(u'\n'));
            box.exec();
            return;
        }
        openCase(casePath);
        statusBar()->showMessage(message, 15000);
    });
}

// (Re)computes the analysis of the open case on a worker thread; Cancel keeps the previous one.
void MainWindow::analyse()
{
    if (!m_case)
        return;
    const QString path = m_case->path();
    BackgroundTask::run(this, tr("Analysing"), [path](const BackgroundTask::Report &report, const std::atomic<bool> &cancel) {
        CaseFile file; // this thread's own connection
        if (!file.open(path))
            return file.errorString();
        QString error;
        const auto r = runAnalysis(file, AnalysisOptions(), &error, [&](double f, const QString &what) {
            report(f, what);
            return !cancel.load();
        });
        if (!r)
            return error == u"cancelled"_s ? QCoreApplication::translate("hl::MainWindow", "The analysis was cancelled; the previous results are unchanged.")
                                          : QCoreApplication::translate("hl::MainWindow", "The analysis failed: %1").arg(error);
        return QCoreApplication::translate("hl::MainWindow", "Analysis done: %L1 clusters, %L2 flagged, %L3 post-release pivots flagged.")
            .arg(r->clusters).arg(r->flaggedClusters).arg(r->flaggedPivots);
    }, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        reloadViews();
    });
}

void MainWindow::selectCluster(qint64 id)
{
    if (!m_case)
        return;
    if (id == 0) {
        QString error;
        const auto clusters = readClusters(*m_case, 2, &error);
        if (!clusters || clusters->empty())
            return;
        id = clusters->front().id; // riskiest first
    }
    m_campaigns->selectCluster(id);
}

// Coordinated views: the cluster chosen in the table is shown on the timeline.
void MainWindow::showCluster(qint64 id)
{
    if (!m_case || m_shown == qMakePair(int(GraphNodeKind::Cluster), id))
        return; // already shown (the graph echoes a selection it was given)
    m_shown = qMakePair(int(GraphNodeKind::Cluster), id);
    QString error;
    m_inspector->showCluster(*m_case, id);
    const auto cluster = readCluster(*m_case, id, &error);
    if (!cluster) {
        m_timeline->showWholeCase(*m_case);
        return;
    }
    m_timeline->showAccounts(*m_case, QList<std::int64_t>(cluster->accounts.begin(), cluster->accounts.end()),
                             tr("Cluster %1 (%n accounts)", nullptr, int(cluster->accounts.size())).arg(id));
    m_graph->focusCluster(id);
}

// An account or infrastructure node chosen in the graph: explained in the inspector; an
// account's own traffic on the timeline.
void MainWindow::showGraphNode(int kind, qint64 id)
{
    if (!m_case)
        return;
    m_shown = qMakePair(kind, id);
    m_inspectorDock->raise();
    if (GraphNodeKind(kind) == GraphNodeKind::Account) {
        m_inspector->showAccount(*m_case, id);
        m_timeline->showAccounts(*m_case, {id}, tr("Account %1").arg(id));
    } else {
        m_inspector->showInfra(*m_case, id);
    }
}

void MainWindow::showAccounts(const QList<std::int64_t> &accounts)
{
    if (!m_case)
        return;
    m_shown = qMakePair(-1, qint64(0));
    m_timeline->showAccounts(*m_case, accounts, tr("%n selected accounts", nullptr, int(accounts.size())));
}

} // namespace hl
