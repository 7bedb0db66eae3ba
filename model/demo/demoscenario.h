#pragma once

#include "demoaccount.h"

#include <array>
#include <cstdint>

namespace hl {

// The demo story as data: time window, model releases, the distillation actors, the benign
// look-alike crowds and the ordinary population. Everything that is a tunable number of the
// scenario lives here; DemoPopulation turns it into accounts.
class DemoScenario
{
public:
    using CapabilityMix = std::array<double, CapCount>;

    enum class PivotKind { None, Step, Ramp };

    struct Wave
    {
        double fraction;        // share of the actor's accounts created in this wave
        int year, month, day, hour;
        double spreadHours;     // accounts of a wave are created within about this many hours
    };

    struct ActorSpec
    {
        const char *name;               // truth label actor:<name>
        const char *summary;
        double accountShare;            // of all accounts
        double trafficShare;            // of all exchanges
        int minAccounts;
        CapabilityMix capabilities;
        std::array<double, SignupCount> signups;
        std::array<const char *, 3> throwawayDomains; // nullptr-terminated
        double freemailShare;
        std::array<Wave, 5> waves;      // fraction 0 ends the list
        double poolOrchid, poolIspProxy, poolHosting; // make-up of the proxy pool
        int poolHosts[2];               // hosting networks used
        int accountsPerCard; double cardShare;
        int accountsPerDevice; double deviceShare; // accountsPerDevice 0: every device unique
        int accountsPerPhone; double phoneShare;
        int keysMin, keysMax;
        int templates;                  // at full scale
        int rotationMinutes;            // how long an account keeps one proxy IP
        int laneWidth;                  // how many pool IPs one account rotates through
        DemoRhythm rhythm;
        int burstsPerDay; int burstWindowHours; double burstFraction;
        double inputScale, outputScale; // token medians relative to a benign request
        double bannedShare, suspendedShare;
        int pivotModel; PivotKind pivot;
        double pivotHoursMin, pivotHoursMax, pivotShare, pivotRampDays, surge;
        int sideModel; double sideShare, sideDelayHours; // secondary use of atlas-4
        double scoreLogit;              // upstream classifier's mean (logit scale)
        int startupOrgSize;             // startup-program accounts grouped into fake orgs
    };

    struct LookalikeSpec
    {
        DemoKind kind;
        const char *name;               // truth label benign:<name>
        const char *summary;
        double accountShare;
        double trafficShare;
        int minAccounts;
        double scoreLogit;
    };

    struct Country
    {
        const char *code;
        double weight;
        std::array<int, 4> tzMinutes;   // the first tzCount entries are used
        int tzCount;
        int homeNet;
        int mobileNet;                  // -1: none in the demo internet
    };

    struct Release
    {
        const char *model;
        const char *label;
        int year, month, day, hour;
    };

    struct ScoringRun
    {
        int year, month, day;
        const char *version;
    };

    static std::int64_t windowStart();          // 2026-01-05T00:00:00Z
    static std::int64_t windowEnd();            // 2026-04-05T00:00:00Z (exclusive)
    static int windowDays();
    static std::int64_t generatedAt();          // manifest generated_at
    static std::int64_t releaseTime(int model);
    static const Release &release(int model);
    static const char *modelName(int model);
    static const char *capabilityName(int capability);
    static const char *signupName(int signup);
    static const char *statusName(int status);

    static int actorCount();
    static const ActorSpec &actor(int i);
    static int lookalikeCount();
    static const LookalikeSpec &lookalike(int i);
    static double ordinaryTrafficShare();
    static double ordinaryScoreLogit();

    static int personaCount();
    static const CapabilityMix &personaMix(int persona);
    static double personaWeight(int persona);   // in the ordinary population
    enum Persona { Chatter, Coder, Researcher, Builder, Visual, Bot, Corporate, Broad };

    static int countryCount();
    static const Country &country(int i);
    static int freemailCount();
    static const char *freemail(int i);
    static double freemailWeight(int i);
    static int scoringRunCount();
    static const ScoringRun &scoringRun(int i);
    static std::int64_t scoringTime(int i);

    // Median tokens of a benign request for a capability.
    static double inputMedian(int capability);
    static double outputMedian(int capability);
};

} // namespace hl
