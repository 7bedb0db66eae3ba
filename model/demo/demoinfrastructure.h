#pragma once

#include <cstdint>
#include <vector>

namespace hl {

class DemoPopulation;
class DemoSchedule;
class DemoTableWriter;
struct DemoAccount;

// The infrastructure table: per account its e-mail domain, organisation, payment cards,
// devices, phone, the ASNs its traffic came from and its sign-up IP, with first/last seen and
// observation counts consistent with the account's activity.
class DemoInfrastructure
{
public:
    DemoInfrastructure(const DemoPopulation &population, const DemoSchedule &schedule, std::uint64_t seed);

    static std::vector<const char *> columns();
    bool write(DemoTableWriter &writer) const;

private:
    bool writeAsns(DemoTableWriter &w, std::size_t index, std::int64_t lastSeen) const;
    std::int64_t lastSeen(std::size_t index) const;
    int activeDays(std::size_t index) const;

    const DemoPopulation &m_population;
    const DemoSchedule &m_schedule;
    std::uint64_t m_seed;
};

} // namespace hl
