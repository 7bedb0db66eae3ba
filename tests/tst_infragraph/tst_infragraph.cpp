// Clustering by shared infrastructure: which shared values link accounts, and which must not.
#include "analysis/infragraph.h"
#include "storage/schema.h"

#include <QTest>

using namespace hl;

namespace {

// A small world built link by link: infra ids are handed out per call.
struct World
{
    std::uint32_t accounts = 0;
    std::uint32_t nextInfra = 1;
    std::vector<AccountLink> links;
    std::vector<AccountProfile> profiles{1};

    std::uint32_t account(std::vector<std::pair<std::uint32_t, float>> templates = {})
    {
        ++accounts;
        AccountProfile p;
        p.top = std::move(templates);
        std::sort(p.top.begin(), p.top.end());
        p.exchanges = 100;
        profiles.push_back(p);
        return accounts;
    }
    void share(schema::InfraKind kind, const std::vector<std::uint32_t> &members)
    {
        const std::uint32_t infra = nextInfra++;
        for (std::uint32_t a : members)
            links.push_back({a, infra, static_cast<std::uint8_t>(kind)});
    }
    AccountClusters cluster(const ClusterOptions &o = ClusterOptions()) const
    {
        std::vector<AccountLink> sorted = links;
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) { return x.infra < y.infra; });
        return *clusterAccounts(accounts, sorted, profiles, o);
    }
};

bool together(const AccountClusters &c, std::uint32_t a, std::uint32_t b) { return c.clusterOf[a] == c.clusterOf[b]; }

} // namespace

class TestInfraGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlap()
    {
        AccountProfile a, b;
        a.top = {{1, 0.5f}, {2, 0.5f}};
        b.top = {{2, 0.3f}, {3, 0.7f}};
        QCOMPARE(templateOverlap(a, b), 0.3f);
        QCOMPARE(templateOverlap(a, a), 1.0);
        QCOMPARE(templateOverlap(a, AccountProfile()), 0.0);
    }

    // Each row: how two accounts are tied, and whether they must end up in one cluster.
    void ties_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("crowd");       // accounts sharing the value (the two + others)
        QTest::addColumn<bool>("sameTemplates");
        QTest::addColumn<bool>("linked");
        QTest::addRow("shared card") << int(schema::Payment) << 2 << false << true;
        QTest::addRow("card shared by 300") << int(schema::Payment) << 300 << false << true;
        QTest::addRow("shared device") << int(schema::Device) << 5 << false << true;
        QTest::addRow("shared phone") << int(schema::Phone) << 30 << false << true;
        QTest::addRow("shared API key") << int(schema::ApiKey) << 2 << false << true;
        QTest::addRow("company domain, own templates") << int(schema::EmailDomain) << 6 << false << false;
        QTest::addRow("throwaway domain, same templates") << int(schema::EmailDomain) << 40 << true << true;
        QTest::addRow("free-mail domain, same templates") << int(schema::EmailDomain) << 800 << true << false;
        QTest::addRow("same AS") << int(schema::Asn) << 2 << true << false;
        QTest::addRow("proxy IP, own templates") << int(schema::Ip) << 7 << false << false;
        QTest::addRow("proxy IP, same templates") << int(schema::Ip) << 7 << true << true;
        QTest::addRow("CGNAT IP, same SDK templates") << int(schema::Ip) << 400 << true << false;
    }

    void ties()
    {
        QFETCH(int, kind);
        QFETCH(int, crowd);
        QFETCH(bool, sameTemplates);
        QFETCH(bool, linked);
        World w;
        const std::uint32_t a = w.account({{10, 0.9f}});
        const std::uint32_t b = w.account({{sameTemplates ? 10u : 11u, 0.9f}});
        std::vector<std::uint32_t> members{a, b};
        for (int i = 2; i < crowd; ++i)
            members.push_back(w.account({{std::uint32_t(1000 + i), 1.0f}}));
        w.share(static_cast<schema::InfraKind>(kind), members);
        const AccountClusters c = w.cluster();
        QCOMPARE(together(c, a, b), linked);
        // Every account is in exactly one cluster.
        std::size_t total = 0;
        for (const auto &m : c.members)
            total += m.size();
        QCOMPARE(total, std::size_t(w.accounts));
    }

    // Two operations, each knit by cards and devices, touch through a few shared proxy IPs and
    // a customer renting the same proxies: three clusters, and the customer alone.
    void operationsStayApart()
    {
        World w;
        std::vector<std::uint32_t> op1, op2;
        for (int i = 0; i < 200; ++i)
            op1.push_back(w.account({{1, 0.5f}, {2, 0.45f}}));
        for (int i = 0; i < 200; ++i)
            op2.push_back(w.account({{3, 0.6f}, {4, 0.35f}}));
        const std::uint32_t customer = w.account({{50, 0.4f}, {51, 0.3f}});
        for (int i = 0; i < 200; i += 20) {
            w.share(schema::Payment, std::vector<std::uint32_t>(op1.begin() + i, op1.begin() + i + 20));
            w.share(schema::Payment, std::vector<std::uint32_t>(op2.begin() + i, op2.begin() + i + 20));
        }
        for (int i = 0; i < 190; i += 10) {
            w.share(schema::Device, std::vector<std::uint32_t>(op1.begin() + i, op1.begin() + i + 20));
            w.share(schema::Device, std::vector<std::uint32_t>(op2.begin() + i, op2.begin() + i + 20));
        }
        for (int i = 0; i < 10; ++i)
            w.share(schema::Ip, {op1[std::size_t(i)], op2[std::size_t(i)], customer});
        // A bridge Leiden has to cut: three pairs across the operations that share IPs and
        // also send the same templates (so the weak ties count).
        for (int i = 0; i < 3; ++i) {
            const std::uint32_t x = w.account({{1, 0.5f}, {3, 0.5f}});
            w.share(schema::Ip, {x, op1[std::size_t(50 + i)]});
            w.share(schema::Ip, {x, op2[std::size_t(50 + i)]});
            w.profiles[op1[std::size_t(50 + i)]].top = {{1, 0.5f}, {3, 0.5f}};
            w.profiles[op2[std::size_t(50 + i)]].top = {{1, 0.5f}, {3, 0.5f}};
        }
        ClusterOptions o;
        o.splitAbove = 100; // the joint component, if any, goes through Leiden
        const AccountClusters c = w.cluster(o);
        QCOMPARE(c.componentsSplit, 1);
        for (std::uint32_t a : op1)
            QVERIFY(together(c, a, op1.front()));
        for (std::uint32_t a : op2)
            QVERIFY(together(c, a, op2.front()));
        QVERIFY(!together(c, op1.front(), op2.front()));
        QCOMPARE(c.members[c.clusterOf[customer]].size(), std::size_t(1));
    }

    // PageRank: the card 20 accounts hang on is a hub; a value two accounts share is not; an
    // AS is never ranked (it does not link).
    void hubs()
    {
        World w;
        std::vector<std::uint32_t> many;
        for (int i = 0; i < 20; ++i)
            many.push_back(w.account());
        const std::uint32_t a = w.account(), b = w.account();
        w.share(schema::Payment, many);       // infra 1
        w.share(schema::Device, {a, b});      // infra 2
        w.share(schema::Asn, {a, b, many[0]}); // infra 3
        w.share(schema::Phone, {many[0]});    // infra 4: one account, not ranked
        std::vector<AccountLink> sorted = w.links;
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) { return x.infra < y.infra; });
        const auto ranks = hubRanks(w.accounts, sorted, ClusterOptions());
        QCOMPARE(ranks.size(), std::size_t(2));
        QCOMPARE(ranks[0].first, 1u);
        QCOMPARE(ranks[1].first, 2u);
        QVERIFY2(ranks[0].second > 5 * ranks[1].second, qPrintable(QString::number(ranks[0].second)));
    }

    void deterministic()
    {
        World w;
        std::vector<std::uint32_t> all;
        for (int i = 0; i < 600; ++i)
            all.push_back(w.account({{std::uint32_t(i % 7), 1.0f}}));
        for (int i = 0; i + 30 <= 600; i += 15)
            w.share(i % 2 ? schema::Device : schema::Payment, std::vector<std::uint32_t>(all.begin() + i, all.begin() + i + 30));
        ClusterOptions o;
        o.splitAbove = 50;
        const AccountClusters first = w.cluster(o);
        QVERIFY(first.componentsSplit > 0);
        for (int run = 0; run < 3; ++run)
            QCOMPARE(w.cluster(o).clusterOf, first.clusterOf);
    }
};

QTEST_GUILESS_MAIN(TestInfraGraph)
#include "tst_infragraph.moc"
