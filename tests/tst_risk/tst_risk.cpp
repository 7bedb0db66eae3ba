// Risk: look-alikes that share infrastructure for innocent reasons stay unflagged; each trait
// of a campaign raises risk; reasons say what was seen.
#include "analysis/features.h"
#include "analysis/risk.h"

#include <QTest>

using namespace hl;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FeatureValues)

namespace {

// An ordinary-looking cluster: people on their own schedule, many templates, short answers.
FeatureValues base(double size)
{
    FeatureValues f{};
    auto set = [&f](Feature k, double v) { f[std::size_t(k)] = v; };
    set(Feature::Size, size);
    set(Feature::Exchanges, size * 300);
    set(Feature::ActiveDays, 80);
    set(Feature::ExchangesPerAccountDay, 4);
    set(Feature::TopCapabilityShare, 0.35);
    set(Feature::TemplateReuse, 0.1);
    set(Feature::TemplateConcentration, 0.15);
    set(Feature::Synchrony, 0.03);
    set(Feature::RoundTheClock, 0.1);
    set(Feature::WeekendRatio, 0.5);
    set(Feature::OutputInputRatio, 0.3);
    set(Feature::AgeAtFirstUseDays, 200);
    set(Feature::CreationBurst, 0.05);
    set(Feature::MeanScore, 0.3);
    set(Feature::SharedIdentityShare, 0.0);
    return f;
}

FeatureValues with(FeatureValues f, std::initializer_list<std::pair<Feature, double>> changes)
{
    for (const auto &[k, v] : changes)
        f[std::size_t(k)] = v;
    return f;
}

} // namespace

class TestRisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Benign look-alikes (docs/demo-data.md), as their clusters look: suspicious identity,
    // innocent behaviour. None may be flagged.
    void lookAlikesNotFlagged_data()
    {
        QTest::addColumn<FeatureValues>("features");
        QTest::addRow("enterprise NAT: one card, SSO batch, office hours")
            << with(base(360), {{Feature::SharedIdentityShare, 1.0}, {Feature::SharedIdentityValues, 5},
                                {Feature::CreationBurst, 0.53}, {Feature::RoundTheClock, 0.04},
                                {Feature::WeekendRatio, 0.03}, {Feature::TemplateReuse, 0.14},
                                {Feature::TemplateConcentration, 0.2}, {Feature::Synchrony, 0.09}});
        QTest::addRow("campus: education sign-ups in term-start bursts")
            << with(base(200), {{Feature::ProgramSignupShare, 1.0}, {Feature::CreationBurst, 0.2},
                                {Feature::RoundTheClock, 0.3}, {Feature::WeekendRatio, 0.6}});
        QTest::addRow("mobile CGNAT crowd") << with(base(40), {{Feature::ProxyShare, 0.0}, {Feature::RoundTheClock, 0.35}});
        QTest::addRow("VPN exit users") << with(base(12), {{Feature::ProxyShare, 0.9}, {Feature::RoundTheClock, 0.4},
                                                           {Feature::IndicatorHits, 1}});
        QTest::addRow("API reseller: 24/7, hosting, high upstream scores")
            << with(base(24), {{Feature::SharedIdentityShare, 1.0}, {Feature::RoundTheClock, 0.77},
                               {Feature::WeekendRatio, 0.82}, {Feature::MeanScore, 0.7},
                               {Feature::ExchangesPerAccountDay, 120}, {Feature::TemplateReuse, 0.08},
                               {Feature::TemplateConcentration, 0.08}});
        QTest::addRow("proxy customers") << with(base(3), {{Feature::ProxyShare, 0.5}});
        QTest::addRow("cron bot alone: one template, flat rhythm")
            << with(base(1), {{Feature::TemplateConcentration, 1.0}, {Feature::RoundTheClock, 1.0},
                              {Feature::WeekendRatio, 1.0}, {Feature::Synchrony, 0.9}, {Feature::MeanScore, 0.9}});
    }

    void lookAlikesNotFlagged()
    {
        QFETCH(FeatureValues, features);
        const RiskResult r = assessRisk(features, false, QString());
        QVERIFY2(!r.flagged, qPrintable(u"risk %1: %2"_s.arg(r.risk).arg(r.reasons.join(u"; "_s))));
        QVERIFY(r.risk < 0.5 || features[std::size_t(Feature::Size)] < 3);
    }

    // Each campaign trait on its own raises risk above the ordinary cluster, with a reason
    // that names it.
    void campaignTraits_data()
    {
        QTest::addColumn<FeatureValues>("features");
        QTest::addColumn<bool>("pivot");
        QTest::addColumn<QString>("reason");
        const FeatureValues b = base(300);
        QTest::addRow("template reuse") << with(b, {{Feature::TemplateReuse, 0.95}, {Feature::TemplateConcentration, 0.96}})
                                        << false << u"prompt templates shared across the 300 accounts"_s;
        QTest::addRow("synchronised bursts") << with(b, {{Feature::Synchrony, 0.4}}) << false << u"synchronised bursts"_s;
        QTest::addRow("round the clock") << with(b, {{Feature::RoundTheClock, 0.98}, {Feature::WeekendRatio, 1.0}})
                                         << false << u"round the clock"_s;
        QTest::addRow("answer harvesting") << with(b, {{Feature::OutputInputRatio, 6.8}}) << false << u"6.8 times longer"_s;
        QTest::addRow("capability focus") << with(b, {{Feature::TopCapabilityShare, 0.9}}) << false << u"on one capability"_s;
        QTest::addRow("creation burst") << with(b, {{Feature::CreationBurst, 0.6}}) << false << u"created within 6 hours"_s;
        QTest::addRow("partner indicators") << with(b, {{Feature::IndicatorHits, 3}}) << false << u"reported by partners"_s;
        QTest::addRow("upstream scores") << with(b, {{Feature::MeanScore, 0.85}}) << false << u"scores average 0.85"_s;
        QTest::addRow("post-release pivot") << b << true << u"within 24 h of its release"_s;
    }

    void campaignTraits()
    {
        QFETCH(FeatureValues, features);
        QFETCH(bool, pivot);
        QFETCH(QString, reason);
        const double baseline = assessRisk(base(300), false, QString()).risk;
        const RiskResult r = assessRisk(features, pivot, u"86% of traffic on atlas-4 within 24 h of its release"_s);
        QVERIFY2(r.risk > baseline, qPrintable(u"%1 vs %2"_s.arg(r.risk).arg(baseline)));
        QVERIFY2(r.reasons.join(u'\n').contains(reason), qPrintable(r.reasons.join(u'\n')));
    }

    // Campaigns combine traits: each demo actor's profile is flagged.
    void campaignsFlagged_data()
    {
        QTest::addColumn<FeatureValues>("features");
        QTest::addColumn<bool>("pivot");
        const FeatureValues b = base(500);
        QTest::addRow("reasoning harvester (quarry)")
            << with(b, {{Feature::TemplateReuse, 0.67}, {Feature::TemplateConcentration, 0.67}, {Feature::RoundTheClock, 0.98},
                        {Feature::WeekendRatio, 0.94}, {Feature::OutputInputRatio, 6.9}, {Feature::TopCapabilityShare, 0.82},
                        {Feature::Synchrony, 0.16}})
            << true;
        QTest::addRow("nightly vision batches (prism)")
            << with(b, {{Feature::TemplateReuse, 0.83}, {Feature::TemplateConcentration, 0.83}, {Feature::Synchrony, 0.43},
                        {Feature::CreationBurst, 0.6}, {Feature::RoundTheClock, 0.0}})
            << false;
        QTest::addRow("low and slow, office hours (ember)")
            << with(b, {{Feature::TemplateReuse, 0.96}, {Feature::TemplateConcentration, 0.96}, {Feature::RoundTheClock, 0.0},
                        {Feature::WeekendRatio, 1.05}, {Feature::IndicatorHits, 2}})
            << true;
    }

    void campaignsFlagged()
    {
        QFETCH(FeatureValues, features);
        QFETCH(bool, pivot);
        const RiskResult r = assessRisk(features, pivot, u"pivot"_s);
        QVERIFY2(r.flagged, qPrintable(u"risk %1"_s.arg(r.risk)));
        QVERIFY(!r.reasons.isEmpty() && r.reasons.size() <= 5);
        // Too small to be a hydra: the same behaviour in two accounts is not flagged.
        FeatureValues pair = features;
        pair[std::size_t(Feature::Size)] = 2;
        QVERIFY(!assessRisk(pair, pivot, u"pivot"_s).flagged);
    }

    void synchrony()
    {
        // 1,000 exchanges spread evenly over 1,000 minutes: the busiest 1% holds about 1%.
        std::vector<std::int64_t> even;
        for (int i = 0; i < 1000; ++i)
            even.push_back(i);
        QCOMPARE(synchronyOf(even), 0.01);
        // The same volume fired in 10 slot minutes out of the span: all of it in the busiest 1%.
        std::vector<std::int64_t> bursts;
        for (int i = 0; i < 1000; ++i)
            bursts.push_back((i % 10) * 100);
        bursts.push_back(999);
        QVERIFY(synchronyOf(bursts) > 0.9);
        std::vector<std::int64_t> few{1, 2, 3};
        QCOMPARE(synchronyOf(few), 0.0);
    }

    void catalogueComplete()
    {
        QSet<QString> names;
        for (const FeatureInfo &f : featureCatalogue()) {
            QVERIFY(f.name && *f.name && f.unit && *f.unit && f.meaning && *f.meaning);
            names.insert(QString::fromLatin1(f.name));
        }
        QCOMPARE(names.size(), qsizetype(FeatureCount));
        QCOMPARE(featuresToJson(base(3)).size(), qsizetype(FeatureCount));
    }
};

QTEST_GUILESS_MAIN(TestRisk)
#include "tst_risk.moc"
