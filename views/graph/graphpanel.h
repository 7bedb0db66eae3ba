#pragma once

#include "graph/graphdata.h"
#include "graph/graphlabels.h"
#include "graph/graphlayout.h"

#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace hl {

class CaseFile;
class GraphModel;
class GraphScene;
class GraphView;
struct GraphResult;

// The graph in the window's centre: the overview of all clusters (one node per cluster, sized
// by accounts, coloured by risk, linked by shared infrastructure) or a drill-in to a cluster's
// accounts and the infrastructure they share. Reading and Graphviz layout run on a worker
// thread (model/graph/graphjob.h); layouts are cached in the case, so reopening is instant.
// A tool bar offers back to the overview, the layout engine, re-layout, expand, hide, pin,
// search (account id, IP, payment fingerprint, …: the hit is centred), fit and export.
class GraphPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPanel(QWidget *parent = nullptr);
    ~GraphPanel() override;

    // The case to draw (nullptr: none). Shows its overview.
    void setCase(const CaseFile *file);
    void showOverview();
    // Drill-in: the accounts of `clusters` (the first is the focus) and what they share.
    void showClusters(std::vector<std::int64_t> clusters);
    // Another view chose a cluster: the overview selects and centres it; a drill-in switches to
    // it unless it is already drawn.
    void focusCluster(std::int64_t id);
    // Clusters the other views' filters let through (nullopt: all): the overview hides the rest.
    void setVisibleClusters(std::optional<QSet<std::int64_t>> clusters);
    // The overview draws only clusters of at least this many accounts (the table's "single
    // accounts" choice): 2 keeps thousands of single accounts out of its layout.
    void setOverviewMinAccounts(int accounts);
    void setEngine(LayoutEngine engine);
    // Reads every label drawn as a badge on the nodes again.
    void refreshLabels();
    // The labels of these targets changed (labelling, undo or redo): only their badges are read
    // again, so a label is drawn at once however many the case holds.
    void refreshLabels(LabelTarget target, const std::vector<std::int64_t> &ids);
    // Finds an account or infrastructure value and centres it (drilling into its cluster).
    void search(const QString &text);
    void focusSearch();
    bool exportImage(const QString &path, QSize size = QSize(1920, 1080), QString *error = nullptr);
    // Asks where to save and exports (the tool bar's Export…).
    void exportWithDialog();
    // The panel's commands, for the window's Graph menu.
    QList<QAction *> menuActions() const;
    // Export Graph Data… and its redacted twin, for the window's File menu.
    QList<QAction *> dataExportActions() const;
    // Asks where to save and writes the graph shown as GraphML, GEXF or DOT (graphdataexport.h).
    void exportDataWithDialog(bool redact);

    bool isBusy() const { return m_busy; }
    bool isOverview() const { return m_clusters.empty(); }
    const std::vector<std::int64_t> &drawnClusters() const { return m_clusters; }
    GraphModel *model() const { return m_model; }
    GraphView *view() const { return m_view; }
    LayoutEngine engine() const { return m_engine; }
    QSize sizeHint() const override { return {760, 520}; } // the centre: most of the window

Q_SIGNALS:
    void clusterSelected(qint64 id);                     // one cluster node chosen
    void nodeSelected(GraphNodeKind kind, qint64 id);    // one account or infrastructure node chosen
    void accountsSelected(QList<std::int64_t> accounts); // several account nodes chosen
    void ready();                                        // a graph is drawn with its layout (or failed)
    void statusMessage(const QString &text);

private:
    struct Pending
    {
        GraphNodeKind kind;
        std::int64_t id;
        bool zoom; // zoom in until readable (a search hit), or only keep it in view (a selection)
    };
    void request(std::vector<std::int64_t> clusters, bool useCache, bool keepGraph);
    void finished(const GraphResult &result, std::vector<std::int64_t> clusters);
    void applyVisibility();
    void showVerdicts(bool read, const QString &error);
    void selectionChanged();
    void activate(int row);
    void contextMenu(const std::vector<int> &rows, QPoint globalPos);
    void expand();
    void hideSelection();
    void showAllHidden();
    void togglePin();
    void relayout();
    void updateActions();
    void savePositionsLater();
    void jumpTo(GraphNodeKind kind, std::int64_t id, std::int64_t cluster);
    bool centreOn(GraphNodeKind kind, std::int64_t id, bool zoom);

    const CaseFile *m_file = nullptr;
    GraphModel *m_model;
    GraphScene *m_scene;
    GraphView *m_view;
    QLabel *m_scope;
    QComboBox *m_engineBox;
    QLineEdit *m_search;
    QProgressBar *m_progress;
    QAction *m_back, *m_relayout, *m_expand, *m_hide, *m_showAll, *m_pin, *m_fit, *m_export, *m_legend;
    QAction *m_exportData, *m_exportDataRedacted;
    LayoutEngine m_engine = LayoutEngine::Sfdp;
    std::vector<std::int64_t> m_clusters; // drawn clusters (empty: overview)
    std::optional<QSet<std::int64_t>> m_visibleClusters;
    int m_overviewMinAccounts = 2;
    std::int64_t m_currentCluster = 0;    // the cluster current in the window (selected in a new overview)
    std::vector<bool> m_userHidden;       // rows the user hid (the filter hides others)
    GraphVerdicts m_verdicts;             // the badges of the graph shown
    std::optional<Pending> m_pending;     // centre this node once the graph is shown
    std::shared_ptr<std::atomic<int>> m_generation;
    bool m_busy = false;
    bool m_savePending = false;
};

} // namespace hl
