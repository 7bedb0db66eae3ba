#include "demoinfrastructure.h"

#include "demoaddressing.h"
#include "demonetworks.h"
#include "demopopulation.h"
#include "demoschedule.h"
#include "demoscenario.h"
#include "demotablewriter.h"
#include "demotimeformat.h"

#include <algorithm>
#include <string>

namespace hl {

namespace {
void row(DemoTableWriter &w, const std::string &account, const char *kind, std::string_view value,
         std::int64_t first, std::int64_t last, std::int64_t observations)
{
    w.addString(account);
    w.addString(kind);
    w.addString(value);
    w.addTime(first);
    w.addTime(std::max(first, last));
    w.addInt(std::max<std::int64_t>(1, observations));
}
} // namespace

DemoInfrastructure::DemoInfrastructure(const DemoPopulation &population, const DemoSchedule &schedule,
                                       std::uint64_t seed)
    : m_population(population)
    , m_schedule(schedule)
    , m_seed(seed)
{
}

std::vector<const char *> DemoInfrastructure::columns()
{
    return {"account_id", "kind", "value", "first_seen", "last_seen", "observations"};
}

std::int64_t DemoInfrastructure::lastSeen(std::size_t index) const
{
    const DemoAccount &a = m_population.accounts()[index];
    const int day = m_schedule.lastDay(index);
    if (day < 0)
        return a.createdAt;
    const std::int64_t start = std::max(m_schedule.dayStart(day), a.activeFrom);
    const std::int64_t end = std::min(m_schedule.dayStart(day) + DemoTimeFormat::Day, a.activeUntil);
    if (end <= start)
        return start;
    return start + static_cast<std::int64_t>(DemoRandom::hash(a.salt, m_seed, 0x1a5) % static_cast<std::uint64_t>(end - start));
}

int DemoInfrastructure::activeDays(std::size_t index) const
{
    int n = 0;
    for (int d = 0; d < m_schedule.days(); ++d)
        n += m_schedule.count(d, index) > 0 ? 1 : 0;
    return n;
}

bool DemoInfrastructure::writeAsns(DemoTableWriter &w, std::size_t index, std::int64_t last) const
{
    // Sample the account's addresses over its active time and report the ASNs behind them.
    const DemoAccount &a = m_population.accounts()[index];
    const DemoAddressing addressing(m_population.groups(), m_population.actorGroup(0), m_population.actorGroup(1));
    constexpr int Samples = 24;
    int nets[Samples + 1];
    int count = 0;
    nets[count++] = DemoNetworks::networkOf(a.signupIp);
    const std::int64_t total = m_schedule.accountTotal(index);
    const std::int64_t from = std::max(a.activeFrom, DemoScenario::windowStart());
    if (total > 0 && last > from) {
        for (int s = 0; s < Samples; ++s) {
            const std::int64_t t = from + (last - from) * (2 * s + 1) / (2 * Samples);
            nets[count++] = DemoNetworks::networkOf(addressing.ipAt(a, t, DemoRandom::hash(a.salt, static_cast<std::uint64_t>(s))));
        }
    }
    // Distinct ASNs, in order of first appearance.
    std::uint32_t seen[Samples + 1];
    int distinct = 0;
    for (int i = 0; i < count; ++i) {
        if (nets[i] < 0)
            continue;
        const std::uint32_t asn = DemoNetworks::network(nets[i]).asn;
        int hits = 0;
        for (int j = 0; j < count; ++j)
            hits += (nets[j] >= 0 && DemoNetworks::network(nets[j]).asn == asn) ? 1 : 0;
        if (std::find(seen, seen + distinct, asn) != seen + distinct)
            continue;
        seen[distinct++] = asn;
        const std::int64_t observations = total > 0 ? total * hits / count : 1;
        row(w, a.id, "asn", DemoNetworks::asn(nets[i]), a.createdAt, total > 0 ? last : a.createdAt, observations);
        if (!w.endRow())
            return false;
    }
    return true;
}

bool DemoInfrastructure::write(DemoTableWriter &w) const
{
    const auto &accounts = m_population.accounts();
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const DemoAccount &a = accounts[i];
        const std::int64_t last = lastSeen(i);
        const int days = activeDays(i);
        const std::int64_t total = m_schedule.accountTotal(i);
        const bool actor = m_population.groups()[a.group].kind == DemoKind::Actor;
        const std::uint64_t h = DemoRandom::hash(a.salt, m_seed, 0x1f);

        row(w, a.id, "email_domain", a.emailDomain, a.createdAt, a.createdAt, 1);
        if (!w.endRow())
            return false;
        if (!a.orgId.empty()) {
            row(w, a.id, "org", a.orgId, a.createdAt, last, 1 + days);
            w.endRow();
        }
        for (std::int32_t p : a.payment) {
            if (p < 0)
                continue;
            const std::int64_t first = std::min(last, a.createdAt + static_cast<std::int64_t>(h % (3 * DemoTimeFormat::Day)));
            // Benign: monthly charges. Actors: many small prepaid top-ups.
            const std::int64_t charges = actor ? 1 + total / 150 : 1 + (last - first) / (30 * DemoTimeFormat::Day);
            row(w, a.id, "payment", m_population.payments()[static_cast<std::size_t>(p)], first, last, charges);
            w.endRow();
        }
        for (int k = 0; k < 2; ++k) {
            const std::int32_t dev = a.device[k];
            if (dev < 0)
                continue;
            const std::int64_t first = k == 0 ? a.createdAt : std::min(last, a.createdAt + static_cast<std::int64_t>((h >> 8) % (60 * DemoTimeFormat::Day)));
            row(w, a.id, "device", m_population.devices()[static_cast<std::size_t>(dev)], first, last,
                1 + (k == 0 ? days : days / 3));
            w.endRow();
        }
        if (a.phone >= 0) {
            row(w, a.id, "phone", m_population.phones()[static_cast<std::size_t>(a.phone)], a.createdAt, a.createdAt, 1);
            w.endRow();
        }
        row(w, a.id, "ip", DemoNetworks::toString(a.signupIp), a.createdAt, a.createdAt, 1);
        w.endRow();
        if (!writeAsns(w, i, last))
            return false;
    }
    return true;
}

} // namespace hl
