#pragma once

#include <cstdint>
#include <vector>

namespace hl {

class DemoPopulation;
struct DemoAccount;
struct DemoGroup;

// Builds one distillation actor (a "hydra cluster"): a proxy pool, a few shared payment cards,
// devices and phones, a small template set, and accounts created in bursts that rotate through
// the pool, some of them banned or suspended along the way.
class DemoActorBuilder
{
public:
    explicit DemoActorBuilder(DemoPopulation &population);

    // Returns the group index.
    std::uint32_t build(int actor, std::int64_t accounts);

private:
    void buildPool(DemoGroup &group, int actor, std::int64_t accounts);
    std::int64_t creationTime(int actor, std::int64_t k, std::int64_t accounts);
    void setStatus(DemoAccount &account, int actor);

    DemoPopulation &m_population;
};

} // namespace hl
