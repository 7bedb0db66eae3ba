#pragma once

#include <cstdint>
#include <vector>

namespace hl {

class DemoPopulation;
class DemoRandom;
struct DemoAccount;
struct DemoGroup;

// When the exchanges happen. allocate() spreads exactly N exchanges over (day, account) cells in
// proportion to each account's activity that day (rhythm, weekends, term time, campaign
// intensity, bans), scaled so that every group gets its share of the traffic; eventsOfDay()
// then places one day's exchanges at their seconds and sorts them.
class DemoSchedule
{
public:
    DemoSchedule(const DemoPopulation &population, std::uint64_t seed);

    void allocate(std::int64_t exchanges);

    int days() const { return m_days; }
    std::uint32_t count(int day, std::size_t account) const
    {
        return m_counts[static_cast<std::size_t>(day) * m_accounts + account];
    }
    std::int64_t dayTotal(int day) const { return m_dayTotals[static_cast<std::size_t>(day)]; }
    std::int64_t accountTotal(std::size_t account) const { return m_accountTotals[account]; }
    int firstDay(std::size_t account) const { return m_firstDay[account]; }  // -1: no exchanges
    int lastDay(std::size_t account) const { return m_lastDay[account]; }
    std::int64_t exchangesBetween(std::size_t account, int fromDay, int toDay) const; // [from, to)
    std::int64_t dayStart(int day) const;
    std::int64_t groupTotal(std::size_t group) const { return m_groupTotals[group]; }

    // Keys of the day's exchanges, sorted: (second of day << 32) | account index.
    void eventsOfDay(int day, std::vector<std::uint64_t> &events, DemoRandom &random) const;

    // Campaign surge of an actor after its pivot (1 = normal volume).
    static double surge(const DemoGroup &group, std::int64_t ts);

private:
    double dayWeight(std::size_t account, int day) const;
    double campaignFactor(const DemoGroup &group, int day) const;
    std::int64_t sampleSecond(const DemoAccount &a, int day, DemoRandom &random) const;
    std::int64_t sampleScripted(const DemoAccount &a, int day, DemoRandom &random) const;
    std::int64_t sampleProfile(const DemoAccount &a, DemoRandom &random) const;
    void placeSessions(const DemoAccount &a, std::size_t index, std::uint32_t count,
                       std::vector<std::uint64_t> &events, DemoRandom &random) const;

    const DemoPopulation &m_population;
    std::uint64_t m_seed;
    int m_days;
    std::size_t m_accounts;
    std::vector<std::uint32_t> m_counts;     // day-major
    std::vector<std::int64_t> m_dayTotals;
    std::vector<std::int64_t> m_accountTotals;
    std::vector<int> m_firstDay, m_lastDay;
    std::vector<std::int64_t> m_groupTotals;
};

} // namespace hl
