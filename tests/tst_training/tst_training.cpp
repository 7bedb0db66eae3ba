// hydralens train (model/training/training.h) on an analysed demo case labelled from the
// generator's answer key: the retrained classifier beats the upstream score on the held-out
// test split; its scores, the re-ranking and the risk history are stored; the analysis keeps
// ignoring them as "upstream"; the command's text, JSON, history and refusals.
#include "democase.h"
#include "clirun.h"
#include "exportfixture.h"
#include "labelevent.h"
#include "truthlabels.h"

#include "analysis/analysis.h"
#include "analysis/features.h"
#include "storage/trainingstore.h"
#include "training/training.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

#include <cmath>

using namespace Qt::StringLiterals;

class TestTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_case;
    hl::CaseFile m_file;

private Q_SLOTS:
    void initTestCase()
    {
        m_case = m_tmp.filePath(u"demo.hlcase"_s);
        hltest::DemoCase demo(4000, 200000, 1, true);
        demo.truthPath = m_tmp.filePath(u"truth.json"_s);
        const QString error = hltest::makeDemoCase(m_tmp.filePath(u"export"_s), m_case, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_file.open(m_case));
    }

    void refusesWithoutLabels()
    {
        QString error;
        QVERIFY(!hl::trainClassifier(m_file, {}, &error));
        QVERIFY2(error.contains(u"no labels"_s), qPrintable(error));
        hltest::CliRun r = hltest::runHydralens({u"train"_s, u"--case"_s, m_case});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"label some clusters"_s), qPrintable(r.err));
        r = hltest::runHydralens({u"train"_s, u"--case"_s, m_case, u"--ip-crowd"_s, u"-3"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--ip-crowd"_s), qPrintable(r.err));
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM training_runs"_s), 0);
    }

    // Only one class labelled: nothing to learn, said plainly, nothing written.
    void refusesOneClass()
    {
        hl::LabelEvent e = hltest::labelEvent(hl::LabelTarget::Cluster,
                                              hltest::queryInt(m_case, u"SELECT min(id) FROM clusters"_s), hl::Verdict::Benign);
        QString error;
        QVERIFY2(hl::appendLabel(m_file, e, &error), qPrintable(error));
        QVERIFY(!hl::trainClassifier(m_file, {}, &error));
        QVERIFY2(error.contains(u"both distillation and benign"_s), qPrintable(error));
        e.verdict = hl::Verdict::None; // take it back
        QVERIFY(hl::appendLabel(m_file, e, &error));
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM scores s JOIN classifiers c ON c.id = s.classifier_id"
                                          " WHERE c.name = 'hydralens'"_s), 0);
    }

    // The bar: on a demo case with labels, the built-in classifier beats the upstream
    // score on the test split (accounts it never saw, of clusters it never saw).
    void beatsUpstreamScore()
    {
        const hltest::TruthLabels labels = hltest::labelFromTruth(m_file, m_tmp.filePath(u"truth.json"_s), 0.6, 7);
        QVERIFY2(labels.error.isEmpty(), qPrintable(labels.error));
        QVERIFY(labels.distillation >= 3 && labels.benign > 100);

        hl::TrainOptions options;
        options.dryRun = true;
        QString error;
        const auto report = hl::trainClassifier(m_file, options, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY2(report->positives[2] > 0 && report->positives[2] < report->rows[2], qPrintable(report->toText()));
        QVERIFY2(report->trained.prAuc > report->upstream.prAuc, qPrintable(report->toText()));
        QVERIFY2(report->trained.prAuc >= 0.9, qPrintable(report->toText()));
        QCOMPARE(report->run.id, 0);
        QCOMPARE(report->features, qint64(2 * hl::FeatureCount));
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM training_runs"_s), 0); // a dry run writes nothing

        // A strict split (every IP joins) glues the demo's actors to each other through the
        // residential proxies they share: no distillation is left to test on, and it says so.
        options.set.ipCrowd = 0;
        const auto strict = hl::trainClassifier(m_file, options, &error);
        QVERIFY2(strict, qPrintable(error));
        QCOMPARE(strict->positives[2], 0);
        QVERIFY(strict->warnings.join(u' ').contains(u"test split lacks one class"_s));
    }

    // A real run: a new classifier version's scores for every clustered account, each cluster's
    // risk = its accounts' mean score, the risk before and after kept; a second run is v2.
    void storesScoresAndReranks()
    {
        const qint64 flaggedBefore = hltest::queryInt(m_case, u"SELECT count(*) FROM clusters WHERE flagged"_s);
        QString error;
        const auto report = hl::trainClassifier(m_file, {}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->run.version, u"v1"_s);
        QCOMPARE(report->flaggedBefore, flaggedBefore);
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM scores WHERE classifier_id = %1"_s.arg(report->run.classifierId)),
                 hltest::queryInt(m_case, u"SELECT count(*) FROM cluster_members"_s));
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM cluster_risk_history"_s),
                 hltest::queryInt(m_case, u"SELECT count(*) FROM clusters"_s));
        // Risk = mean member score, for every cluster (to the float).
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM clusters c WHERE abs(c.risk - (SELECT avg(s.score)"
                                          " FROM cluster_members m JOIN scores s ON s.account_id = m.account_id"
                                          " AND s.classifier_id = %1 WHERE m.cluster_id = c.id)) > 1e-9"_s
                                          .arg(report->run.classifierId)),
                 0);
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) FROM clusters WHERE flagged"_s), report->flaggedAfter);
        QVERIFY(hltest::queryText(m_case, u"SELECT reasons FROM clusters ORDER BY risk DESC LIMIT 1"_s)
                    .contains(u"retrained classifier v1"_s));
        QVERIFY(!report->moves.empty());
        for (std::size_t i = 1; i < report->moves.size(); ++i)
            QVERIFY(std::abs(report->moves[i].after - report->moves[i].before)
                    <= std::abs(report->moves[i - 1].after - report->moves[i - 1].before));
        // The account inspector's scores list it like any classifier; the analysis does not
        // take it for an upstream score.
        const auto before = hl::readLatestScores(m_file, &error);
        QVERIFY(before);
        hl::AnalysisOptions analysisOptions;
        QVERIFY2(hl::runAnalysis(m_file, analysisOptions, &error), qPrintable(error));
        const auto after = hl::readLatestScores(m_file, &error);
        QVERIFY(after && after->size() == before->size());
        for (std::size_t i = 0; i < after->size(); ++i) // NaN: no score
            QVERIFY((std::isnan((*after)[i]) && std::isnan((*before)[i])) || (*after)[i] == (*before)[i]);

        const auto second = hl::trainClassifier(m_file, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->run.version, u"v2"_s);
        const auto runs = hl::readTrainingRuns(m_file, &error);
        QVERIFY(runs && runs->size() == 2);
        QCOMPARE(runs->back().metrics.value(u"test"_s).toObject().value(u"trained"_s).toObject().value(u"rows"_s).toInt(),
                 int(second->trained.rows));
        QVERIFY(hl::trainingSummary(runs->back().metrics).startsWith(u"PR-AUC"_s));
    }

    void command()
    {
        hltest::CliRun r = hltest::runHydralens({u"train"_s, u"--case"_s, m_case, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"version"_s).toString(), u"v3"_s);
        QVERIFY(o.value(u"metrics"_s).toObject().value(u"test"_s).toObject().value(u"trained"_s).toObject()
                    .value(u"pr_auc"_s).isDouble());
        QVERIFY(!o.value(u"moves"_s).toArray().isEmpty());

        r = hltest::runHydralens({u"train"_s, u"--case"_s, m_case, u"--dry-run"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"upstream score"_s), qPrintable(r.out));
        r = hltest::runHydralens({u"train"_s, u"--case"_s, m_case, u"--history"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 3);
        QVERIFY(r.out.startsWith(u"v1"_s));

        // A new analysis ranks with the latest retrained classifier: on unchanged data, every
        // cluster gets the risk, flag and first reason `train` gave it.
        QString error;
        const auto trained = hl::readClusters(m_file, 1, &error);
        QVERIFY2(trained, qPrintable(error));
        r = hltest::runHydralens({u"analyze"_s, u"--case"_s, m_case});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"retrained classifier hydralens v3"_s) && r.out.contains(u"hydralens train --case"_s),
                 qPrintable(r.out));
        const auto analysed = hl::readClusters(m_file, 1, &error);
        QVERIFY2(analysed, qPrintable(error));
        QCOMPARE(analysed->size(), trained->size());
        std::map<std::int64_t, const hl::StoredCluster *> before;
        for (const hl::StoredCluster &c : *trained)
            before[c.id] = &c;
        for (const hl::StoredCluster &c : *analysed) {
            const hl::StoredCluster *t = before.at(c.id);
            QVERIFY2(std::abs(c.risk - t->risk) < 1e-9, qPrintable(u"cluster %1: %2 vs %3"_s.arg(c.id).arg(c.risk).arg(t->risk)));
            QCOMPARE(c.flagged, t->flagged);
            QVERIFY(c.reasons.first().startsWith(u"retrained classifier v3"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
