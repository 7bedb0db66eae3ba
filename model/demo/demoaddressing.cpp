#include "demoaddressing.h"

#include "demonetworks.h"
#include "demorandom.h"
#include "demoscenario.h"
#include "demotimeformat.h"

namespace hl {

namespace {
constexpr std::int64_t SessionSeconds = 1800;

inline std::uint64_t pickFrom(const std::vector<std::uint64_t> &pool, std::uint64_t h)
{
    return pool.empty() ? 0 : pool[h % pool.size()];
}
} // namespace

DemoAddressing::DemoAddressing(const std::vector<DemoGroup> &groups, int quarryGroup, int loomGroup)
    : m_groups(groups)
    , m_quarryGroup(quarryGroup)
    , m_loomGroup(loomGroup)
{
}

std::uint64_t DemoAddressing::proxyExit(std::uint64_t h)
{
    const int net = NetProxyUs + static_cast<int>(h % (NetProxyKr - NetProxyUs + 1));
    return DemoNetworks::host(net, h >> 8);
}

std::uint64_t DemoAddressing::homeIpAt(const DemoAccount &account, std::int64_t ts) const
{
    return home(account, ts, DemoRandom::hash(account.salt, static_cast<std::uint64_t>(ts / SessionSeconds)));
}

std::uint64_t DemoAddressing::home(const DemoAccount &a, std::int64_t ts, std::uint64_t session) const
{
    if (a.mobileNet >= 0 && DemoRandom::unit(DemoRandom::hash(session, 6)) < a.mobileShare) {
        const std::uint64_t index = DemoRandom::hash(session, 7);
        if (a.mobileNet == NetMobileUs) // keep ordinary phones off the carrier's CGNAT /24
            return DemoNetworks::host(a.mobileNet, 254 + index % (DemoNetworks::hostCount(a.mobileNet) - 254));
        return DemoNetworks::host(a.mobileNet, index);
    }
    if (a.v6Share > 0.0f && DemoRandom::unit(DemoRandom::hash(session, 8)) < a.v6Share) {
        // Privacy addresses: the /64 stays, the host part changes every day.
        const auto day = static_cast<std::uint64_t>(DemoTimeFormat::floorDiv(ts, DemoTimeFormat::Day));
        return DemoNetworks::ipv6(a.homeNet, static_cast<std::uint32_t>(a.salt >> 48),
                                  static_cast<std::uint32_t>(DemoRandom::hash(a.salt, day)));
    }
    return ts < a.homeSwitchAt ? a.homeIp[0] : a.homeIp[1];
}

std::uint64_t DemoAddressing::ipAt(const DemoAccount &a, std::int64_t ts, std::uint64_t requestNoise) const
{
    const DemoGroup &g = m_groups[a.group];
    const std::uint64_t session = DemoRandom::hash(a.salt, static_cast<std::uint64_t>(ts / SessionSeconds));
    const bool away = DemoRandom::unit(session) < a.awayShare;
    const auto day = static_cast<std::uint64_t>(DemoTimeFormat::floorDiv(ts, DemoTimeFormat::Day));

    switch (g.kind) {
    case DemoKind::Actor: {
        const auto &spec = DemoScenario::actor(g.spec);
        const auto block = static_cast<std::uint64_t>(ts / (spec.rotationMinutes * 60));
        const auto week = static_cast<std::uint64_t>(ts / (7 * DemoTimeFormat::Day));
        const std::uint64_t n = g.ipPool.size();
        const std::uint64_t step = DemoRandom::hash(a.salt, block) % static_cast<std::uint64_t>(spec.laneWidth);
        return g.ipPool[(a.lane + step + week * 3) % n];
    }
    case DemoKind::EnterpriseNat:
        if (away)
            return home(a, ts, session);
        return pickFrom(g.ipPool, DemoRandom::hash(a.salt, day)); // NAT: one egress per day
    case DemoKind::Campus:
        if (away)
            return home(a, ts, session);
        if (DemoRandom::unit(DemoRandom::hash(session, 1)) < 0.3)
            return DemoNetworks::ipv6(NetWestbrook, static_cast<std::uint32_t>(a.salt & 0x3f) + 0x100,
                                      static_cast<std::uint32_t>(DemoRandom::hash(a.salt, day)));
        return pickFrom(g.ipPool, DemoRandom::hash(session, 2));
    case DemoKind::MobileCgnat:
        if (away)
            return home(a, ts, session);
        return pickFrom(g.ipPool, DemoRandom::hash(session, 3));
    case DemoKind::VpnExit: {
        if (away)
            return home(a, ts, session);
        const std::uint64_t h = DemoRandom::hash(session, 4);
        if (DemoRandom::unit(h) < 0.1 || g.ipPool.empty())
            return pickFrom(g.ipPool, h >> 5);
        return g.ipPool[(a.lane + (h >> 5) % 3) % g.ipPool.size()]; // the user's favourite exits
    }
    case DemoKind::ApiReseller:
        return pickFrom(g.ipPool, DemoRandom::hash(requestNoise, day));
    case DemoKind::ProxyCustomer: {
        if (away)
            return home(a, ts, session);
        const std::uint64_t h = DemoRandom::hash(session, 5);
        const double u = DemoRandom::unit(h);
        if (u < 0.5 && m_quarryGroup >= 0)
            return pickFrom(m_groups[static_cast<std::size_t>(m_quarryGroup)].ipPool, h >> 7);
        if (u < 0.7 && m_loomGroup >= 0)
            return pickFrom(m_groups[static_cast<std::size_t>(m_loomGroup)].ipPool, h >> 7);
        return proxyExit(h >> 3);
    }
    case DemoKind::Ordinary:
        break;
    }
    return home(a, ts, session);
}

} // namespace hl
