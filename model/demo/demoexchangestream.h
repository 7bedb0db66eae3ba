#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace hl {

class DemoPopulation;
class DemoSchedule;
class DemoTableWriter;

// Writes the exchanges table: day by day, the schedule places and sorts the day's requests, the
// behaviour fills in what each one asked for, and the rows go to the writer in time order.
// Memory stays at one day of events.
class DemoExchangeStream
{
public:
    DemoExchangeStream(const DemoPopulation &population, const DemoSchedule &schedule, std::uint64_t seed);

    static std::vector<const char *> columns();

    enum class Outcome { Done, WriteFailed, Cancelled };
    // dayDone(fraction of the days written) returns false to cancel.
    Outcome write(DemoTableWriter &writer, const std::function<bool(double)> &dayDone);

private:
    const DemoPopulation &m_population;
    const DemoSchedule &m_schedule;
    std::uint64_t m_seed;
};

} // namespace hl
