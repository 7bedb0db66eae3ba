// Stable cluster ids across re-analysis, and what changed.
#include "analysis/clusterids.h"

#include <QTest>

using namespace hl;
using namespace Qt::StringLiterals;
using Clusters = std::vector<std::vector<std::uint32_t>>;
using Ids = std::vector<std::int64_t>;

Q_DECLARE_METATYPE(Clusters)
Q_DECLARE_METATYPE(Ids)

class TestClusterIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assign_data()
    {
        QTest::addColumn<Ids>("previous");      // by account id 0..n (index 0 unused)
        QTest::addColumn<Clusters>("clusters");
        QTest::addColumn<Ids>("ids");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<Ids>("vanished");
        // accounts 1..6; before: {1,2,3} = 10, {4,5} = 11, {6} = 12
        const Ids before{0, 10, 10, 10, 11, 11, 12};
        QTest::addRow("first analysis") << Ids(7, 0) << Clusters{{1, 2}, {3}} << Ids{1, 2}
                                        << QStringList{u"new"_s, u"new"_s} << Ids{};
        QTest::addRow("unchanged") << before << Clusters{{1, 2, 3}, {4, 5}, {6}} << Ids{10, 11, 12}
                                   << QStringList{u"same"_s, u"same"_s, u"same"_s} << Ids{};
        QTest::addRow("order does not matter") << before << Clusters{{6}, {4, 5}, {1, 2, 3}} << Ids{12, 11, 10}
                                               << QStringList{u"same"_s, u"same"_s, u"same"_s} << Ids{};
        QTest::addRow("grew by a new account") << Ids{0, 10, 10, 10, 11, 11, 12, 0} << Clusters{{1, 2, 3, 7}, {4, 5}, {6}}
                                               << Ids{10, 11, 12} << QStringList{u"grew"_s, u"same"_s, u"same"_s} << Ids{};
        QTest::addRow("split") << before << Clusters{{1, 2}, {3}, {4, 5}, {6}} << Ids{10, 13, 11, 12}
                               << QStringList{u"shrank"_s, u"split"_s, u"same"_s, u"same"_s} << Ids{};
        QTest::addRow("merged") << before << Clusters{{1, 2, 3, 4, 5}, {6}} << Ids{10, 12}
                                << QStringList{u"merged"_s, u"same"_s} << Ids{11};
        QTest::addRow("even split gets fresh ids") << Ids{0, 10, 10, 10, 10} << Clusters{{1, 2}, {3, 4}} << Ids{11, 12}
                                                   << QStringList{u"split"_s, u"split"_s} << Ids{10};
        QTest::addRow("dissolved") << before << Clusters{{1}, {2}, {3}, {4, 5}, {6}} << Ids{13, 14, 15, 11, 12}
                                   << QStringList{u"split"_s, u"split"_s, u"split"_s, u"same"_s, u"same"_s} << Ids{10};
    }

    void assign()
    {
        QFETCH(Ids, previous);
        QFETCH(Clusters, clusters);
        QFETCH(Ids, ids);
        QFETCH(QStringList, kinds);
        QFETCH(Ids, vanished);
        const ClusterIdAssignment a = assignClusterIds(clusters, previous);
        QCOMPARE(a.ids, ids);
        QStringList got;
        for (const auto &l : a.lineage)
            got.append(lineageKindName(l.kind));
        QCOMPARE(got, kinds);
        QCOMPARE(a.vanished, vanished);
    }
};

QTEST_GUILESS_MAIN(TestClusterIds)
#include "tst_clusterids.moc"
