// Graph layout (model/graph/graphlayout.h) with each Graphviz engine, and the layout cache in
// the case (model/storage/layoutstore.h).
#include "democase.h"
#include "exportfixture.h"

#include "graph/graphlayout.h"
#include "storage/casefile.h"
#include "storage/layoutstore.h"

#include <QRectF>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using hl::LayoutEngine;

Q_DECLARE_METATYPE(hl::LayoutEngine)

namespace {

// A triangle (0-2), a star (centre 3, leaves 4-8), a pair (9-10) and two isolates (11, 12).
hl::GraphData smallGraph()
{
    hl::GraphData g;
    g.scope = u"test"_s;
    for (int i = 0; i < 13; ++i) {
        hl::GraphNode n;
        n.id = 100 + i;
        n.size = i == 3 ? 400 : 1 + i;
        g.nodes.push_back(n);
    }
    auto link = [&g](std::uint32_t a, std::uint32_t b, float w = 1) { g.edges.push_back(hl::GraphEdge{a, b, w, 0}); };
    link(0, 1, 3);
    link(1, 2);
    link(0, 2, 0.5);
    for (std::uint32_t leaf = 4; leaf <= 8; ++leaf)
        link(3, leaf);
    link(9, 10);
    return g;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QRectF box(const hl::GraphData &g, const std::vector<QPointF> &p, const std::vector<std::uint32_t> &nodes)
{
    QRectF r;
    for (const std::uint32_t v : nodes) {
        const double d = hl::layoutNodeDiameter(g.nodes[v]);
        r |= QRectF(p[v].x() - d / 2, p[v].y() - d / 2, d, d);
    }
    return r;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Each engine, with components split (the normal case) and, unless `splitOnly`, as one
    // Graphviz call.
    static void engines(bool splitOnly = false)
    {
        QTest::addColumn<LayoutEngine>("engine");
        QTest::addColumn<bool>("split");
        for (const LayoutEngine e : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Fdp}) {
            QTest::addRow("%s", qPrintable(hl::layoutEngineName(e))) << e << true;
            if (!splitOnly)
                QTest::addRow("%s, one call", qPrintable(hl::layoutEngineName(e))) << e << false;
        }
    }

private Q_SLOTS:
    void engineNames()
    {
        for (const LayoutEngine e : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Fdp})
            QCOMPARE(hl::layoutEngineFromName(hl::layoutEngineName(e)), e);
        QCOMPARE(hl::layoutEngineFromName(u"dot"), std::nullopt);
        QCOMPARE(hl::layoutEngineName(LayoutEngine::Sfdp), u"sfdp"_s);
    }

    void components()
    {
        const auto c = hl::graphComponents(smallGraph());
        const std::vector<std::vector<std::uint32_t>> expected{{3, 4, 5, 6, 7, 8}, {0, 1, 2}, {9, 10}, {11}, {12}};
        QCOMPARE(c, expected);
        QVERIFY(hl::graphComponents(hl::GraphData()).empty());
    }

    void finiteAndDistinct_data() { engines(); }
    void finiteAndDistinct()
    {
        QFETCH(LayoutEngine, engine);
        QFETCH(bool, split);
        const hl::GraphData g = smallGraph();
        hl::LayoutOptions o;
        o.engine = engine;
        o.splitComponents = split;
        QString error;
        const auto p = hl::layoutGraph(g, o, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->size(), g.nodes.size());
        for (std::size_t i = 0; i < p->size(); ++i) {
            QVERIFY(std::isfinite((*p)[i].x()) && std::isfinite((*p)[i].y()));
            for (std::size_t j = 0; j < i; ++j)
                QVERIFY2(distance((*p)[i], (*p)[j]) > 1, qPrintable(u"nodes %1 and %2 coincide"_s.arg(i).arg(j)));
        }
    }

    void connectedNodesAreCloser_data() { engines(); }
    void connectedNodesAreCloser()
    {
        QFETCH(LayoutEngine, engine);
        QFETCH(bool, split);
        const hl::GraphData g = smallGraph();
        hl::LayoutOptions o;
        o.engine = engine;
        o.splitComponents = split;
        QString error;
        const auto p = hl::layoutGraph(g, o, &error);
        QVERIFY2(p, qPrintable(error));
        std::vector<std::vector<bool>> linked(g.nodes.size(), std::vector<bool>(g.nodes.size()));
        double linkedSum = 0, otherSum = 0;
        int linkedCount = 0, otherCount = 0;
        for (const hl::GraphEdge &e : g.edges) {
            linked[e.a][e.b] = linked[e.b][e.a] = true;
            linkedSum += distance((*p)[e.a], (*p)[e.b]);
            ++linkedCount;
        }
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (!linked[i][j]) {
                    otherSum += distance((*p)[i], (*p)[j]);
                    ++otherCount;
                }
        QVERIFY2(linkedSum / linkedCount < otherSum / otherCount,
                 qPrintable(u"linked %1, others %2"_s.arg(linkedSum / linkedCount).arg(otherSum / otherCount)));
    }

    void componentsDoNotOverlap_data() { engines(true); }
    void componentsDoNotOverlap()
    {
        QFETCH(LayoutEngine, engine);
        const hl::GraphData g = smallGraph();
        hl::LayoutOptions o;
        o.engine = engine;
        QString error;
        const auto p = hl::layoutGraph(g, o, &error);
        QVERIFY2(p, qPrintable(error));
        const auto components = hl::graphComponents(g);
        for (std::size_t i = 0; i < components.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                QVERIFY2(!box(g, *p, components[i]).intersects(box(g, *p, components[j])),
                         qPrintable(u"components %1 and %2 overlap"_s.arg(i).arg(j)));
        // Packed from about (0, 0).
        const QRectF all = box(g, *p, hl::graphComponents(g).front()) | box(g, *p, components.back());
        QVERIFY(all.left() > -1 && all.top() > -1);
    }

    // A ring of 40 nodes and 300 isolates: packed into about 16:9, no two nodes overlapping, the
    // first isolates (the riskiest) placed before the last ones.
    void packsAboutSixteenByNine()
    {
        hl::GraphData g;
        for (int i = 0; i < 340; ++i)
            g.nodes.push_back(hl::GraphNode{hl::GraphNodeKind::Cluster, i, QString(), double(1 + i % 7), -1, false, i});
        for (std::uint32_t i = 0; i < 40; ++i)
            g.edges.push_back(hl::GraphEdge{i, (i + 1) % 40, 1, 0});
        QString error;
        const auto p = hl::layoutGraph(g, hl::LayoutOptions(), &error);
        QVERIFY2(p, qPrintable(error));
        std::vector<std::uint32_t> all(g.nodes.size());
        std::iota(all.begin(), all.end(), 0u);
        const QRectF r = box(g, *p, all);
        QVERIFY2(r.width() / r.height() > 1.2 && r.width() / r.height() < 2.4,
                 qPrintable(u"%1 x %2"_s.arg(r.width()).arg(r.height())));
        for (std::size_t i = 40; i < g.nodes.size(); ++i)
            for (std::size_t j = 40; j < i; ++j)
                QVERIFY(distance((*p)[i], (*p)[j]) >= (hl::layoutNodeDiameter(g.nodes[i])
                                                       + hl::layoutNodeDiameter(g.nodes[j])) / 2);
        QVERIFY((*p)[40].y() <= (*p)[339].y());
    }

    // Graphviz's sfdp draws from rand(): a layout must not depend on the layouts made before it
    // in the process (graphvizrun.cpp seeds it), or the same case would export other positions.
    void deterministicAfterOtherLayouts()
    {
        hl::GraphData g; // 160 accounts, each linked to 3 of 40 shared values: one dense piece
        g.scope = u"test"_s;
        for (int i = 0; i < 200; ++i) {
            hl::GraphNode n;
            n.kind = i < 160 ? hl::GraphNodeKind::Account : hl::GraphNodeKind::Ip;
            n.id = i;
            n.size = 1 + i % 7;
            g.nodes.push_back(n);
        }
        std::uint32_t state = 12345;
        for (std::uint32_t a = 0; a < 160; ++a)
            for (int k = 0; k < 3; ++k) {
                state = state * 1664525u + 1013904223u;
                g.edges.push_back({a, 160 + (state >> 8) % 40, 1.0f + float(k), 1});
            }
        QString error;
        const auto first = hl::layoutGraph(g, hl::LayoutOptions(), &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(hl::layoutGraph(smallGraph(), hl::LayoutOptions(), &error));
        const auto again = hl::layoutGraph(g, hl::LayoutOptions(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *first);
    }

    void deterministic_data() { engines(); }
    void deterministic()
    {
        QFETCH(LayoutEngine, engine);
        QFETCH(bool, split);
        hl::LayoutOptions o;
        o.engine = engine;
        o.splitComponents = split;
        QString error;
        const auto first = hl::layoutGraph(smallGraph(), o, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = hl::layoutGraph(smallGraph(), o, &error);
        QVERIFY2(second, qPrintable(error));
        if (engine == LayoutEngine::Fdp && !split) {
            // fdp's own packing of disconnected pieces (only when the graph goes to Graphviz in
            // one call: the benchmark baseline) puts equal isolated nodes into the same slots but
            // not always in the same order. The drawing is the same; which isolate sits where
            // is not. The window always splits, which the other rows check exactly.
            auto sorted = [](std::vector<QPointF> p) {
                std::sort(p.begin(), p.end(), [](QPointF a, QPointF b) { return a.x() != b.x() ? a.x() < b.x() : a.y() < b.y(); });
                return p;
            };
            QCOMPARE(sorted(*second), sorted(*first));
            return;
        }
        QCOMPARE(*second, *first);
    }

    void pinnedNodesStay_data() { engines(); }
    void pinnedNodesStay()
    {
        QFETCH(LayoutEngine, engine);
        QFETCH(bool, split);
        const hl::GraphData g = smallGraph();
        hl::LayoutOptions o;
        o.engine = engine;
        o.splitComponents = split;
        o.fixed.assign(g.nodes.size(), QPointF());
        o.pinned.assign(g.nodes.size(), false);
        o.fixed[0] = QPointF(500, -300); // triangle
        o.fixed[1] = QPointF(560, -300);
        o.fixed[3] = QPointF(-200, 400); // star centre
        o.fixed[11] = QPointF(0, 0);     // an isolate
        for (const int i : {0, 1, 3, 11})
            o.pinned[i] = true;
        QString error;
        const auto p = hl::layoutGraph(g, o, &error);
        QVERIFY2(p, qPrintable(error));
        for (const int i : {0, 1, 3, 11})
            QCOMPARE((*p)[i], o.fixed[i]);
        // The triangle's third node is near its pinned partners.
        QVERIFY(distance((*p)[2], o.fixed[0]) < 400);
        for (const QPointF &q : *p)
            QVERIFY(std::isfinite(q.x()) && std::isfinite(q.y()));
    }

    void wrongPinCountIsAnError()
    {
        hl::LayoutOptions o;
        o.pinned.assign(2, true);
        o.fixed.assign(2, QPointF());
        QString error;
        QVERIFY(!hl::layoutGraph(smallGraph(), o, &error));
        QVERIFY(error.contains(u"13"_s));
    }

    // neato keeps a distance per pair of nodes; a piece too big for it is an error, not a crash.
    void neatoRefusesHugeComponents()
    {
        hl::GraphData g;
        for (int i = 0; i < 10001; ++i)
            g.nodes.push_back(hl::GraphNode());
        for (std::uint32_t i = 1; i < g.nodes.size(); ++i)
            g.edges.push_back(hl::GraphEdge{0, i, 1, 0});
        hl::LayoutOptions o;
        o.engine = LayoutEngine::Neato;
        for (const bool split : {true, false}) {
            o.splitComponents = split;
            QString error;
            QVERIFY(!hl::layoutGraph(g, o, &error));
            QVERIFY2(error.contains(u"10001"_s) && error.contains(u"sfdp"_s), qPrintable(error));
        }
    }

    void cancel_data()
    {
        QTest::addColumn<int>("allowedCalls");
        QTest::addRow("at the start") << 0;
        QTest::addRow("after the first component") << 1;
    }
    void cancel()
    {
        QFETCH(int, allowedCalls);
        int calls = 0;
        QString error;
        const auto p = hl::layoutGraph(smallGraph(), hl::LayoutOptions(), &error, [&](double done) {
            [&] { QVERIFY(done >= 0 && done <= 1); }();
            return calls++ < allowedCalls;
        });
        QVERIFY(!p);
        QCOMPARE(error, u"cancelled"_s);
        QCOMPARE(calls, allowedCalls + 1);
    }

    // The layout cache: what was saved comes back (as float32) for the same graph and analysis
    // run; another graph, another engine or a newer analysis run finds nothing.
    void cache()
    {
        hl::CaseFile file;
        QVERIFY2(file.open(m_dir.filePath(u"cache.hlcase"_s), hl::CaseFile::Mode::CreateIfMissing),
                 qPrintable(file.errorString()));
        QSqlQuery q(file.database());
        const QString addRun = u"INSERT INTO analysis_runs(started_at, finished_at, app_version, parameters, location_db,"
                               " summary) VALUES(1, 2, 'test', '{}', '', '{}')"_s;
        QVERIFY(q.exec(addRun));
        const hl::GraphData g = smallGraph();
        const std::uint64_t signature = hl::graphSignature(g);
        QString error;
        QVERIFY(!hl::readLayout(file, g.scope, LayoutEngine::Sfdp, signature, &error));
        QVERIFY(error.isEmpty());

        const auto p = hl::layoutGraph(g, hl::LayoutOptions(), &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY2(hl::saveLayout(file, g.scope, LayoutEngine::Sfdp, signature, *p, &error), qPrintable(error));
        const auto read = hl::readLayout(file, g.scope, LayoutEngine::Sfdp, signature, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), p->size());
        for (std::size_t i = 0; i < p->size(); ++i) // float32: about 7 significant digits
            QVERIFY2(distance(read->at(i), (*p)[i]) < 1e-6 * (1 + std::abs((*p)[i].x()) + std::abs((*p)[i].y())),
                     qPrintable(u"node %1"_s.arg(i)));
        // A signature with the top bit set survives the int64 column.
        QVERIFY(hl::saveLayout(file, u"high"_s, LayoutEngine::Neato, ~std::uint64_t(0), *p, &error));
        QVERIFY(hl::readLayout(file, u"high"_s, LayoutEngine::Neato, ~std::uint64_t(0), &error));

        QVERIFY(!hl::readLayout(file, g.scope, LayoutEngine::Sfdp, signature + 1, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!hl::readLayout(file, g.scope, LayoutEngine::Fdp, signature, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!hl::readLayout(file, u"overview"_s, LayoutEngine::Sfdp, signature, &error));
        QVERIFY(error.isEmpty());

        QVERIFY(q.exec(addRun));
        QVERIFY(!hl::readLayout(file, g.scope, LayoutEngine::Sfdp, signature, &error));
        QVERIFY(error.isEmpty());
        // Saved again, it is current again (one row per scope and engine).
        QVERIFY(hl::saveLayout(file, g.scope, LayoutEngine::Sfdp, signature, *p, &error));
        QVERIFY(hl::readLayout(file, g.scope, LayoutEngine::Sfdp, signature, &error));
        QVERIFY(q.exec(u"SELECT count(*) FROM graph_layouts WHERE scope = 'test'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // An analysed demo case: the overview's cached layout goes stale when the case is analysed again.
    void cacheGoesStaleWithNewAnalysis()
    {
        const QString path = m_dir.filePath(u"demo.hlcase"_s);
        QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), path, hltest::DemoCase(300, 20000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const hl::GraphData g = smallGraph();
        const std::vector<QPointF> positions(g.nodes.size(), QPointF(1.5, -2.25));
        QVERIFY(hl::saveLayout(file, u"overview"_s, LayoutEngine::Sfdp, 42, positions, &error));
        QCOMPARE(*hl::readLayout(file, u"overview"_s, LayoutEngine::Sfdp, 42, &error), positions);
        QVERIFY2(hl::runAnalysis(file, hl::AnalysisOptions(), &error), qPrintable(error));
        QVERIFY(!hl::readLayout(file, u"overview"_s, LayoutEngine::Sfdp, 42, &error));
        QVERIFY(error.isEmpty());
    }

    void damagedEntryIsAnError()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_dir.filePath(u"damaged.hlcase"_s), hl::CaseFile::Mode::CreateIfMissing));
        QSqlQuery q(file.database());
        QVERIFY(q.exec(u"INSERT INTO graph_layouts VALUES('overview', 'sfdp', 0, 7, 0, x'0102030405')"_s));
        QString error;
        QVERIFY(!hl::readLayout(file, u"overview"_s, LayoutEngine::Sfdp, 7, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void emptyGraph()
    {
        QString error;
        const auto p = hl::layoutGraph(hl::GraphData(), hl::LayoutOptions(), &error);
        QVERIFY(p && p->empty());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
