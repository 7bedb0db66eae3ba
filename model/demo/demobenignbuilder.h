#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hl {

class DemoPopulation;
struct DemoAccount;

// Builds the innocent side: the look-alike crowds that share infrastructure for ordinary
// reasons (corporate NAT, campus, mobile CGNAT, VPN exits, an API reseller, proxy customers)
// and the ordinary individual users who make up most of the accounts.
class DemoBenignBuilder
{
public:
    DemoBenignBuilder(DemoPopulation &population, std::int64_t ordinaryAccounts);

    void buildLookalike(int lookalike, std::int64_t accounts);
    void buildOrdinary(std::int64_t accounts);

private:
    // An individual with a home connection, their own card, device and phone.
    void initPerson(DemoAccount &a, int country);
    void setAdoption(DemoAccount &a);
    int randomCountry();
    int randomPersona();
    std::int64_t organicCreation();
    std::int64_t burstCreation(int year, int month, int day, double hours);
    void setActivity(DemoAccount &a, double activeDelayDays);
    const char *randomFreemail();
    std::uint32_t makeGroup(int lookalike, std::int64_t poolSize);
    void buildEnterprise(std::uint32_t group, std::int64_t accounts);
    void buildCampus(std::uint32_t group, std::int64_t accounts);
    void buildCrowd(std::uint32_t group, std::int64_t accounts); // CGNAT, VPN, proxy customers
    void buildReseller(std::uint32_t group, std::int64_t accounts);

    DemoPopulation &m_population;
    std::vector<std::string> m_companyDomains; // small companies shared by a few coworkers
};

} // namespace hl
