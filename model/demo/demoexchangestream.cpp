#include "demoexchangestream.h"

#include "demobehaviour.h"
#include "demonetworks.h"
#include "demopopulation.h"
#include "demoschedule.h"
#include "demoscenario.h"
#include "demotablewriter.h"

#include <string_view>

namespace hl {

namespace {
std::string_view hex16(std::uint64_t v, char *out)
{
    static const char Digits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out[i] = Digits[v & 0xf];
        v >>= 4;
    }
    return {out, 16};
}
} // namespace

DemoExchangeStream::DemoExchangeStream(const DemoPopulation &population, const DemoSchedule &schedule,
                                       std::uint64_t seed)
    : m_population(population)
    , m_schedule(schedule)
    , m_seed(seed)
{
}

std::vector<const char *> DemoExchangeStream::columns()
{
    return {"ts", "account_id", "model", "capability", "template_hash", "input_tokens", "output_tokens",
            "ip", "api_key_id"};
}

DemoExchangeStream::Outcome DemoExchangeStream::write(DemoTableWriter &w, const std::function<bool(double)> &dayDone)
{
    const auto &accounts = m_population.accounts();
    const auto &keys = m_population.keys();
    DemoBehaviour behaviour(m_population, m_seed);
    DemoRandom placement(m_seed, 0x706c6163656d6e74ULL); // "placemnt"
    std::vector<std::uint64_t> events;
    DemoExchange x;
    char templateText[16];
    char ipText[48];
    std::string_view models[ModelCount], capabilities[CapCount];
    for (int m = 0; m < ModelCount; ++m)
        models[m] = DemoScenario::modelName(m);
    for (int c = 0; c < CapCount; ++c)
        capabilities[c] = DemoScenario::capabilityName(c);

    for (int day = 0; day < m_schedule.days(); ++day) {
        m_schedule.eventsOfDay(day, events, placement);
        const std::int64_t start = m_schedule.dayStart(day);
        for (std::uint64_t e : events) {
            const DemoAccount &a = accounts[e & 0xffffffffULL];
            const std::int64_t ts = start + static_cast<std::int64_t>(e >> 32);
            behaviour.fill(a, ts, x);
            w.addTime(ts);
            w.addString(a.id);
            w.addString(models[x.model]);
            if (x.capability >= 0)
                w.addString(capabilities[x.capability]);
            else
                w.addNull();
            if (x.templateHash)
                w.addString(hex16(x.templateHash, templateText));
            else
                w.addNull();
            w.addInt(x.inputTokens);
            w.addInt(x.outputTokens);
            w.addString(std::string_view(ipText, static_cast<std::size_t>(DemoNetworks::format(x.ip, ipText))));
            w.addString(keys[x.key]);
            if (!w.endRow())
                return Outcome::WriteFailed;
        }
        if (dayDone && !dayDone(static_cast<double>(day + 1) / m_schedule.days()))
            return Outcome::Cancelled;
    }
    return Outcome::Done;
}

} // namespace hl
