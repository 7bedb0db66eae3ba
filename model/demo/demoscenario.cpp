#include "demoscenario.h"

#include "demonetworks.h"
#include "demotimeformat.h"

namespace hl {

namespace {

// clang-format off
const DemoScenario::Release Releases[ModelCount] = {
    {"atlas-2", "Atlas 2", 2025, 1, 20, 17},
    {"atlas-3", "Atlas 3", 2025, 6, 10, 16},
    {"atlas-3.5-fast", "Atlas 3.5 Fast", 2025, 10, 21, 16},
    {"atlas-4", "Atlas 4", 2026, 2, 17, 17},
    {"atlas-4-mini", "Atlas 4 Mini", 2026, 3, 24, 16},
};

const char *const Capabilities[CapCount] = {"reasoning", "coding", "tool_use", "agentic", "vision",
                                            "chat", "other"};
const char *const Signups[SignupCount] = {"standard", "education", "research_program",
                                          "startup_program", "enterprise"};
const char *const Statuses[3] = {"active", "suspended", "banned"};

using P = DemoScenario::PivotKind;
using R = DemoRhythm;

//                       reasoning coding tool_use agentic vision chat other
const DemoScenario::ActorSpec Actors[] = {
    {"quarry", "large reasoning-trace harvester: chain-of-thought extraction at scale",
     0.088, 0.20, 5,
     {0.82, 0.06, 0.00, 0.00, 0.00, 0.10, 0.02},
     {0.30, 0.45, 0.25, 0.00, 0.00},
     {"quickpost-mail.example", "inboxvault.example", "univ-eastbridge.example"}, 0.35,
     {{{0.30, 2025, 12, 2, 3, 5}, {0.20, 2026, 1, 21, 14, 3}, {0.25, 2026, 2, 16, 11, 4},
       {0.15, 2026, 3, 3, 2, 3}, {0.10, 2026, 3, 19, 20, 2}}},
     0.65, 0.20, 0.15, {NetStratusCloud, NetIroncladVps},
     250, 0.35, 180, 0.85, 25, 0.80,
     4, 9, 40, 20, 10,
     R::Scripted, 96, 24, 0.75,
     0.55, 2.6, 0.18, 0.06,
     ModelAtlas4, P::Step, 4.0, 9.0, 0.86, 0.0, 0.9,
     -1, 0.0, 0.0,
     0.9, 0},
    {"loom", "agentic-coding and tool-use harvester behind fake start-ups",
     0.070, 0.14, 4,
     {0.05, 0.45, 0.20, 0.28, 0.00, 0.02, 0.00},
     {0.45, 0.00, 0.00, 0.55, 0.00},
     {"devrelay-mail.example", "buildbox-inbox.example", nullptr}, 0.60,
     {{{0.40, 2025, 11, 18, 9, 8}, {0.30, 2026, 1, 28, 1, 6}, {0.30, 2026, 3, 11, 13, 6},
       {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}}},
     0.35, 0.15, 0.50, {NetIroncladVps, NetFerrousDc},
     60, 0.80, 100, 0.90, 40, 0.60,
     3, 7, 60, 45, 8,
     R::Scripted, 48, 24, 0.70,
     0.8, 3.5, 0.08, 0.04,
     ModelAtlas4, P::Ramp, 30.0, 30.0, 0.70, 5.0, 0.3,
     -1, 0.0, 0.0,
     0.6, 8},
    {"prism", "vision and multimodal harvester running nightly batches",
     0.040, 0.06, 4,
     {0.06, 0.00, 0.00, 0.00, 0.62, 0.12, 0.20},
     {0.40, 0.00, 0.60, 0.00, 0.00},
     {"cv-lab-institute.example", "optica-research.example", nullptr}, 0.30,
     {{{0.60, 2025, 12, 15, 22, 6}, {0.40, 2026, 2, 24, 23, 5}, {0, 0, 0, 0, 0, 0},
       {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}}},
     0.30, 0.00, 0.70, {NetFerrousDc, NetQuillColo},
     300, 0.50, 120, 0.90, 50, 0.70,
     2, 5, 25, 60, 6,
     R::Scripted, 24, 8, 0.85,
     1.0, 1.6, 0.00, 0.05,
     ModelAtlas4, P::None, 0.0, 0.0, 0.0, 0.0, 0.0,
     ModelAtlas4, 0.05, 72.0,
     0.2, 0},
    {"ember", "small careful operator: office-hours mimicry, ISP proxies, unique devices",
     0.022, 0.03, 4,
     {0.40, 0.30, 0.00, 0.00, 0.00, 0.30, 0.00},
     {1.00, 0.00, 0.00, 0.00, 0.00},
     {nullptr, nullptr, nullptr}, 1.00,
     {{{1.00, 2025, 12, 1, 9, 50 * 24}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0},
       {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}}},
     0.00, 1.00, 0.00, {NetStratusCloud, NetStratusCloud},
     200, 0.90, 0, 1.00, 30, 0.95,
     1, 2, 15, 360, 2,
     R::MimicOffice, 0, 24, 0.0,
     0.8, 1.8, 0.00, 0.00,
     ModelAtlas4Mini, P::Step, 8.0, 14.0, 0.75, 0.0, 0.4,
     ModelAtlas4, 0.35, 96.0,
     -0.6, 0},
};

const DemoScenario::LookalikeSpec Lookalikes[] = {
    {DemoKind::EnterpriseNat, "enterprise_nat",
     "one company: hundreds of accounts on one corporate card and domain behind four NAT IPs, "
     "office hours, SSO batch sign-ups, many different templates", 0.015, 0.06, 3, -0.8},
    {DemoKind::Campus, "campus",
     "university: education sign-ups in term-start bursts, campus NAT, own cards, human rhythm",
     0.030, 0.03, 3, -0.9},
    {DemoKind::MobileCgnat, "mobile_cgnat",
     "unrelated phone users behind a mobile carrier's carrier-grade NAT (a few shared IPs)",
     0.030, 0.025, 4, -0.3},
    {DemoKind::VpnExit, "vpn_exit",
     "unrelated privacy-minded users on the same commercial VPN exits", 0.020, 0.02, 3, -0.5},
    {DemoKind::ApiReseller, "api_reseller",
     "one company reselling API access: 24/7, many keys, very many templates and models, "
     "adopts new models within days", 0.001, 0.12, 2, 0.7},
    {DemoKind::ProxyCustomer, "proxy_customer",
     "ordinary customers renting the same residential proxies as the actors: shared IPs, "
     "nothing else", 0.010, 0.01, 3, -0.4},
};

const DemoScenario::CapabilityMix Personas[] = {
    {0.06, 0.08, 0.01, 0.01, 0.08, 0.66, 0.10}, // Chatter
    {0.10, 0.55, 0.08, 0.07, 0.02, 0.14, 0.04}, // Coder
    {0.45, 0.15, 0.02, 0.02, 0.04, 0.27, 0.05}, // Researcher
    {0.08, 0.22, 0.30, 0.25, 0.02, 0.08, 0.05}, // Builder
    {0.05, 0.05, 0.01, 0.01, 0.55, 0.23, 0.10}, // Visual
    {0.05, 0.10, 0.10, 0.05, 0.05, 0.25, 0.40}, // Bot
    {0.10, 0.35, 0.10, 0.08, 0.02, 0.30, 0.05}, // Corporate
    {0.15, 0.25, 0.10, 0.10, 0.07, 0.28, 0.05}, // Broad
};
const double PersonaWeights[] = {0.42, 0.28, 0.10, 0.08, 0.07, 0.05, 0.0, 0.0};

const DemoScenario::Country Countries[] = {
    {"US", 0.30, {{-300, -360, -420, -480}}, 4, NetResUs, NetMobileUs},
    {"GB", 0.07, {{0}}, 1, NetResGb, NetMobileDe},
    {"DE", 0.08, {{60}}, 1, NetResDe, NetMobileDe},
    {"FR", 0.05, {{60}}, 1, NetResFr, NetMobileDe},
    {"NL", 0.03, {{60}}, 1, NetResDe, NetMobileDe},
    {"ES", 0.03, {{60}}, 1, NetResDe, NetMobileDe},
    {"JP", 0.07, {{540}}, 1, NetResJp, -1},
    {"KR", 0.05, {{540}}, 1, NetResKr, -1},
    {"IN", 0.10, {{330}}, 1, NetResIn, -1},
    {"BR", 0.06, {{-180}}, 1, NetResBr, -1},
    {"CA", 0.05, {{-300, -480}}, 2, NetResCa, NetMobileUs},
    {"AU", 0.04, {{600}}, 1, NetResAu, -1},
    {"SG", 0.03, {{480}}, 1, NetResSg, -1},
    {"MX", 0.03, {{-360}}, 1, NetResMx, -1},
};

const char *const Freemail[] = {"gmail.com", "outlook.com", "yahoo.com", "proton.me",
                                "icloud.com", "hotmail.com", "gmx.de", "qq.com", "naver.com"};
const double FreemailWeights[] = {0.45, 0.16, 0.08, 0.06, 0.08, 0.06, 0.04, 0.04, 0.03};

const DemoScenario::ScoringRun ScoringRuns[] = {
    {2026, 1, 12, "2.3"}, {2026, 2, 2, "2.3"}, {2026, 2, 23, "2.4"}, {2026, 3, 16, "2.4"},
    {2026, 4, 4, "2.4"},
};

//                              reasoning coding tool_use agentic vision chat  other
const double InputMedians[CapCount] = {900, 2200, 1800, 9000, 1400, 450, 300};
const double OutputMedians[CapCount] = {1600, 700, 250, 600, 300, 350, 200};
// clang-format on

template<typename T, std::size_t N>
constexpr int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

} // namespace

std::int64_t DemoScenario::windowStart() { return DemoTimeFormat::fromCivil(2026, 1, 5); }
std::int64_t DemoScenario::windowEnd() { return DemoTimeFormat::fromCivil(2026, 4, 5); }
int DemoScenario::windowDays()
{
    return static_cast<int>((windowEnd() - windowStart()) / DemoTimeFormat::Day);
}
std::int64_t DemoScenario::generatedAt() { return DemoTimeFormat::fromCivil(2026, 4, 5, 2, 17, 0); }

std::int64_t DemoScenario::releaseTime(int model)
{
    const Release &r = Releases[model];
    return DemoTimeFormat::fromCivil(r.year, r.month, r.day, r.hour);
}

const DemoScenario::Release &DemoScenario::release(int model) { return Releases[model]; }
const char *DemoScenario::modelName(int model) { return Releases[model].model; }
const char *DemoScenario::capabilityName(int capability) { return Capabilities[capability]; }
const char *DemoScenario::signupName(int signup) { return Signups[signup]; }
const char *DemoScenario::statusName(int status) { return Statuses[status]; }

int DemoScenario::actorCount() { return countOf(Actors); }
const DemoScenario::ActorSpec &DemoScenario::actor(int i) { return Actors[i]; }
int DemoScenario::lookalikeCount() { return countOf(Lookalikes); }
const DemoScenario::LookalikeSpec &DemoScenario::lookalike(int i) { return Lookalikes[i]; }

double DemoScenario::ordinaryTrafficShare()
{
    double rest = 1.0;
    for (const auto &a : Actors)
        rest -= a.trafficShare;
    for (const auto &l : Lookalikes)
        rest -= l.trafficShare;
    return rest;
}

double DemoScenario::ordinaryScoreLogit() { return -2.2; }

int DemoScenario::personaCount() { return countOf(Personas); }
const DemoScenario::CapabilityMix &DemoScenario::personaMix(int persona) { return Personas[persona]; }
double DemoScenario::personaWeight(int persona) { return PersonaWeights[persona]; }

int DemoScenario::countryCount() { return countOf(Countries); }
const DemoScenario::Country &DemoScenario::country(int i) { return Countries[i]; }
int DemoScenario::freemailCount() { return countOf(Freemail); }
const char *DemoScenario::freemail(int i) { return Freemail[i]; }
double DemoScenario::freemailWeight(int i) { return FreemailWeights[i]; }
int DemoScenario::scoringRunCount() { return countOf(ScoringRuns); }
const DemoScenario::ScoringRun &DemoScenario::scoringRun(int i) { return ScoringRuns[i]; }

std::int64_t DemoScenario::scoringTime(int i)
{
    const ScoringRun &r = ScoringRuns[i];
    return DemoTimeFormat::fromCivil(r.year, r.month, r.day, 4, 10, 0);
}

double DemoScenario::inputMedian(int capability) { return InputMedians[capability]; }
double DemoScenario::outputMedian(int capability) { return OutputMedians[capability]; }

} // namespace hl
