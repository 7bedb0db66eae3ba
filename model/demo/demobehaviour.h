#pragma once

#include "demoaddressing.h"
#include "demorandom.h"

#include <cstdint>

namespace hl {

class DemoPopulation;
struct DemoAccount;
struct DemoGroup;

// The metadata of one exchange, before formatting.
struct DemoExchange
{
    int model = 0;
    int capability = -1;             // -1: not classified (null)
    std::uint64_t templateHash = 0;  // 0: unknown (null)
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    std::uint64_t ip = 0;            // IP code (DemoNetworks)
    std::uint32_t key = 0;           // index into DemoPopulation::keys()
};

// What an account asks for at a given moment: model (release adoption, actor pivots),
// capability, prompt template, token counts, client IP and API key. Called in timestamp order
// with one random stream, so the output is deterministic.
class DemoBehaviour
{
public:
    DemoBehaviour(const DemoPopulation &population, std::uint64_t seed);

    void fill(const DemoAccount &account, std::int64_t ts, DemoExchange &out);

    // Probability that a request of this account at ts goes to `model` because of a new-model
    // pivot or adoption (atlas-4 or atlas-4-mini); 0 for other models.
    static double newModelShare(const DemoGroup &group, const DemoAccount &account, int model,
                                std::int64_t ts);

private:
    int chooseModel(const DemoGroup &group, const DemoAccount &account, std::int64_t ts);
    std::uint64_t chooseTemplate(const DemoGroup &group, const DemoAccount &account);
    std::uint64_t unique();

    const DemoPopulation &m_population;
    DemoAddressing m_addressing;
    DemoRandom m_random;
};

} // namespace hl
