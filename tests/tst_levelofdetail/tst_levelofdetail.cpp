// The graph's level of detail (views/graph/levelofdetail.h): every threshold data-driven on both
// sides of its boundary, and which labels a picture keeps.
#include "graph/levelofdetail.h"

#include <QList>
#include <QRectF>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace hl;

class TestLevelOfDetail : public QObject
{
    Q_OBJECT

private slots:
    void nodeDetail_data();
    void nodeDetail();
    void edgeDetail_data();
    void edgeDetail();
    void thinEdgeAlpha_data();
    void thinEdgeAlpha();
    void edgeAntialiasing_data();
    void edgeAntialiasing();
    void labels_data();
    void labels();
    void pictureLabels_data();
    void pictureLabels();
};

void TestLevelOfDetail::nodeDetail_data()
{
    using N = LevelOfDetail::Nodes;
    using L = LevelOfDetail;
    QTest::addColumn<qreal>("pixels");
    QTest::addColumn<int>("count");
    QTest::addColumn<N>("expected");
    const qreal e = 0.01;
    QTest::addRow("below shape size") << L::ShapeMinPixels - e << 10 << N::Dots;
    QTest::addRow("at shape size") << L::ShapeMinPixels << 10 << N::Shapes;
    QTest::addRow("below outline size") << L::OutlineMinPixels - e << 10 << N::Shapes;
    QTest::addRow("at outline size") << L::OutlineMinPixels << 10 << N::Outlined;
    QTest::addRow("outlined at the node limit") << 50.0 << L::OutlineMaxNodes << N::Outlined;
    QTest::addRow("shapes above the outline limit") << 50.0 << L::OutlineMaxNodes + 1 << N::Shapes;
    QTest::addRow("shapes at the shape limit") << 50.0 << L::ShapeMaxNodes << N::Shapes;
    QTest::addRow("dots above the shape limit") << 50.0 << L::ShapeMaxNodes + 1 << N::Dots;
}

void TestLevelOfDetail::nodeDetail()
{
    QFETCH(qreal, pixels);
    QFETCH(int, count);
    QFETCH(LevelOfDetail::Nodes, expected);
    QCOMPARE(LevelOfDetail::nodes(pixels, count), expected);
    QCOMPARE(LevelOfDetail::antialiased(expected), expected == LevelOfDetail::Nodes::Outlined);
}

void TestLevelOfDetail::edgeDetail_data()
{
    using E = LevelOfDetail::Edges;
    using L = LevelOfDetail;
    QTest::addColumn<qreal>("pixels");
    QTest::addColumn<int>("count");
    QTest::addColumn<E>("expected");
    const qreal e = 0.01;
    QTest::addRow("far, at the cap") << L::ShapeMinPixels - e << L::EdgeCap << E::Thin;
    QTest::addRow("far, above the cap") << L::ShapeMinPixels - e << L::EdgeCap + 1 << E::None;
    QTest::addRow("near, above the cap") << 50.0 << L::EdgeCap + 1 << E::None;
    QTest::addRow("below weighted size") << L::WeightedEdgeMinPixels - e << 10 << E::Thin;
    QTest::addRow("at weighted size") << L::WeightedEdgeMinPixels << 10 << E::Weighted;
    QTest::addRow("weighted at the edge limit") << 50.0 << L::WeightedEdgeMaxEdges << E::Weighted;
    QTest::addRow("thin above the edge limit") << 50.0 << L::WeightedEdgeMaxEdges + 1 << E::Thin;
}

void TestLevelOfDetail::edgeDetail()
{
    QFETCH(qreal, pixels);
    QFETCH(int, count);
    QFETCH(LevelOfDetail::Edges, expected);
    QCOMPARE(LevelOfDetail::edges(pixels, count), expected);
    QVERIFY(!LevelOfDetail::antialiased(expected, count) || expected == LevelOfDetail::Edges::Weighted);
}

void TestLevelOfDetail::edgeAntialiasing_data()
{
    using L = LevelOfDetail;
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("antialiased");
    QTest::addRow("at the limit") << L::AntialiasedEdgeMaxEdges << true;
    QTest::addRow("above the limit") << L::AntialiasedEdgeMaxEdges + 1 << false;
}

void TestLevelOfDetail::thinEdgeAlpha_data()
{
    using L = LevelOfDetail;
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("alpha");
    QTest::addRow("few") << L::ThinEdgeFewEdges << L::ThinEdgeFewAlpha;
    QTest::addRow("above few") << L::ThinEdgeFewEdges + 1 << L::ThinEdgeMidAlpha;
    QTest::addRow("at many") << L::ThinEdgeManyEdges << L::ThinEdgeMidAlpha;
    QTest::addRow("above many") << L::ThinEdgeManyEdges + 1 << L::ThinEdgeManyAlpha;
}

void TestLevelOfDetail::thinEdgeAlpha()
{
    QFETCH(int, count);
    QFETCH(int, alpha);
    QCOMPARE(LevelOfDetail::thinEdgeAlpha(count), alpha);
}

void TestLevelOfDetail::edgeAntialiasing()
{
    QFETCH(int, count);
    QFETCH(bool, antialiased);
    QCOMPARE(LevelOfDetail::antialiased(LevelOfDetail::Edges::Weighted, count), antialiased);
    QVERIFY(!LevelOfDetail::antialiased(LevelOfDetail::Edges::Thin, 1));
}

void TestLevelOfDetail::labels_data()
{
    using L = LevelOfDetail;
    QTest::addColumn<qreal>("pixels");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("candidate");
    QTest::addColumn<bool>("drawn");
    QTest::addRow("too small") << L::LabelMinPixels - 0.01 << 1 << false << true;
    QTest::addRow("large enough") << L::LabelMinPixels << 1 << true << true;
    QTest::addRow("at the cap") << 40.0 << L::LabelCap << true << true;
    QTest::addRow("above the cap") << 40.0 << L::LabelCap + 1 << true << false;
}

void TestLevelOfDetail::labels()
{
    QFETCH(qreal, pixels);
    QFETCH(int, count);
    QFETCH(bool, candidate);
    QFETCH(bool, drawn);
    QCOMPARE(LevelOfDetail::labelCandidate(pixels), candidate);
    QCOMPARE(LevelOfDetail::labels(count), drawn);
}

void TestLevelOfDetail::pictureLabels_data()
{
    using Boxes = std::vector<QRectF>;
    QTest::addColumn<Boxes>("boxes"); // most important first
    QTest::addColumn<QRectF>("inside");
    QTest::addColumn<QList<bool>>("kept");
    const QRectF a(0, 0, 50, 10), overA(40, 5, 50, 10), right(60, 0, 50, 10), below(0, 20, 50, 10);
    QTest::addRow("apart") << Boxes{a, right, below} << QRectF() << QList<bool>{true, true, true};
    QTest::addRow("overlap: the first wins") << Boxes{a, overA} << QRectF() << QList<bool>{true, false};
    QTest::addRow("overlap: order decides") << Boxes{overA, a, right} << QRectF() << QList<bool>{true, false, false};
    QTest::addRow("a dropped box blocks nothing") << Boxes{a, overA, QRectF(85, 0, 20, 10)} << QRectF()
                                                   << QList<bool>{true, false, true};
    QTest::addRow("cut off at the edge") << Boxes{a, right} << QRectF(0, 0, 100, 100) << QList<bool>{true, false};
    QTest::addRow("touching edges") << Boxes{a, QRectF(50, 0, 50, 10)} << QRectF() << QList<bool>{true, true};
}

void TestLevelOfDetail::pictureLabels()
{
    using Boxes = std::vector<QRectF>;
    QFETCH(Boxes, boxes);
    QFETCH(QRectF, inside);
    QFETCH(QList<bool>, kept);
    const std::vector<bool> got = LevelOfDetail::pictureLabels(boxes, inside);
    QCOMPARE(QList<bool>(got.begin(), got.end()), kept);
}

QTEST_GUILESS_MAIN(TestLevelOfDetail)
#include "tst_levelofdetail.moc"
