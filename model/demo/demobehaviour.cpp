#include "demobehaviour.h"

#include "demopopulation.h"
#include "demoscenario.h"

#include <algorithm>
#include <cmath>

namespace hl {

namespace {
constexpr double AdoptionRampHours = 48.0;

std::int64_t clampTokens(double v, std::int64_t hi)
{
    return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor(v + 0.5)), 1, hi);
}

double actorShare(const DemoGroup &g, int model, std::int64_t ts)
{
    const auto &spec = DemoScenario::actor(g.spec);
    double share = 0.0;
    if (model == spec.sideModel && ts >= DemoScenario::releaseTime(model) + static_cast<std::int64_t>(spec.sideDelayHours * 3600.0))
        share = spec.sideShare;
    if (model != spec.pivotModel)
        return share;
    const std::int64_t release = DemoScenario::releaseTime(model);
    if (ts < release)
        return 0.0;
    switch (spec.pivot) {
    case DemoScenario::PivotKind::Step:
        return ts >= g.pivotAt ? spec.pivotShare : 0.03; // a few probes, then the switch
    case DemoScenario::PivotKind::Ramp: {
        const double h = static_cast<double>(ts - release) / 3600.0;
        if (h < spec.pivotHoursMin)
            return 0.02;
        return spec.pivotShare * std::min(1.0, (h - spec.pivotHoursMin) / (spec.pivotRampDays * 24.0));
    }
    case DemoScenario::PivotKind::None:
        break;
    }
    return share;
}

double adoption(float delayHours, float share, std::int64_t release, std::int64_t ts)
{
    const double h = static_cast<double>(ts - release) / 3600.0 - delayHours;
    if (h < 0.0)
        return 0.0;
    return share * std::min(1.0, h / AdoptionRampHours);
}
} // namespace

DemoBehaviour::DemoBehaviour(const DemoPopulation &population, std::uint64_t seed)
    : m_population(population)
    , m_addressing(population.groups(), population.actorGroup(0), population.actorGroup(1))
    , m_random(seed, 0x65786368616e6765ULL) // "exchange"
{
}

double DemoBehaviour::newModelShare(const DemoGroup &g, const DemoAccount &a, int model, std::int64_t ts)
{
    if (g.kind == DemoKind::Actor)
        return actorShare(g, model, ts);
    if (model == ModelAtlas4)
        return adoption(a.adopt4Hours, a.adopt4Share, DemoScenario::releaseTime(ModelAtlas4), ts);
    if (model == ModelAtlas4Mini)
        return adoption(a.adoptMiniHours, a.adoptMiniShare, DemoScenario::releaseTime(ModelAtlas4Mini), ts);
    return 0.0;
}

int DemoBehaviour::chooseModel(const DemoGroup &g, const DemoAccount &a, std::int64_t ts)
{
    if (m_random.uniform() < newModelShare(g, a, ModelAtlas4Mini, ts))
        return ModelAtlas4Mini;
    if (m_random.uniform() < newModelShare(g, a, ModelAtlas4, ts))
        return ModelAtlas4;
    const double u = m_random.uniform();
    if (u < a.legacyShare)
        return ModelAtlas2;
    if (u < a.legacyShare + a.fastShare)
        return ModelAtlas35Fast;
    return ModelAtlas3;
}

std::uint64_t DemoBehaviour::unique()
{
    std::uint64_t t = m_random.next();
    return t ? t : 1;
}

std::uint64_t DemoBehaviour::chooseTemplate(const DemoGroup &g, const DemoAccount &a)
{
    if (m_random.chance(0.004))
        return 0; // the parser could not fingerprint the prompt
    auto personal = [&](std::uint64_t n) {
        const std::uint64_t t = DemoRandom::hash(a.salt, 0x7e, m_random.below(std::max<std::uint64_t>(1, n)));
        return t ? t : 1;
    };
    auto shared = [&](int power) { return g.templates[m_random.skewed(g.templates.size(), power)]; };
    const double u = m_random.uniform();
    switch (g.kind) {
    case DemoKind::Actor:
        return u < 0.04 ? unique() : shared(2);
    case DemoKind::ApiReseller:
        return u < 0.55 ? shared(3) : unique();
    case DemoKind::EnterpriseNat:
        return u < 0.4 ? shared(2) : u < 0.6 ? personal(a.personalTemplates) : unique();
    case DemoKind::Campus:
        if (u < 0.12)
            return shared(2);
        break;
    default:
        break;
    }
    if (a.persona == DemoScenario::Bot)
        return u < 0.85 ? personal(std::min<std::uint64_t>(2, a.personalTemplates)) : unique();
    if (u < 0.37)
        return personal(a.personalTemplates);
    if (u < 0.52) {
        const auto &common = m_population.commonTemplates();
        return common[m_random.skewed(common.size(), 2)];
    }
    return unique();
}

void DemoBehaviour::fill(const DemoAccount &a, std::int64_t ts, DemoExchange &out)
{
    const DemoGroup &g = m_population.groups()[a.group];
    const bool actor = g.kind == DemoKind::Actor;
    out.model = chooseModel(g, a, ts);

    const auto &mix = actor ? DemoScenario::actor(g.spec).capabilities : DemoScenario::personaMix(a.persona);
    const int cap = static_cast<int>(m_random.pick(mix.data(), mix.size()));
    out.capability = m_random.chance(0.003) ? -1 : cap;
    out.templateHash = chooseTemplate(g, a);

    double inMedian = DemoScenario::inputMedian(cap);
    double outMedian = DemoScenario::outputMedian(cap);
    double inSigma = 1.0, outSigma = 0.8;
    if (actor) {
        // Short scripted probes asking for long, complete answers.
        const auto &spec = DemoScenario::actor(g.spec);
        inMedian *= spec.inputScale;
        outMedian *= spec.outputScale;
        inSigma = 0.45;
        outSigma = 0.35;
    }
    out.inputTokens = clampTokens(m_random.logNormal(inMedian, inSigma), 200000);
    out.outputTokens = m_random.chance(0.003) ? 0 : clampTokens(m_random.logNormal(outMedian, outSigma), 32000);

    out.ip = m_addressing.ipAt(a, ts, m_random.next());

    if (a.keyCount <= 1) {
        out.key = a.keyBegin;
    } else if (actor) {
        out.key = a.keyBegin + static_cast<std::uint32_t>(DemoRandom::hash(a.salt, static_cast<std::uint64_t>(ts / 7200)) % a.keyCount);
    } else if (g.kind == DemoKind::ApiReseller) {
        out.key = a.keyBegin + static_cast<std::uint32_t>(m_random.skewed(a.keyCount, 2));
    } else {
        out.key = a.keyBegin + (ts >= a.keySwitchAt ? 1u : 0u);
    }
}

} // namespace hl
