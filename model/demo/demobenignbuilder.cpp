#include "demobenignbuilder.h"

#include "demonetworks.h"
#include "demopopulation.h"
#include "demoscenario.h"
#include "demotimeformat.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hl {

namespace {
constexpr double Hour = 3600.0;
constexpr double Day = 86400.0;

const char *const CompanyStems[] = {"bright", "tidal", "north", "copper", "maple", "lumen", "harbor",
                                    "quartz", "cedar", "vector", "orbit", "meadow", "falcon",
                                    "summit", "pixel", "ember", "willow", "granite", "nova", "delta"};
const char *const CompanyTails[] = {"forge", "works", "labs", "studio", "systems", "analytics",
                                    "health", "logistics", "media", "legal", "capital", "design"};
// VPN users come from everywhere, a little more often from Europe.
const double VpnCountryWeights[] = {0.20, 0.12, 0.16, 0.10, 0.08, 0.06, 0.04, 0.04, 0.04, 0.04,
                                    0.05, 0.03, 0.02, 0.02};
} // namespace

DemoBenignBuilder::DemoBenignBuilder(DemoPopulation &population, std::int64_t ordinaryAccounts)
    : m_population(population)
{
    // Small companies whose staff sign up individually with their work address.
    const auto companies = std::max<std::int64_t>(5, ordinaryAccounts / 30);
    const std::size_t stems = std::size(CompanyStems), tails = std::size(CompanyTails);
    for (std::int64_t i = 0; i < companies; ++i) {
        const auto u = static_cast<std::size_t>(i);
        std::string d = std::string(CompanyStems[u % stems]) + "-" + CompanyTails[(u / stems) % tails];
        if (u >= stems * tails)
            d += std::to_string(u / (stems * tails) + 1);
        m_companyDomains.push_back(d + ".example");
    }
}

int DemoBenignBuilder::randomCountry()
{
    double w[32];
    const int n = DemoScenario::countryCount();
    for (int i = 0; i < n; ++i)
        w[i] = DemoScenario::country(i).weight;
    return static_cast<int>(m_population.random().pick(w, static_cast<std::size_t>(n)));
}

int DemoBenignBuilder::randomPersona()
{
    double w[16];
    const int n = DemoScenario::personaCount();
    for (int i = 0; i < n; ++i)
        w[i] = DemoScenario::personaWeight(i);
    return static_cast<int>(m_population.random().pick(w, static_cast<std::size_t>(n)));
}

const char *DemoBenignBuilder::randomFreemail()
{
    double w[16];
    const int n = DemoScenario::freemailCount();
    for (int i = 0; i < n; ++i)
        w[i] = DemoScenario::freemailWeight(i);
    return DemoScenario::freemail(static_cast<int>(m_population.random().pick(w, static_cast<std::size_t>(n))));
}

std::int64_t DemoBenignBuilder::organicCreation()
{
    // Sign-ups grow over time: density rising linearly from 2023 to the end of the window.
    const double start = static_cast<double>(DemoTimeFormat::fromCivil(2023, 1, 1));
    const double end = static_cast<double>(DemoScenario::windowEnd()) - 12 * Hour;
    return static_cast<std::int64_t>(start + (end - start) * std::sqrt(m_population.random().uniform()));
}

std::int64_t DemoBenignBuilder::burstCreation(int year, int month, int day, double hours)
{
    const auto start = DemoTimeFormat::fromCivil(year, month, day, 13);
    return start + static_cast<std::int64_t>(m_population.random().uniform() * hours * Hour);
}

void DemoBenignBuilder::setAdoption(DemoAccount &a)
{
    DemoRandom &rng = m_population.random();
    if (rng.chance(0.72)) {
        // A few try a new model on launch day; most get to it over the following weeks.
        a.adopt4Hours = static_cast<float>(rng.chance(0.12) ? rng.exponential(8.0) : 2.0 + rng.exponential(16.0 * 24.0));
        a.adopt4Share = static_cast<float>(rng.uniform(0.4, 0.95));
    }
    if (rng.chance(0.55)) {
        a.adoptMiniHours = static_cast<float>(4.0 + rng.exponential(6.0 * 24.0));
        a.adoptMiniShare = static_cast<float>(rng.uniform(0.15, 0.6));
    }
}

void DemoBenignBuilder::setActivity(DemoAccount &a, double activeDelayDays)
{
    DemoRandom &rng = m_population.random();
    a.activeFrom = a.createdAt + 120 + static_cast<std::int64_t>(rng.exponential(activeDelayDays * Day));
    a.activeUntil = DemoScenario::windowEnd();
    const double u = rng.uniform();
    if (u < 0.006) { // failed payments, abuse unrelated to distillation
        const std::int64_t at = std::max(a.activeFrom, DemoScenario::windowStart())
                              + static_cast<std::int64_t>(rng.exponential(30.0 * Day));
        if (at < DemoScenario::windowEnd() - static_cast<std::int64_t>(Day)) {
            a.status = u < 0.001 ? StatusBanned : StatusSuspended;
            a.activeUntil = at;
        }
    }
}

void DemoBenignBuilder::initPerson(DemoAccount &a, int countryIndex)
{
    DemoRandom &rng = m_population.random();
    const auto &country = DemoScenario::country(countryIndex);
    a.country = country.code;
    a.tzMinutes = static_cast<std::int16_t>(country.tzMinutes[rng.below(static_cast<std::uint64_t>(country.tzCount))]);
    a.homeNet = country.homeNet;
    a.mobileNet = country.mobileNet;
    a.homeIp[0] = m_population.nextHomeIp(a.homeNet);
    a.homeIp[1] = a.homeIp[0];
    if (rng.chance(0.45)) { // the ISP hands out a new address at some point
        a.homeIp[1] = m_population.nextHomeIp(a.homeNet);
        a.homeSwitchAt = DemoScenario::windowStart() + static_cast<std::int64_t>(rng.uniform() * 90 * Day);
    }
    a.mobileShare = a.mobileNet >= 0 ? static_cast<float>(rng.uniform(0.0, 0.3)) : 0.0f;
    a.v6Share = rng.chance(0.25) ? 0.7f : 0.0f;
    a.persona = static_cast<std::uint8_t>(randomPersona());
    a.rhythm = a.persona == DemoScenario::Bot ? DemoRhythm::Cron : DemoRhythm::Human;
    a.cronMinute = static_cast<std::uint8_t>(rng.below(60));
    a.intensity = static_cast<float>(rng.logNormal(1.0, 1.1) * (a.persona == DemoScenario::Bot ? 4.0 : 1.0));
    const double u = rng.uniform();
    a.activeDayProb = static_cast<float>(0.04 + 0.9 * u * u);
    a.fastShare = static_cast<float>(rng.uniform(0.05, 0.5));
    a.legacyShare = rng.chance(0.04) ? static_cast<float>(rng.uniform(0.2, 0.9)) : 0.0f;
    setAdoption(a);
    a.keyCount = rng.chance(0.3) ? 2 : 1;
    a.keyBegin = m_population.newKeys(static_cast<int>(a.keyCount));
    if (a.keyCount == 2)
        a.keySwitchAt = DemoScenario::windowStart() + static_cast<std::int64_t>(rng.uniform() * 90 * Day);
    if (rng.chance(0.7))
        a.payment[0] = m_population.newPayment();
    if (a.payment[0] >= 0 && rng.chance(0.05))
        a.payment[1] = m_population.newPayment();
    a.device[0] = m_population.newDevice();
    if (rng.chance(0.3))
        a.device[1] = m_population.newDevice();
    if (rng.chance(0.55))
        a.phone = m_population.newPhone();
    if (rng.chance(0.2) && !m_companyDomains.empty())
        a.emailDomain = m_companyDomains[rng.below(m_companyDomains.size())];
    else
        a.emailDomain = randomFreemail();
    a.personalTemplates = static_cast<std::uint8_t>(1 + rng.below(5));
}

std::uint32_t DemoBenignBuilder::makeGroup(int lookalike, std::int64_t poolSize)
{
    const auto &spec = DemoScenario::lookalike(lookalike);
    DemoGroup group;
    group.label = std::string("benign:") + spec.name;
    group.kind = spec.kind;
    group.spec = lookalike;
    group.trafficShare = spec.trafficShare;
    group.salt = m_population.random().next();
    group.templates.reserve(static_cast<std::size_t>(poolSize));
    for (std::int64_t i = 0; i < poolSize; ++i)
        group.templates.push_back(m_population.newTemplate());
    return m_population.addGroup(std::move(group));
}

void DemoBenignBuilder::buildLookalike(int lookalike, std::int64_t accounts)
{
    const auto &spec = DemoScenario::lookalike(lookalike);
    const double scale = std::min(1.0, static_cast<double>(accounts)
                                           / DemoPopulation::fullScaleAccounts(spec.accountShare));
    auto templates = [scale](double full, std::int64_t minimum) {
        return std::max<std::int64_t>(minimum, std::llround(full * scale));
    };
    switch (spec.kind) {
    case DemoKind::EnterpriseNat:
        buildEnterprise(makeGroup(lookalike, templates(120, 20)), accounts);
        break;
    case DemoKind::Campus:
        buildCampus(makeGroup(lookalike, templates(25, 5)), accounts);
        break;
    case DemoKind::ApiReseller:
        buildReseller(makeGroup(lookalike, templates(5000, 300)), accounts);
        break;
    default:
        buildCrowd(makeGroup(lookalike, 0), accounts);
        break;
    }
}

void DemoBenignBuilder::buildEnterprise(std::uint32_t groupIndex, std::int64_t accounts)
{
    DemoRandom &rng = m_population.random();
    DemoGroup &group = m_population.groups()[groupIndex];
    for (int i = 0; i < 4; ++i) // 203.0.113.10 - .13
        group.ipPool.push_back(DemoNetworks::host(NetHalvorsen, static_cast<std::uint64_t>(9 + i)));
    const std::string org = m_population.newOrgId();
    const std::int32_t card = m_population.newPayment();
    std::vector<std::int32_t> golden; // the corporate laptop image: identical fingerprints
    for (int i = 0; i < 3; ++i)
        golden.push_back(m_population.newDevice());
    const std::int64_t onboarding = DemoTimeFormat::fromCivil(2025, 6, 2);
    group.orgSwitchAt = DemoScenario::releaseTime(ModelAtlas4) + 9 * DemoTimeFormat::Day - 3 * DemoTimeFormat::Hour;

    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        initPerson(a, 0);
        const double u = rng.uniform();
        if (u < 0.5)
            a.createdAt = burstCreation(2025, 6, 2, 2.0); // SSO provisioning of the first teams
        else if (u < 0.65)
            a.createdAt = burstCreation(2026, 2, 2, 3.0); // a new department comes on board
        else
            a.createdAt = onboarding + static_cast<std::int64_t>(rng.uniform() * static_cast<double>(DemoScenario::windowEnd() - onboarding - 86400));
        setActivity(a, 2.0);
        a.tzMinutes = rng.chance(0.75) ? -300 : -480;
        a.emailDomain = "halvorsen-industries.example";
        a.orgId = org;
        a.signup = rng.chance(0.95) ? SignupEnterprise : SignupStandard;
        a.payment[0] = card;
        a.payment[1] = -1;
        if (rng.chance(0.5)) {
            a.device[0] = golden[rng.below(golden.size())];
            a.device[1] = -1;
        }
        a.phone = rng.chance(0.1) ? a.phone : -1;
        a.persona = DemoScenario::Corporate;
        a.rhythm = DemoRhythm::Office;
        a.activeDayProb = static_cast<float>(rng.uniform(0.55, 0.95));
        a.intensity = static_cast<float>(rng.logNormal(1.0, 0.6));
        a.awayShare = 0.05f;
        a.mobileShare = 0.0f;
        // IT switches the default model nine days after launch; a small eval team goes first.
        const double orgHours = static_cast<double>(group.orgSwitchAt - DemoScenario::releaseTime(ModelAtlas4)) / Hour;
        if (rng.chance(0.05)) {
            a.adopt4Hours = static_cast<float>(rng.uniform(1.0, 8.0));
            a.adopt4Share = 0.3f;
        } else {
            a.adopt4Hours = static_cast<float>(orgHours + rng.uniform(0.0, 6.0));
            a.adopt4Share = static_cast<float>(rng.uniform(0.35, 0.55));
        }
    }
}

void DemoBenignBuilder::buildCampus(std::uint32_t groupIndex, std::int64_t accounts)
{
    DemoRandom &rng = m_population.random();
    DemoGroup &group = m_population.groups()[groupIndex];
    for (int i = 0; i < 8; ++i) // 198.51.100.20 - .27
        group.ipPool.push_back(DemoNetworks::host(NetWestbrook, static_cast<std::uint64_t>(19 + i)));
    const double personas[3] = {0.4, 0.35, 0.25};
    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        initPerson(a, 0);
        const double u = rng.uniform();
        if (u < 0.45)
            a.createdAt = burstCreation(2025, 9, 1, 7 * 24); // autumn term starts
        else if (u < 0.85)
            a.createdAt = burstCreation(2026, 1, 12, 5 * 24); // spring term starts
        else
            a.createdAt = organicCreation();
        setActivity(a, 1.0);
        a.tzMinutes = -300;
        const bool staff = rng.chance(0.15);
        a.emailDomain = staff ? "westbrook-university.example" : "students.westbrook-university.example";
        a.signup = rng.chance(0.9) ? SignupEducation : SignupStandard;
        a.persona = static_cast<std::uint8_t>(rng.pick(personas, 3)); // chatter, coder, researcher
        a.rhythm = DemoRhythm::Campus;
        a.payment[0] = rng.chance(0.55) ? m_population.newPayment() : -1;
        a.payment[1] = -1;
        a.activeDayProb = static_cast<float>(rng.uniform(0.2, 0.8));
        a.awayShare = 0.2f;
    }
}

void DemoBenignBuilder::buildCrowd(std::uint32_t groupIndex, std::int64_t accounts)
{
    DemoRandom &rng = m_population.random();
    DemoGroup &group = m_population.groups()[groupIndex];
    const DemoKind kind = group.kind;
    if (kind == DemoKind::MobileCgnat) {
        for (int i = 0; i < 8; ++i) // 198.19.32.10 - .17: the carrier's NAT gateways
            group.ipPool.push_back(DemoNetworks::host(NetMobileUs, static_cast<std::uint64_t>(9 + i)));
    } else if (kind == DemoKind::VpnExit) {
        for (int i = 0; i < 24; ++i)
            group.ipPool.push_back(DemoNetworks::host(NetNimbusVpn, static_cast<std::uint64_t>(3 + 41 * i)));
    }
    const double cgnatPersonas[5] = {0.6, 0.2, 0.0, 0.0, 0.2};
    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        int country = 0;
        if (kind == DemoKind::VpnExit)
            country = static_cast<int>(rng.pick(VpnCountryWeights, std::size(VpnCountryWeights)));
        else if (kind == DemoKind::ProxyCustomer)
            country = randomCountry();
        initPerson(a, country);
        a.createdAt = organicCreation();
        setActivity(a, 1.5);
        switch (kind) {
        case DemoKind::MobileCgnat:
            a.awayShare = 0.1f; // mostly on the phone network, sometimes on home Wi-Fi
            a.mobileShare = 0.0f;
            a.phone = m_population.newPhone();
            a.persona = static_cast<std::uint8_t>(rng.pick(cgnatPersonas, 5));
            a.rhythm = DemoRhythm::Human;
            break;
        case DemoKind::VpnExit:
            a.awayShare = 0.25f;
            a.lane = static_cast<std::uint32_t>(rng.below(group.ipPool.size()));
            if (rng.chance(0.4))
                a.emailDomain = "proton.me";
            break;
        default: // proxy customers: scraping, ad verification, privacy
            a.awayShare = 0.3f;
            break;
        }
    }
}

void DemoBenignBuilder::buildReseller(std::uint32_t groupIndex, std::int64_t accounts)
{
    DemoRandom &rng = m_population.random();
    DemoGroup &group = m_population.groups()[groupIndex];
    for (int i = 0; i < 10; ++i)
        group.ipPool.push_back(DemoNetworks::host(NetStratusCloud, 4000 + rng.below(2000)));
    for (int i = 0; i < 2; ++i)
        group.ipPool.push_back(DemoNetworks::ipv6(NetStratusCloud, 0x2a0, static_cast<std::uint32_t>(rng.next())));
    const std::string org = m_population.newOrgId();
    const std::int32_t cards[2] = {m_population.newPayment(), m_population.newPayment()};
    const std::int32_t servers[2] = {m_population.newDevice(), m_population.newDevice()};
    const std::int32_t phone = m_population.newPhone();
    const std::int64_t from = DemoTimeFormat::fromCivil(2025, 2, 10);
    const std::int64_t to = DemoTimeFormat::fromCivil(2025, 10, 30);
    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        initPerson(a, 0);
        a.createdAt = from + static_cast<std::int64_t>(rng.uniform() * static_cast<double>(to - from));
        setActivity(a, 0.5);
        a.status = StatusActive;
        a.activeUntil = DemoScenario::windowEnd();
        a.tzMinutes = -300;
        a.emailDomain = "relaypoint.example";
        a.orgId = org;
        a.signup = k == 0 ? SignupStandard : SignupEnterprise;
        a.payment[0] = cards[rng.below(2)];
        a.payment[1] = -1;
        a.device[0] = servers[rng.below(2)];
        a.device[1] = -1;
        a.phone = phone;
        a.keyCount = static_cast<std::uint32_t>(40 + rng.below(120)); // one per customer
        a.keyBegin = m_population.newKeys(static_cast<int>(a.keyCount));
        a.keySwitchAt = DemoAccount::Never;
        a.persona = DemoScenario::Broad;
        a.rhythm = DemoRhythm::Reseller;
        a.intensity = static_cast<float>(rng.logNormal(1.0, 0.7));
        a.activeDayProb = 1.0f;
        a.legacyShare = 0.08f;
        a.fastShare = 0.35f;
        a.mobileShare = 0.0f;
        a.v6Share = 0.0f;
        a.adopt4Hours = static_cast<float>(rng.uniform(0.5, 6.0));
        a.adopt4Share = 0.55f;
        a.adoptMiniHours = static_cast<float>(rng.uniform(1.0, 12.0));
        a.adoptMiniShare = 0.3f;
    }
}

void DemoBenignBuilder::buildOrdinary(std::int64_t accounts)
{
    DemoRandom &rng = m_population.random();
    DemoGroup group;
    group.label = "benign:ordinary";
    group.kind = DemoKind::Ordinary;
    group.trafficShare = DemoScenario::ordinaryTrafficShare();
    group.salt = rng.next();
    const std::uint32_t groupIndex = m_population.addGroup(std::move(group));

    for (std::int64_t k = 0; k < accounts; ++k) {
        DemoAccount &a = m_population.addAccount(groupIndex);
        initPerson(a, randomCountry());
        a.createdAt = organicCreation();
        setActivity(a, 1.5);
        if (rng.chance(0.08))
            a.intensity = 0.0f; // signed up, never used the API
    }
}

} // namespace hl
