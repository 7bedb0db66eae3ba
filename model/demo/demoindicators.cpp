#include "demoindicators.h"

#include "demonetworks.h"
#include "demopopulation.h"
#include "demoscenario.h"
#include "demotablewriter.h"
#include "demotimeformat.h"

#include <algorithm>
#include <map>

namespace hl {

namespace {
std::int64_t at(int month, int day, int hour)
{
    return DemoTimeFormat::fromCivil(2026, month, day, hour);
}
} // namespace

DemoIndicators::DemoIndicators(const DemoPopulation &population, std::uint64_t seed)
    : m_population(population)
    , m_seed(seed)
{
    addActorIndicators();
    addFalseHits();
    std::stable_sort(m_indicators.begin(), m_indicators.end(),
                     [](const Indicator &a, const Indicator &b) { return a.sharedAt < b.sharedAt; });
}

std::vector<const char *> DemoIndicators::columns()
{
    return {"kind", "value", "source", "confidence", "shared_at", "note"};
}

void DemoIndicators::add(const char *kind, std::string value, const char *source, int confidence,
                         std::int64_t sharedAt, std::string note, std::string hits)
{
    for (const auto &i : m_indicators) {
        if (i.value == value && i.source == std::string_view(source))
            return; // partners do not share the same value twice
    }
    m_indicators.push_back({kind, std::move(value), source, confidence, sharedAt, std::move(note), std::move(hits)});
}

void DemoIndicators::addActorIndicators()
{
    const auto &groups = m_population.groups();
    const auto &accounts = m_population.accounts();
    DemoRandom rng(m_seed, 0x696e646963ULL); // "indic"

    // Proxy IPs of the big actors, shared once the partners noticed them.
    const auto &quarry = groups[static_cast<std::size_t>(m_population.actorGroup(0))];
    const std::size_t quarryIps = std::min<std::size_t>(quarry.ipPool.size(), 6 + accounts.size() / 2000);
    for (std::size_t k = 0; k < quarryIps; ++k) {
        const std::uint64_t ip = quarry.ipPool[rng.below(quarry.ipPool.size())];
        add("ip", DemoNetworks::toString(ip), "partner-lab-a", static_cast<int>(rng.range(70, 95)),
            at(2, 26, 9) + static_cast<std::int64_t>(k) * 600,
            k == 0 ? "Reasoning-trace harvesting, rotating residential proxies" : "", quarry.label);
    }
    const auto &loom = groups[static_cast<std::size_t>(m_population.actorGroup(1))];
    for (std::size_t k = 0; k < std::min<std::size_t>(loom.ipPool.size(), 3); ++k) {
        add("ip", DemoNetworks::toString(loom.ipPool[rng.below(loom.ipPool.size())]), "partner-lab-b",
            static_cast<int>(rng.range(60, 85)), at(3, 5, 16) + static_cast<std::int64_t>(k) * 60,
            "Agentic coding loops from \"startup\" orgs", loom.label);
    }
    const auto &prism = groups[static_cast<std::size_t>(m_population.actorGroup(2))];
    add("ip", DemoNetworks::toString(prism.ipPool.front()), "partner-lab-a", 65, at(3, 12, 8),
        "Bulk image captioning at night, UTC", prism.label);

    // Cards, devices, phones: the shared identity material of each actor.
    // The value of the given kind that most of the actor's accounts share.
    auto mostShared = [&](int actor, auto member) -> std::int32_t {
        const auto group = static_cast<std::uint32_t>(m_population.actorGroup(actor));
        std::map<std::int32_t, int> uses;
        for (const auto &a : accounts) {
            if (a.group == group && member(a) >= 0)
                ++uses[member(a)];
        }
        std::int32_t best = -1;
        int bestUses = 1; // shared means used by at least two accounts
        for (const auto &[value, n] : uses) {
            if (n > bestUses) {
                best = value;
                bestUses = n;
            }
        }
        return best;
    };
    const std::int32_t quarryCard = mostShared(0, [](const DemoAccount &a) { return a.payment[0]; });
    if (quarryCard >= 0)
        add("payment", m_population.payments()[static_cast<std::size_t>(quarryCard)], "industry-isac", 85,
            at(2, 27, 14), "Prepaid card used by many accounts, education-program sign-ups", quarry.label);
    const std::int32_t loomCard = mostShared(1, [](const DemoAccount &a) { return a.payment[0]; });
    if (loomCard >= 0)
        add("payment", m_population.payments()[static_cast<std::size_t>(loomCard)], "partner-lab-b", 80,
            at(3, 6, 10), "Virtual card, several \"start-up\" orgs; Überlappung mit Fall Q", loom.label);
    const std::int32_t loomDevice = mostShared(1, [](const DemoAccount &a) { return a.device[0]; });
    if (loomDevice >= 0)
        add("device", m_population.devices()[static_cast<std::size_t>(loomDevice)], "partner-lab-b", 75,
            at(3, 6, 10), "Headless browser fingerprint", loom.label);
    const std::int32_t emberPhone = mostShared(3, [](const DemoAccount &a) { return a.phone; });
    const auto &ember = groups[static_cast<std::size_t>(m_population.actorGroup(3))];
    if (emberPhone >= 0)
        add("phone", m_population.phones()[static_cast<std::size_t>(emberPhone)], "industry-isac", 50,
            at(3, 30, 11), "Virtual number reused for SMS verification", ember.label);

    add("email_domain", DemoScenario::actor(0).throwawayDomains[0], "industry-isac", 60, at(2, 27, 14),
        "Throwaway domain, \"education\" sign-ups", quarry.label);
    add("asn", DemoNetworks::asn(NetTanagerProxies), "industry-isac", 45, at(3, 2, 9),
        "ISP-proxy provider; used by several campaigns, but also by many legitimate customers",
        "actor:ember,actor:quarry,actor:loom");
}

void DemoIndicators::addFalseHits()
{
    const auto &groups = m_population.groups();
    for (const auto &g : groups) {
        if (g.kind == DemoKind::VpnExit && !g.ipPool.empty())
            add("ip", DemoNetworks::toString(g.ipPool.front()), "partner-lab-b", 40, at(2, 10, 12),
                "Exit node seen in scraping\nshared by many tenants (VPN)", g.label);
        if (g.kind == DemoKind::MobileCgnat && !g.ipPool.empty())
            add("ip", DemoNetworks::toString(g.ipPool.front()), "industry-isac", 35, at(3, 18, 17),
                "High request rate from one IP, \"possibly\" automated", g.label);
    }
    // Seen in an older campaign; nothing in this export uses it.
    add("ip", DemoNetworks::toString(DemoNetworks::ipv6(NetTanagerProxies, 0x51, 0xbeef)), "partner-lab-a", 55, at(1, 20, 10),
        "January campaign, not confirmed since", "none");
}

bool DemoIndicators::write(DemoTableWriter &w) const
{
    for (const auto &i : m_indicators) {
        w.addString(i.kind);
        w.addString(i.value);
        w.addString(i.source);
        w.addInt(i.confidence);
        w.addTime(i.sharedAt);
        w.addString(i.note);
        if (!w.endRow())
            return false;
    }
    return true;
}

} // namespace hl
