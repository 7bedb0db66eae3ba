#include "demopopulation.h"

#include "demoactorbuilder.h"
#include "demoaddressing.h"
#include "demobenignbuilder.h"
#include "demonetworks.h"
#include "demoscenario.h"
#include "demotimeformat.h"

#include <algorithm>
#include <cmath>

namespace hl {

namespace {
constexpr double FullScaleAccounts = 24000.0; // the benchmark size the pools are tuned for

std::int64_t groupSize(double share, int minimum, std::int64_t accounts)
{
    const auto n = static_cast<std::int64_t>(std::floor(share * static_cast<double>(accounts) + 0.5));
    return std::max<std::int64_t>(minimum, n);
}
} // namespace

DemoPopulation::DemoPopulation(std::uint64_t seed)
    : m_seed(seed)
    , m_random(seed, 0x706f70756c617469ULL) // "populati"
    , m_homeCursor(NetCount, 0)
{
}

std::int64_t DemoPopulation::minimumAccounts()
{
    // The group minimums add up to 35 accounts; 100 leaves the ordinary population room.
    return 100;
}

double DemoPopulation::fullScaleAccounts(double accountShare)
{
    return accountShare * FullScaleAccounts;
}

void DemoPopulation::build(std::int64_t accounts)
{
    m_accounts.clear();
    m_groups.clear();
    m_actorGroups.clear();
    m_accounts.reserve(static_cast<std::size_t>(accounts));

    // "SDK and IDE" templates: the same prompt scaffolding used by unrelated people.
    for (int i = 0; i < 300; ++i)
        m_commonTemplates.push_back(newTemplate());

    std::int64_t used = 0;
    std::vector<std::int64_t> actorSizes, lookalikeSizes;
    for (int i = 0; i < DemoScenario::actorCount(); ++i) {
        const auto &spec = DemoScenario::actor(i);
        actorSizes.push_back(groupSize(spec.accountShare, spec.minAccounts, accounts));
        used += actorSizes.back();
    }
    for (int i = 0; i < DemoScenario::lookalikeCount(); ++i) {
        const auto &spec = DemoScenario::lookalike(i);
        lookalikeSizes.push_back(groupSize(spec.accountShare, spec.minAccounts, accounts));
        used += lookalikeSizes.back();
    }
    // With at least minimumAccounts() there are always dozens left for the ordinary users.
    const std::int64_t ordinary = accounts - used;

    DemoActorBuilder actors(*this);
    for (int i = 0; i < DemoScenario::actorCount(); ++i)
        m_actorGroups.push_back(static_cast<int>(actors.build(i, actorSizes[static_cast<std::size_t>(i)])));
    DemoBenignBuilder benign(*this, ordinary);
    for (int i = 0; i < DemoScenario::lookalikeCount(); ++i)
        benign.buildLookalike(i, lookalikeSizes[static_cast<std::size_t>(i)]);
    benign.buildOrdinary(ordinary);

    // A real export lists accounts in creation order, not grouped by what they are.
    std::stable_sort(m_accounts.begin(), m_accounts.end(),
                     [](const DemoAccount &a, const DemoAccount &b) { return a.createdAt < b.createdAt; });
    assignIds();
    const DemoAddressing addressing(m_groups, m_actorGroups[0], m_actorGroups[1]);
    for (auto &a : m_accounts)
        a.signupIp = addressing.ipAt(a, a.createdAt, a.salt);
    for (auto &g : m_groups)
        g.accounts = 0;
    for (const auto &a : m_accounts)
        ++m_groups[a.group].accounts;
}

std::uint32_t DemoPopulation::addGroup(DemoGroup group)
{
    m_groups.push_back(std::move(group));
    return static_cast<std::uint32_t>(m_groups.size() - 1);
}

DemoAccount &DemoPopulation::addAccount(std::uint32_t group)
{
    m_accounts.emplace_back();
    DemoAccount &a = m_accounts.back();
    a.group = group;
    a.salt = m_random.next();
    return a;
}

std::string DemoPopulation::hex(int digits)
{
    static const char Digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(static_cast<std::size_t>(digits));
    std::uint64_t bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = m_random.next();
        s.push_back(Digits[bits & 0xf]);
        bits >>= 4;
    }
    return s;
}

std::int32_t DemoPopulation::newPayment()
{
    m_payments.push_back(hex(24));
    return static_cast<std::int32_t>(m_payments.size() - 1);
}

std::int32_t DemoPopulation::newDevice()
{
    m_devices.push_back("dev-" + hex(16));
    return static_cast<std::int32_t>(m_devices.size() - 1);
}

std::int32_t DemoPopulation::newPhone()
{
    m_phones.push_back("ph-" + hex(14));
    return static_cast<std::int32_t>(m_phones.size() - 1);
}

std::uint32_t DemoPopulation::newKeys(int count)
{
    static const char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const auto begin = static_cast<std::uint32_t>(m_keys.size());
    for (int k = 0; k < count; ++k) {
        std::string key = "key_";
        for (int i = 0; i < 20; ++i)
            key.push_back(Alphabet[m_random.below(62)]);
        m_keys.push_back(std::move(key));
    }
    return begin;
}

std::string DemoPopulation::newOrgId()
{
    return uniqueId("org_" + hex(12));
}

std::uint64_t DemoPopulation::newTemplate()
{
    std::uint64_t t = 0;
    while (t == 0)
        t = m_random.next();
    return t;
}

std::uint64_t DemoPopulation::nextHomeIp(int net)
{
    std::uint64_t &cursor = m_homeCursor[static_cast<std::size_t>(net)];
    const std::uint64_t offset = DemoRandom::hash(m_seed, static_cast<std::uint64_t>(net)) % 1000;
    return DemoNetworks::homeHost(net, offset + 97 * cursor++);
}

std::string DemoPopulation::uniqueId(const std::string &candidate)
{
    std::string id = candidate;
    while (!m_usedIds.insert(id).second)
        id = candidate + "-" + hex(4);
    return id;
}

void DemoPopulation::assignIds()
{
    // Identifier shapes follow the platform's history, not the account's nature: legacy numeric
    // ids, then UUIDs, then prefixed hex ids.
    const std::int64_t uuidEra = DemoTimeFormat::fromCivil(2024, 6, 1);
    const std::int64_t hexEra = DemoTimeFormat::fromCivil(2025, 6, 1);
    for (auto &a : m_accounts) {
        std::string id;
        if (a.createdAt < uuidEra) {
            id = std::to_string(100000000 + m_random.below(899999999));
        } else if (a.createdAt < hexEra) {
            const std::string h = hex(32);
            id = h.substr(0, 8) + "-" + h.substr(8, 4) + "-4" + h.substr(13, 3) + "-"
               + "89ab"[m_random.below(4)] + h.substr(17, 3) + "-" + h.substr(20, 12);
        } else {
            id = "acct_" + hex(12);
        }
        a.id = uniqueId(id);
    }
}

} // namespace hl
