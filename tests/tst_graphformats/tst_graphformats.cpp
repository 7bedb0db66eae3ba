// Graph formats (model/export/graphformats.h, casegraph.h; `hydralens export graph`): GraphML and
// GEXF read back with QXmlStreamReader, DOT with Graphviz's parser, and with networkx when it is
// installed; every node's values compared with the graph the window draws (loadGraph, the label
// badges); the same case gives the same bytes; --redact leaves no raw identifier of the case.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "graphfile.h"
#include "labelevent.h"

#include "export/casegraph.h"
#include "export/graphdocument.h"
#include "export/graphformats.h"
#include "export/redactor.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hl::GraphFormat;
using hltest::ReadGraph;

Q_DECLARE_METATYPE(hl::GraphFormat)

namespace {

ReadGraph readBack(GraphFormat format, const QByteArray &bytes)
{
    switch (format) {
    case GraphFormat::GraphMl: return hltest::readGraphMl(bytes);
    case GraphFormat::Gexf: return hltest::readGexf(bytes);
    case GraphFormat::Dot: return hltest::readDot(bytes);
    }
    return {};
}

QString nodeId(const hl::GraphNode &n)
{
    const char prefix = n.kind == hl::GraphNodeKind::Cluster ? 'c' : n.kind == hl::GraphNodeKind::Account ? 'a' : 'i';
    return QLatin1Char(prefix) + QString::number(n.id);
}

// The window's graph of `clusters` (empty: the overview of clusters of 2+ accounts) with its
// stored layout and label badges.
struct WindowGraph
{
    std::shared_ptr<const hl::GraphData> graph;
    std::vector<std::uint8_t> verdicts;
    QString error;
};

WindowGraph windowGraph(const QString &casePath, const std::vector<std::int64_t> &clusters)
{
    WindowGraph w;
    hl::GraphRequest r;
    r.clusters = clusters;
    r.overviewMinAccounts = 2;
    const hl::GraphResult result = hl::loadGraph(casePath, r);
    w.graph = result.graph;
    w.error = result.error;
    hl::CaseFile file;
    hl::GraphVerdicts verdicts;
    if (w.graph && file.open(casePath) && verdicts.read(file, *w.graph, &w.error))
        w.verdicts = verdicts.verdicts();
    return w;
}

} // namespace

class TestGraphFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case, m_pristine; // m_pristine: analysed and labelled, never laid out
    std::int64_t m_cluster = 0, m_benign = 0, m_neighbour = 0, m_ownAccount = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::optional<hl::CaseGraphExport> exportGraph(const QString &casePath, std::vector<std::int64_t> clusters,
                                                   GraphFormat format, bool redact, QString *error)
    {
        hl::CaseFile file;
        if (!file.open(casePath)) {
            *error = file.errorString();
            return std::nullopt;
        }
        hl::CaseGraphOptions o;
        o.clusters = std::move(clusters);
        o.format = format;
        o.redact = redact;
        return hl::exportCaseGraph(file, o, error);
    }

    // Every node and edge of `read` against the window's graph, in order.
    void compare(const ReadGraph &read, const WindowGraph &w, GraphFormat format)
    {
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const hl::GraphData &g = *w.graph;
        QVERIFY(g.isLaidOut());
        QCOMPARE(read.nodes.size(), g.nodes.size());
        QCOMPARE(read.edges.size(), g.edges.size());
        for (std::size_t i = 0; i < g.nodes.size(); ++i) {
            const hl::GraphNode &n = g.nodes[i];
            const hltest::ReadNode &r = read.nodes[i];
            QCOMPARE(r.id, nodeId(n));
            QCOMPARE(r.label, n.kind == hl::GraphNodeKind::Cluster ? u"#"_s + QString::number(n.id) : n.label);
            QCOMPARE(r.attributes.value(u"kind"_s), hl::graphNodeKindCode(n.kind));
            const bool labelled = n.kind == hl::GraphNodeKind::Cluster || n.kind == hl::GraphNodeKind::Account;
            if (labelled) {
                bool ok = false;
                QCOMPARE(r.attributes.value(u"risk"_s).toDouble(&ok), n.risk); // exact: shortest round trip
                QVERIFY(ok);
                const auto v = hl::Verdict(w.verdicts.at(i));
                QCOMPARE(r.attributes.value(u"verdict"_s), v == hl::Verdict::None ? u"none"_s : hl::verdictName(v));
                QCOMPARE(r.attributes.value(u"cluster"_s).toLongLong(), n.cluster);
                QCOMPARE(r.attributes.value(u"flagged"_s), n.flagged ? u"true"_s : u"false"_s);
            } else {
                QVERIFY(!r.attributes.contains(u"risk"_s));
                QVERIFY(!r.attributes.contains(u"verdict"_s));
            }
            const QString amount = n.kind == hl::GraphNodeKind::Account ? u"exchanges"_s : u"accounts"_s;
            QCOMPARE(r.attributes.value(amount).toLongLong(), qint64(n.size));
            QVERIFY(r.hasPosition);
            QCOMPARE(float(r.x), float(g.positions[i].x()));
            QCOMPARE(float(r.y), -float(g.positions[i].y())); // y up
            if (format == GraphFormat::Dot) // inches, rounded to float
                QVERIFY(std::abs(r.size - hl::nodeRadius(n.kind, n.size)) < 1e-3);
            else
                QCOMPARE(float(r.size), float(hl::nodeRadius(n.kind, n.size)));
        }
        for (std::size_t i = 0; i < g.edges.size(); ++i) {
            const hl::GraphEdge &e = g.edges[i];
            QCOMPARE(read.edges[i].source, nodeId(g.nodes[e.a]));
            QCOMPARE(read.edges[i].target, nodeId(g.nodes[e.b]));
            QCOMPARE(float(read.edges[i].weight), e.weight);
            QCOMPARE(read.edges[i].kind, e.kind == 0 ? u"mixed"_s : hl::graphNodeKindCode(hl::GraphNodeKind(e.kind)));
        }
    }

    // Every account id and infrastructure value of the case but ASNs (public routing facts).
    QStringList rawValues() const
    {
        QStringList values;
        const QString name = u"raw"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            if (hltest::openCaseDb(db, m_case, true)) {
                QSqlQuery q(db);
                q.exec(u"SELECT account_key FROM accounts UNION ALL SELECT value FROM infra WHERE kind != 2"_s);
                while (q.next())
                    values << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = path(u"g.hlcase"_s);
        const QString error = hltest::makeDemoCase(path(u"export"_s), m_case, hltest::DemoCase(1000, 80000, 3, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The riskiest cluster with shared infrastructure to draw, and one it shares with.
        m_cluster = hltest::queryInt(m_case, u"SELECT m.cluster_id FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                                             " JOIN cluster_members m ON m.account_id = ai.account_id"
                                             " JOIN clusters c ON c.id = m.cluster_id WHERE i.kind != 2"
                                             " GROUP BY m.cluster_id, ai.infra_id HAVING count(*) >= 2"
                                             " ORDER BY c.risk DESC, c.id LIMIT 1"_s);
        m_benign = hltest::queryInt(m_case, u"SELECT id FROM clusters WHERE size >= 2 AND id != %1 ORDER BY risk, id"
                                            " LIMIT 1"_s.arg(m_cluster));
        m_neighbour = hltest::queryInt(m_case, u"SELECT id FROM clusters WHERE size >= 2 AND id NOT IN (%1, %2)"
                                               " ORDER BY risk DESC, id LIMIT 1"_s.arg(m_cluster).arg(m_benign));
        m_ownAccount = hltest::queryInt(m_case, u"SELECT max(account_id) FROM cluster_members WHERE cluster_id = %1"_s
                                                    .arg(m_cluster));
        QVERIFY(m_cluster > 0 && m_benign > 0 && m_neighbour > 0 && m_ownAccount > 0);
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        QString e;
        using hl::LabelTarget;
        QVERIFY2(hl::appendLabel(file, hltest::labelEvent(LabelTarget::Cluster, m_cluster, hl::Verdict::Distillation), &e), qPrintable(e));
        QVERIFY2(hl::appendLabel(file, hltest::labelEvent(LabelTarget::Cluster, m_benign, hl::Verdict::Benign), &e), qPrintable(e));
        QVERIFY2(hl::appendLabel(file, hltest::labelEvent(LabelTarget::Account, m_ownAccount, hl::Verdict::Unsure), &e), qPrintable(e));
        file.close();
        m_pristine = path(u"pristine.hlcase"_s);
        QVERIFY(QFile::copy(m_case, m_pristine));
    }

    void roundTrip_data()
    {
        QTest::addColumn<GraphFormat>("format");
        QTest::addColumn<int>("scope"); // 0 overview, 1 one cluster, 2 two clusters
        for (const auto &[name, format] : {std::pair("graphml", GraphFormat::GraphMl), std::pair("gexf", GraphFormat::Gexf),
                                           std::pair("dot", GraphFormat::Dot)}) {
            QTest::addRow("%s overview", name) << format << 0;
            QTest::addRow("%s cluster", name) << format << 1;
            QTest::addRow("%s two clusters", name) << format << 2;
        }
    }
    void roundTrip()
    {
        QFETCH(GraphFormat, format);
        QFETCH(int, scope);
        std::vector<std::int64_t> clusters;
        if (scope >= 1)
            clusters.push_back(m_cluster);
        if (scope == 2)
            clusters.push_back(m_neighbour);
        QString error;
        const auto out = exportGraph(m_case, clusters, format, false, &error);
        QVERIFY2(out, qPrintable(error));
        const WindowGraph w = windowGraph(m_case, clusters);
        QVERIFY2(w.graph, qPrintable(w.error));
        QVERIFY(w.graph->nodes.size() >= 3);
        QCOMPARE(out->nodes, w.graph->nodes.size());
        QCOMPARE(out->scope, w.graph->scope);
        const ReadGraph read = readBack(format, out->bytes);
        compare(read, w, format);

        // The labels: the cluster's on it (overview) or on its accounts (drill-in), an account's own over it.
        QHash<QString, QString> verdictOf;
        for (const auto &n : read.nodes)
            verdictOf.insert(n.id, n.attributes.value(u"verdict"_s));
        if (scope == 0) {
            QCOMPARE(verdictOf.value(u"c%1"_s.arg(m_cluster)), u"distillation"_s);
            QCOMPARE(verdictOf.value(u"c%1"_s.arg(m_benign)), u"benign"_s);
            QCOMPARE(verdictOf.value(u"c%1"_s.arg(m_neighbour)), u"none"_s);
        } else {
            QCOMPARE(verdictOf.value(u"a%1"_s.arg(m_ownAccount)), u"unsure"_s);
            const QString member = u"a"_s + QString::number(hltest::queryInt(
                m_case, u"SELECT min(account_id) FROM cluster_members WHERE cluster_id = %1"_s.arg(m_cluster)));
            QCOMPARE(verdictOf.value(member), u"distillation"_s);
        }
        if (format != GraphFormat::Dot)
            QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d$"_s).match(read.graphAttributes.value(u"date"_s)).hasMatch());
    }

    void sameCaseSameBytes_data()
    {
        QTest::addColumn<GraphFormat>("format");
        QTest::addRow("graphml") << GraphFormat::GraphMl;
        QTest::addRow("gexf") << GraphFormat::Gexf;
        QTest::addRow("dot") << GraphFormat::Dot;
    }
    void sameCaseSameBytes()
    {
        QFETCH(GraphFormat, format);
        const QString name = hl::graphFormatName(format);
        // Two copies of a case never laid out: the first export lays out, the second reads the cache.
        const QString a = path(u"same-a-%1.hlcase"_s.arg(name)), b = path(u"same-b-%1.hlcase"_s.arg(name));
        QVERIFY(QFile::copy(m_pristine, a) && QFile::copy(m_pristine, b));
        for (const std::vector<std::int64_t> &clusters : {std::vector<std::int64_t>{}, std::vector<std::int64_t>{m_cluster}}) {
            QString error;
            const auto first = exportGraph(a, clusters, format, false, &error);
            QVERIFY2(first, qPrintable(error));
            QVERIFY(!first->layoutFromCache);
            const auto again = exportGraph(a, clusters, format, false, &error);
            QVERIFY2(again, qPrintable(error));
            QVERIFY(again->layoutFromCache);
            QCOMPARE(again->bytes, first->bytes);
            const auto other = exportGraph(b, clusters, format, false, &error);
            QVERIFY2(other, qPrintable(error));
            QCOMPARE(other->bytes, first->bytes);
            QVERIFY(first->bytes.size() > 1000);
        }
        // And through the command line, twice.
        const QString out1 = path(u"cli-1.%1"_s.arg(name)), out2 = path(u"cli-2.%1"_s.arg(name));
        for (const QString &out : {out1, out2}) {
            const auto run = hltest::runHydralens({u"export"_s, u"graph"_s, u"--case"_s, b, u"--out"_s, out,
                                                   u"--cluster"_s, QString::number(m_cluster)});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        QFile f1(out1), f2(out2);
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        const QByteArray bytes = f1.readAll();
        QCOMPARE(f2.readAll(), bytes);
        QString error;
        const auto inProcess = exportGraph(b, {m_cluster}, format, false, &error);
        QVERIFY2(inProcess, qPrintable(error));
        QCOMPARE(bytes, inProcess->bytes);
    }

    void redactionLeavesNoRawValue_data()
    {
        sameCaseSameBytes_data();
    }
    void redactionLeavesNoRawValue()
    {
        QFETCH(GraphFormat, format);
        const QStringList raw = rawValues();
        QVERIFY(raw.size() > 1000);
        for (const std::vector<std::int64_t> &clusters :
             {std::vector<std::int64_t>{}, std::vector<std::int64_t>{m_cluster, m_neighbour}}) {
            QString error;
            const auto plain = exportGraph(m_case, clusters, format, false, &error);
            const auto redacted = exportGraph(m_case, clusters, format, true, &error);
            QVERIFY2(plain && redacted, qPrintable(error));
            QCOMPARE(redacted->nodes, plain->nodes);
            QCOMPARE(redacted->edges, plain->edges);
            int inPlain = 0;
            for (const QString &value : raw) {
                const QByteArray v = value.toUtf8();
                QVERIFY2(!redacted->bytes.contains(v), qPrintable(u"raw value '%1' in the redacted file"_s.arg(value)));
                inPlain += plain->bytes.contains(v) ? 1 : 0;
            }
            if (!clusters.empty()) // the drill-in names accounts and values: the check above can fail
                QVERIFY2(inPlain >= 10, qPrintable(QString::number(inPlain)));
            const ReadGraph read = readBack(format, redacted->bytes);
            QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
            const QRegularExpression pseudonym(u"^(acct|ip|dom|pay|dev|tel|org|key)-[0-9a-f]{12}$"_s);
            for (const auto &n : read.nodes) {
                if (n.id.startsWith(u'c'))
                    QCOMPARE(n.label, u"#"_s + n.id.mid(1));
                else if (n.attributes.value(u"kind"_s) != u"asn"_s)
                    QVERIFY2(pseudonym.match(n.label).hasMatch(), qPrintable(n.label));
            }
        }
    }

    // Hand-made graph: text XML and DOT must escape, the hidden nodes of the window left out.
    void escapingAndHiddenNodes()
    {
        hl::GraphData g;
        g.scope = u"cluster:7"_s;
        auto node = [&](hl::GraphNodeKind kind, std::int64_t id, const QString &label) {
            hl::GraphNode n;
            n.kind = kind;
            n.id = id;
            n.label = label;
            n.size = 3;
            n.risk = kind == hl::GraphNodeKind::Account ? 0.125 : -1;
            n.cluster = kind == hl::GraphNodeKind::Account ? 7 : 0;
            g.nodes.push_back(n);
        };
        const QString tricky = u"<a href=\"x\">&amp;'\\ \"q\" \u00e9\U0001F600 ]]> --"_s;
        node(hl::GraphNodeKind::Account, 1, tricky);
        node(hl::GraphNodeKind::Account, 2, u"bell\u0007 tab\tend"_s);
        node(hl::GraphNodeKind::EmailDomain, 3, u"example.org"_s);
        node(hl::GraphNodeKind::Device, 4, u"dev-hidden"_s);
        g.edges = {{0, 2, 2.5f, 4}, {1, 2, 1.0f, 4}, {1, 3, 1.0f, 5}};
        const std::vector<QPointF> positions = {{0, 0}, {10.5, -3.25}, {1e6, 2e-3}, {5, 5}};
        const std::vector<bool> keep = {true, true, true, false};
        hl::GraphDocument doc = hl::makeGraphDocument(g, positions, {}, hl::Redactor(), keep);
        doc.description = u"test -- <graph> & \"quotes\""_s;
        doc.creator = u"HydraLens test"_s;
        for (const GraphFormat format : {GraphFormat::GraphMl, GraphFormat::Gexf, GraphFormat::Dot}) {
            const ReadGraph read = readBack(format, hl::writeGraphFormat(doc, format));
            QVERIFY2(read.error.isEmpty(), qPrintable(hl::graphFormatName(format) + u": "_s + read.error));
            QCOMPARE(read.nodes.size(), std::size_t(3)); // the device is hidden
            QCOMPARE(read.edges.size(), std::size_t(2)); // ... and so is its edge
            QCOMPARE(read.nodes[0].label, tricky);
            QCOMPARE(read.nodes[1].label, format == GraphFormat::Dot ? u"bell\uFFFD tab\uFFFDend"_s
                                                                     : u"bell\uFFFD tab\tend"_s);
            QCOMPARE(read.nodes[0].attributes.value(u"verdict"_s), u"none"_s);
            QCOMPARE(read.nodes[0].attributes.value(u"risk"_s), u"0.125"_s);
            QCOMPARE(read.nodes[2].x, 1e6);
            QCOMPARE(float(read.nodes[2].y), -2e-3f);
            QCOMPARE(read.nodes[1].y, 3.25);
            QCOMPARE(read.nodes[0].y, 0.0);
            QCOMPARE(read.edges[0].weight, 2.5);
            QCOMPARE(read.edges[1].kind, u"email_domain"_s);
        }
    }

    void formatNames()
    {
        QCOMPARE(hl::graphFormatFromPath(u"/x/overview.GraphML"_s), GraphFormat::GraphMl);
        QCOMPARE(hl::graphFormatFromPath(u"a.gexf"_s), GraphFormat::Gexf);
        QCOMPARE(hl::graphFormatFromPath(u"a.gv"_s), GraphFormat::Dot);
        QVERIFY(!hl::graphFormatFromPath(u"a.txt"_s));
        QVERIFY(!hl::graphFormatFromName(u"gml"));
        QCOMPARE(hl::detail::graphNumber(0.1), u"0.1"_s);
        QCOMPARE(hl::detail::graphNumber(0.1f), u"0.1"_s);
        QCOMPARE(hl::detail::graphNumber(-0.0), u"0"_s);
    }

    void networkxReadsThem()
    {
        const QString python = u"/usr/bin/python3"_s;
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import networkx"_s});
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("networkx is not installed for /usr/bin/python3 (Debian package python3-networkx)");
        QString error;
        QStringList files;
        for (const GraphFormat format : {GraphFormat::GraphMl, GraphFormat::Gexf}) {
            const auto out = exportGraph(m_case, {m_cluster}, format, false, &error);
            QVERIFY2(out, qPrintable(error));
            const QString file = path(u"nx.%1"_s.arg(hl::graphFormatSuffix(format)));
            QVERIFY(hl::saveGraphFile(file, out->bytes, true, &error));
            files << file;
        }
        const char *script = R"PY(
import json, sys
import networkx as nx
out = []
for path in sys.argv[1:]:
    g = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
    nodes = {}
    for n, d in g.nodes(data=True):
        pos = d["viz"]["position"] if "viz" in d else {"x": d.get("x"), "y": d.get("y")}
        nodes[n] = {"label": d.get("label"), "kind": d.get("kind"), "risk": d.get("risk"),
                    "verdict": d.get("verdict"), "x": pos["x"], "y": pos["y"]}
    out.append({"directed": g.is_directed(), "nodes": nodes, "edges": g.number_of_edges(),
                "weight": sum(w for _, _, w in g.edges(data="weight"))})
print(json.dumps(out))
)PY";
        QProcess p;
        p.start(python, QStringList{u"-c"_s, QString::fromUtf8(script)} + files);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray results = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 2);
        const WindowGraph w = windowGraph(m_case, {m_cluster});
        QVERIFY2(w.graph, qPrintable(w.error));
        double weight = 0;
        for (const hl::GraphEdge &e : w.graph->edges)
            weight += e.weight;
        for (const QJsonValue &value : results) {
            const QJsonObject r = value.toObject();
            QCOMPARE(r[u"directed"_s].toBool(), false);
            QCOMPARE(std::size_t(r[u"edges"_s].toInt()), w.graph->edges.size());
            QVERIFY(std::abs(r[u"weight"_s].toDouble() - weight) < 1e-6 * weight);
            const QJsonObject nodes = r[u"nodes"_s].toObject();
            QCOMPARE(std::size_t(nodes.size()), w.graph->nodes.size());
            for (std::size_t i = 0; i < w.graph->nodes.size(); ++i) {
                const hl::GraphNode &n = w.graph->nodes[i];
                const QJsonObject d = nodes[nodeId(n)].toObject();
                QCOMPARE(d[u"label"_s].toString(), n.label);
                QCOMPARE(d[u"kind"_s].toString(), hl::graphNodeKindCode(n.kind));
                QCOMPARE(float(d[u"x"_s].toDouble()), float(w.graph->positions[i].x()));
                if (n.kind == hl::GraphNodeKind::Account) {
                    QCOMPARE(d[u"risk"_s].toDouble(), n.risk);
                    QCOMPARE(d[u"verdict"_s].toString(),
                             n.id == m_ownAccount ? u"unsure"_s : u"distillation"_s);
                } else {
                    QVERIFY(d[u"risk"_s].isNull());
                }
            }
        }
    }

    void commandLineErrors()
    {
        const QString out = path(u"cli.graphml"_s);
        auto run = [&](QStringList extra) {
            return hltest::runHydralens(QStringList{u"export"_s, u"graph"_s, u"--case"_s, m_case} + extra);
        };
        auto r = run({u"--out"_s, out, u"--cluster"_s, u"999999"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no cluster 999999"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = run({u"--out"_s, out, u"--cluster"_s, u"abc"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--cluster"_s), qPrintable(r.err));
        r = run({u"--out"_s, out, u"--format"_s, u"gml"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"graphml, gexf or dot"_s), qPrintable(r.err));
        r = run({u"--out"_s, path(u"graph.txt"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"cannot tell the format"_s), qPrintable(r.err));
        r = run({});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--out"_s), qPrintable(r.err));

        // The format from the suffix; an existing file only with --force.
        r = run({u"--out"_s, path(u"suffix.gexf"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readBack(GraphFormat::Gexf, [&] { QFile f(path(u"suffix.gexf"_s)); f.open(QIODevice::ReadOnly); return f.readAll(); }())
                    .error.isEmpty());
        r = run({u"--out"_s, path(u"suffix.gexf"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--force"_s), qPrintable(r.err));
        r = run({u"--out"_s, path(u"suffix.gexf"_s), u"--force"_s, u"--format"_s, u"dot"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"nodes"_s), qPrintable(r.out));

        // A case never analysed has no graph.
        const QString empty = path(u"empty.hlcase"_s);
        {
            hl::CaseFile file;
            QVERIFY(file.open(empty, hl::CaseFile::Mode::CreateIfMissing));
        }
        r = hltest::runHydralens({u"export"_s, u"graph"_s, u"--case"_s, empty, u"--out"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"analyze"_s), qPrintable(r.err));

        r = hltest::runHydralens({u"export"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"graph --case"_s));
    }
};

QTEST_GUILESS_MAIN(TestGraphFormats)
#include "tst_graphformats.moc"
