// label_latency: how long a label takes to show everywhere in the workbench window (issue 5:
// "table, queue and graph badges update < 50 ms after a label"). Opens a case in MainWindow,
// ticks "Show single accounts" so that the campaigns table, the review queue and the overview
// graph hold every cluster, waits for the overview, then R times: takes the review queue's next
// cluster (ReviewPanel::goNext selects it everywhere), and times
//   - label: MainWindow::labelSelection (append to the case, committed; table row, queue and
//     its progress, graph badges, inspector) + one QCoreApplication::processEvents() (repaint);
//   - undo: QUndoStack::undo() + processEvents(), the same way;
//   - the label's steps one by one, putting the same label back: appendLabel alone,
//     CampaignsView::refreshLabels, ReviewPanel::setLabel (the queue), GraphPanel::refreshLabels
//     of the cluster (and, for the record, of every label, as when a graph is drawn),
//     InspectorView::refreshLabel, then processEvents() (the repaint).
// Each step is checked (the label is in the table, the queue and the graph), and the figures
// are printed as one block: "key median p95 max" lines in ms. Exit 0 when measured (whatever
// the figures), 1 for bad arguments, 2 when something failed.
//
//   label_latency --case FILE [--runs R] [--timeout S]
#include "campaigns/campaignsfilter.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignsview.h"
#include "graph/graphmodel.h"
#include "graph/graphpanel.h"
#include "inspectorview.h"
#include "labels/labelcontroller.h"
#include "labels/reviewpanel.h"
#include "mainwindow.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace hl;

namespace {

struct Options
{
    QString casePath;
    int runs = 30;
    int timeoutSeconds = 900; // for the overview to be read (and laid out, when not cached)
};

bool parse(const QStringList &args, Options &o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == u"--case"_s && hasValue)
            o.casePath = args.at(++i);
        else if (a == u"--runs"_s && hasValue)
            o.runs = args.at(++i).toInt();
        else if (a == u"--timeout"_s && hasValue)
            o.timeoutSeconds = args.at(++i).toInt();
        else
            return false;
    }
    return !o.casePath.isEmpty() && o.runs > 0 && o.timeoutSeconds > 0;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "label_latency: %s\n", qPrintable(what));
    std::exit(2);
}

// Runs the event loop (futures deliver their results through it, not through processEvents)
// until `done` holds; false after `timeoutMs`.
bool runUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Milliseconds per measure, in the order they were first recorded (the order printed).
class Samples
{
public:
    void add(const std::string &key, double ms)
    {
        if (!m_values.count(key))
            m_order.push_back(key);
        m_values[key].push_back(ms);
    }
    // Times `step` and records it under `key`.
    void time(const std::string &key, const std::function<void()> &step)
    {
        QElapsedTimer t;
        t.start();
        step();
        add(key, msSince(t));
    }
    void print() const
    {
        std::printf("%-14s %9s %9s %9s\n", "ms", "median", "p95", "max");
        for (const std::string &key : m_order) {
            std::vector<double> v = m_values.at(key);
            std::sort(v.begin(), v.end());
            // Nearest rank: the smallest value with at least p of the runs at or below it.
            const auto rank = [&](double p) { return v[std::size_t(std::max(1.0, std::ceil(p * double(v.size())))) - 1]; };
            std::printf("%-14s %9.2f %9.2f %9.2f\n", key.c_str(), rank(0.5), rank(0.95), v.back());
        }
    }

private:
    std::vector<std::string> m_order;
    std::map<std::string, std::vector<double>> m_values;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(u"HydraLens"_s);
    app.setApplicationName(u"hydralens-bench"_s);
    Options o;
    if (!parse(app.arguments(), o)) {
        std::fprintf(stderr, "usage: label_latency --case FILE [--runs R] [--timeout S]\n");
        return 1;
    }

    MainWindow window;
    QElapsedTimer opening;
    opening.start();
    if (!window.openCase(o.casePath))
        fail(u"cannot open "_s + o.casePath);
    window.show();
    auto *singles = window.campaigns()->findChild<QCheckBox *>(u"campaignsShowSingles"_s);
    if (!singles)
        fail(u"no campaignsShowSingles check box in the campaigns view"_s);
    singles->setChecked(true);

    // Every cluster listed, queued and drawn; the capability scan done.
    GraphPanel *graph = window.graph();
    ReviewPanel *review = window.review();
    CampaignsView *campaigns = window.campaigns();
    const int listed = campaigns->filter()->rowCount();
    const int clusters = campaigns->model()->rowCount();
    const bool ready = runUntil([&] { return !graph->isBusy() && !campaigns->isScanning(); }, qint64(o.timeoutSeconds) * 1000);
    if (!ready)
        fail(u"the overview graph was not ready after %1 s"_s.arg(o.timeoutSeconds));
    const double readyMs = msSince(opening);
    if (!graph->isOverview() || graph->model()->rowCount() == 0)
        fail(u"the graph shows no overview (an error, or the case is not analysed)"_s);
    const CaseFile *file = window.labels()->caseFile();
    QString error;
    const auto current = readCurrentLabels(*file, &error);
    if (!current)
        fail(error);

    std::printf("case %s\n", qPrintable(o.casePath));
    std::printf("clusters %d\nlisted %d\nqueued %lld\nqueue_labelled %lld\n", clusters, listed,
                static_cast<long long>(review->queue().progress().total),
                static_cast<long long>(review->queue().progress().labelled));
    std::printf("window %dx%d\n", window.width(), window.height());
    std::printf("graph_nodes %d\ngraph_scope %s\n", graph->model()->rowCount(), qPrintable(graph->model()->graph()->scope));
    std::printf("current_labels %zu\nopen_to_ready_ms %.0f\nruns %d\n\n", current->size(), readyMs, o.runs);

    const auto badge = [&](qint64 id) {
        return int(graph->model()->verdict(graph->model()->rowOf(GraphNodeKind::Cluster, id)));
    };
    const auto tableVerdict = [&](qint64 id) {
        const CampaignsModel *m = campaigns->model();
        return m->index(m->rowOfCluster(id), 0).data(CampaignsModel::VerdictRole).toInt();
    };
    // The label is everywhere (or, verdict 0, gone everywhere).
    const auto check = [&](qint64 id, int verdict, const char *after) {
        const bool queued = review->queue().isLabelled(id) == (verdict != 0);
        if (tableVerdict(id) != verdict || badge(id) != verdict || !queued)
            fail(u"after %1 of cluster %2: table %3, graph badge %4, queue %5 (expected verdict %6)"_s.arg(
                QString::fromLatin1(after)).arg(id).arg(tableVerdict(id)).arg(badge(id))
                     .arg(review->queue().isLabelled(id) ? u"labelled"_s : u"unlabelled"_s).arg(verdict));
    };
    const auto settle = [&] {
        if (!runUntil([&] { return !window.timeline()->model()->isLoading() && !graph->isBusy(); }, 60000))
            fail(u"the views did not settle within 60 s"_s);
    };

    Samples s;
    QUndoStack *undo = window.labels()->undoStack();
    for (int run = 0; run < o.runs; ++run) {
        review->goNext();
        const auto id = review->current();
        if (!id)
            fail(u"the review queue is empty"_s);
        settle();
        if (campaigns->currentCluster() != *id)
            fail(u"the queue's cluster %1 is not the table's current one"_s.arg(*id));
        const Verdict verdict = run % 2 ? Verdict::Benign : Verdict::Distillation;
        const std::int64_t labelledBefore = review->queue().progress().labelled;

        // The label, as the D or B key does it.
        QElapsedTimer t;
        t.start();
        if (!window.labelSelection(int(verdict)))
            fail(u"labelling cluster %1 failed"_s.arg(*id));
        const double sync = msSince(t);
        QCoreApplication::processEvents();
        s.add("label", msSince(t));
        s.add("label_sync", sync);
        s.add("label_repaint", msSince(t) - sync);
        check(*id, int(verdict), "the label");
        if (review->queue().progress().labelled != labelledBefore + 1)
            fail(u"the queue's progress did not count the label"_s);

        // Undo (Ctrl+Z).
        t.restart();
        undo->undo();
        const double undoSync = msSince(t);
        QCoreApplication::processEvents();
        s.add("undo", msSince(t));
        s.add("undo_sync", undoSync);
        check(*id, 0, "the undo");

        // The label's steps one by one, putting it back (as MainWindow::labelsChanged does).
        LabelEvent e;
        e.targetId = *id;
        e.verdict = verdict;
        e.analyst = window.labels()->analyst();
        e.origin = u"window"_s;
        s.time("append", [&] {
            if (!appendLabel(*file, e, &error))
                fail(error);
        });
        s.time("table", [&] { campaigns->refreshLabels({*id}); });
        s.time("queue", [&] { review->setLabel(*id, verdict); });
        s.time("graph", [&] { graph->refreshLabels(LabelTarget::Cluster, {*id}); });
        s.time("graph_full", [&] { graph->refreshLabels(); }); // every label (a new graph), for the record
        s.time("inspector", [&] { window.inspector()->refreshLabel(*file); });
        s.time("repaint", [] { QCoreApplication::processEvents(); });
        check(*id, int(verdict), "the steps");
    }
    s.print();
    return 0;
}
