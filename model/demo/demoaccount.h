#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace hl {

// Plain data shared by the demo generator's stages: who the accounts are (DemoPopulation builds
// them), how they behave (DemoSchedule, DemoBehaviour read them).

enum class DemoKind : std::uint8_t {
    Actor, EnterpriseNat, Campus, MobileCgnat, VpnExit, ApiReseller, ProxyCustomer, Ordinary
};

// How an account spreads its requests over the day.
enum class DemoRhythm : std::uint8_t {
    Scripted,    // flat over the 24 hours, synchronised bursts shared by the actor's accounts
    Human,       // diurnal curve in the account's own time zone, sessions of a few requests
    Office,      // weekday office hours
    Campus,      // late-rising students, evening peak, term calendar
    Reseller,    // aggregate of many customers: near 24/7 with a mild wave
    Cron,        // a private script: fires at a fixed minute of the hour
    MimicOffice  // an actor imitating office hours, seven days a week, like clockwork
};

enum DemoCapability : int { CapReasoning, CapCoding, CapToolUse, CapAgentic, CapVision, CapChat,
                            CapOther, CapCount };
enum DemoModel : int { ModelAtlas2, ModelAtlas3, ModelAtlas35Fast, ModelAtlas4, ModelAtlas4Mini,
                       ModelCount };
enum DemoSignup : std::uint8_t { SignupStandard, SignupEducation, SignupResearch, SignupStartup,
                                 SignupEnterprise, SignupCount };
enum DemoStatus : std::uint8_t { StatusActive, StatusSuspended, StatusBanned };

struct DemoGroup
{
    std::string label;                    // truth label: actor:quarry, benign:campus, benign:ordinary
    DemoKind kind = DemoKind::Ordinary;
    int spec = -1;                        // index into DemoScenario::actors() or lookalikes()
    double trafficShare = 0.0;            // target share of all exchanges
    std::uint64_t salt = 0;               // per-group hash salt (bursts, rotation)
    std::vector<std::uint64_t> ipPool;    // shared addresses (proxy pool, NAT, CGNAT, VPN exits)
    std::vector<std::uint64_t> templates; // shared prompt templates
    std::int64_t pivotAt = 0;             // actors: when the pivot to the new model happens
    double pivotHours = -1.0;             // hours after the release (truth), -1 = no pivot
    std::int64_t orgSwitchAt = 0;         // enterprise: the day IT switches the default model
    std::int64_t accounts = 0;            // filled when the population is built
};

struct DemoAccount
{
    static constexpr std::int64_t Never = std::numeric_limits<std::int64_t>::max();

    std::string id;
    std::string orgId;
    std::string emailDomain;
    const char *country = "US";
    std::int64_t createdAt = 0;
    std::int64_t activeFrom = 0;          // first moment it may send requests
    std::int64_t activeUntil = 0;         // suspended/banned accounts stop here
    std::uint64_t signupIp = 0;           // IP code (DemoNetworks)
    std::uint64_t homeIp[2] = {0, 0};     // benign: home address before/after homeSwitchAt
    std::int64_t homeSwitchAt = Never;
    std::int64_t keySwitchAt = Never;     // benign: second API key replaces the first
    std::uint64_t salt = 0;               // per-account hash salt (personal templates, sessions)
    std::uint32_t group = 0;
    std::uint32_t keyBegin = 0;           // api keys: [keyBegin, keyBegin + keyCount)
    std::uint32_t keyCount = 0;
    std::uint32_t lane = 0;               // actors/proxy users: position in a shared IP pool
    std::int32_t payment[2] = {-1, -1};   // indices into DemoPopulation::payments()
    std::int32_t device[2] = {-1, -1};
    std::int32_t phone = -1;
    std::int32_t homeNet = -1;            // DemoNet of the home ISP
    std::int32_t mobileNet = -1;
    float intensity = 1.0f;               // relative request volume
    float activeDayProb = 1.0f;           // humans: chance to use the API on a given day
    float fastShare = 0.2f;               // base mix: atlas-3.5-fast share
    float legacyShare = 0.0f;             // base mix: atlas-2 share
    float adopt4Hours = 1e9f;             // benign: personal delay before trying atlas-4
    float adopt4Share = 0.0f;
    float adoptMiniHours = 1e9f;
    float adoptMiniShare = 0.0f;
    float mobileShare = 0.0f;             // share of sessions from a mobile network
    float v6Share = 0.0f;                 // share of home traffic over IPv6
    float awayShare = 0.0f;               // share of sessions away from the group's IPs
    std::int16_t tzMinutes = 0;
    std::uint8_t cronMinute = 0;
    DemoSignup signup = SignupStandard;
    DemoStatus status = StatusActive;
    DemoRhythm rhythm = DemoRhythm::Human;
    std::uint8_t persona = 0;             // capability mix (DemoScenario::personaMix)
    std::uint8_t personalTemplates = 0;
};

} // namespace hl
