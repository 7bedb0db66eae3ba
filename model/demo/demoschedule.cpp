#include "demoschedule.h"

#include "demomath.h"
#include "demopopulation.h"
#include "demorandom.h"
#include "demoscenario.h"
#include "demotimeformat.h"

#include <algorithm>
#include <cmath>

namespace hl {

namespace {
constexpr std::int64_t Day = DemoTimeFormat::Day;

// Relative activity per local hour (0-23).
// clang-format off
const double HumanProfile[24] = {0.6, 0.35, 0.2, 0.12, 0.1, 0.15, 0.35, 0.8, 1.4, 1.9, 2.2, 2.3,
                                 2.1, 2.2, 2.3, 2.2, 2.0, 1.8, 1.7, 1.9, 2.1, 2.0, 1.6, 1.1};
const double OfficeProfile[24] = {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.1, 0.4, 1.5, 2.5, 2.6, 2.6,
                                  1.3, 2.2, 2.6, 2.5, 2.2, 1.4, 0.6, 0.3, 0.2, 0.15, 0.08, 0.04};
const double CampusProfile[24] = {1.2, 0.9, 0.5, 0.25, 0.1, 0.08, 0.1, 0.3, 0.8, 1.3, 1.7, 1.9,
                                  1.8, 1.9, 2.0, 1.9, 1.7, 1.5, 1.5, 1.8, 2.1, 2.2, 2.0, 1.6};
const double MimicProfile[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
const double ResellerProfile[24] = {0.85, 0.8, 0.75, 0.72, 0.7, 0.72, 0.78, 0.85, 0.95, 1.05, 1.12, 1.18,
                                    1.2, 1.22, 1.24, 1.25, 1.22, 1.18, 1.12, 1.08, 1.02, 0.98, 0.93, 0.9};
// clang-format on

struct Cumulative
{
    double c[24];
    explicit Cumulative(const double *profile)
    {
        double sum = 0.0;
        for (int h = 0; h < 24; ++h)
            sum += profile[h];
        double acc = 0.0;
        for (int h = 0; h < 24; ++h) {
            acc += profile[h];
            c[h] = acc / sum;
        }
        c[23] = 1.0;
    }
    int hour(double u) const
    {
        int h = 0;
        while (h < 23 && u >= c[h])
            ++h;
        return h;
    }
};

const Cumulative &profileFor(DemoRhythm rhythm)
{
    static const Cumulative human(HumanProfile), office(OfficeProfile), campus(CampusProfile),
        mimic(MimicProfile), reseller(ResellerProfile);
    switch (rhythm) {
    case DemoRhythm::Office: return office;
    case DemoRhythm::Campus: return campus;
    case DemoRhythm::MimicOffice: return mimic;
    case DemoRhythm::Reseller: return reseller;
    default: return human;
    }
}

double hashNoise(std::uint64_t h, double sigma)
{
    DemoRandom r(h);
    return demomath::exp(sigma * r.normal());
}

double termFactor(std::int64_t dayStart)
{
    static const std::int64_t springTerm = DemoTimeFormat::fromCivil(2026, 1, 12);
    static const std::int64_t breakFrom = DemoTimeFormat::fromCivil(2026, 3, 9);
    static const std::int64_t breakTo = DemoTimeFormat::fromCivil(2026, 3, 16);
    if (dayStart < springTerm)
        return 0.35; // winter break
    if (dayStart >= breakFrom && dayStart < breakTo)
        return 0.3; // spring break
    return 1.0;
}

double meanSessionLength(int persona)
{
    static const double lengths[] = {4, 7, 5, 9, 3, 1, 6, 3};
    return lengths[persona];
}
} // namespace

DemoSchedule::DemoSchedule(const DemoPopulation &population, std::uint64_t seed)
    : m_population(population)
    , m_seed(seed)
    , m_days(DemoScenario::windowDays())
    , m_accounts(population.accounts().size())
{
}

std::int64_t DemoSchedule::dayStart(int day) const
{
    return DemoScenario::windowStart() + static_cast<std::int64_t>(day) * Day;
}

double DemoSchedule::surge(const DemoGroup &group, std::int64_t ts)
{
    if (group.kind != DemoKind::Actor || group.pivotAt <= 0 || ts < group.pivotAt)
        return 1.0;
    const double extra = DemoScenario::actor(group.spec).surge;
    return 1.0 + extra * demomath::exp(-static_cast<double>(ts - group.pivotAt) / (4.0 * Day));
}

double DemoSchedule::campaignFactor(const DemoGroup &group, int day) const
{
    const std::uint64_t h = DemoRandom::hash(group.salt, static_cast<std::uint64_t>(day), m_seed);
    // Around its pivot the operator is all hands on deck; otherwise the pipeline is sometimes down.
    const auto pivotDay = group.pivotAt > 0 ? (group.pivotAt - DemoScenario::windowStart()) / Day : -100;
    const bool pivoting = day >= pivotDay - 1 && day <= pivotDay + 3;
    if (!pivoting && DemoRandom::unit(h) < 0.03)
        return 0.15;
    const double ramp = 0.75 + 0.25 * std::min(1.0, day / 21.0);
    return ramp * hashNoise(DemoRandom::hash(h, 1), 0.2);
}

double DemoSchedule::dayWeight(std::size_t index, int day) const
{
    const DemoAccount &a = m_population.accounts()[index];
    if (a.intensity <= 0.0f)
        return 0.0;
    const std::int64_t ds = dayStart(day);
    const std::int64_t lo = std::max(ds, a.activeFrom);
    const std::int64_t hi = std::min(ds + Day, a.activeUntil);
    if (hi <= lo)
        return 0.0;
    const double fraction = static_cast<double>(hi - lo) / Day;
    const bool weekend = DemoTimeFormat::weekday(ds) >= 5;
    const std::uint64_t h = DemoRandom::hash(a.salt, static_cast<std::uint64_t>(day), m_seed);
    const double u = DemoRandom::unit(h);
    const std::uint64_t h2 = DemoRandom::hash(h, 2);
    const DemoGroup &g = m_population.groups()[a.group];
    double w = 0.0;
    switch (a.rhythm) {
    case DemoRhythm::Scripted:
    case DemoRhythm::MimicOffice: {
        double s = 0.0;
        for (int k = 0; k < 24; ++k)
            s += surge(g, lo + (hi - lo) * (2 * k + 1) / 48);
        w = campaignFactor(g, day) * (s / 24.0) * hashNoise(h2, 0.25);
        break;
    }
    case DemoRhythm::Human:
        if (u >= a.activeDayProb * (weekend ? 0.8 : 1.0))
            return 0.0;
        w = hashNoise(h2, 0.6);
        break;
    case DemoRhythm::Office:
        if (u >= (weekend ? 0.06 : a.activeDayProb))
            return 0.0;
        w = hashNoise(h2, 0.35) * (weekend ? 0.4 : 1.0);
        break;
    case DemoRhythm::Campus:
        if (u >= a.activeDayProb * termFactor(ds) * (weekend ? 0.6 : 1.0))
            return 0.0;
        w = hashNoise(h2, 0.5);
        break;
    case DemoRhythm::Reseller:
        w = (1.0 + 0.5 * day / m_days) * (weekend ? 0.85 : 1.0) * hashNoise(h2, 0.1);
        break;
    case DemoRhythm::Cron:
        w = hashNoise(h2, 0.1);
        break;
    }
    return a.intensity * w * fraction;
}

void DemoSchedule::allocate(std::int64_t exchanges)
{
    const auto &groups = m_population.groups();
    const std::size_t cells = static_cast<std::size_t>(m_days) * m_accounts;
    std::vector<double> weights(cells);
    std::vector<double> groupSums(groups.size(), 0.0);
    for (int d = 0; d < m_days; ++d) {
        for (std::size_t i = 0; i < m_accounts; ++i) {
            const double w = dayWeight(i, d);
            weights[static_cast<std::size_t>(d) * m_accounts + i] = w;
            groupSums[m_population.accounts()[i].group] += w;
        }
    }
    std::vector<double> scale(groups.size(), 0.0);
    for (std::size_t g = 0; g < groups.size(); ++g)
        scale[g] = groupSums[g] > 0.0 ? groups[g].trafficShare / groupSums[g] : 0.0;
    double total = 0.0;
    for (std::size_t c = 0; c < cells; ++c) {
        weights[c] *= scale[m_population.accounts()[c % m_accounts].group];
        total += weights[c];
    }
    if (!(total > 0.0)) { // cannot happen with a valid population; keep the count exact anyway
        std::fill(weights.begin(), weights.end(), 1.0);
        total = static_cast<double>(cells);
    }

    // Systematic rounding: exact total, every cell within one of its expected count.
    m_counts.assign(cells, 0);
    DemoRandom random(m_seed, 0x7363686564756c65ULL); // "schedule"
    const double offset = random.uniform();
    const auto target = static_cast<double>(exchanges);
    std::size_t lastPositive = 0;
    for (std::size_t c = 0; c < cells; ++c) {
        if (weights[c] > 0.0)
            lastPositive = c;
    }
    double cumulative = 0.0;
    std::int64_t previous = 0;
    for (std::size_t c = 0; c < cells; ++c) {
        cumulative += weights[c];
        std::int64_t boundary = c >= lastPositive
            ? exchanges
            : static_cast<std::int64_t>(std::floor(cumulative / total * target + offset));
        boundary = std::clamp(boundary, previous, exchanges);
        m_counts[c] = static_cast<std::uint32_t>(boundary - previous);
        previous = boundary;
    }

    m_dayTotals.assign(static_cast<std::size_t>(m_days), 0);
    m_accountTotals.assign(m_accounts, 0);
    m_firstDay.assign(m_accounts, -1);
    m_lastDay.assign(m_accounts, -1);
    m_groupTotals.assign(groups.size(), 0);
    for (int d = 0; d < m_days; ++d) {
        for (std::size_t i = 0; i < m_accounts; ++i) {
            const std::uint32_t n = count(d, i);
            if (n == 0)
                continue;
            m_dayTotals[static_cast<std::size_t>(d)] += n;
            m_accountTotals[i] += n;
            m_groupTotals[m_population.accounts()[i].group] += n;
            if (m_firstDay[i] < 0)
                m_firstDay[i] = d;
            m_lastDay[i] = d;
        }
    }
}

std::int64_t DemoSchedule::exchangesBetween(std::size_t account, int fromDay, int toDay) const
{
    std::int64_t n = 0;
    for (int d = std::max(0, fromDay); d < std::min(m_days, toDay); ++d)
        n += count(d, account);
    return n;
}

std::int64_t DemoSchedule::sampleProfile(const DemoAccount &a, DemoRandom &random) const
{
    const int hour = profileFor(a.rhythm).hour(random.uniform());
    const std::int64_t local = hour * 3600 + static_cast<std::int64_t>(random.below(3600));
    return ((local - a.tzMinutes * 60) % Day + Day) % Day;
}

std::int64_t DemoSchedule::sampleScripted(const DemoAccount &a, int day, DemoRandom &random) const
{
    const DemoGroup &g = m_population.groups()[a.group];
    const auto &spec = DemoScenario::actor(g.spec);
    const std::int64_t window = spec.burstWindowHours * 3600;
    std::int64_t t;
    if (spec.burstsPerDay > 0 && random.chance(spec.burstFraction)) {
        // Synchronised waves: every account of the actor fires at the same slot starts.
        const std::uint64_t slot = random.below(static_cast<std::uint64_t>(spec.burstsPerDay));
        const auto start = static_cast<std::int64_t>(
            DemoRandom::hash(g.salt, static_cast<std::uint64_t>(day), slot) % static_cast<std::uint64_t>(window));
        t = start + static_cast<std::int64_t>(std::min(900.0, random.exponential(40.0)));
    } else {
        t = static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(window)));
    }
    return t % Day;
}

std::int64_t DemoSchedule::sampleSecond(const DemoAccount &a, int day, DemoRandom &random) const
{
    switch (a.rhythm) {
    case DemoRhythm::Scripted:
        return sampleScripted(a, day, random);
    case DemoRhythm::Cron:
        return static_cast<std::int64_t>(random.below(24)) * 3600 + a.cronMinute * 60
             + static_cast<std::int64_t>(random.below(15));
    default:
        return sampleProfile(a, random);
    }
}

void DemoSchedule::placeSessions(const DemoAccount &a, std::size_t index, std::uint32_t count,
                                 std::vector<std::uint64_t> &events, DemoRandom &random) const
{
    const double meanLength = meanSessionLength(a.persona);
    const double gap = (a.persona == DemoScenario::Coder || a.persona == DemoScenario::Builder
                        || a.persona == DemoScenario::Corporate) ? 75.0 : 45.0;
    std::uint32_t remaining = count;
    while (remaining > 0) {
        const auto length = static_cast<std::uint32_t>(
            std::min<std::int64_t>(remaining, 1 + random.poisson(meanLength - 1.0)));
        double t = static_cast<double>(sampleProfile(a, random));
        for (std::uint32_t j = 0; j < length; ++j) {
            const auto sec = static_cast<std::uint64_t>(static_cast<std::int64_t>(t) % Day);
            events.push_back((sec << 32) | index);
            t += 5.0 + random.exponential(gap);
        }
        remaining -= length;
    }
}

void DemoSchedule::eventsOfDay(int day, std::vector<std::uint64_t> &events, DemoRandom &random) const
{
    events.clear();
    const std::int64_t ds = dayStart(day);
    for (std::size_t i = 0; i < m_accounts; ++i) {
        const std::uint32_t n = count(day, i);
        if (n == 0)
            continue;
        const DemoAccount &a = m_population.accounts()[i];
        const DemoGroup &g = m_population.groups()[a.group];
        const std::size_t first = events.size();
        if (a.rhythm == DemoRhythm::Human || a.rhythm == DemoRhythm::Office || a.rhythm == DemoRhythm::Campus) {
            placeSessions(a, i, n, events, random);
        } else {
            // After a pivot the actor's volume surges: thin out the hours before it.
            const bool surging = g.pivotAt > ds - 4 * Day && g.pivotAt < ds + 2 * Day && g.kind == DemoKind::Actor;
            const double peak = surging ? surge(g, std::max(ds, g.pivotAt)) : 1.0;
            for (std::uint32_t k = 0; k < n; ++k) {
                std::int64_t sec = sampleSecond(a, day, random);
                for (int tries = 0; surging && tries < 20; ++tries) {
                    if (random.uniform() * peak < surge(g, ds + sec))
                        break;
                    sec = sampleSecond(a, day, random);
                }
                events.push_back((static_cast<std::uint64_t>(sec) << 32) | i);
            }
        }
        // Nothing before the account exists or after it was shut down.
        const std::int64_t lo = std::max<std::int64_t>(0, a.activeFrom - ds);
        const std::int64_t hi = std::min<std::int64_t>(Day, a.activeUntil - ds);
        if ((lo > 0 || hi < Day) && hi > lo) {
            for (std::size_t e = first; e < events.size(); ++e) {
                const auto sec = static_cast<std::int64_t>(events[e] >> 32);
                if (sec < lo || sec >= hi) {
                    const std::int64_t fixed = lo + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(hi - lo)));
                    events[e] = (static_cast<std::uint64_t>(fixed) << 32) | i;
                }
            }
        }
    }
    std::sort(events.begin(), events.end());
}

} // namespace hl
