#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hl {

class DemoPopulation;
class DemoTableWriter;

// Indicators shared by partners: mostly the actors' proxy IPs, cards, domains and devices, plus
// a couple of false hits on benign infrastructure (a VPN exit, the CGNAT gateway) and a stale
// one that matches nothing. The truth file records which group each one really points at.
class DemoIndicators
{
public:
    struct Indicator
    {
        const char *kind;
        std::string value;
        const char *source;
        int confidence;
        std::int64_t sharedAt;
        std::string note;
        std::string hits;   // truth: comma-separated actor:<name> / benign:<kind>, or "none"
    };

    DemoIndicators(const DemoPopulation &population, std::uint64_t seed);

    static std::vector<const char *> columns();
    const std::vector<Indicator> &indicators() const { return m_indicators; }
    bool write(DemoTableWriter &writer) const;

private:
    void add(const char *kind, std::string value, const char *source, int confidence,
             std::int64_t sharedAt, std::string note, std::string hits);
    void addActorIndicators();
    void addFalseHits();

    const DemoPopulation &m_population;
    std::uint64_t m_seed;
    std::vector<Indicator> m_indicators;
};

} // namespace hl
