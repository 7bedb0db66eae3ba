#include "demoactorbuilder.h"

#include "demoaddressing.h"
#include "demonetworks.h"
#include "demopopulation.h"
#include "demoscenario.h"
#include "demotimeformat.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hl {

namespace {
// Declared billing countries of actor accounts: whatever passes the checks, unrelated to
// where the traffic comes from.
const char *const ActorCountries[] = {"US", "SG", "GB", "CA", "MY", "AU", "DE", "JP", "HK"};
const double ActorCountryWeights[] = {0.35, 0.15, 0.10, 0.10, 0.08, 0.07, 0.05, 0.05, 0.05};

// The lab's enforcement sweeps; banned actor accounts stop at one of these.
const std::int64_t BanSweeps[] = {
    DemoTimeFormat::fromCivil(2026, 2, 4, 15), DemoTimeFormat::fromCivil(2026, 3, 2, 18),
    DemoTimeFormat::fromCivil(2026, 3, 27, 14)};

std::int64_t countFor(std::int64_t accounts, double share, int perItem)
{
    if (perItem <= 0)
        return 0;
    const double n = std::ceil(static_cast<double>(accounts) * share / perItem);
    return std::max<std::int64_t>(2, static_cast<std::int64_t>(n));
}
} // namespace

DemoActorBuilder::DemoActorBuilder(DemoPopulation &population)
    : m_population(population)
{
}

void DemoActorBuilder::buildPool(DemoGroup &group, int actor, std::int64_t accounts)
{
    const auto &spec = DemoScenario::actor(actor);
    DemoRandom &rng = m_population.random();
    // Each pool address is shared by several of the actor's accounts (lanes overlap).
    const double reuse = spec.laneWidth <= 2 ? 3.0 : 7.0;
    const auto size = std::max<std::int64_t>(
        6, static_cast<std::int64_t>(std::ceil(static_cast<double>(accounts) * spec.laneWidth / reuse)));
    const double weights[3] = {spec.poolOrchid, spec.poolIspProxy, spec.poolHosting};
    for (std::int64_t i = 0; i < size; ++i) {
        switch (rng.pick(weights, 3)) {
        case 0: {
            const int net = NetProxyUs + static_cast<int>(rng.below(NetProxyKr - NetProxyUs + 1));
            group.ipPool.push_back(DemoNetworks::host(net, rng.next() >> 8));
            break;
        }
        case 1:
            group.ipPool.push_back(DemoNetworks::host(NetTanagerProxies, rng.next() >> 8));
            break;
        default: {
            const int net = spec.poolHosts[rng.below(2)];
            if (DemoNetworks::network(net).v6Group != 0 && rng.chance(0.2))
                group.ipPool.push_back(DemoNetworks::ipv6(net, static_cast<std::uint32_t>(rng.below(4096)),
                                                          static_cast<std::uint32_t>(rng.next())));
            else
                group.ipPool.push_back(DemoNetworks::host(net, rng.next() >> 8));
        }
        }
    }
}

std::int64_t DemoActorBuilder::creationTime(int actor, std::int64_t k, std::int64_t accounts)
{
    const auto &spec = DemoScenario::actor(actor);
    DemoRandom &rng = m_population.random();
    // Accounts are assigned to waves in order, so even a tiny actor has its pre-release wave.
    const double position = (static_cast<double>(k) + 0.5) / static_cast<double>(accounts);
    double cumulative = 0.0;
    const DemoScenario::Wave *wave = &spec.waves[0];
    for (const auto &w : spec.waves) {
        if (w.fraction <= 0.0)
            break;
        wave = &w;
        cumulative += w.fraction;
        if (position < cumulative)
            break;
    }
    const std::int64_t start = DemoTimeFormat::fromCivil(wave->year, wave->month, wave->day, wave->hour);
    const double u = rng.uniform();
    return start + static_cast<std::int64_t>(wave->spreadHours * 3600.0 * u * std::sqrt(u));
}

void DemoActorBuilder::setStatus(DemoAccount &a, int actor)
{
    const auto &spec = DemoScenario::actor(actor);
    DemoRandom &rng = m_population.random();
    const double u = rng.uniform();
    if (u < spec.bannedShare) {
        for (std::int64_t sweep : BanSweeps) {
            if (sweep > a.createdAt + 3 * DemoTimeFormat::Day) {
                a.status = StatusBanned;
                a.activeUntil = sweep + static_cast<std::int64_t>(rng.below(3 * 3600));
                return;
            }
        }
    } else if (u < spec.bannedShare + spec.suspendedShare) {
        const std::int64_t at = std::max(a.createdAt, DemoScenario::windowStart())
                              + static_cast<std::int64_t>(rng.exponential(20.0 * DemoTimeFormat::Day));
        if (at < DemoScenario::windowEnd() - DemoTimeFormat::Day) {
            a.status = StatusSuspended;
            a.activeUntil = at;
        }
    }
}

std::uint32_t DemoActorBuilder::build(int actor, std::int64_t accounts)
{
    const auto &spec = DemoScenario::actor(actor);
    DemoRandom &rng = m_population.random();

    DemoGroup group;
    group.label = std::string("actor:") + spec.name;
    group.kind = DemoKind::Actor;
    group.spec = actor;
    group.trafficShare = spec.trafficShare;
    group.salt = rng.next();
    buildPool(group, actor, accounts);

    const double scale = std::min(1.0, static_cast<double>(accounts)
                                           / DemoPopulation::fullScaleAccounts(spec.accountShare));
    const auto templates = std::max<std::int64_t>(5, std::llround(spec.templates * scale));
    for (std::int64_t i = 0; i < templates; ++i)
        group.templates.push_back(m_population.newTemplate());

    const std::int64_t release = DemoScenario::releaseTime(spec.pivotModel);
    if (spec.pivot == DemoScenario::PivotKind::Step) {
        group.pivotHours = rng.uniform(spec.pivotHoursMin, spec.pivotHoursMax);
        group.pivotAt = release + static_cast<std::int64_t>(group.pivotHours * 3600.0);
    } else if (spec.pivot == DemoScenario::PivotKind::Ramp) {
        // The hour at which the ramp crosses half of the traffic.
        group.pivotAt = release + static_cast<std::int64_t>(spec.pivotHoursMin * 3600.0);
        group.pivotHours = spec.pivotHoursMin + 0.5 / spec.pivotShare * spec.pivotRampDays * 24.0;
    }

    // Shared identity material: a few cards, devices and phone numbers for many accounts.
    std::vector<std::int32_t> cards, devices, phones, orgs;
    for (std::int64_t i = 0; i < countFor(accounts, spec.cardShare, spec.accountsPerCard); ++i)
        cards.push_back(m_population.newPayment());
    for (std::int64_t i = 0; i < countFor(accounts, spec.deviceShare, spec.accountsPerDevice); ++i)
        devices.push_back(m_population.newDevice());
    for (std::int64_t i = 0; i < countFor(accounts, spec.phoneShare, spec.accountsPerPhone); ++i)
        phones.push_back(m_population.newPhone());
    std::vector<std::string> startupOrgs;
    if (spec.startupOrgSize > 0) {
        const auto n = std::max<std::int64_t>(1, accounts * static_cast<std::int64_t>(spec.signups[SignupStartup] * 100)
                                                     / (100 * spec.startupOrgSize));
        for (std::int64_t i = 0; i < n; ++i)
            startupOrgs.push_back(m_population.newOrgId());
    }
    int domains = 0;
    while (domains < 3 && spec.throwawayDomains[static_cast<std::size_t>(domains)])
        ++domains;

    const std::uint32_t groupIndex = m_population.addGroup(std::move(group));
    const std::uint64_t poolSize = m_population.groups()[groupIndex].ipPool.size();
    const std::vector<double> freemailWeights = [] {
        std::vector<double> w;
        for (int i = 0; i < DemoScenario::freemailCount(); ++i)
            w.push_back(DemoScenario::freemailWeight(i));
        return w;
    }();

    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        a.createdAt = creationTime(actor, k, accounts);
        a.activeFrom = a.createdAt + 300 + static_cast<std::int64_t>(rng.exponential(1800.0));
        a.activeUntil = DemoScenario::windowEnd();
        a.country = ActorCountries[rng.pick(ActorCountryWeights, std::size(ActorCountryWeights))];
        a.signup = static_cast<DemoSignup>(rng.pick(spec.signups.data(), SignupCount));
        if (a.signup == SignupStartup && !startupOrgs.empty())
            a.orgId = startupOrgs[rng.below(startupOrgs.size())];
        if (domains == 0 || rng.chance(spec.freemailShare))
            a.emailDomain = DemoScenario::freemail(static_cast<int>(rng.pick(freemailWeights.data(), freemailWeights.size())));
        else
            a.emailDomain = spec.throwawayDomains[rng.below(static_cast<std::uint64_t>(domains))];
        a.rhythm = spec.rhythm;
        a.tzMinutes = spec.rhythm == DemoRhythm::MimicOffice ? 480 : 0;
        a.intensity = static_cast<float>(rng.logNormal(1.0, 0.45));
        a.fastShare = static_cast<float>(spec.capabilities[CapVision] > 0.3 ? 0.6 : 0.15);
        a.keyCount = static_cast<std::uint32_t>(rng.range(spec.keysMin, spec.keysMax));
        a.keyBegin = m_population.newKeys(static_cast<int>(a.keyCount));
        a.lane = static_cast<std::uint32_t>((static_cast<std::uint64_t>(k) * poolSize / static_cast<std::uint64_t>(accounts)
                                             + rng.below(3)) % poolSize);
        if (!cards.empty() && rng.chance(spec.cardShare))
            a.payment[0] = cards[rng.below(cards.size())];
        if (!devices.empty() && rng.chance(spec.deviceShare))
            a.device[0] = devices[rng.skewed(devices.size(), 2)];
        else
            a.device[0] = m_population.newDevice();
        if (!phones.empty() && rng.chance(spec.phoneShare))
            a.phone = phones[rng.below(phones.size())];
        setStatus(a, actor);
    }
    return groupIndex;
}

} // namespace hl
