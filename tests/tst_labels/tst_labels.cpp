// Ground-truth labels (model/storage/labelstore.h): the append-only audit trail, the derived
// current label, account-over-cluster precedence, per-analyst views, and the label/labels
// commands.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "labelevent.h"

#include "graph/graphlabels.h"
#include "storage/analysisstore.h"
#include "storage/graphstore.h"
#include "storage/casefile.h"
#include "storage/labelsnapshot.h"
#include "storage/labelstore.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using hltest::labelEvent;

class TestLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    hl::CaseFile m_file;
    std::vector<hl::StoredCluster> m_clusters; // 2+ accounts, riskiest first

    qint64 events() const { return hltest::queryInt(m_case, u"SELECT count(*) FROM label_events"_s); }

    using Run = hltest::CliRun;
    static Run run(const QStringList &args) { return hltest::runHydralens(args, 60000); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"l.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case, hltest::DemoCase(600, 40000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_file.open(m_case));
        QString e;
        m_clusters = *hl::readClusters(m_file, 2, &e);
        QVERIFY(m_clusters.size() >= 2);
    }

    void namesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("distillation") << u"distillation"_s << true;
        QTest::addRow("benign") << u"benign"_s << true;
        QTest::addRow("unsure") << u"unsure"_s << true;
        QTest::addRow("capitalised") << u"Benign"_s << false;
        QTest::addRow("unknown") << u"maybe"_s << false;
    }
    void namesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto v = hl::verdictFromName(name);
        QCOMPARE(v.has_value() && *v != hl::Verdict::None, valid);
        if (valid)
            QCOMPARE(hl::verdictName(*v), name);
    }

    // Every action is a new row; the current label is the latest; removing is an event too.
    void currentLabelIsTheLatestEvent()
    {
        const std::int64_t c = m_clusters[0].id;
        QString error;
        const qint64 before = events();
        auto first = labelEvent(hl::LabelTarget::Cluster, c, hl::Verdict::Distillation);
        first.actor = u"Acme AI"_s;
        first.confidence = hl::Confidence::High;
        first.note = u"shared cards"_s;
        const auto saved = hl::appendLabel(m_file, first, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->id > 0 && saved->createdAt > 0);
        QCOMPARE(hl::readCurrentLabel(m_file, hl::LabelTarget::Cluster, c, &error)->actor, u"Acme AI"_s);

        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Cluster, c, hl::Verdict::Unsure, u"bob"_s), &error));
        auto now = hl::readCurrentLabel(m_file, hl::LabelTarget::Cluster, c, &error);
        QCOMPARE(now->verdict, hl::Verdict::Unsure);
        QCOMPARE(now->analyst, u"bob"_s);
        QVERIFY(now->actor.isEmpty());

        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Cluster, c, hl::Verdict::None), &error)); // removed
        QVERIFY(!hl::readCurrentLabel(m_file, hl::LabelTarget::Cluster, c, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(events(), before + 3); // nothing lost: three rows
        const auto trail = hl::readLabelEvents(m_file, &error);
        QCOMPARE(trail->back().verdict, hl::Verdict::None);
        QCOMPARE(trail->at(trail->size() - 3).note, u"shared cards"_s);

        // Each analyst's own current labels (for agreement).
        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Cluster, c, hl::Verdict::Benign, u"bob"_s), &error));
        const auto ann = hl::readCurrentLabels(m_file, &error, u"ann"_s);
        const auto bob = hl::readCurrentLabels(m_file, &error, u"bob"_s);
        QVERIFY(std::none_of(ann->begin(), ann->end(), [&](const hl::LabelEvent &e) { return e.targetId == c; }));
        QVERIFY(std::any_of(bob->begin(), bob->end(),
                            [&](const hl::LabelEvent &e) { return e.targetId == c && e.verdict == hl::Verdict::Benign; }));
    }

    // The trail cannot be rewritten, not even with SQL.
    void auditTrailIsAppendOnly()
    {
        QString error;
        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Cluster, m_clusters[1].id, hl::Verdict::Benign), &error));
        const qint64 before = events();
        for (const char *sql : {"UPDATE label_events SET verdict = 'distillation'", "DELETE FROM label_events"}) {
            try {
                hl::execSql(m_file.handle(), sql);
                QFAIL(sql);
            } catch (const hl::StorageError &e) {
                QVERIFY2(e.message.contains(u"audit trail"_s), qPrintable(e.message));
            }
        }
        QCOMPARE(events(), before);
    }

    // An account's own label overrides its cluster's; the others inherit the cluster's.
    void accountLabelOverridesCluster()
    {
        const hl::StoredCluster &c = m_clusters[1];
        QString error;
        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Cluster, c.id, hl::Verdict::Distillation), &error));
        const std::uint32_t odd = c.accounts.front();
        QVERIFY(hl::appendLabel(m_file, labelEvent(hl::LabelTarget::Account, odd, hl::Verdict::Benign), &error));
        const auto effective = hl::readEffectiveVerdicts(m_file, &error);
        QVERIFY2(effective, qPrintable(error));
        QCOMPARE(effective->accounts[odd].verdict, hl::Verdict::Benign);
        QCOMPARE(effective->accounts[odd].from, hl::LabelTarget::Account);
        for (std::size_t i = 1; i < c.accounts.size(); ++i) {
            QCOMPARE(effective->accounts[c.accounts[i]].verdict, hl::Verdict::Distillation);
            QCOMPARE(effective->accounts[c.accounts[i]].from, hl::LabelTarget::Cluster);
            QCOMPARE(effective->clusterOf[c.accounts[i]], c.id);
        }
    }

    // Bad labels change nothing and say why; a bulk label is all or nothing.
    void badLabelsChangeNothing_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("analyst");
        QTest::addColumn<QString>("why");
        QTest::addRow("no such cluster") << 1 << qint64(987654) << u"ann"_s << u"no cluster 987654"_s;
        QTest::addRow("no such account") << 2 << qint64(987654) << u"ann"_s << u"no account"_s;
        QTest::addRow("no analyst") << 1 << qint64(-1) << u"  "_s << u"analyst"_s;
    }
    void badLabelsChangeNothing()
    {
        QFETCH(int, target);
        QFETCH(qint64, id);
        QFETCH(QString, analyst);
        QFETCH(QString, why);
        const qint64 before = events();
        QString error;
        auto bad = labelEvent(hl::LabelTarget(target), id < 0 ? m_clusters[0].id : id, hl::Verdict::Unsure, analyst);
        QVERIFY(!hl::appendLabel(m_file, bad, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        // In a bulk label, one bad target refuses the whole batch.
        QVERIFY(!hl::appendLabels(m_file, {labelEvent(hl::LabelTarget::Cluster, m_clusters[0].id, hl::Verdict::Unsure), bad},
                                  &error));
        QCOMPARE(events(), before);
    }

    void actorsMostUsedFirst()
    {
        QString error;
        for (const auto &[actor, times] : std::vector<std::pair<QString, int>>{{u"Rare Co"_s, 1}, {u"Often Inc"_s, 3}})
            for (int i = 0; i < times; ++i) {
                auto e = labelEvent(hl::LabelTarget::Cluster, m_clusters[0].id, hl::Verdict::Distillation);
                e.actor = actor;
                QVERIFY(hl::appendLabel(m_file, e, &error));
            }
        const auto actors = hl::readLabelActors(m_file, &error);
        QVERIFY(actors->indexOf(u"Often Inc"_s) < actors->indexOf(u"Rare Co"_s));
        QVERIFY(actors->contains(u"Acme AI"_s));
    }

    // The graph's badges follow label changes target by target (GraphVerdicts::update) exactly
    // as a read of every label draws them: a cluster and its accounts, an account's own label
    // over its cluster's, removed labels; in a drill-in (accounts) and the overview (clusters).
    void graphBadgesFollowChanges()
    {
        using T = hl::LabelTarget;
        using V = hl::Verdict;
        QString error;
        const std::int64_t c0 = m_clusters[0].id, c1 = m_clusters[1].id;
        const auto drillIn = hl::readClusterGraph(m_file, {c0, c1}, hl::ClusterGraphOptions(), &error);
        QVERIFY2(drillIn, qPrintable(error));
        const auto overview = hl::readOverviewGraph(m_file, hl::OverviewOptions(), &error);
        QVERIFY2(overview, qPrintable(error));
        const std::int64_t account = m_clusters[0].accounts.front();
        const struct { T target; std::int64_t id; V verdict; } changes[] = {
            {T::Cluster, c0, V::Distillation}, {T::Account, account, V::Benign}, {T::Cluster, c0, V::Unsure},
            {T::Account, account, V::None},    {T::Cluster, c0, V::None},        {T::Cluster, c1, V::Benign},
        };
        for (const hl::GraphData *graph : {&*drillIn, &*overview}) {
            hl::GraphVerdicts followed;
            QVERIFY2(followed.read(m_file, *graph, &error), qPrintable(error));
            for (const auto &c : changes) {
                QVERIFY2(hl::appendLabel(m_file, labelEvent(c.target, c.id, c.verdict), &error), qPrintable(error));
                QVERIFY2(followed.update(m_file, *graph, c.target, {c.id}, &error), qPrintable(error));
                hl::GraphVerdicts read;
                QVERIFY2(read.read(m_file, *graph, &error), qPrintable(error));
                QCOMPARE(followed.verdicts(), read.verdicts());
            }
            QVERIFY(std::count(followed.verdicts().begin(), followed.verdicts().end(), std::uint8_t(V::Benign)) > 0);
        }
    }

    void commandLine()
    {
        const QString c = QString::number(m_clusters[0].id);
        Run r = run({u"label"_s, u"--case"_s, m_case, u"--cluster"_s, c, u"--verdict"_s, u"distillation"_s, u"--actor"_s,
                     u"CLI Actor"_s, u"--confidence"_s, u"medium"_s, u"--analyst"_s, u"carol"_s, u"--note"_s, u"from the CLI"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"cluster %1 labelled distillation by carol"_s.arg(c)));
        const QString key = hltest::queryText(m_case, u"SELECT account_key FROM accounts WHERE id = %1"_s
                                                          .arg(m_clusters[0].accounts.back()));
        r = run({u"label"_s, u"--case"_s, m_case, u"--account"_s, key, u"--verdict"_s, u"benign"_s, u"--analyst"_s, u"carol"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"labels"_s, u"--case"_s, m_case, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray labels = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"labels"_s).toArray();
        bool sawCluster = false, sawAccount = false;
        for (const QJsonValue &v : labels) {
            const QJsonObject o = v.toObject();
            if (o.value(u"target"_s) == u"cluster"_s && o.value(u"target_id"_s).toInteger() == m_clusters[0].id) {
                sawCluster = true;
                QCOMPARE(o.value(u"actor"_s).toString(), u"CLI Actor"_s);
                QCOMPARE(o.value(u"confidence"_s).toString(), u"medium"_s);
                QCOMPARE(o.value(u"origin"_s).toString(), u"cli"_s);
            }
            if (o.value(u"target"_s) == u"account"_s && o.value(u"target_id"_s).toInteger() == m_clusters[0].accounts.back())
                sawAccount = o.value(u"verdict"_s) == u"benign"_s;
        }
        QVERIFY(sawCluster && sawAccount);
        r = run({u"labels"_s, u"--case"_s, m_case, u"--history"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events"_s).toArray().size(), events());

        const qint64 before = events();
        for (const QStringList &bad : {QStringList{u"--cluster"_s, c, u"--verdict"_s, u"maybe"_s},
                                       QStringList{u"--cluster"_s, c, u"--verdict"_s, u"benign"_s, u"--confidence"_s, u"very"_s},
                                       QStringList{u"--cluster"_s, u"987654"_s, u"--verdict"_s, u"benign"_s},
                                       QStringList{u"--account"_s, u"nobody"_s, u"--verdict"_s, u"benign"_s},
                                       QStringList{u"--verdict"_s, u"benign"_s}}) {
            r = run(QStringList{u"label"_s, u"--case"_s, m_case} + bad);
            QVERIFY2(r.code == 1 && !r.err.isEmpty(), qPrintable(bad.join(u' ')));
        }
        QCOMPARE(events(), before);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
