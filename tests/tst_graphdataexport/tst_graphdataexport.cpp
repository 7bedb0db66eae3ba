// The window's Export Graph Data (views/graph/graphdataexport.h): it writes what the graph panel
// shows — the nodes not hidden, where they are now, with their label badges — off the GUI thread.
#include "democase.h"
#include "graphfile.h"
#include "labelevent.h"

#include "graph/graphdataexport.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "graph/graphmodel.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGraphDataExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    hl::CaseFile m_file;
    hl::GraphModel m_model;

    // Runs the export and waits for it; returns the file read back (error set on failure).
    hltest::ReadGraph run(hl::GraphFormat format, bool redact)
    {
        const QString out = m_dir.filePath(u"window.%1"_s.arg(hl::graphFormatSuffix(format)));
        bool finished = false, ok = false;
        QString message;
        hl::exportGraphData(nullptr, m_file, m_model, out, format, redact, [&](bool success, const QString &text) {
            finished = true;
            ok = success;
            message = text;
        });
        hltest::ReadGraph read;
        if (!QTest::qWaitFor([&] { return finished; }, 60000)) {
            read.error = u"the export did not finish"_s;
            return read;
        }
        QFile f(out);
        if (!ok || !f.open(QIODevice::ReadOnly)) {
            read.error = message;
            return read;
        }
        const QByteArray bytes = f.readAll();
        return format == hl::GraphFormat::GraphMl ? hltest::readGraphMl(bytes)
               : format == hl::GraphFormat::Gexf  ? hltest::readGexf(bytes)
                                                  : hltest::readDot(bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"w.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), path, hltest::DemoCase(400, 30000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_file.open(path));
        // The panel's graph: the riskiest cluster's drill-in, laid out, with its badges.
        hl::GraphRequest request;
        request.overviewMinAccounts = 2;
        const hl::GraphResult overview = hl::loadGraph(path, request);
        QVERIFY2(overview.graph && !overview.graph->nodes.empty(), qPrintable(overview.error));
        request.clusters = {overview.graph->nodes.front().id};
        QString e;
        QVERIFY2(hl::appendLabel(m_file, hltest::labelEvent(hl::LabelTarget::Cluster, request.clusters.front(),
                                                            hl::Verdict::Distillation), &e), qPrintable(e));
        const hl::GraphResult drill = hl::loadGraph(path, request);
        QVERIFY2(drill.graph && drill.graph->isLaidOut(), qPrintable(drill.error));
        QVERIFY(drill.graph->nodes.size() >= 5);
        m_model.setGraph(drill.graph);
        hl::GraphVerdicts verdicts;
        QVERIFY2(verdicts.read(m_file, *drill.graph, &e), qPrintable(e));
        m_model.setVerdicts(verdicts.verdicts());
    }

    void writesWhatIsShown_data()
    {
        QTest::addColumn<hl::GraphFormat>("format");
        QTest::addRow("graphml") << hl::GraphFormat::GraphMl;
        QTest::addRow("gexf") << hl::GraphFormat::Gexf;
        QTest::addRow("dot") << hl::GraphFormat::Dot;
    }
    void writesWhatIsShown()
    {
        QFETCH(hl::GraphFormat, format);
        const int last = m_model.rowCount() - 1;
        m_model.setHidden({1, last}, true);
        m_model.setPosition(0, QPointF(1234.5, -77.25)); // the user dragged it
        const hltest::ReadGraph read = run(format, false);
        m_model.setHidden({1, last}, false);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));

        const hl::GraphData &g = *m_model.graph();
        QCOMPARE(int(read.nodes.size()), m_model.rowCount() - 2);
        std::size_t visibleEdges = 0;
        for (const hl::GraphEdge &edge : g.edges)
            visibleEdges += edge.a != 1 && edge.b != 1 && int(edge.a) != last && int(edge.b) != last;
        QCOMPARE(read.edges.size(), visibleEdges);
        QCOMPARE(read.nodes[0].x, 1234.5);
        QCOMPARE(read.nodes[0].y, 77.25); // y up
        QCOMPARE(read.nodes[0].attributes.value(u"verdict"_s), u"distillation"_s);
        const QChar prefix = g.nodes[2].kind == hl::GraphNodeKind::Account ? u'a' : u'i';
        QCOMPARE(read.nodes[1].id, prefix + QString::number(g.nodes[2].id)); // row 1 is hidden
        QCOMPARE(float(read.nodes[1].x), float(m_model.position(2).x()));
    }

    void redacted()
    {
        const hltest::ReadGraph read = run(hl::GraphFormat::GraphMl, true);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(int(read.nodes.size()), m_model.rowCount());
        const QRegularExpression pseudonym(u"^(acct|ip|dom|pay|dev|tel|org|key)-[0-9a-f]{12}$"_s);
        for (int row = 0; row < m_model.rowCount(); ++row) {
            QVERIFY2(pseudonym.match(read.nodes[std::size_t(row)].label).hasMatch(),
                     qPrintable(read.nodes[std::size_t(row)].label));
            QVERIFY(read.nodes[std::size_t(row)].label != m_model.node(row).label);
        }
        QCOMPARE(read.graphAttributes.value(u"redacted"_s), u"true"_s);
    }

    void noGraph()
    {
        hl::GraphModel empty;
        bool ok = true;
        QString message;
        hl::exportGraphData(nullptr, m_file, empty, m_dir.filePath(u"none.graphml"_s), hl::GraphFormat::GraphMl, false,
                            [&](bool success, const QString &text) { ok = success, message = text; });
        QVERIFY(!ok);
        QVERIFY(!message.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.graphml"_s)));
    }
};

QTEST_MAIN(TestGraphDataExport)
#include "tst_graphdataexport.moc"
