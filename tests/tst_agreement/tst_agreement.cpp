// Agreement between analysts (model/analysis/agreement.h): Cohen's kappa and Krippendorff's
// alpha against published values, the agreement of a labelled case (per-analyst current
// verdicts, removals, resolution), and the agreement command. The panel is tst_agreementpanel.
#include "clirun.h"
#include "labelcase.h"
#include "labelevent.h"

#include "analysis/agreement.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

using Table = QList<QList<int>>; // counts: rows rater A's category, columns rater B's
using Units = QList<QList<int>>; // units × coders, hl::NoRating where missing

namespace {

constexpr int M = hl::NoRating;
constexpr auto D = hl::Verdict::Distillation;
constexpr auto B = hl::Verdict::Benign;
constexpr auto U = hl::Verdict::Unsure;

// Rater A's and B's ratings, one pair per counted item of the contingency table.
std::pair<std::vector<int>, std::vector<int>> ratingsOf(const Table &table)
{
    std::pair<std::vector<int>, std::vector<int>> out;
    for (int a = 0; a < table.size(); ++a)
        for (int b = 0; b < table[a].size(); ++b)
            for (int n = 0; n < table[a][b]; ++n) {
                out.first.push_back(a);
                out.second.push_back(b);
            }
    return out;
}

bool same(double actual, double expected, double tolerance)
{
    return std::isnan(expected) ? std::isnan(actual) : std::abs(actual - expected) <= tolerance;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    hl::CaseFile m_file;
    std::vector<std::int64_t> m_clusters; // c0 … c5
    std::int64_t m_account = 0;

    void add(hl::LabelTarget target, std::int64_t id, hl::Verdict verdict, const QString &analyst,
             const QString &origin = u"test"_s)
    {
        hl::LabelEvent e = hltest::labelEvent(target, id, verdict, analyst);
        e.origin = origin;
        QString error;
        QVERIFY2(hl::appendLabel(m_file, e, &error), qPrintable(error));
    }
    void cluster(int i, hl::Verdict verdict, const QString &analyst, const QString &origin = u"test"_s)
    {
        add(hl::LabelTarget::Cluster, m_clusters[std::size_t(i)], verdict, analyst, origin);
    }
    hl::Agreement agreement()
    {
        QString error;
        const auto a = hl::computeAgreement(m_file, &error);
        if (!a)
            qWarning("%s", qPrintable(error));
        return a.value_or(hl::Agreement());
    }
    const hl::Disagreement *find(const hl::Agreement &a, int clusterIndex) const
    {
        for (const hl::Disagreement &d : a.disagreements)
            if (d.target == hl::LabelTarget::Cluster && d.targetId == m_clusters[std::size_t(clusterIndex)])
                return &d;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto clusters = hltest::openLabelCase(m_dir.path(), m_file, &error);
        QVERIFY2(clusters.size() >= 6, qPrintable(error));
        m_case = m_file.path();
        for (std::size_t i = 0; i < 6; ++i)
            m_clusters.push_back(clusters[i].id);
        m_account = clusters[0].accounts.front();
    }

    void cohensKappa_data()
    {
        QTest::addColumn<Table>("table");
        QTest::addColumn<double>("kappa");
        QTest::addColumn<double>("tolerance");
        // Wikipedia, "Cohen's kappa": 50 proposals, 20 both yes, 15 both no, 5 A yes / B no, 10 A no / B yes.
        QTest::addRow("Wikipedia, 50 grant proposals") << Table{{20, 5}, {10, 15}} << 0.4 << 1e-12;
        // Wikipedia: the same agreement (60 %), different marginals, different kappa.
        QTest::addRow("Wikipedia, balanced marginals") << Table{{45, 15}, {25, 15}} << 0.1304 << 5e-5;
        QTest::addRow("Wikipedia, unbalanced marginals") << Table{{25, 35}, {5, 35}} << 0.2593 << 5e-5;
        // SAS/STAT, PROC FREQ "Simple Kappa Coefficient" (three categories, one row empty).
        QTest::addRow("SAS, 3 categories, 19 items") << Table{{0, 4, 1}, {0, 8, 0}, {0, 1, 5}} << 0.4842 << 5e-5;
        // J. Uebersax's SAS kappa example (three categories, 72 items).
        QTest::addRow("Uebersax, 3 categories, 72 items") << Table{{0, 0, 0}, {5, 16, 3}, {8, 12, 28}} << 0.3333 << 5e-5;
        QTest::addRow("perfect agreement") << Table{{10, 0, 0}, {0, 7, 0}, {0, 0, 3}} << 1.0 << 1e-12;
        QTest::addRow("as by chance") << Table{{25, 25}, {25, 25}} << 0.0 << 1e-12;
        QTest::addRow("one category only: undefined") << Table{{12}} << qQNaN() << 0.0;
        QTest::addRow("no items: undefined") << Table{} << qQNaN() << 0.0;
    }
    void cohensKappa()
    {
        QFETCH(Table, table);
        QFETCH(double, kappa);
        QFETCH(double, tolerance);
        auto [a, b] = ratingsOf(table);
        const hl::PairStatistics s = hl::cohensKappa(a, b);
        QVERIFY2(same(s.kappa, kappa, tolerance), qPrintable(u"kappa %1, expected %2"_s.arg(s.kappa).arg(kappa)));
        QCOMPARE(s.items, std::int64_t(a.size()));
        // Items one rater left out do not count.
        a.insert(a.begin(), {M, 1, M});
        b.insert(b.begin(), {0, M, M});
        const hl::PairStatistics skipped = hl::cohensKappa(a, b);
        QCOMPARE(skipped.items, s.items);
        QVERIFY(same(skipped.kappa, s.kappa, 1e-12));
    }

    void observedAgreement()
    {
        const auto [a, b] = ratingsOf(Table{{20, 5}, {10, 15}});
        QCOMPARE(hl::cohensKappa(a, b).observed, 0.7);
    }

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", sections A-C.
    void krippendorffAlpha_data()
    {
        QTest::addColumn<Units>("units");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("A: binary, 2 coders, 10 units")
            << Units{{0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0}} << 0.095 << 5e-4;
        // Values a-e as 1-5.
        QTest::addRow("B: nominal, 2 coders, 12 units")
            << Units{{1, 2}, {1, 1}, {2, 2}, {2, 2}, {4, 2}, {3, 3}, {3, 3}, {3, 3}, {5, 5}, {4, 4}, {4, 4}, {1, 4}}
            << 0.692 << 5e-4;
        // Observers A-D; unit 12 has one value only and is not pairable.
        QTest::addRow("C: nominal, 4 coders, 12 units, missing values")
            << Units{{1, 1, M, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
                     {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {M, 5, 5, 5}, {M, M, 1, 1}, {M, M, 3, M}}
            << 0.743 << 5e-4;
        QTest::addRow("perfect, with missing values") << Units{{1, 1, M}, {2, M, 2}, {M, 3, 3}, {1, M, M}} << 1.0 << 1e-12;
        QTest::addRow("no pairable unit: undefined") << Units{{1, M}, {M, 2}, {}} << qQNaN() << 0.0;
        QTest::addRow("one value only: undefined") << Units{{2, 2}, {2, 2, 2}} << qQNaN() << 0.0;
    }
    void krippendorffAlpha()
    {
        QFETCH(Units, units);
        QFETCH(double, alpha);
        QFETCH(double, tolerance);
        std::vector<std::vector<int>> matrix;
        for (const QList<int> &unit : units)
            matrix.emplace_back(unit.begin(), unit.end());
        const double actual = hl::krippendorffAlpha(matrix);
        QVERIFY2(same(actual, alpha, tolerance), qPrintable(u"alpha %1, expected %2"_s.arg(actual).arg(alpha)));
    }

    void reliability_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("reliability");
        QTest::addRow("0.8") << 0.8 << int(hl::Reliability::Reliable);
        QTest::addRow("0.743") << 0.743 << int(hl::Reliability::Tentative);
        QTest::addRow("0.667") << 0.667 << int(hl::Reliability::Tentative);
        QTest::addRow("0.5") << 0.5 << int(hl::Reliability::Unreliable);
        QTest::addRow("negative") << -0.2 << int(hl::Reliability::Unreliable);
        QTest::addRow("NaN") << qQNaN() << int(hl::Reliability::Undefined);
    }
    void reliability()
    {
        QFETCH(double, alpha);
        QFETCH(int, reliability);
        QCOMPARE(int(hl::reliabilityOf(alpha)), reliability);
    }

    // Three analysts (ann, bob, cat) on six clusters and one account:
    //   c0 D D D · c1 D B D · c2 B B - · c3 U B B · c4 - B - (ann removed hers) · c5 - - D · account B B B
    void caseAgreement()
    {
        QVERIFY(agreement().analysts.isEmpty());
        cluster(0, D, u"ann"_s);
        QCOMPARE(agreement().analysts, QStringList{u"ann"_s});
        for (const QString &who : {u"bob"_s, u"cat"_s})
            cluster(0, D, who);
        cluster(1, D, u"ann"_s);
        cluster(1, B, u"bob"_s);
        cluster(1, D, u"cat"_s);
        cluster(2, D, u"ann"_s);
        cluster(2, B, u"ann"_s);          // her latest counts
        cluster(2, B, u"bob"_s, u"undo"_s); // an undo is the analyst's label as usual
        cluster(3, U, u"ann"_s);
        cluster(3, B, u"bob"_s);
        cluster(3, B, u"cat"_s, u"redo"_s);
        cluster(4, D, u"ann"_s);
        cluster(4, B, u"bob"_s);
        QVERIFY(find(agreement(), 4));
        cluster(4, hl::Verdict::None, u"ann"_s); // removed: bob alone, no disagreement
        cluster(5, D, u"cat"_s);
        for (const QString &who : {u"ann"_s, u"bob"_s, u"cat"_s})
            add(hl::LabelTarget::Account, m_account, B, who);

        const hl::Agreement a = agreement();
        QCOMPARE(a.analysts, (QStringList{u"ann"_s, u"bob"_s, u"cat"_s}));
        QCOMPARE(a.items, std::int64_t(7));
        QCOMPARE(a.pairableItems, std::int64_t(5));
        QCOMPARE(a.pairs.size(), std::size_t(3));
        // ann-bob: c0 c1 c2 c3 account, 3 alike; ann D2 B2 U1, bob D1 B4: pe = 10/25, kappa = 0.2/0.6.
        // ann-cat: c0 c1 c3 account, 3 alike; ann D2 U1 B1, cat D2 B2: pe = 6/16, kappa = 0.6.
        // bob-cat: c0 c1 c3 account, 3 alike; bob D1 B3, cat D2 B2: pe = 8/16, kappa = 0.5.
        const struct { int a, b; std::int64_t items; double observed, kappa; } expected[] = {
            {0, 1, 5, 0.6, 1.0 / 3}, {0, 2, 4, 0.75, 0.6}, {1, 2, 4, 0.75, 0.5}};
        for (std::size_t i = 0; i < 3; ++i) {
            const hl::AnalystPair &p = a.pairs[i];
            QCOMPARE(p.a, expected[i].a);
            QCOMPARE(p.b, expected[i].b);
            QCOMPARE(p.stats.items, expected[i].items);
            QVERIFY(same(p.stats.observed, expected[i].observed, 1e-12));
            QVERIFY2(same(p.stats.kappa, expected[i].kappa, 1e-12), qPrintable(QString::number(p.stats.kappa)));
        }
        // Alpha: pairable c0 DDD, c1 DBD, c2 BB, c3 UBB, account BBB: n = 14, n_D 5, n_B 8, n_U 1;
        // disagreement 2 (c1) + 2 (c3); alpha = 1 - 13 * 4 / (196 - 25 - 64 - 1) = 1 - 52/106.
        QVERIFY2(same(a.alpha, 1 - 52.0 / 106, 1e-12), qPrintable(QString::number(a.alpha)));

        QCOMPARE(a.disagreements.size(), std::size_t(2));
        const hl::Disagreement *c1 = find(a, 1), *c3 = find(a, 3);
        QVERIFY(c1 && c3);
        QCOMPARE(c1->verdicts, (std::vector<hl::Verdict>{D, B, D}));
        QCOMPARE(c3->verdicts, (std::vector<hl::Verdict>{U, B, B}));
        QVERIFY(!c1->resolved && !c3->resolved);
        QCOMPARE(a.openCount(), 2);
    }

    // An adjudicator resolves with origin "resolve": nobody's rating; a later event reopens.
    void caseResolution()
    {
        const hl::Agreement before = agreement();
        cluster(1, D, u"dave"_s, hl::ResolveOrigin);
        hl::Agreement a = agreement();
        QCOMPARE(a.analysts, before.analysts); // dave rated nothing
        QVERIFY(same(a.alpha, before.alpha, 0));
        QVERIFY(same(a.pairs[0].stats.kappa, before.pairs[0].stats.kappa, 0));
        const hl::Disagreement *c1 = find(a, 1);
        QVERIFY(c1 && c1->resolved);
        QCOMPARE(c1->resolution, D);
        QCOMPARE(c1->resolvedBy, u"dave"_s);
        QVERIFY(c1->resolvedAt > 0);
        QCOMPARE(a.openCount(), 1);
        QCOMPARE(a.disagreements.front().targetId, m_clusters[3]); // open first
        QVERIFY(a.disagreements.back().resolved);

        cluster(1, D, u"dave"_s, hl::UnresolveOrigin); // the resolution undone
        a = agreement();
        QVERIFY(!find(a, 1)->resolved);
        QCOMPARE(a.analysts, before.analysts);
        cluster(1, D, u"dave"_s, hl::ResolveOrigin);
        QVERIFY(find(agreement(), 1)->resolved);
        // The target's current label (ground truth) is the resolution.
        QString error;
        QCOMPARE(hl::readCurrentLabel(m_file, hl::LabelTarget::Cluster, m_clusters[1], &error)->verdict, D);
    }

    void commandLine()
    {
        hltest::CliRun r = hltest::runHydralens({u"agreement"_s, u"--case"_s, m_case, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"analysts"_s).toArray().toVariantList(), (QVariantList{u"ann"_s, u"bob"_s, u"cat"_s}));
        QCOMPARE(o.value(u"items"_s).toInt(), 7);
        QCOMPARE(o.value(u"pairable_items"_s).toInt(), 5);
        const QJsonArray pairs = o.value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs[0].toObject().value(u"a"_s).toString(), u"ann"_s);
        QCOMPARE(pairs[0].toObject().value(u"b"_s).toString(), u"bob"_s);
        QCOMPARE(pairs[0].toObject().value(u"items"_s).toInt(), 5);
        QVERIFY(same(pairs[0].toObject().value(u"kappa"_s).toDouble(), 1.0 / 3, 1e-9));
        QVERIFY(same(pairs[2].toObject().value(u"observed"_s).toDouble(), 0.75, 1e-9));
        QVERIFY(same(o.value(u"alpha"_s).toDouble(), 1 - 52.0 / 106, 1e-9));
        QCOMPARE(o.value(u"reliability"_s).toString(), u"unreliable"_s);
        QCOMPARE(o.value(u"open"_s).toInt(), 1);
        const QJsonArray disagreements = o.value(u"disagreements"_s).toArray();
        QCOMPARE(disagreements.size(), 2);
        const QJsonObject open = disagreements[0].toObject(), resolved = disagreements[1].toObject();
        QCOMPARE(open.value(u"target"_s).toString(), u"cluster"_s);
        QCOMPARE(open.value(u"target_id"_s).toInteger(), m_clusters[3]);
        QCOMPARE(open.value(u"resolved"_s).toBool(), false);
        QCOMPARE(open.value(u"verdicts"_s).toObject().value(u"ann"_s).toString(), u"unsure"_s);
        QCOMPARE(resolved.value(u"resolution"_s).toString(), u"distillation"_s);
        QCOMPARE(resolved.value(u"resolved_by"_s).toString(), u"dave"_s);

        r = hltest::runHydralens({u"agreement"_s, u"--case"_s, m_case});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString &text = r.out;
        for (const QString &part : {u"Analysts: ann, bob, cat"_s, u"0.333"_s, u"0.600"_s, u"0.500"_s, u"75.0%"_s,
                                    u"Krippendorff's alpha (nominal, 3 analysts): 0.509 (unreliable"_s,
                                    u"Disagreements: 1 open, 1 resolved"_s, u"ann unsure, bob benign, cat benign"_s,
                                    u"resolved as distillation by dave"_s})
            QVERIFY2(text.contains(part), qPrintable(part + u"\n---\n"_s + text));

        for (const QStringList &bad : {QStringList{u"--case"_s, m_dir.filePath(u"missing.hlcase"_s)}, QStringList{},
                                       QStringList{u"--case"_s, m_case, u"--bogus"_s}}) {
            r = hltest::runHydralens(QStringList{u"agreement"_s} + bad);
            QCOMPARE(r.code, 1);
            QVERIFY2(!r.err.isEmpty(), qPrintable(bad.join(u' ')));
        }

        // The open one, resolved from the command line (last: it changes the counts above).
        const QString id = QString::number(m_clusters[3]);
        r = hltest::runHydralens({u"label"_s, u"--case"_s, m_case, u"--cluster"_s, id, u"--verdict"_s, u"none"_s,
                                  u"--resolve"_s});
        QCOMPARE(r.code, 1); // a resolution needs a verdict
        r = hltest::runHydralens({u"label"_s, u"--case"_s, m_case, u"--cluster"_s, id, u"--verdict"_s, u"benign"_s,
                                  u"--analyst"_s, u"erin"_s, u"--resolve"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = hltest::runHydralens({u"agreement"_s, u"--case"_s, m_case, u"--json"_s});
        const QJsonObject after = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(after.value(u"open"_s).toInt(), 0);
        QCOMPARE(after.value(u"analysts"_s).toArray().size(), 3); // erin adjudicated: no rating
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
