#include "graphpanel.h"

#include "graph/graphdataexport.h"
#include "graph/graphexport.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "storage/casefile.h"
#include "storage/graphstore.h"
#include "storage/layoutstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QFileInfo>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
constexpr int SearchHits = 20;
constexpr int ExpandBy = 5; // clusters brought in per "expand"
}

GraphPanel::GraphPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new GraphModel(this))
    , m_scene(new GraphScene(m_model, this))
    , m_view(new GraphView(this))
    , m_scope(new QLabel(this))
    , m_engineBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_view->setScene(m_scene);
    // Two rows: where you are and search above, the commands below (a dock-narrow centre
    // would otherwise push the search box into the tool bar's overflow menu).
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    m_back = new QAction(tr("◀ Overview"), this);
    connect(m_back, &QAction::triggered, this, &GraphPanel::showOverview);
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    m_back->setToolTip(tr("Back to the overview of all clusters (Alt+Left, Backspace)"));
    auto *backButton = new QToolButton(this);
    backButton->setDefaultAction(m_back);
    backButton->setAutoRaise(true);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    for (LayoutEngine e : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Fdp})
        m_engineBox->addItem(layoutEngineName(e), int(e));
    m_engineBox->setToolTip(tr("Graphviz layout engine: sfdp scales to large graphs; neato and fdp draw small ones "
                               "more tidily and keep pinned nodes in place"));
    bar->addWidget(m_engineBox);
    m_relayout = bar->addAction(tr("Re-layout"), this, &GraphPanel::relayout);
    m_relayout->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_relayout->setToolTip(tr("Lay the graph out again (pinned nodes stay) (Ctrl+L)"));
    bar->addSeparator();
    m_expand = bar->addAction(tr("Expand"), this, &GraphPanel::expand);
    m_expand->setShortcut(QKeySequence(tr("E")));
    m_expand->setToolTip(tr("Bring in the clusters that share infrastructure with this one (E)"));
    m_hide = bar->addAction(tr("Hide"), this, &GraphPanel::hideSelection);
    m_hide->setShortcuts({QKeySequence(tr("H")), QKeySequence::Delete});
    m_hide->setToolTip(tr("Hide the selected nodes (H, Delete)"));
    m_showAll = bar->addAction(tr("Show All"), this, &GraphPanel::showAllHidden);
    m_showAll->setShortcut(QKeySequence(tr("Shift+H")));
    m_pin = bar->addAction(tr("Pin"), this, &GraphPanel::togglePin);
    m_pin->setShortcut(QKeySequence(tr("P")));
    m_pin->setToolTip(tr("Pin the selected nodes: a re-layout keeps them where they are (P). Dragging a node pins it."));
    bar->addSeparator();
    m_fit = bar->addAction(tr("Fit"), m_view, &GraphView::fitAll);
    m_fit->setShortcut(QKeySequence(tr("F")));
    m_fit->setToolTip(tr("Fit the whole graph in view (F)"));
    m_legend = bar->addAction(tr("Legend"));
    m_legend->setCheckable(true);
    m_legend->setChecked(true);
    connect(m_legend, &QAction::toggled, m_view, &GraphView::setLegendVisible);
    m_export = bar->addAction(tr("Export…"), this, &GraphPanel::exportWithDialog);
    m_export->setToolTip(tr("Save the graph as PNG, SVG or PDF, sized for slides"));
    // File menu: the graph as data, for Gephi, Cytoscape, networkx or Graphviz.
    m_exportData = new QAction(tr("Export Graph &Data…"), this);
    m_exportData->setToolTip(tr("Save the nodes shown, their attributes and positions as GraphML, GEXF or DOT"));
    connect(m_exportData, &QAction::triggered, this, [this] { exportDataWithDialog(false); });
    m_exportDataRedacted = new QAction(tr("Export Graph Data, &Redacted…"), this);
    m_exportDataRedacted->setToolTip(tr("As Export Graph Data, with account ids, IPs, domains, cards and devices "
                                        "replaced by the case's pseudonyms"));
    connect(m_exportDataRedacted, &QAction::triggered, this, [this] { exportDataWithDialog(true); });
    m_search->setPlaceholderText(tr("Find account, IP, card, device, domain…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_progress->setMaximumWidth(120);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *top = new QHBoxLayout;
    top->setContentsMargins(2, 2, 4, 0);
    top->addWidget(backButton);
    top->addWidget(m_scope, 1);
    top->addWidget(m_progress);
    top->addWidget(m_search, 1);
    addAction(m_back); // its shortcuts act wherever the focus is in the panel
    // The view's shortcuts act when the graph has focus, not while typing elsewhere.
    for (QAction *a : {m_back, m_relayout, m_expand, m_hide, m_showAll, m_pin, m_fit})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);

    // The engine last chosen is kept for the next case (QSettings).
    const auto saved = layoutEngineFromName(QSettings().value(u"graph/engine"_s).toString());
    setEngine(saved.value_or(LayoutEngine::Sfdp));
    connect(m_engineBox, &QComboBox::activated, this, [this] {
        m_engine = LayoutEngine(m_engineBox->currentData().toInt());
        QSettings().setValue(u"graph/engine"_s, layoutEngineName(m_engine));
        request(m_clusters, true, true);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_model, &GraphModel::selectionChanged, this, &GraphPanel::selectionChanged);
    connect(m_model, &GraphModel::positionChanged, this, &GraphPanel::savePositionsLater);
    connect(m_view, &GraphView::nodeActivated, this, &GraphPanel::activate);
    connect(m_view, &GraphView::contextMenuRequested, this, &GraphPanel::contextMenu);
    setCase(nullptr);
}

GraphPanel::~GraphPanel()
{
    ++*m_generation; // a running job's result is dropped
}

void GraphPanel::setCase(const CaseFile *file)
{
    m_file = file;
    m_clusters.clear();
    m_visibleClusters.reset();
    m_model->setGraph(nullptr);
    if (!file) {
        ++*m_generation;
        m_busy = false;
        m_view->setEmptyText(tr("Open a case to see its clusters and the infrastructure they share."));
        updateActions();
        return;
    }
    // A tick later: a drill-in asked for right after opening (--screenshot, a restored
    // selection) then replaces it before the overview is read for nothing.
    const int generation = m_generation->load();
    m_busy = true;
    m_view->setEmptyText(tr("Reading the overview of all clusters…"));
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation->load() && m_file && !m_model->graph())
            showOverview();
    });
}

void GraphPanel::showOverview()
{
    request({}, true, false);
}

void GraphPanel::showClusters(std::vector<std::int64_t> clusters)
{
    request(std::move(clusters), true, false);
}

void GraphPanel::focusCluster(std::int64_t id)
{
    if (!m_file || id == 0)
        return;
    m_currentCluster = id;
    if (isOverview()) {
        const int row = m_model->rowOf(GraphNodeKind::Cluster, id);
        if (row >= 0 && m_model->selection() == std::vector<int>{row})
            return; // already the selection (the graph chose it)
        if (!centreOn(GraphNodeKind::Cluster, id, false) && m_busy)
            m_pending = Pending{GraphNodeKind::Cluster, id, false}; // selected once the overview is drawn
        return;
    }
    if (std::find(m_clusters.begin(), m_clusters.end(), id) == m_clusters.end())
        showClusters({id});
}

void GraphPanel::setEngine(LayoutEngine engine)
{
    m_engine = engine;
    m_engineBox->setCurrentIndex(m_engineBox->findData(int(engine)));
}

void GraphPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<QAction *> GraphPanel::menuActions() const
{
    return {m_back, m_relayout, m_expand, m_hide, m_showAll, m_pin, m_fit, m_legend, m_export};
}

QList<QAction *> GraphPanel::dataExportActions() const
{
    return {m_exportData, m_exportDataRedacted};
}

void GraphPanel::exportDataWithDialog(bool redact)
{
    if (m_file && m_model->graph())
        exportGraphDataWithDialog(this, *m_file, *m_model, redact, [this](const QString &m) { Q_EMIT statusMessage(m); });
}

// Starts the background job; a newer request makes an older one's result be dropped.
void GraphPanel::request(std::vector<std::int64_t> clusters, bool useCache, bool keepGraph)
{
    if (!m_file)
        return;
    GraphRequest r;
    r.clusters = clusters;
    r.overviewMinAccounts = std::size_t(m_overviewMinAccounts);
    r.engine = m_engine;
    r.useCache = useCache;
    if (keepGraph && m_model->graph() && clusters == m_clusters) {
        r.graph = m_model->graph();
        if (m_model->hasPositions()) {
            r.fixed = m_model->positions();
            r.pinned.resize(r.fixed.size());
            for (int row = 0; row < m_model->rowCount(); ++row)
                r.pinned[std::size_t(row)] = m_model->isPinned(row);
        }
    } else {
        m_model->setGraph(nullptr);
    }
    m_clusters = clusters;
    const int generation = ++*m_generation;
    m_busy = true;
    m_progress->setValue(0);
    m_progress->show();
    const QString what = clusters.empty() ? tr("the overview of all clusters")
                                          : tr("cluster %1").arg(clusters.front());
    if (!m_model->graph())
        m_view->setEmptyText(tr("Reading %1…").arg(what));
    m_scope->setText(clusters.empty() ? tr("All clusters") : clusters.size() == 1
                                                                 ? tr("Cluster %1").arg(clusters.front())
                                                                 : tr("Cluster %1 + %n more", nullptr, int(clusters.size() - 1))
                                                                       .arg(clusters.front()));
    updateActions();

    auto *watcher = new QFutureWatcher<GraphResult>(this);
    QPointer<GraphPanel> self(this);
    auto generationCounter = m_generation;
    connect(watcher, &QFutureWatcher<GraphResult>::finished, this, [this, watcher, generation, clusters] {
        watcher->deleteLater();
        if (generation != m_generation->load())
            return;
        finished(watcher->result(), clusters);
    });
    const QString path = m_file->path();
    watcher->setFuture(QtConcurrent::run([path, r, generation, generationCounter, self] {
        return loadGraph(path, r, [&](double f, const QString &phase) {
            if (generation != generationCounter->load())
                return false;
            QMetaObject::invokeMethod(qApp, [self, f, phase, generation, generationCounter] {
                if (!self || generation != generationCounter->load())
                    return;
                self->m_progress->setValue(int(f * 100));
                if (phase == u"layout"_s && !self->m_model->graph())
                    self->m_view->setEmptyText(tr("Laying out…"));
            });
            return true;
        });
    }));
}

void GraphPanel::finished(const GraphResult &result, std::vector<std::int64_t> clusters)
{
    m_busy = false;
    m_progress->hide();
    if (!result.graph) {
        const QString why = result.error == u"cancelled"_s ? tr("Cancelled.")
                                                           : tr("Cannot draw the graph: %1").arg(result.error);
        m_view->setEmptyText(why);
        Q_EMIT statusMessage(why);
        updateActions();
        Q_EMIT ready();
        return;
    }
    const bool sameGraph = m_model->graph() && m_model->graph()->scope == result.graph->scope
                           && m_model->rowCount() == int(result.graph->nodes.size());
    if (sameGraph) {
        m_model->setPositions(result.graph->positions); // a re-layout: keep selection, hidden, pins
    } else {
        m_model->setGraph(result.graph);
        m_userHidden.assign(result.graph->nodes.size(), false);
        refreshLabels();
    }
    if (result.graph->nodes.empty())
        m_view->setEmptyText(clusters.empty() ? tr("No clusters yet: analyse the case (Case ▸ Analyse, Ctrl+R).")
                                              : tr("Cluster %1 is not in the stored analysis.").arg(clusters.front()));
    else
        m_view->setEmptyText(QString());
    applyVisibility();
    if (!sameGraph)
        m_view->fitAll();
    qint64 accounts = 0, infra = 0;
    for (const GraphNode &n : result.graph->nodes)
        (n.kind == GraphNodeKind::Account ? accounts : infra) += 1;
    const QString how = result.fromCache ? tr("layout from the case")
                                         : tr("%1 layout in %2 s").arg(layoutEngineName(m_engine))
                                               .arg(result.layoutSeconds, 0, 'f', 2);
    Q_EMIT statusMessage(clusters.empty()
                   ? tr("%L1 clusters, %L2 links (%3)").arg(result.graph->nodes.size()).arg(result.graph->edges.size()).arg(how)
                   : tr("%L1 accounts, %L2 shared values, %L3 links (%4)").arg(accounts).arg(infra)
                         .arg(result.graph->edges.size()).arg(how));
    if (m_pending) {
        const Pending p = *m_pending;
        m_pending.reset();
        centreOn(p.kind, p.id, p.zoom);
    } else if (!clusters.empty() && !sameGraph) {
        selectionChanged(); // nothing selected: the inspector and timeline show the focus cluster
    } else if (clusters.empty() && !sameGraph && m_currentCluster) {
        centreOn(GraphNodeKind::Cluster, m_currentCluster, false); // the window's current cluster
    }
    updateActions();
    Q_EMIT ready();
}

void GraphPanel::refreshLabels()
{
    QString error;
    if (m_file && m_model->graph())
        showVerdicts(m_verdicts.read(*m_file, *m_model->graph(), &error), error);
}

void GraphPanel::refreshLabels(LabelTarget target, const std::vector<std::int64_t> &ids)
{
    QString error;
    if (m_file && m_model->graph())
        showVerdicts(m_verdicts.update(*m_file, *m_model->graph(), target, ids, &error), error);
}

void GraphPanel::showVerdicts(bool read, const QString &error)
{
    if (read)
        m_model->setVerdicts(m_verdicts.verdicts());
    else
        Q_EMIT statusMessage(tr("Cannot read the labels: %1").arg(error));
}

void GraphPanel::setOverviewMinAccounts(int accounts)
{
    accounts = std::max(1, accounts);
    if (accounts == m_overviewMinAccounts)
        return;
    m_overviewMinAccounts = accounts;
    if (m_file && isOverview() && m_model->graph())
        showOverview();
}

void GraphPanel::setVisibleClusters(std::optional<QSet<std::int64_t>> clusters)
{
    m_visibleClusters = std::move(clusters);
    applyVisibility();
}

// A node is hidden when the user hid it or, in the overview, the other views' filter leaves
// its cluster out (the drill-in always shows what was asked for).
void GraphPanel::applyVisibility()
{
    if (!m_model->graph())
        return;
    std::vector<int> hide, show;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const GraphNode &n = m_model->node(row);
        const bool filtered = isOverview() && m_visibleClusters && !m_visibleClusters->contains(n.id);
        const bool hidden = m_userHidden[std::size_t(row)] || filtered;
        if (hidden != m_model->isHidden(row))
            (hidden ? hide : show).push_back(row);
    }
    if (!hide.empty())
        m_model->setHidden(hide, true);
    if (!show.empty())
        m_model->setHidden(show, false);
    updateActions();
}

void GraphPanel::selectionChanged()
{
    const std::vector<int> &rows = m_model->selection();
    updateActions();
    if (rows.empty()) {
        if (!isOverview())
            Q_EMIT clusterSelected(m_clusters.front());
        return;
    }
    if (rows.size() == 1) {
        const GraphNode &n = m_model->node(rows.front());
        if (n.kind == GraphNodeKind::Cluster) {
            m_currentCluster = n.id;
            Q_EMIT clusterSelected(n.id);
        } else
            Q_EMIT nodeSelected(n.kind, n.id);
        return;
    }
    QList<std::int64_t> accounts;
    for (int row : rows)
        if (m_model->node(row).kind == GraphNodeKind::Account)
            accounts.append(m_model->node(row).id);
    if (!accounts.isEmpty())
        Q_EMIT accountsSelected(accounts);
}

void GraphPanel::activate(int row)
{
    const GraphNode &n = m_model->node(row);
    if (n.kind == GraphNodeKind::Cluster)
        showClusters({n.id});
    else if (n.kind == GraphNodeKind::Account && n.cluster && !isOverview() && n.cluster != m_clusters.front())
        showClusters({n.cluster}); // an account of an expanded cluster: make its cluster the focus
}

void GraphPanel::contextMenu(const std::vector<int> &rows, QPoint globalPos)
{
    QMenu menu(this);
    if (rows.size() == 1) {
        const GraphNode &n = m_model->node(rows.front());
        if (n.kind == GraphNodeKind::Cluster)
            menu.addAction(tr("Drill into Cluster %1").arg(n.id), this, [this, id = n.id] { showClusters({id}); });
        else if (n.cluster && !isOverview() && n.cluster != m_clusters.front())
            menu.addAction(tr("Focus on Cluster %1").arg(n.cluster), this, [this, id = n.cluster] { showClusters({id}); });
        menu.addAction(tr("Copy \"%1\"").arg(n.label), this, [label = n.label] { QGuiApplication::clipboard()->setText(label); });
        menu.addSeparator();
    }
    if (!rows.empty()) {
        menu.addAction(m_expand);
        menu.addAction(m_hide);
        menu.addAction(m_pin);
        menu.addAction(tr("Select Neighbours"), this, [this, rows] {
            std::vector<int> all = m_model->neighbours(rows);
            all.insert(all.end(), rows.begin(), rows.end());
            m_model->setSelection(all);
        });
        menu.addSeparator();
    }
    menu.addAction(m_showAll);
    menu.addAction(m_fit);
    if (!isOverview())
        menu.addAction(m_back);
    menu.addAction(m_relayout);
    menu.addAction(m_export);
    menu.exec(globalPos);
}

// Overview: select the clusters linked to the selection. Drill-in: bring in the clusters that
// share the most infrastructure with the focus (or with the selected accounts' clusters).
void GraphPanel::expand()
{
    if (!m_file || !m_model->graph())
        return;
    if (isOverview()) {
        const std::vector<int> &rows = m_model->selection();
        if (rows.empty())
            return;
        std::vector<int> all = m_model->neighbours(rows);
        all.insert(all.end(), rows.begin(), rows.end());
        m_model->setSelection(all);
        Q_EMIT statusMessage(tr("%n linked clusters selected", nullptr, int(all.size() - rows.size())));
        return;
    }
    QString error;
    std::vector<std::int64_t> clusters = m_clusters;
    const auto neighbours = neighbourClusters(*m_file, m_clusters.front(), int(m_clusters.size()) + ExpandBy, &error);
    if (!neighbours) {
        Q_EMIT statusMessage(tr("Cannot expand: %1").arg(error));
        return;
    }
    int added = 0;
    for (const auto &[cluster, shared] : *neighbours) {
        if (added == ExpandBy)
            break;
        if (std::find(clusters.begin(), clusters.end(), cluster) == clusters.end()) {
            clusters.push_back(cluster);
            ++added;
        }
    }
    if (added == 0) {
        Q_EMIT statusMessage(tr("No other cluster shares infrastructure with cluster %1.").arg(m_clusters.front()));
        return;
    }
    showClusters(std::move(clusters));
}

void GraphPanel::hideSelection()
{
    const std::vector<int> rows = m_model->selection();
    if (rows.empty())
        return;
    for (int row : rows)
        m_userHidden[std::size_t(row)] = true;
    m_model->clearSelection();
    applyVisibility();
}

void GraphPanel::showAllHidden()
{
    std::fill(m_userHidden.begin(), m_userHidden.end(), false);
    applyVisibility();
}

void GraphPanel::togglePin()
{
    const std::vector<int> &rows = m_model->selection();
    const bool pin = std::any_of(rows.begin(), rows.end(), [this](int row) { return !m_model->isPinned(row); });
    for (int row : rows)
        m_model->setPinned(row, pin);
    updateActions();
}

void GraphPanel::relayout()
{
    request(m_clusters, false, true);
}

// A dragged node's new place is kept in the case's layout cache (once the dragging pauses).
void GraphPanel::savePositionsLater()
{
    if (m_savePending)
        return;
    m_savePending = true;
    QTimer::singleShot(800, this, [this] {
        m_savePending = false;
        if (!m_file || !m_model->graph() || !m_model->hasPositions())
            return;
        QString error;
        if (!saveLayout(*m_file, m_model->graph()->scope, m_engine, graphSignature(*m_model->graph()),
                        m_model->positions(), &error))
            Q_EMIT statusMessage(tr("The moved nodes could not be saved in the case: %1").arg(error));
    });
}

void GraphPanel::search(const QString &text)
{
    if (!m_file || text.trimmed().isEmpty())
        return;
    QString error;
    const auto hits = searchGraphNodes(*m_file, text, SearchHits, &error);
    if (!hits) {
        Q_EMIT statusMessage(tr("Search failed: %1").arg(error));
        return;
    }
    if (hits->empty()) {
        Q_EMIT statusMessage(tr("Nothing matches \"%1\".").arg(text.trimmed()));
        return;
    }
    const bool exact = hits->front().label.compare(text.trimmed(), Qt::CaseInsensitive) == 0;
    if (hits->size() == 1 || exact) {
        jumpTo(hits->front().kind, hits->front().id, hits->front().cluster);
        return;
    }
    QMenu menu(this);
    for (const GraphSearchHit &h : *hits)
        menu.addAction(tr("%1: %2 (cluster %3)").arg(GraphModel::kindName(h.kind), h.label).arg(h.cluster), this,
                       [this, h] { jumpTo(h.kind, h.id, h.cluster); });
    menu.exec(m_search->mapToGlobal(QPoint(0, m_search->height())));
}

void GraphPanel::jumpTo(GraphNodeKind kind, std::int64_t id, std::int64_t cluster)
{
    if (centreOn(kind, id, true))
        return;
    if (cluster == 0) {
        Q_EMIT statusMessage(tr("That value belongs to no cluster (the case was not analysed)."));
        return;
    }
    m_pending = Pending{kind, id, true};
    showClusters({cluster});
}

bool GraphPanel::centreOn(GraphNodeKind kind, std::int64_t id, bool zoom)
{
    const int row = m_model->rowOf(kind, id);
    if (row < 0)
        return false;
    if (m_model->isHidden(row)) {
        m_userHidden[std::size_t(row)] = false;
        if (isOverview() && m_visibleClusters)
            m_visibleClusters->insert(m_model->node(row).id); // shown although the filter leaves it out
        applyVisibility();
    }
    m_model->setSelection({row});
    if (zoom)
        m_view->centerOnRow(row);
    else if (m_model->hasPositions() && !m_view->visibleSceneRect().contains(m_model->position(row)))
        m_view->centerOn(m_model->position(row));
    return true;
}

void GraphPanel::updateActions()
{
    const bool hasGraph = m_model->rowCount() > 0 && m_model->hasPositions();
    const bool selected = !m_model->selection().empty();
    m_back->setEnabled(m_file && !isOverview());
    m_relayout->setEnabled(hasGraph && !m_busy);
    m_expand->setEnabled(hasGraph && (!isOverview() || selected));
    m_hide->setEnabled(selected);
    m_showAll->setEnabled(std::find(m_userHidden.begin(), m_userHidden.end(), true) != m_userHidden.end());
    m_pin->setEnabled(selected);
    m_fit->setEnabled(hasGraph);
    m_export->setEnabled(hasGraph);
    m_exportData->setEnabled(hasGraph && !m_busy);
    m_exportDataRedacted->setEnabled(hasGraph && !m_busy);
    m_search->setEnabled(m_file != nullptr);
    m_engineBox->setEnabled(m_file != nullptr);
}

bool GraphPanel::exportImage(const QString &path, QSize size, QString *error)
{
    return exportGraphImage(m_scene, m_view->visibleSceneRect(), path, size, error);
}

void GraphPanel::exportWithDialog()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), isOverview() ? u"overview.png"_s
                                                       : u"cluster-%1.png"_s.arg(m_clusters.front()),
                                                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(u"svg"_s) ? u".svg"_s : selected.contains(u"pdf"_s) ? u".pdf"_s : u".png"_s;
    QString error;
    if (!exportImage(path, QSize(1920, 1080), &error))
        QMessageBox::warning(this, tr("Export Graph"), tr("Cannot export the graph to %1: %2").arg(path, error));
    else
        Q_EMIT statusMessage(tr("Graph saved to %1").arg(path));
}

} // namespace hl
