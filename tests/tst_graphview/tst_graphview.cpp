// The graph view: GraphModel (QAbstractItemModelTester, look-ups, adjacency), the style's risk
// ramp, the grid's hit tests (the level-of-detail thresholds are tst_levelofdetail's), and the
// view offscreen: pixels of nodes and of the selection, clicks, rubber band, drag,
// double-click, and the PNG/SVG/PDF export.
//
// HL_GRAPHVIEW_SNAPSHOT=DIR saves what the view and the export draw as PNGs there, to look at.
#include "graph/graphdata.h"
#include "graph/graphmodel.h"
#include "graph/edgelayeritem.h"
#include "graph/graphexport.h"
#include "graph/graphlegend.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/graphview.h"
#include "graph/levelofdetail.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <set>

using namespace Qt::StringLiterals;
using namespace hl;

namespace {

GraphNode makeNode(GraphNodeKind kind, std::int64_t id, QString label, double size, double risk = -1,
                   bool flagged = false, std::int64_t cluster = 0)
{
    GraphNode n;
    n.kind = kind;
    n.id = id;
    n.label = std::move(label);
    n.size = size;
    n.risk = risk;
    n.flagged = flagged;
    n.cluster = cluster;
    return n;
}

// Three clusters (low, middle, high risk; the last flagged), each with accounts around it, and
// infrastructure of every kind between them. Laid out by hand: clusters on a row, their accounts
// on a circle around them, the infrastructure below.
std::shared_ptr<GraphData> demoGraph(bool laidOut = true)
{
    auto g = std::make_shared<GraphData>();
    g->scope = u"cluster:1+2+3"_s;
    const double risks[3] = {0.12, 0.55, 0.93};
    const int accounts[3] = {6, 9, 12};
    std::vector<std::uint32_t> clusterRow;
    std::vector<std::vector<std::uint32_t>> accountRows(3);
    for (int c = 0; c < 3; ++c) {
        clusterRow.push_back(std::uint32_t(g->nodes.size()));
        g->nodes.push_back(makeNode(GraphNodeKind::Cluster, c + 1, u"#%1"_s.arg(c + 1), accounts[c], risks[c], c == 2,
                                    c + 1));
        g->positions.emplace_back(150 + 300 * c, 150);
        for (int a = 0; a < accounts[c]; ++a) {
            accountRows[std::size_t(c)].push_back(std::uint32_t(g->nodes.size()));
            g->nodes.push_back(makeNode(GraphNodeKind::Account, 100 * (c + 1) + a, u"acct-%1-%2"_s.arg(c + 1).arg(a),
                                        50.0 + 400.0 * a, risks[c], c == 2, c + 1));
            const double angle = 2 * std::numbers::pi * a / accounts[c];
            g->positions.emplace_back(150 + 300 * c + 95 * std::cos(angle), 150 + 95 * std::sin(angle));
            g->edges.push_back({clusterRow.back(), std::uint32_t(g->nodes.size() - 1), 1.0f, 0});
        }
    }
    const GraphNodeKind infra[8] = {GraphNodeKind::Ip,     GraphNodeKind::Asn,   GraphNodeKind::Payment,
                                    GraphNodeKind::EmailDomain, GraphNodeKind::Device, GraphNodeKind::Phone,
                                    GraphNodeKind::Org,    GraphNodeKind::ApiKey};
    const QString values[8] = {u"203.0.113.7"_s,     u"AS64500 Example Transit"_s, u"card …4242"_s,
                               u"mailinator.example"_s, u"device 9f3a"_s,          u"+1 555 0100"_s,
                               u"Acme Research Ltd"_s,  u"key_live_51x…"_s};
    for (int k = 0; k < 8; ++k) {
        const auto row = std::uint32_t(g->nodes.size());
        g->nodes.push_back(makeNode(infra[k], 1000 + k, values[k], 2 + k));
        g->positions.emplace_back(60 + 110 * k, 360);
        // Each links one account of two neighbouring clusters (shared infrastructure).
        const int c = std::min(k / 3, 1);
        g->edges.push_back({accountRows[std::size_t(c)][std::size_t(k % 6)], row, 1.0f + k, std::uint8_t(infra[k])});
        g->edges.push_back({accountRows[std::size_t(c + 1)][std::size_t(k % 6)], row, 4.0f, std::uint8_t(infra[k])});
    }
    if (!laidOut)
        g->positions.clear();
    return g;
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Pixels within `radius` of `centre` whose colour is within `tolerance` of `colour`.
int pixelsNear(const QImage &image, QPoint centre, int radius, QColor colour, int tolerance = 40)
{
    int n = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y)
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x)
            if (image.rect().contains(x, y) && colourDistance(image.pixelColor(x, y), colour) <= tolerance)
                ++n;
    return n;
}

void snapshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("HL_GRAPHVIEW_SNAPSHOT");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + u'/' + name);
    }
}

struct ViewFixture
{
    GraphModel model;
    GraphScene scene{&model};
    GraphView view;
    explicit ViewFixture(std::shared_ptr<GraphData> graph = demoGraph())
    {
        model.setGraph(std::move(graph));
        view.setScene(&scene);
        view.resize(900, 560);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view)) // offscreen: at once
            qWarning("the graph view was not exposed");
        view.fitAll();
    }
    QPoint at(int row) const { return view.mapFromScene(model.position(row)); }
    QImage grab() { return view.grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void modelLookups();
    void modelMoves();
    void riskRamp();
    void shapes();
    void hitTests();
    void hitTestsAfterDrag();
    void viewPixels();
    void farPixels();
    void clickSelects();
    void rubberBand();
    void dragMovesAndPins();
    void doubleClickActivates();
    void contextMenu();
    void keysAndZoom();
    void emptyState();
    void fitsWhenShown();
    void exportFiles_data();
    void exportFiles();
    void exportErrors();
};

void TestGraphView::modelTester()
{
    GraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGraph(demoGraph(false));
    QVERIFY(!model.hasPositions());
    QCOMPARE(model.rowCount(), int(demoGraph()->nodes.size()));
    QCOMPARE(model.columnCount(), int(GraphModel::ColumnCount));
    QVERIFY(!model.index(0, GraphModel::XColumn).data().isValid());

    QSignalSpy positions(&model, &GraphModel::positionsChanged);
    model.setPositions(demoGraph()->positions);
    QCOMPARE(positions.count(), 1);
    QCOMPARE(model.index(0, GraphModel::XColumn).data().toDouble(), 150.0);
    model.setPositions({QPointF(1, 1)}); // wrong size: ignored
    QCOMPARE(positions.count(), 1);

    QSignalSpy visibility(&model, &GraphModel::visibilityChanged);
    QSignalSpy selection(&model, &GraphModel::selectionChanged);
    model.setSelection({3, 1, 3, 2});
    QCOMPARE(model.selection(), (std::vector<int>{1, 2, 3}));
    QCOMPARE(selection.count(), 1);
    model.setHidden({2, 5}, true);
    QCOMPARE(visibility.count(), 1);
    QCOMPARE(model.hiddenCount(), 2);
    QCOMPARE(model.selection(), (std::vector<int>{1, 3})); // a hidden node is not selected
    QCOMPARE(selection.count(), 2);
    model.setSelection({5});
    QVERIFY(model.selection().empty()); // nor can it be
    model.toggleSelected(4);
    model.toggleSelected(0);
    QCOMPARE(model.selection(), (std::vector<int>{0, 4}));
    model.toggleSelected(4);
    QCOMPARE(model.selection(), (std::vector<int>{0}));

    // setData for the settable roles.
    QVERIFY(model.setData(model.index(6, 0), true, GraphModel::SelectedRole));
    QVERIFY(model.index(6, 3).data(GraphModel::SelectedRole).toBool());
    QVERIFY(model.setData(model.index(6, 0), true, GraphModel::HiddenRole));
    QVERIFY(model.index(6, 0).data(GraphModel::HiddenRole).toBool());
    QVERIFY(!model.index(6, 0).data(GraphModel::SelectedRole).toBool());
    QVERIFY(model.setData(model.index(7, 0), QPointF(-5, 9), GraphModel::PositionRole));
    QCOMPARE(model.index(7, 0).data(GraphModel::PositionRole).toPointF(), QPointF(-5, 9));
    QVERIFY(model.index(7, 0).data(GraphModel::PinnedRole).toBool());
    QVERIFY(model.setData(model.index(7, 0), false, GraphModel::PinnedRole));
    QVERIFY(!model.isPinned(7));
    QVERIFY(!model.setData(model.index(7, 0), 1, Qt::DisplayRole));

    QCOMPARE(model.index(0, GraphModel::KindColumn).data().toString(), GraphModel::kindName(GraphNodeKind::Cluster));
    QCOMPARE(model.index(0, GraphModel::LabelColumn).data().toString(), u"#1"_s);
    QCOMPARE(model.index(0, GraphModel::RiskColumn).data().toDouble(), 0.12);
    QVERIFY(!model.index(int(model.rowCount()) - 1, GraphModel::RiskColumn).data().isValid()); // infrastructure
    QCOMPARE(model.index(0, 0).data(GraphModel::KindRole).toInt(), int(GraphNodeKind::Cluster));
    QCOMPARE(model.index(1, 0).data(GraphModel::IdRole).toLongLong(), 100);
    QCOMPARE(model.index(1, 0).data(GraphModel::ClusterRole).toLongLong(), 1);

    model.setGraph(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.selection().empty());
}

void TestGraphView::modelLookups()
{
    GraphModel model;
    const auto g = demoGraph();
    model.setGraph(g);
    QCOMPARE(model.rowOf(GraphNodeKind::Cluster, 2), 7);
    QCOMPARE(model.rowOf(GraphNodeKind::Account, 200), 8);
    QCOMPARE(model.rowOf(GraphNodeKind::Ip, 1000), model.rowCount() - 8);
    QCOMPARE(model.rowOf(GraphNodeKind::Account, 2), -1); // cluster 2 is not an account
    QCOMPARE(model.rowOf(GraphNodeKind::Asn, 1000), -1);

    // Cluster 1 (row 0) has its six accounts; account 100 (row 1) its cluster and the IP.
    const int ip = model.rowOf(GraphNodeKind::Ip, 1000);
    QCOMPARE(model.edgesOf(0).size(), std::size_t(6));
    std::set<int> ends;
    for (std::uint32_t e : model.edgesOf(1)) {
        const GraphEdge &edge = g->edges[e];
        ends.insert(int(edge.a == 1 ? edge.b : edge.a));
    }
    QCOMPARE(ends, (std::set<int>{0, ip}));
    QCOMPARE(model.neighbours({1}), (std::vector<int>{0, ip}));
    // Neighbours of several rows leave the rows themselves out.
    const std::vector<int> n = model.neighbours({0, 1});
    QCOMPARE(n, (std::vector<int>{2, 3, 4, 5, 6, ip}));
    QVERIFY(model.edgesOf(-1).empty());
    QVERIFY(model.edgesOf(model.rowCount()).empty());
}

void TestGraphView::modelMoves()
{
    GraphModel model;
    model.setGraph(demoGraph());
    QSignalSpy one(&model, &GraphModel::positionChanged);
    QSignalSpy many(&model, &GraphModel::nodesMoved);
    QSignalSpy all(&model, &GraphModel::positionsChanged);
    model.setPosition(3, QPointF(10, 20));
    QCOMPARE(model.position(3), QPointF(10, 20));
    QVERIFY(model.isPinned(3));
    QCOMPARE(one.count(), 1);
    QCOMPARE(many.count(), 1);
    model.moveNodes({4, 5}, {QPointF(1, 1), QPointF(2, 2)});
    QCOMPARE(one.count(), 3);
    QCOMPARE(many.count(), 2);
    QCOMPARE(many.last().at(0).value<std::vector<int>>(), (std::vector<int>{4, 5}));
    QCOMPARE(all.count(), 0);
}

void TestGraphView::riskRamp()
{
    // Luminance never rises with risk, so a greyscale print still orders it.
    auto luminance = [](QColor c) {
        auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    double previous = 2;
    for (int i = 0; i <= 100; ++i) {
        const double l = luminance(GraphStyle::riskColour(i / 100.0));
        QVERIFY2(l <= previous + 1e-3, qPrintable(u"risk %1"_s.arg(i / 100.0)));
        previous = l;
    }
    QVERIFY(luminance(GraphStyle::riskColour(0)) - luminance(GraphStyle::riskColour(1)) > 0.3);
    QCOMPARE(GraphStyle::riskColour(-1), GraphStyle::paletteColour(GraphStyle::PaletteSize - 1));
    // Palette indexes: risk buckets, then kinds.
    QCOMPARE(GraphStyle::paletteIndex(makeNode(GraphNodeKind::Account, 1, {}, 1, 0.99)), GraphStyle::RiskSteps - 1);
    QCOMPARE(GraphStyle::paletteIndex(makeNode(GraphNodeKind::Cluster, 1, {}, 1, 0.0)), 0);
    QCOMPARE(GraphStyle::paletteColour(GraphStyle::paletteIndex(makeNode(GraphNodeKind::Phone, 1, {}, 1))),
             GraphStyle::kindColour(GraphNodeKind::Phone));
}

void TestGraphView::shapes()
{
    // Every infrastructure kind has a shape of its own, none a circle (those are clusters and accounts).
    std::set<GraphStyle::Shape> seen;
    for (int k = 1; k <= 8; ++k) {
        const GraphStyle::Shape s = GraphStyle::shape(GraphNodeKind(k));
        QVERIFY(s != GraphStyle::Shape::Circle && s != GraphStyle::Shape::RingedCircle);
        seen.insert(s);
    }
    QCOMPARE(seen.size(), std::size_t(8));
    QCOMPARE(GraphStyle::radius(GraphNodeKind::Cluster, 1), GraphStyle::MinRadius);
    QCOMPARE(GraphStyle::radius(GraphNodeKind::Cluster, 1e9), GraphStyle::MaxRadius);
    QVERIFY(GraphStyle::radius(GraphNodeKind::Cluster, 100) > GraphStyle::radius(GraphNodeKind::Cluster, 10));
    QCOMPARE(GraphStyle::radius(GraphNodeKind::Account, 100), GraphStyle::MinRadius); // 100 exchanges = 1 unit
}

void TestGraphView::hitTests()
{
    GraphModel model;
    GraphScene scene(&model);
    model.setGraph(demoGraph());
    const qreal r0 = scene.radii()[0];
    QCOMPARE(scene.nodeAt(QPointF(150, 150)), 0);
    QCOMPARE(scene.nodeAt(QPointF(150 + r0 - 0.5, 150)), 0);
    QCOMPARE(scene.nodeAt(QPointF(150 + r0 + 2, 150)), -1);
    QCOMPARE(scene.nodeAt(QPointF(150 + r0 + 2, 150), 3), 0); // within the tolerance
    QCOMPARE(scene.nodeAt(QPointF(-500, -500), 10), -1);

    // Cluster 2 (row 7) and its ring of nine accounts (rows 8..16).
    std::vector<int> ring2 = scene.nodesIn(QRectF(300 + 150 - 100, 150 - 100, 200, 200));
    QCOMPARE(ring2, (std::vector<int>{7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
    // Hidden nodes are neither hit nor inside.
    model.setHidden({7, 9}, true);
    QCOMPARE(scene.nodeAt(QPointF(450, 150)), -1);
    ring2 = scene.nodesIn(QRectF(350, 50, 200, 200));
    QCOMPARE(ring2, (std::vector<int>{8, 10, 11, 12, 13, 14, 15, 16}));
    model.setHidden({7, 9}, false);
    QCOMPARE(scene.nodeAt(QPointF(450, 150)), 7);
    // Degenerate and reversed rectangles.
    QCOMPARE(scene.nodesIn(QRectF(450, 150, 0, 0)), (std::vector<int>{7}));
    QCOMPARE(scene.nodesIn(QRectF(550, 250, -200, -200)).size(), std::size_t(10));

    const QRectF all = scene.visibleNodesRect();
    for (std::size_t i = 0; i < model.positions().size(); ++i)
        QVERIFY(all.contains(model.positions()[i]));
}

void TestGraphView::hitTestsAfterDrag()
{
    GraphModel model;
    GraphScene scene(&model);
    model.setGraph(demoGraph());
    QSignalSpy bounds(&scene, &GraphScene::boundsChanged);
    model.setPosition(0, QPointF(2000, 2000)); // far outside: the bounds grow
    QCOMPARE(scene.nodeAt(QPointF(150, 150)), -1);
    QCOMPARE(scene.nodeAt(QPointF(2000, 2000)), 0);
    QVERIFY(scene.grid().bounds().contains(QPointF(2000, 2000)));
    QCOMPARE(bounds.count(), 1);
    QCOMPARE(scene.nodesIn(QRectF(1990, 1990, 20, 20)), (std::vector<int>{0}));
    // Many moves: the side list gives way to a rebuild, with the same answers.
    std::vector<int> rows;
    std::vector<QPointF> to;
    for (int i = 0; i < model.rowCount(); ++i) {
        rows.push_back(i);
        to.push_back(model.position(i) + QPointF(0, 1000));
    }
    for (int i = 0; i < 600; ++i)
        model.setPosition(i % model.rowCount(), to[std::size_t(i % model.rowCount())]);
    QCOMPARE(scene.nodeAt(QPointF(450, 1150)), 7);
    QCOMPARE(scene.nodeAt(QPointF(450, 150)), -1);
}

void TestGraphView::viewPixels()
{
    ViewFixture f;
    GraphModel &model = f.model;
    const int low = 0, high = 17; // cluster 1 (risk 0.12) and cluster 3 (0.93)
    QCOMPARE(model.node(high).kind, GraphNodeKind::Cluster);
    QVERIFY(f.view.zoom() > 0.5);
    QImage image = f.grab();
    snapshot(image, u"graphview.png"_s);
    // The nodes' fill colours where the nodes are.
    QVERIFY(pixelsNear(image, f.at(low), 3, GraphStyle::riskColour(0.12), 30) > 10);
    QVERIFY(pixelsNear(image, f.at(high), 3, GraphStyle::riskColour(0.93), 30) > 10);
    // Fitted beside or above the legend: no node under it.
    const QRectF legend = GraphLegend::rect(GraphLegend::contentOf(f.scene), QRectF(f.view.viewport()->rect()),
                                            f.view.font());
    QVERIFY(!legend.isEmpty());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(!legend.contains(f.at(row)), qPrintable(model.node(row).label));
    const int ip = model.rowOf(GraphNodeKind::Ip, 1000); // the bottom-left node
    QVERIFY(pixelsNear(image, f.at(ip), 3, GraphStyle::kindColour(GraphNodeKind::Ip), 30) > 10);
    // Far from every node: white.
    QCOMPARE(image.pixelColor(f.view.mapFromScene(QPointF(300, 250))), QColor(Qt::white));
    // No selection colour anywhere yet; then around the selected cluster, and only there.
    const QColor sel = GraphStyle::selectionColour();
    const int ringRadius = int(std::ceil(f.scene.radii()[low] * f.view.zoom() + 8));
    QCOMPARE(pixelsNear(image, f.at(low), ringRadius, sel), 0);
    model.setSelection({low});
    image = f.grab();
    snapshot(image, u"graphview-selected.png"_s);
    QVERIFY(pixelsNear(image, f.at(low), ringRadius, sel) > 20);
    QCOMPARE(pixelsNear(image, f.at(high), int(f.scene.radii()[high] * f.view.zoom() + 8), sel), 0);
    // Hidden: gone.
    model.setHidden({high}, true);
    image = f.grab();
    QCOMPARE(pixelsNear(image, f.at(high), 3, GraphStyle::riskColour(0.93), 30), 0);
}

void TestGraphView::farPixels()
{
    // Zoomed far out, nodes are single-colour rectangles and the selection is drawn over them.
    ViewFixture f;
    f.view.resize(300, 200);
    f.view.fitAll();
    f.view.zoomBy(0.25, QRectF(f.view.viewport()->rect()).center());
    QVERIFY(2 * GraphStyle::MinRadius * f.view.zoom() < LevelOfDetail::ShapeMinPixels);
    const int high = 17;
    QImage image = f.grab();
    snapshot(image, u"graphview-far.png"_s);
    QVERIFY(pixelsNear(image, f.at(high), 2, GraphStyle::paletteColour(GraphStyle::paletteIndex(f.model.node(high))), 10)
            > 0);
    f.model.setSelection({high});
    image = f.grab();
    QVERIFY(pixelsNear(image, f.at(high), 2, GraphStyle::selectionColour(), 10) > 0);
}

void TestGraphView::clickSelects()
{
    ViewFixture f;
    GraphModel &model = f.model;
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.at(0));
    QCOMPARE(model.selection(), (std::vector<int>{0}));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.at(7));
    QCOMPARE(model.selection(), (std::vector<int>{7}));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::ControlModifier, f.at(0));
    QCOMPARE(model.selection(), (std::vector<int>{0, 7}));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::ControlModifier, f.at(7));
    QCOMPARE(model.selection(), (std::vector<int>{0}));
    // Empty space clears.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.mapFromScene(QPointF(300, 260)));
    QVERIFY(model.selection().empty());
}

void TestGraphView::rubberBand()
{
    ViewFixture f;
    QWidget *vp = f.view.viewport();
    // Around cluster 2 and its accounts (rows 7..16), from empty space to empty space.
    const QPoint from = f.view.mapFromScene(QPointF(340, 40)), to = f.view.mapFromScene(QPointF(560, 260));
    QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(f.model.selection(), (std::vector<int>{7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));

    // Ctrl+Shift adds cluster 1's ring.
    const QPoint from1 = f.view.mapFromScene(QPointF(40, 40)), to1 = f.view.mapFromScene(QPointF(260, 260));
    QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier, from1);
    QTest::mouseMove(vp, to1);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier | Qt::ControlModifier, to1);
    QCOMPARE(f.model.selection().size(), std::size_t(17));
}

void TestGraphView::dragMovesAndPins()
{
    ViewFixture f;
    QWidget *vp = f.view.viewport();
    const QPointF before = f.model.position(0);
    const QPoint from = f.at(0), to = from + QPoint(60, 40);
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    QTest::mouseMove(vp, from + QPoint(20, 10));
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    const QPointF moved = f.model.position(0) - before;
    QVERIFY2(std::abs(moved.x() - 60 / f.view.zoom()) < 2 && std::abs(moved.y() - 40 / f.view.zoom()) < 2,
             qPrintable(u"moved by %1, %2"_s.arg(moved.x()).arg(moved.y())));
    QVERIFY(f.model.isPinned(0));
    QVERIFY(!f.model.isPinned(1));
    QCOMPARE(f.scene.nodeAt(f.view.mapToScene(to)), 0);

    // Dragged beyond the other nodes (the scene grows to the left): the view does not jump.
    {
        const QPoint start = f.at(0);
        const QPointF before = f.view.mapToScene(QPoint(5, 5));
        QTest::mousePress(vp, Qt::LeftButton, {}, start);
        for (int dx = 20; dx <= 400; dx += 20) {
            QTest::mouseMove(vp, start - QPoint(dx, 0));
            const QPointF now = f.view.mapToScene(QPoint(5, 5));
            QVERIFY2(QLineF(now, before).length() < 2 / f.view.zoom(),
                     qPrintable(u"dragged %1 px: the view moved from %2,%3 to %4,%5"_s.arg(dx)
                                    .arg(before.x()).arg(before.y()).arg(now.x()).arg(now.y())));
        }
        QTest::mouseRelease(vp, Qt::LeftButton, {}, start - QPoint(400, 0));
        QVERIFY(f.scene.grid().bounds().left() < f.view.mapToScene(start - QPoint(390, 0)).x());
    }

    // Dragging empty space pans: the nodes stay, the view moves.
    const QPointF p1 = f.model.position(1);
    const QPoint empty = f.view.mapFromScene(QPointF(300, 260));
    const QPointF sceneUnder = f.view.mapToScene(empty);
    QTest::mousePress(vp, Qt::LeftButton, {}, empty);
    QTest::mouseMove(vp, empty + QPoint(30, 0));
    QTest::mouseMove(vp, empty + QPoint(80, 0));
    QTest::mouseRelease(vp, Qt::LeftButton, {}, empty + QPoint(80, 0));
    QCOMPARE(f.model.position(1), p1);
    QVERIFY(std::abs(f.view.mapToScene(empty + QPoint(80, 0)).x() - sceneUnder.x()) < 2 / f.view.zoom());
    QCOMPARE(f.model.selection(), (std::vector<int>{0})); // a pan is not a click
}

void TestGraphView::doubleClickActivates()
{
    ViewFixture f;
    QSignalSpy activated(&f.view, &GraphView::nodeActivated);
    QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, {}, f.at(17));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 17);
    QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, {}, f.view.mapFromScene(QPointF(300, 260)));
    QCOMPARE(activated.count(), 1);
}

void TestGraphView::contextMenu()
{
    ViewFixture f;
    QSignalSpy menu(&f.view, &GraphView::contextMenuRequested);
    QContextMenuEvent event(QContextMenuEvent::Mouse, f.at(7), f.view.viewport()->mapToGlobal(f.at(7)));
    QApplication::sendEvent(f.view.viewport(), &event);
    QCOMPARE(menu.count(), 1);
    QCOMPARE(menu.first().at(0).value<std::vector<int>>(), (std::vector<int>{7}));
    QCOMPARE(f.model.selection(), (std::vector<int>{7}));
}

void TestGraphView::keysAndZoom()
{
    ViewFixture f;
    const qreal fit = f.view.zoom();
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QVERIFY(qAbs(f.view.zoom() - fit * GraphView::ZoomStep) < 1e-9);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QVERIFY(f.view.zoom() < fit);
    QTest::keyClick(&f.view, Qt::Key_0);
    QCOMPARE(f.view.zoom(), 1.0);
    QTest::keyClick(&f.view, Qt::Key_F);
    QVERIFY(qAbs(f.view.zoom() - fit) < 1e-9);
    // Zoom is clamped both ways.
    for (int i = 0; i < 60; ++i)
        f.view.zoomIn();
    QCOMPARE(f.view.zoom(), GraphView::MaxScale);
    for (int i = 0; i < 80; ++i)
        f.view.zoomOut();
    QVERIFY(f.view.zoom() > 0 && f.view.zoom() < fit);
    // The wheel zooms around the cursor: the scene point under it stays.
    f.view.fitAll();
    const QPoint cursor = f.at(20);
    const QPointF under = f.view.mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(f.view.viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &wheel);
    QVERIFY(f.view.zoom() > fit);
    const QPointF after = f.view.mapToScene(cursor);
    QVERIFY2(QLineF(under, after).length() < 2 / f.view.zoom(), qPrintable(u"%1,%2"_s.arg(after.x()).arg(after.y())));
    // centerOn(row): centred and readable.
    f.view.fitAll();
    f.view.resize(300, 200);
    f.view.fitAll();
    f.view.centerOn(1);
    QVERIFY(2 * f.scene.radii()[1] * f.view.zoom() >= LevelOfDetail::LabelMinPixels);
    QVERIFY(QLineF(f.at(1), f.view.viewport()->rect().center()).length() < 3);
    QVERIFY(f.view.visibleSceneRect().contains(f.model.position(1)));
}

void TestGraphView::emptyState()
{
    GraphModel model;
    GraphScene scene(&model);
    GraphView view;
    view.setScene(&scene);
    view.resize(400, 300);
    view.setEmptyText(u"Nothing here yet"_s);
    view.show();
    QImage image = view.grab().toImage();
    bool dark = false;
    for (int y = 0; y < image.height() && !dark; ++y)
        for (int x = 0; x < image.width() && !dark; ++x)
            dark = qGray(image.pixel(x, y)) < 160;
    QVERIFY(dark); // the text is drawn
    view.fitAll(); // no crash on nothing
    view.centerOn(3);
    QCOMPARE(scene.nodeAt(QPointF(0, 0)), -1);
    QVERIFY(scene.nodesIn(QRectF(-10, -10, 20, 20)).empty());
    // Nodes without positions yet: still the empty text, and fitted when the layout arrives.
    model.setGraph(demoGraph(false));
    QCOMPARE(scene.grid().size(), 0);
    model.setPositions(demoGraph()->positions);
    QCOMPARE(scene.grid().size(), model.rowCount());
    QVERIFY(view.visibleSceneRect().contains(scene.visibleNodesRect()));
}

void TestGraphView::fitsWhenShown()
{
    // A graph arriving while the view is hidden (a closed dock) is fitted once it is shown.
    GraphModel model;
    GraphScene scene(&model);
    GraphView view;
    view.setScene(&scene);
    view.resize(640, 400);
    model.setGraph(demoGraph());
    view.show();
    QVERIFY(view.visibleSceneRect().contains(scene.visibleNodesRect()));
    const qreal fitted = view.zoom();
    view.hide();
    view.zoomBy(3, QPointF(10, 10));
    view.show(); // shown again: the user's zoom stays
    QVERIFY(view.zoom() > fitted * 2);
}

void TestGraphView::exportFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addRow("png") << u"png"_s;
    QTest::addRow("svg") << u"svg"_s;
    QTest::addRow("pdf") << u"pdf"_s;
}

void TestGraphView::exportFiles()
{
    QFETCH(QString, suffix);
    ViewFixture f;
    f.model.setSelection({17});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"graph."_s + suffix);
    QString error;
    QVERIFY2(exportGraphImage(&f.scene, QRectF(), path, QSize(1920, 1080), &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(!f.scene.fullDetail()); // put back
    if (const QString dir = qEnvironmentVariable("HL_GRAPHVIEW_SNAPSHOT"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QFile::remove(dir + u"/graph-export."_s + suffix);
        QFile::copy(path, dir + u"/graph-export."_s + suffix);
    }
    if (suffix == u"png"_s) {
        QImage image(path);
        QCOMPARE(image.size(), QSize(3840, 2160));
        std::set<QRgb> colours;
        for (int y = 0; y < image.height() && colours.size() < 20; y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
        snapshot(image, u"graph-export.png"_s);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(5);
        QVERIFY(suffix == u"pdf"_s ? head == "%PDF-" : head.startsWith("<?xml"));
    }
}

void TestGraphView::exportErrors()
{
    ViewFixture f;
    QTemporaryDir dir;
    QString error;
    QVERIFY(!exportGraphImage(&f.scene, QRectF(), dir.filePath(u"graph.bmp"_s), QSize(1920, 1080), &error));
    QVERIFY(error.contains(u".png"_s));
    QVERIFY(!exportGraphImage(&f.scene, QRectF(), dir.filePath(u"graph.png"_s), QSize(50, 50), &error));
    QVERIFY(error.contains(u"100"_s));
    QVERIFY(!exportGraphImage(&f.scene, QRectF(), dir.filePath(u"no/such/folder/graph.png"_s), QSize(800, 600),
                              &error));
    QVERIFY(error.contains(u"folder"_s));
    GraphModel empty;
    GraphScene emptyScene(&empty);
    QVERIFY(!exportGraphImage(&emptyScene, QRectF(), dir.filePath(u"graph.png"_s), QSize(800, 600), &error));
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
