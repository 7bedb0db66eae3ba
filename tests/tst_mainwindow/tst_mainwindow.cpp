// The workbench window on an analysed demo case: the riskiest cluster is selected in the
// campaigns table and its traffic is what the timeline shows; --screenshot writes a real image.
#include "democase.h"
#include "exportfixture.h"
#include "labelevent.h"
#include "campaigns/campaignsfilter.h"
#include "campaigns/campaignsmodel.h"
#include "graph/graphmodel.h"
#include "graph/graphpanel.h"
#include "labels/labelcontroller.h"
#include "labels/agreementpanel.h"
#include "labels/disagreementmodel.h"
#include "labels/reviewpanel.h"
#include "labels/trainingpanel.h"
#include "truthlabels.h"
#include "storage/labelstore.h"
#include "graph/graphview.h"
#include "campaigns/campaignsview.h"
#include "demo/demogenerator.h"
#include "import/importer.h"
#include "inspectorview.h"
#include "mainwindow.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QTableView>
#include <QUndoStack>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

namespace {
qint64 queryIntCount(const QString &casePath)
{
    hl::CaseFile file;
    return file.open(casePath) ? hl::analysisRunCount(file) : -1;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_case;
    hl::CaseFile m_file;                     // the demo case, read by the checks
    std::vector<hl::StoredCluster> m_clusters; // its clusters of 2+ accounts, riskiest first

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QSettings().clear();
        m_case = m_tmp.filePath(u"demo.hlcase"_s);
        hltest::DemoCase demo;
        demo.analyse = true;
        QString error = hltest::makeDemoCase(m_tmp.filePath(u"demo"_s), m_case, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_file.open(m_case));
        const auto clusters = hl::readClusters(m_file, 2, &error);
        QVERIFY2(clusters && clusters->size() >= 3, qPrintable(error));
        m_clusters = *clusters;
    }

    void topClusterEverywhere()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        window.selectCluster(0);

        const hl::StoredCluster &top = m_clusters.front();
        QVERIFY(top.flagged);
        QCOMPARE(window.campaigns()->currentCluster(), top.id);
        // The inspector explains the same cluster.
        QVERIFY2(window.inspector()->text().startsWith(u"Cluster %1: "_s.arg(top.id)), qPrintable(window.inspector()->text()));
        QVERIFY(window.inspector()->text().contains(u"template_reuse"_s));

        hl::TimelineModel *timeline = window.timeline()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(timeline->totalExchanges(), top.exchanges, 30000);
        QVERIFY(window.windowTitle().contains(u"demo.hlcase"_s));
        // The graph's overview has the clusters the table lists (no single accounts), the top one
        // selected.
        hl::GraphPanel *graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy(), 60000);
        QVERIFY(graph->isOverview());
        QCOMPARE(graph->model()->rowCount(), int(m_clusters.size()));
        QVERIFY(graph->model()->hasPositions());
        const int topRow = graph->model()->rowOf(hl::GraphNodeKind::Cluster, top.id);
        QVERIFY(topRow >= 0);
        QCOMPARE(graph->model()->selection(), std::vector<int>{topRow});
        QCOMPARE(graph->model()->rowCount() - graph->model()->hiddenCount(), window.campaigns()->filter()->rowCount());
        // Listing single accounts too draws the overview of every cluster.
        window.campaigns()->findChild<QCheckBox *>(u"campaignsShowSingles"_s)->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy() && graph->model()->rowCount() > int(m_clusters.size()), 60000);
        QString error;
        QCOMPARE(graph->model()->rowCount(), int(hl::readClusters(m_file, 1, &error)->size()));
        QCOMPARE(graph->model()->rowCount() - graph->model()->hiddenCount(), window.campaigns()->filter()->rowCount());
        QCOMPARE(graph->model()->selection(), std::vector<int>{graph->model()->rowOf(hl::GraphNodeKind::Cluster, top.id)});
        window.campaigns()->findChild<QCheckBox *>(u"campaignsShowSingles"_s)->setChecked(false);

        // "/" puts the focus in the graph's search; Ctrl+F in the campaigns filter.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_Slash);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                    && qobject_cast<QLineEdit *>(QApplication::focusWidget())->placeholderText().startsWith(u"Find account"_s));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())
                    && qobject_cast<QLineEdit *>(QApplication::focusWidget())->placeholderText().startsWith(u"Filter"_s));
        // The case goes to the recent list.
        QVERIFY(QSettings().value(u"recentCases"_s).toStringList().value(0).endsWith(u"demo.hlcase"_s));
    }

    // Drill-in, and the views following the graph: the top cluster's accounts and what they
    // share; an account found by search is centred, explained and put on the timeline; a
    // cluster chosen in the overview becomes current in the table.
    void graphCoordinatesTheViews()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        window.selectCluster(0);
        const hl::StoredCluster &top = m_clusters.front();
        hl::GraphPanel *graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy(), 60000);

        // Choosing another cluster in the overview makes it current everywhere.
        const std::int64_t second = m_clusters[1].id;
        graph->model()->setSelection({graph->model()->rowOf(hl::GraphNodeKind::Cluster, second)});
        QCOMPARE(window.campaigns()->currentCluster(), second);
        QVERIFY(window.inspector()->text().startsWith(u"Cluster %1: "_s.arg(second)));

        window.openClusterGraph(top.id);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy(), 60000);
        QVERIFY(!graph->isOverview());
        QCOMPARE(graph->drawnClusters(), std::vector<std::int64_t>{top.id});
        QVERIFY(graph->model()->hasPositions());
        std::set<std::int64_t> accounts;
        for (int row = 0; row < graph->model()->rowCount(); ++row)
            if (graph->model()->node(row).kind == hl::GraphNodeKind::Account) {
                QCOMPARE(graph->model()->node(row).cluster, top.id);
                accounts.insert(graph->model()->node(row).id);
            }
        QCOMPARE(accounts, std::set<std::int64_t>(top.accounts.begin(), top.accounts.end()));

        // Search by export account id: centred, selected, explained, on the timeline.
        QString error;
        const auto keys = hl::accountKeys(m_file, &error);
        QVERIFY(keys);
        const std::uint32_t account = top.accounts[top.accounts.size() / 2];
        graph->search((*keys)[account]);
        const int row = graph->model()->rowOf(hl::GraphNodeKind::Account, account);
        QVERIFY(row >= 0);
        QCOMPARE(graph->model()->selection(), std::vector<int>{row});
        QVERIFY2(window.inspector()->text().startsWith(u"Account %1 "_s.arg((*keys)[account])),
                 qPrintable(window.inspector()->text()));
        hl::TimelineModel *timeline = window.timeline()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading(), 30000);
        QCOMPARE(timeline->totalExchanges(), hltest::queryInt(m_case, u"SELECT exchanges FROM account_activity WHERE account_id = %1"_s.arg(account)));

        // Back to the overview.
        graph->showOverview();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy(), 60000);
        QVERIFY(graph->isOverview());
    }

    // A time range brushed on the timeline narrows the table and the overview graph alike.
    void brushingFiltersTableAndGraph()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        hl::GraphPanel *graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy() && !window.campaigns()->isScanning(), 60000);
        const int listed = window.campaigns()->filter()->rowCount();
        const qint64 first = hltest::queryInt(m_case, u"SELECT min(first_ts) FROM exchange_blocks"_s);
        // The first hour of the case: only some clusters were active yet.
        window.timeline()->brush(first, first + 3600);
        QTRY_VERIFY_WITH_TIMEOUT(window.campaigns()->filter()->hasActiveClusters(), 30000);
        const QSet<std::int64_t> accepted = window.campaigns()->filter()->acceptedClusters();
        QVERIFY(accepted.size() < listed);
        QCOMPARE(graph->model()->rowCount() - graph->model()->hiddenCount(), int(accepted.size()));
        for (std::int64_t id : accepted)
            QVERIFY(!graph->model()->isHidden(graph->model()->rowOf(hl::GraphNodeKind::Cluster, id)));
        window.timeline()->clearBrush();
        QTRY_COMPARE(window.campaigns()->filter()->rowCount(), listed);
        QCOMPARE(graph->model()->rowCount() - graph->model()->hiddenCount(), listed);
    }

    // Case ▸ Analyse on a case that was only imported: the empty state gives way to clusters.
    void analyseFromTheMenu()
    {
        const QString casePath = m_tmp.filePath(u"plain.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_tmp.filePath(u"plain"_s), casePath, hltest::DemoCase(300, 20000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::MainWindow window;
        QVERIFY(window.openCase(casePath));
        window.show();
        QVERIFY(window.campaigns()->showsEmptyState());
        window.analyse();
        QTRY_VERIFY_WITH_TIMEOUT(!window.campaigns()->showsEmptyState(), 60000);
        QVERIFY(window.campaigns()->model()->rowCount() > 0);
        QCOMPARE(queryIntCount(casePath), qint64(1));
    }

    // Label ▸ Train Classifier on a case labelled from the demo's answer key: the Training dock
    // shows the metrics, the history and the largest moves; the table shows the new risk.
    void trainFromTheWindow()
    {
        const QString casePath = m_tmp.filePath(u"train.hlcase"_s);
        hltest::DemoCase demo(1500, 60000, 3, true);
        demo.truthPath = m_tmp.filePath(u"train-truth.json"_s);
        QString error = hltest::makeDemoCase(m_tmp.filePath(u"train"_s), casePath, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            hl::CaseFile file;
            QVERIFY(file.open(casePath));
            const auto labels = hltest::labelFromTruth(file, demo.truthPath, 0.6, 11);
            QVERIFY2(labels.error.isEmpty(), qPrintable(labels.error));
        }
        hl::MainWindow window;
        QVERIFY(window.openCase(casePath));
        window.show();
        QCOMPARE(window.training()->historyRows(), 0);
        window.trainClassifier();
        QTRY_COMPARE_WITH_TIMEOUT(window.training()->historyRows(), 1, 60000);
        QVERIFY2(window.training()->metricsText().startsWith(u"Retrained v1"_s), qPrintable(window.training()->metricsText()));
        QVERIFY(window.training()->movesShown() > 0);
        // The table was re-read: a cluster's risk is the re-ranked one.
        const qint64 id = hltest::queryInt(casePath, u"SELECT cluster_id FROM cluster_risk_history"
                                                     " ORDER BY abs(risk_after - risk_before) DESC, cluster_id LIMIT 1"_s);
        const double risk = hltest::queryText(casePath, u"SELECT risk FROM clusters WHERE id = %1"_s.arg(id)).toDouble();
        const auto *model = window.campaigns()->model();
        const int row = model->rowOfCluster(id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(hl::CampaignsModel::RiskRole).toDouble(), risk);
        // Activating the largest move shows that cluster.
        auto *moves = window.training()->findChild<QListWidget *>(u"trainingMoves"_s);
        QVERIFY(moves);
        Q_EMIT moves->itemActivated(moves->item(0));
        QCOMPARE(window.campaigns()->currentCluster(), id);
    }

    // File ▸ Import into a new case: the window opens it when the import is done.
    void importFromTheMenu()
    {
        const QString dir = m_tmp.filePath(u"menuimport"_s), casePath = m_tmp.filePath(u"menuimport.hlcase"_s);
        hl::DemoOptions o;
        o.outDir = dir;
        o.accounts = 200;
        o.exchanges = 5000;
        QVERIFY(hl::generateDemoExport(o).ok);
        hl::MainWindow window;
        window.show();
        window.importInto(dir, casePath);
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(u"menuimport.hlcase"_s), 60000);
        QVERIFY(QFile::exists(casePath));
    }

    // Labelling from the window: a single key labels the current cluster, the table shows it and
    // can filter by it; every action, undo and redo appends to the audit trail; a bulk label of
    // several clusters is one undo step.
    void labellingWithUndo()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        window.selectCluster(0);
        hl::GraphPanel *graph = window.graph();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isBusy(), 60000);
        const qint64 top = window.campaigns()->currentCluster();
        QVERIFY(top > 0);
        const qint64 before = hltest::queryInt(m_case, u"SELECT count(*) FROM label_events"_s);
        auto labelText = [&](qint64 id) {
            auto *m = window.campaigns()->model();
            return m->index(m->rowOfCluster(id), hl::CampaignsModel::LabelColumn).data().toString();
        };

        window.campaigns()->tableView()->setFocus();
        QTest::keyClick(window.campaigns()->tableView(), Qt::Key_D);
        QCOMPARE(labelText(top), u"distillation"_s);
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM label_events"_s), before + 1);
        // The overview graph's badge and the inspector follow at once.
        const auto badge = [&](qint64 id) {
            return int(graph->model()->verdict(graph->model()->rowOf(hl::GraphNodeKind::Cluster, id)));
        };
        QCOMPARE(badge(top), int(hl::Verdict::Distillation));
        QVERIFY2(window.inspector()->labelText().contains(u"distillation"_s), qPrintable(window.inspector()->labelText()));
        QUndoStack *stack = window.labels()->undoStack();
        QCOMPARE(stack->count(), 1);
        QVERIFY(window.labelSelection(int(hl::Verdict::Benign)));
        QCOMPARE(labelText(top), u"benign"_s);

        // The label filter follows.
        auto *status = window.campaigns()->findChild<QComboBox *>(u"campaignsLabelStatus"_s);
        status->setCurrentIndex(status->findData(int(hl::CampaignsFilter::LabelStatus::Unlabelled)));
        QVERIFY(!window.campaigns()->filter()->acceptedClusters().contains(top));
        status->setCurrentIndex(status->findData(int(hl::CampaignsFilter::LabelStatus::Benign)));
        QCOMPARE(window.campaigns()->filter()->acceptedClusters(), QSet<std::int64_t>{top});
        status->setCurrentIndex(0);

        stack->undo(); // back to distillation
        QCOMPARE(labelText(top), u"distillation"_s);
        stack->undo(); // back to no label
        QCOMPARE(labelText(top), QString());
        QCOMPARE(badge(top), 0);
        QVERIFY(window.inspector()->labelText().startsWith(u"Not labelled"_s));
        stack->redo();
        QCOMPARE(labelText(top), u"distillation"_s);
        // Nothing was ever deleted: 2 labels, 2 undos, 1 redo.
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM label_events"_s), before + 5);
        QCOMPARE(hltest::queryText(m_case, u"SELECT group_concat(origin) FROM (SELECT origin FROM label_events"
                                           " WHERE id > (SELECT max(id) - 5 FROM label_events) ORDER BY id)"_s),
                 u"window,window,undo,undo,redo"_s);

        // Bulk: several clusters selected in the overview graph, one step.
        std::vector<int> rows;
        for (std::size_t i = 0; i < 3; ++i)
            rows.push_back(graph->model()->rowOf(hl::GraphNodeKind::Cluster, m_clusters[i].id));
        graph->model()->setSelection(rows);
        const int steps = stack->index();
        QVERIFY(window.labelSelection(int(hl::Verdict::Unsure)));
        QCOMPARE(stack->index(), steps + 1); // one step (the redo-able one above it is dropped)
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(labelText(m_clusters[i].id), u"unsure"_s);
            QCOMPARE(badge(m_clusters[i].id), int(hl::Verdict::Unsure));
        }
        stack->undo();
        QCOMPARE(labelText(top), u"distillation"_s);
        for (std::size_t i = 1; i < rows.size(); ++i)
            QCOMPARE(labelText(m_clusters[i].id), QString());

        // A new case has a fresh history.
        QVERIFY(window.openCase(m_case));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(labelText(top), u"distillation"_s); // read back from the case
    }

    // The review queue, keyboard only: N shows the most uncertain unlabelled cluster, D labels it
    // and moves on, S skips; progress counts by verdict; Ctrl+Z takes the label back.
    void reviewQueueByKeyboard()
    {
        QSettings().remove(u"review/autoAdvance"_s);
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        hl::ReviewPanel *review = window.review();
        const hl::ReviewProgress start = review->queue().progress();
        QCOMPARE(start.total, qint64(m_clusters.size())); // the table lists clusters of 2+ accounts
        const auto first = review->queue().next();
        QVERIFY(first);
        for (const hl::StoredCluster &c : m_clusters) // nothing unlabelled is more uncertain
            if (!review->queue().isLabelled(c.id))
                QVERIFY(hl::ReviewQueue::uncertaintyBand(c.risk) <= hl::ReviewQueue::uncertaintyBand(first->risk));

        window.campaigns()->tableView()->setFocus();
        QTest::keyClick(window.campaigns()->tableView(), Qt::Key_N);
        QCOMPARE(window.campaigns()->currentCluster(), first->clusterId);
        QCOMPARE(review->current(), std::optional<std::int64_t>(first->clusterId));
        const auto second = review->queue().upcoming(2).back();
        QTest::keyClick(window.focusWidget(), Qt::Key_D);
        QCOMPARE(hltest::queryText(m_case, u"SELECT verdict FROM label_events WHERE target_kind = 1 AND target_id = %1"
                                           " ORDER BY id DESC LIMIT 1"_s.arg(first->clusterId)),
                 u"distillation"_s);
        QCOMPARE(window.campaigns()->currentCluster(), second.clusterId); // advanced
        QCOMPARE(review->queue().progress().labelled, start.labelled + 1);
        QCOMPARE(review->queue().progress().distillation, start.distillation + 1);
        QVERIFY2(review->progressText().contains(u"Distillation %1"_s.arg(start.distillation + 1)),
                 qPrintable(review->progressText()));

        QTest::keyClick(window.focusWidget(), Qt::Key_S); // skip the second
        QVERIFY(window.campaigns()->currentCluster() != second.clusterId);
        QCOMPARE(review->queue().progress().skipped, 1);

        window.labels()->undoStack()->undo(); // the first is unlabelled again: back at the front
        QCOMPARE(review->queue().progress().labelled, start.labelled);
        QCOMPARE(review->queue().next()->clusterId, first->clusterId);
    }

    // The Agreement dock: two analysts disagree on a cluster; the panel lists it, and activating
    // it shows the cluster in every view.
    void agreementDock()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        const qint64 id = m_clusters.back().id;
        for (const auto &[analyst, verdict] : {std::pair(u"ann"_s, hl::Verdict::Benign), std::pair(u"bob"_s, hl::Verdict::Distillation)}) {
            QString error;
            QVERIFY2(hl::appendLabel(m_file, hltest::labelEvent(hl::LabelTarget::Cluster, id, verdict, analyst), &error),
                     qPrintable(error));
        }
        window.agreement()->reload();
        const hl::DisagreementModel *model = window.agreement()->disagreementsModel();
        QVERIFY(model->rowOf(hl::LabelTarget::Cluster, id) >= 0);
        Q_EMIT window.agreement()->targetActivated(hl::LabelTarget::Cluster, id);
        QCOMPARE(window.campaigns()->currentCluster(), id);
    }

    // A new, empty case says what to do first: import; the graph says it has nothing yet.
    void emptyCaseSaysImportFirst()
    {
        const QString path = m_tmp.filePath(u"empty.hlcase"_s);
        {
            hl::CaseFile file;
            QVERIFY(file.open(path, hl::CaseFile::Mode::CreateIfMissing));
        }
        hl::MainWindow window;
        QVERIFY(window.openCase(path));
        QVERIFY(window.campaigns()->showsEmptyState());
        QVERIFY(window.campaigns()->findChild<QLabel *>(u"campaignsEmptyState"_s)->text().startsWith(u"This case is empty"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.graph()->isBusy(), 30000);
        QCOMPARE(window.graph()->model()->rowCount(), 0);
        QVERIFY(window.graph()->view()->emptyText().contains(u"analyse"_s));
    }

    void openFailureSaysWhy()
    {
        hl::MainWindow window;
        QVERIFY(!window.openCase(m_tmp.filePath(u"missing.hlcase"_s)));
    }

    void screenshot()
    {
        const QString png = m_tmp.filePath(u"shot.png"_s);
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            return env;
        }());
        p.start(QStringLiteral(HL_BINARY), {u"--case"_s, m_case, u"--screenshot"_s, png});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
        // Not blank: many distinct colours (table, chart areas, text).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
