#include "risk.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

double ramp(double v, double low, double high)
{
    if (!std::isfinite(v))
        return 0;
    return std::clamp((v - low) / (high - low), 0.0, 1.0);
}

QString percent(double share)
{
    return QString::number(std::round(share * 100)) + u'%';
}

struct Evidence
{
    double points;
    QString reason;
};

} // namespace

RiskResult assessRisk(const FeatureValues &f, bool pivotFlagged, const QString &pivotReason, const RiskOptions &options)
{
    auto v = [&f](Feature k) { return f[std::size_t(k)]; };
    const double size = v(Feature::Size);
    std::vector<Evidence> evidence;
    auto add = [&](double weight, double strength, const QString &reason) {
        if (strength > 0)
            evidence.push_back({weight * strength, reason});
    };
    const auto n = qint64(size);

    // Behaviour: what people and companies do not do.
    const double reuse = v(Feature::TemplateReuse) * v(Feature::TemplateConcentration);
    add(3.0, ramp(reuse, 0.3, 0.8),
        QCoreApplication::translate("hl::Risk", "%1 of the traffic uses prompt templates shared across the %2 accounts "
                                                "(%3 on its 100 most used templates)")
            .arg(percent(v(Feature::TemplateReuse))).arg(n).arg(percent(v(Feature::TemplateConcentration))));
    add(2.0, ramp(v(Feature::Synchrony), 0.08, 0.3),
        QCoreApplication::translate("hl::Risk", "synchronised bursts: %1 of the traffic falls in the busiest 1% of minutes")
            .arg(percent(v(Feature::Synchrony))));
    add(1.5, ramp(v(Feature::RoundTheClock), 0.55, 0.9) * ramp(v(Feature::WeekendRatio), 0.7, 0.95),
        QCoreApplication::translate("hl::Risk", "active round the clock, weekends included (quietest 8 hours carry %1 "
                                                "of a flat day's share)")
            .arg(percent(v(Feature::RoundTheClock))));
    add(1.0, ramp(std::log(std::max(v(Feature::OutputInputRatio), 1e-9)), std::log(1.5), std::log(5.0)),
        QCoreApplication::translate("hl::Risk", "answers %1 times longer than the prompts (harvesting outputs)")
            .arg(v(Feature::OutputInputRatio), 0, 'f', 1));
    add(1.0, ramp(v(Feature::TopCapabilityShare), 0.6, 0.85),
        QCoreApplication::translate("hl::Risk", "%1 of the traffic on one capability").arg(percent(v(Feature::TopCapabilityShare))));

    // Identity and sign-up: weak alone (companies and campuses share too).
    add(1.0, ramp(v(Feature::CreationBurst), 0.15, 0.5) * ramp(size, 5, 30),
        QCoreApplication::translate("hl::Risk", "%1 of the accounts were created within 6 hours")
            .arg(percent(v(Feature::CreationBurst))));
    add(0.5, ramp(v(Feature::SharedIdentityShare), 0.3, 0.8) * ramp(size, 3, 20),
        QCoreApplication::translate("hl::Risk", "%1 accounts share %2 payment cards, devices, phones or API keys")
            .arg(qint64(std::round(v(Feature::SharedIdentityShare) * size))).arg(qint64(v(Feature::SharedIdentityValues))));
    add(0.5, ramp(v(Feature::ProgramSignupShare), 0.3, 0.7),
        QCoreApplication::translate("hl::Risk", "%1 signed up through education, research or start-up programmes")
            .arg(percent(v(Feature::ProgramSignupShare))));
    add(0.5, ramp(v(Feature::ProxyShare), 0.2, 0.6),
        QCoreApplication::translate("hl::Risk", "%1 of the traffic comes through anonymising proxies")
            .arg(percent(v(Feature::ProxyShare))));

    // Outside evidence.
    add(1.5, ramp(v(Feature::IndicatorHits), 0, 2),
        QCoreApplication::translate("hl::Risk", "%1 linked infrastructure values were reported by partners")
            .arg(qint64(v(Feature::IndicatorHits))));
    add(1.0, ramp(v(Feature::MeanScore), 0.45, 0.8),
        QCoreApplication::translate("hl::Risk", "upstream classifier scores average %1").arg(v(Feature::MeanScore), 0, 'f', 2));
    if (pivotFlagged)
        add(1.5, 1.0, pivotReason);
    add(0.5, ramp(v(Feature::EnforcedShare), 0.05, 0.2),
        QCoreApplication::translate("hl::Risk", "%1 of the accounts are already suspended or banned")
            .arg(percent(v(Feature::EnforcedShare))));

    double sum = 0;
    for (const Evidence &e : evidence)
        sum += e.points;
    RiskResult r;
    r.risk = 1.0 / (1.0 + std::exp(-(sum - options.offset)));
    r.flagged = r.risk >= options.threshold && size >= double(options.minFlagSize);
    std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence &a, const Evidence &b) { return a.points > b.points; });
    for (const Evidence &e : evidence)
        if (r.reasons.size() < 5 && e.points >= 0.25)
            r.reasons.append(e.reason);
    return r;
}

} // namespace hl
