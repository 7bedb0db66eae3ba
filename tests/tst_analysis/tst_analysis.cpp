// The whole analysis on a demo export with known truth: campaigns flagged, look-alikes not,
// no flagged cluster mixing operations, every pivoting actor found, results stored and stable.
#include "analysis/analysis.h"
#include "demo/demogenerator.h"
#include "demo/demolocation.h"
#include "democase.h"
#include "exportfixture.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hltest;

class TestAnalysis : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void demoTruth_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addRow("seed 5") << 5;
        QTest::addRow("seed 11") << 11;
    }

    void demoTruth()
    {
        QFETCH(int, seed);
        const QString dir = m_tmp.filePath(u"demo%1"_s.arg(seed)), truthPath = dir + u"-truth.json"_s,
                      locationDb = dir + u"-location.db"_s, casePath = dir + u".hlcase"_s;
        hltest::DemoCase demo(3000, 500000, quint64(seed));
        demo.truthPath = truthPath;
        QString error = hltest::makeDemoCase(dir, casePath, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(hl::writeDemoLocationDatabase(locationDb, &error), qPrintable(error));

        hl::CaseFile file;
        QVERIFY(file.open(casePath));
        hl::AnalysisOptions options;
        options.locationDb = locationDb;
        const auto report = hl::runAnalysis(file, options, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->ips, report->ipsLocated); // the demo database knows every demo address

        QFile truthFile(truthPath);
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object().value(u"accounts"_s).toObject();
        QHash<std::uint32_t, QString> group; // case account id → truth group
        QSqlQuery q(file.database());
        QVERIFY(q.exec(u"SELECT id, account_key FROM accounts"_s));
        while (q.next())
            group.insert(q.value(0).toUInt(), truth.value(q.value(1).toString()).toString());

        const auto clusters = hl::readClusters(file, 1, &error);
        QVERIFY(clusters);
        QHash<QString, int> campaignTotal, campaignFlagged, benignFlagged;
        qint64 flaggedAccounts = 0, flaggedCampaign = 0;
        for (const hl::StoredCluster &c : *clusters) {
            QSet<QString> actors;
            for (const std::uint32_t a : c.accounts) {
                const QString g = group.value(a);
                const bool campaign = g.startsWith(u"actor:"_s);
                if (campaign) {
                    ++campaignTotal[g];
                    actors.insert(g);
                }
                if (c.flagged) {
                    ++flaggedAccounts;
                    if (campaign) {
                        ++campaignFlagged[g];
                        ++flaggedCampaign;
                    } else {
                        ++benignFlagged[g];
                    }
                }
            }
            if (c.flagged) {
                QVERIFY2(actors.size() == 1, qPrintable(u"flagged cluster %1 holds %2 actors"_s.arg(c.id).arg(actors.size())));
                QVERIFY(!c.reasons.isEmpty());
            }
        }
        QCOMPARE(campaignTotal.size(), 4);
        for (auto it = campaignTotal.cbegin(); it != campaignTotal.cend(); ++it)
            QVERIFY2(campaignFlagged.value(it.key()) >= 0.95 * it.value(),
                     qPrintable(u"%1: %2 of %3 accounts in flagged clusters"_s.arg(it.key()).arg(campaignFlagged.value(it.key())).arg(it.value())));
        QVERIFY2(benignFlagged.isEmpty(), qPrintable(QStringList(benignFlagged.keys()).join(u", "_s)));
        QVERIFY(flaggedCampaign >= 0.95 * flaggedAccounts);

        // Pivots: quarry and loom onto atlas-4, ember onto atlas-4-mini, nothing else.
        const auto pivots = hl::readPivots(file, &error);
        const auto models = hl::modelNamesById(file, &error);
        QVERIFY(pivots && models);
        QHash<std::int64_t, QString> actorOfCluster;
        for (const hl::StoredCluster &c : *clusters)
            if (!c.accounts.empty())
                actorOfCluster.insert(c.id, group.value(c.accounts.front()));
        QStringList found;
        for (const hl::StoredPivot &p : *pivots)
            if (p.flagged)
                found.append(actorOfCluster.value(p.cluster) + u" → "_s + models->value(p.modelId));
        found.sort();
        QCOMPARE(found, (QStringList{u"actor:ember → atlas-4-mini"_s, u"actor:loom → atlas-4"_s, u"actor:quarry → atlas-4"_s}));

        // Analysing again changes nothing a user sees.
        const auto again = hl::runAnalysis(file, options, &error);
        QVERIFY(again);
        QCOMPARE(again->lineage.value(u"same"_s), again->clusters);
        const auto clustersAgain = hl::readClusters(file, 1, &error);
        QCOMPARE(clustersAgain->size(), clusters->size());
        for (std::size_t i = 0; i < clusters->size(); ++i) {
            QCOMPARE((*clustersAgain)[i].id, (*clusters)[i].id);
            QCOMPARE((*clustersAgain)[i].reasons, (*clusters)[i].reasons);
        }
    }

    void cancelKeepsResults()
    {
        const QString dir = m_tmp.filePath(u"small"_s), casePath = dir + u".hlcase"_s;
        QString error = hltest::makeDemoCase(dir, casePath, hltest::DemoCase(300, 20000, 1, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY(file.open(casePath));
        // Every account has its own features, and is in exactly one cluster.
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM account_features"_s), 300);
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM cluster_members"_s), 300);
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM account_features WHERE json_extract(features, '$.size') != 1"_s), 0);
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
        const QString before = dumpCase(casePath);
        for (const double stopAt : {0.01, 0.5, 0.9}) {
            const auto r = hl::runAnalysis(file, hl::AnalysisOptions(), &error,
                                           [stopAt](double f, const QString &) { return f < stopAt; });
            QVERIFY(!r);
            QCOMPARE(error, u"cancelled"_s);
            QCOMPARE(dumpCase(casePath), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
