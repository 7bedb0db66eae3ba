#pragma once

#include "demoaccount.h"
#include "demorandom.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace hl {

// Who is in the demo: the groups (actors, look-alike crowds, ordinary users), their accounts
// and the identity values they share (payment cards, devices, phones, API keys). Built once,
// deterministically from the seed, then read by the schedule, the exchange stream and the
// table writers. Accounts end up sorted by creation time, so groups are interleaved as in a
// real export.
class DemoPopulation
{
public:
    explicit DemoPopulation(std::uint64_t seed);

    // Smallest population in which every actor and look-alike still gets its minimum size.
    static std::int64_t minimumAccounts();

    void build(std::int64_t accounts);

    const std::vector<DemoAccount> &accounts() const { return m_accounts; }
    const std::vector<DemoGroup> &groups() const { return m_groups; }
    std::vector<DemoGroup> &groups() { return m_groups; }
    const std::vector<std::string> &payments() const { return m_payments; }
    const std::vector<std::string> &devices() const { return m_devices; }
    const std::vector<std::string> &phones() const { return m_phones; }
    const std::vector<std::string> &keys() const { return m_keys; }
    const std::vector<std::uint64_t> &commonTemplates() const { return m_commonTemplates; }
    std::uint64_t seed() const { return m_seed; }
    int actorGroup(int actor) const { return m_actorGroups[static_cast<std::size_t>(actor)]; }
    // Size of a group at full benchmark scale, for scaling pools and template sets.
    static double fullScaleAccounts(double accountShare);

    // Used by the builders.
    DemoRandom &random() { return m_random; }
    std::uint32_t addGroup(DemoGroup group);
    DemoAccount &addAccount(std::uint32_t group);
    std::int32_t newPayment();
    std::int32_t newDevice();
    std::int32_t newPhone();
    std::uint32_t newKeys(int count);
    std::string newOrgId();
    std::uint64_t newTemplate();
    std::uint64_t nextHomeIp(int net);

private:
    void assignIds();
    std::string uniqueId(const std::string &candidate);
    std::string hex(int digits);

    std::uint64_t m_seed;
    DemoRandom m_random;
    std::vector<DemoAccount> m_accounts;
    std::vector<DemoGroup> m_groups;
    std::vector<int> m_actorGroups;
    std::vector<std::string> m_payments, m_devices, m_phones, m_keys;
    std::vector<std::uint64_t> m_commonTemplates;
    std::vector<std::uint64_t> m_homeCursor;
    std::unordered_set<std::string> m_usedIds;
};

} // namespace hl
