#pragma once

#include <cstdint>
#include <vector>

namespace hl {

class DemoPopulation;
class DemoSchedule;
class DemoTableWriter;

// The small tables: accounts, releases and the upstream classifier's scores.
class DemoSideTables
{
public:
    DemoSideTables(const DemoPopulation &population, const DemoSchedule &schedule, std::uint64_t seed);

    static std::vector<const char *> accountColumns();
    static std::vector<const char *> releaseColumns();
    static std::vector<const char *> scoreColumns();

    bool writeAccounts(DemoTableWriter &writer) const;
    bool writeReleases(DemoTableWriter &writer) const;
    bool writeScores(DemoTableWriter &writer) const;

    static const char *classifier() { return "upstream-distill"; }

private:
    double scoreLogit(std::size_t account) const;

    const DemoPopulation &m_population;
    const DemoSchedule &m_schedule;
    std::uint64_t m_seed;
};

} // namespace hl
