// The graph readers (model/storage/graphstore.h) on an analysed demo case, each result checked
// against plain SQL over the same case.
#include "democase.h"
#include "exportfixture.h"

#include "storage/casefile.h"
#include "storage/graphstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

class TestGraphStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    hl::CaseFile m_file;
    std::int64_t m_topCluster = 0;

    qint64 sql(const QString &q) const { return hltest::queryInt(m_case, q); }

    // Do clusters x and y share a value of a non-ASN kind used by at most `maxClusters` clusters?
    bool share(std::int64_t x, std::int64_t y, int maxClusters) const
    {
        return sql(u"SELECT count(*) FROM (SELECT ai.infra_id FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                   " JOIN cluster_members m ON m.account_id = ai.account_id WHERE i.kind != 2"
                   " GROUP BY ai.infra_id HAVING sum(m.cluster_id = %1) > 0 AND sum(m.cluster_id = %2) > 0"
                   " AND count(DISTINCT m.cluster_id) <= %3)"_s.arg(x).arg(y).arg(maxClusters)) > 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"g.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case,
                                                   hltest::DemoCase(1500, 120000, 3, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_file.open(m_case), qPrintable(m_file.errorString()));
        m_topCluster = sql(u"SELECT id FROM clusters ORDER BY risk DESC, size DESC, id LIMIT 1"_s);
        QVERIFY(sql(u"SELECT size FROM clusters WHERE id = %1"_s.arg(m_topCluster)) >= 10);
    }

    void overviewHasEveryClusterByRisk()
    {
        QString error;
        const auto g = hl::readOverviewGraph(m_file, hl::OverviewOptions(), &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->scope, u"overview"_s);
        QCOMPARE(qint64(g->nodes.size()), sql(u"SELECT count(*) FROM clusters"_s));
        QCOMPARE(g->nodes.front().id, m_topCluster);
        for (std::size_t i = 1; i < g->nodes.size(); ++i)
            QVERIFY(g->nodes[i - 1].risk >= g->nodes[i].risk);
        for (const hl::GraphNode &n : g->nodes) {
            QCOMPARE(n.kind, hl::GraphNodeKind::Cluster);
            QCOMPARE(n.cluster, n.id);
            QCOMPARE(qint64(n.size), sql(u"SELECT size FROM clusters WHERE id = %1"_s.arg(n.id)));
        }
        QVERIFY(!g->edges.empty());
    }

    void overviewWithoutSingleAccounts()
    {
        hl::OverviewOptions o;
        o.minAccounts = 2;
        QString error;
        const auto g = hl::readOverviewGraph(m_file, o, &error);
        const auto all = hl::readOverviewGraph(m_file, hl::OverviewOptions(), &error);
        QVERIFY2(g && all, qPrintable(error));
        QCOMPARE(g->scope, u"overview:2+"_s);
        QCOMPARE(qint64(g->nodes.size()), sql(u"SELECT count(*) FROM clusters WHERE size >= 2"_s));
        for (const hl::GraphNode &n : g->nodes)
            QVERIFY(n.size >= 2);
        // The same links among the clusters drawn in both (crowds are counted over all clusters).
        auto key = [](const hl::GraphData &d, const hl::GraphEdge &e) {
            return std::pair(d.nodes[e.a].id, d.nodes[e.b].id);
        };
        std::set<std::pair<std::int64_t, std::int64_t>> big, fromAll;
        for (const auto &e : g->edges)
            big.insert(key(*g, e));
        for (const auto &e : all->edges)
            if (all->nodes[e.a].size >= 2 && all->nodes[e.b].size >= 2)
                fromAll.insert(key(*all, e));
        for (const auto &pair : fromAll)
            QVERIFY(big.count(pair)); // the trimmed overview may drop weak ones; this one keeps more
    }

    void overviewEdgesAreSharedInfrastructure()
    {
        hl::OverviewOptions o;
        o.maxClustersPerValue = 3;
        QString error;
        const auto g = hl::readOverviewGraph(m_file, o, &error);
        QVERIFY2(g, qPrintable(error));
        std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
        for (const hl::GraphEdge &e : g->edges) {
            QVERIFY(e.a < e.b);
            QVERIFY(e.b < g->nodes.size());
            QVERIFY(e.weight > 0);
            QVERIFY(seen.insert({e.a, e.b}).second);
        }
        // Checking every edge against SQL is slow; a spread sample is enough to catch a wrong join.
        for (std::size_t i = 0; i < g->edges.size(); i += std::max<std::size_t>(1, g->edges.size() / 40)) {
            const hl::GraphEdge &e = g->edges[i];
            QVERIFY2(share(g->nodes[e.a].id, g->nodes[e.b].id, 3),
                     qPrintable(u"#%1 and #%2 share nothing"_s.arg(g->nodes[e.a].id).arg(g->nodes[e.b].id)));
        }
    }

    void overviewKeepsStrongestEdges()
    {
        hl::OverviewOptions o;
        o.maxEdgesPerCluster = 1;
        QString error;
        const auto all = hl::readOverviewGraph(m_file, hl::OverviewOptions(), &error);
        const auto one = hl::readOverviewGraph(m_file, o, &error);
        QVERIFY(all && one);
        QVERIFY(one->edges.size() <= one->nodes.size());
        QVERIFY(one->edges.size() < all->edges.size());
        // Every node that had an edge still has one: its strongest.
        std::vector<int> before(all->nodes.size()), after(one->nodes.size());
        for (const auto &e : all->edges)
            ++before[e.a], ++before[e.b];
        for (const auto &e : one->edges)
            ++after[e.a], ++after[e.b];
        for (std::size_t i = 0; i < before.size(); ++i)
            QCOMPARE(after[i] > 0, before[i] > 0);
    }

    void clusterGraphShowsSharedInfrastructure()
    {
        QString error;
        const auto g = hl::readClusterGraph(m_file, {m_topCluster}, hl::ClusterGraphOptions(), &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->scope, u"cluster:%1"_s.arg(m_topCluster));
        const qint64 size = sql(u"SELECT size FROM clusters WHERE id = %1"_s.arg(m_topCluster));
        qint64 accounts = 0;
        std::vector<int> degree(g->nodes.size());
        for (const auto &e : g->edges) {
            QCOMPARE(g->nodes[e.a].kind, hl::GraphNodeKind::Account);
            QVERIFY(g->nodes[e.b].kind != hl::GraphNodeKind::Account);
            QCOMPARE(int(e.kind), int(g->nodes[e.b].kind));
            ++degree[e.b];
        }
        for (std::size_t i = 0; i < g->nodes.size(); ++i) {
            const hl::GraphNode &n = g->nodes[i];
            if (n.kind == hl::GraphNodeKind::Account) {
                ++accounts;
                QCOMPARE(n.cluster, m_topCluster);
                QVERIFY(!n.label.isEmpty());
            } else {
                QVERIFY(degree[i] >= 2); // shared values only
                QCOMPARE(double(degree[i]), n.size);
            }
        }
        QCOMPARE(accounts, size);
        const QString sharedValues = u"SELECT count(*) AS n FROM account_infra ai JOIN cluster_members m"
                                     " ON m.account_id = ai.account_id JOIN infra i ON i.id = ai.infra_id"
                                     " WHERE m.cluster_id = %1 AND i.kind != 2 GROUP BY ai.infra_id HAVING n >= 2"_s
                                         .arg(m_topCluster);
        const qint64 shared = sql(u"SELECT count(*) FROM ("_s + sharedValues + u")"_s);
        QCOMPARE(qint64(g->nodes.size()) - accounts, shared);
        QCOMPARE(qint64(g->edges.size()), sql(u"SELECT sum(n) FROM ("_s + sharedValues + u")"_s));
    }

    void clusterGraphOptions()
    {
        hl::ClusterGraphOptions o;
        o.includeUnshared = true;
        o.includeAsns = true;
        QString error;
        auto g = hl::readClusterGraph(m_file, {m_topCluster}, o, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(qint64(g->edges.size()),
                 sql(u"SELECT count(*) FROM account_infra ai JOIN cluster_members m ON m.account_id = ai.account_id"
                     " WHERE m.cluster_id = %1"_s.arg(m_topCluster)));
        o.maxInfra = 3;
        g = hl::readClusterGraph(m_file, {m_topCluster}, o, &error);
        QVERIFY(g);
        const auto infra = std::count_if(g->nodes.begin(), g->nodes.end(),
                                         [](const hl::GraphNode &n) { return n.kind != hl::GraphNodeKind::Account; });
        QCOMPARE(infra, 3);
    }

    void expandBringsInNeighbours()
    {
        QString error;
        const auto neighbours = hl::neighbourClusters(m_file, m_topCluster, 5, &error);
        QVERIFY2(neighbours, qPrintable(error));
        for (const auto &[cluster, shared] : *neighbours) {
            QVERIFY(cluster != m_topCluster);
            QVERIFY(shared >= 1);
            QVERIFY(share(m_topCluster, cluster, int(hl::OverviewOptions().maxClustersPerValue)));
        }
        if (neighbours->empty())
            QSKIP("the top cluster shares nothing with others in this demo");
        const std::int64_t other = neighbours->front().first;
        const auto g = hl::readClusterGraph(m_file, {m_topCluster, other}, hl::ClusterGraphOptions(), &error);
        QVERIFY(g);
        QCOMPARE(g->scope, u"cluster:%1+%2"_s.arg(m_topCluster).arg(other));
        QVERIFY(std::any_of(g->nodes.begin(), g->nodes.end(), [&](const hl::GraphNode &n) { return n.cluster == other; }));
    }

    void wholeGraphIsEveryLink()
    {
        QString error;
        const auto g = hl::readAccountInfraGraph(m_file, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(qint64(g->nodes.size()), sql(u"SELECT count(*) FROM accounts"_s)
                                              + sql(u"SELECT count(DISTINCT infra_id) FROM account_infra"_s));
        QCOMPARE(qint64(g->edges.size()), sql(u"SELECT count(*) FROM account_infra"_s));
    }

    void search()
    {
        QString error;
        const QString key = hltest::queryText(m_case, u"SELECT account_key FROM accounts a JOIN cluster_members m"
                                                      " ON m.account_id = a.id WHERE m.cluster_id = %1 LIMIT 1"_s
                                                          .arg(m_topCluster));
        auto hits = hl::searchGraphNodes(m_file, key.toUpper(), 10, &error);
        QVERIFY2(hits && !hits->empty(), qPrintable(error));
        QCOMPARE(hits->front().kind, hl::GraphNodeKind::Account);
        QCOMPARE(hits->front().label, key);
        QCOMPARE(hits->front().cluster, m_topCluster);

        const QString ip = hltest::queryText(m_case, u"SELECT value FROM infra WHERE kind = 1 ORDER BY id LIMIT 1"_s);
        hits = hl::searchGraphNodes(m_file, ip, 10, &error);
        QVERIFY(hits && !hits->empty());
        QCOMPARE(hits->front().kind, hl::GraphNodeKind::Ip);
        QCOMPARE(hits->front().label, ip);
        QVERIFY(hits->front().cluster > 0);

        QVERIFY(hl::searchGraphNodes(m_file, u"   "_s, 10, &error)->empty());
        QVERIFY(hl::searchGraphNodes(m_file, u"%"_s, 10, &error)->empty()); // a literal, not a wildcard
        QCOMPARE(qsizetype(hl::searchGraphNodes(m_file, u"."_s, 4, &error)->size()), 4);
    }

    void signatureFollowsNodesAndEdges()
    {
        QString error;
        auto g = *hl::readClusterGraph(m_file, {m_topCluster}, hl::ClusterGraphOptions(), &error);
        const std::uint64_t s = hl::graphSignature(g);
        QCOMPARE(hl::graphSignature(*hl::readClusterGraph(m_file, {m_topCluster}, hl::ClusterGraphOptions(), &error)), s);
        g.nodes[0].label = u"renamed"_s; // labels do not matter
        QCOMPARE(hl::graphSignature(g), s);
        g.edges.pop_back();
        QVERIFY(hl::graphSignature(g) != s);
    }
};

QTEST_GUILESS_MAIN(TestGraphStore)
#include "tst_graphstore.moc"
