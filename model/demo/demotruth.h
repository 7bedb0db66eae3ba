#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace hl {

class DemoIndicators;
class DemoPopulation;
class DemoSchedule;

// The answer key (JSON): which group every account belongs to, each actor's traits and pivot,
// the look-alike kinds, and what each partner indicator really points at. Written outside the
// export directory so that it is never imported by mistake.
class DemoTruth
{
public:
    DemoTruth(const DemoPopulation &population, const DemoSchedule &schedule,
              const DemoIndicators &indicators, std::uint64_t seed);

    std::string toJson() const;
    // Writes the file; on failure returns false and sets error (names the path).
    bool write(const QString &path, QString *error) const;

    static std::vector<std::string> actorTraits(int actor);
    static std::vector<std::string> lookalikeTraits(int lookalike);

private:
    void writeActors(std::string &out) const;
    void writeLookalikes(std::string &out) const;
    void writeIndicators(std::string &out) const;
    void writeAccounts(std::string &out) const;

    const DemoPopulation &m_population;
    const DemoSchedule &m_schedule;
    const DemoIndicators &m_indicators;
    std::uint64_t m_seed;
};

} // namespace hl
