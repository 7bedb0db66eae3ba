#include "demotruth.h"

#include "demoindicators.h"
#include "demopopulation.h"
#include "demoschedule.h"
#include "demoscenario.h"
#include "demotimeformat.h"

#include <QFile>

#include <charconv>
#include <set>

namespace hl {

namespace {
std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string number(double v, int decimals)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    return std::string(buf, r.ptr);
}

std::string list(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + jsonString(items[i]);
    return out + "]";
}
} // namespace

DemoTruth::DemoTruth(const DemoPopulation &population, const DemoSchedule &schedule,
                     const DemoIndicators &indicators, std::uint64_t seed)
    : m_population(population)
    , m_schedule(schedule)
    , m_indicators(indicators)
    , m_seed(seed)
{
}

std::vector<std::string> DemoTruth::actorTraits(int actor)
{
    const auto &s = DemoScenario::actor(actor);
    std::vector<std::string> t;
    bool bursty = false;
    for (const auto &w : s.waves)
        bursty = bursty || (w.fraction > 0 && w.spreadHours <= 12);
    t.push_back(bursty ? "burst_account_creation" : "trickle_account_creation");
    std::string pool = "shared_ip_pool:";
    if (s.poolOrchid > 0)
        pool += "residential_proxy,";
    if (s.poolIspProxy > 0)
        pool += "isp_proxy,";
    if (s.poolHosting > 0)
        pool += "hosting,";
    pool.pop_back();
    t.push_back(pool);
    t.push_back("shared_payment_cards");
    t.push_back(s.accountsPerDevice > 0 ? "shared_device_fingerprints" : "unique_device_fingerprints");
    t.push_back("shared_phone_numbers");
    if (s.throwawayDomains[0])
        t.push_back("throwaway_email_domains");
    if (s.freemailShare > 0)
        t.push_back("free_mail");
    for (int p = SignupEducation; p <= SignupStartup; ++p) {
        if (s.signups[static_cast<std::size_t>(p)] >= 0.2)
            t.push_back(std::string("program_abuse:") + DemoScenario::signupName(p));
    }
    if (s.startupOrgSize > 0)
        t.push_back("fake_startup_orgs");
    if (s.rhythm == DemoRhythm::Scripted) {
        t.push_back(s.burstWindowHours < 24 ? "scripted_nightly_batches" : "scripted_24x7");
        t.push_back("synchronised_bursts");
    } else {
        t.push_back("office_hours_mimicry_utc+8_7_days");
    }
    t.push_back("template_reuse");
    if (s.outputScale / s.inputScale >= 2.0)
        t.push_back("high_output_input_ratio");
    if (s.keysMax >= 5)
        t.push_back("many_api_keys");
    for (int c = 0; c < CapCount; ++c) {
        if (s.capabilities[static_cast<std::size_t>(c)] >= 0.2)
            t.push_back(std::string("capability_focus:") + DemoScenario::capabilityName(c));
    }
    t.push_back(s.pivot == DemoScenario::PivotKind::Step ? "fast_pivot"
                : s.pivot == DemoScenario::PivotKind::Ramp ? "slow_pivot" : "no_pivot");
    if (s.bannedShare > 0)
        t.push_back("partly_banned");
    if (s.suspendedShare > 0)
        t.push_back("partly_suspended");
    return t;
}

std::vector<std::string> DemoTruth::lookalikeTraits(int lookalike)
{
    switch (DemoScenario::lookalike(lookalike).kind) {
    case DemoKind::EnterpriseNat:
        return {"one_org", "one_corporate_card", "one_corporate_domain", "few_nat_ips", "office_hours_weekdays",
                "sso_batch_creation", "golden_image_devices", "diverse_templates", "org_wide_model_switch_after_9_days"};
    case DemoKind::Campus:
        return {"education_signup", "university_domain", "campus_nat_ips", "term_start_creation_bursts",
                "own_cards", "human_rhythm", "course_templates"};
    case DemoKind::MobileCgnat:
        return {"few_carrier_ips", "free_mail", "own_cards", "own_devices", "own_phones", "human_rhythm"};
    case DemoKind::VpnExit:
        return {"commercial_vpn_exits", "free_mail", "own_cards", "own_devices", "human_rhythm"};
    case DemoKind::ApiReseller:
        return {"one_org", "high_volume", "near_24x7", "many_api_keys", "very_many_templates", "many_models",
                "hosting_egress_ips", "fast_but_gradual_adoption"};
    case DemoKind::ProxyCustomer:
        return {"shares_actor_proxy_ips", "nothing_else_shared", "own_cards", "own_devices", "human_rhythm"};
    default:
        return {};
    }
}

void DemoTruth::writeActors(std::string &out) const
{
    out += "  \"actors\": [\n";
    for (int i = 0; i < DemoScenario::actorCount(); ++i) {
        const auto &spec = DemoScenario::actor(i);
        const auto groupIndex = static_cast<std::size_t>(m_population.actorGroup(i));
        const DemoGroup &g = m_population.groups()[groupIndex];
        out += "    {\"group\": " + jsonString(g.label) + ", \"summary\": " + jsonString(spec.summary);
        out += ", \"accounts\": " + std::to_string(g.accounts);
        out += ", \"exchanges\": " + std::to_string(m_schedule.groupTotal(groupIndex));
        out += ",\n     \"traits\": " + list(actorTraits(i));
        out += ",\n     \"capabilities\": {";
        bool first = true;
        for (int c = 0; c < CapCount; ++c) {
            const double share = spec.capabilities[static_cast<std::size_t>(c)];
            if (share <= 0)
                continue;
            out += (first ? "" : ", ") + jsonString(DemoScenario::capabilityName(c)) + ": " + number(share, 2);
            first = false;
        }
        out += "},\n     \"pivot\": ";
        if (g.pivotHours >= 0) {
            out += "{\"model\": " + jsonString(DemoScenario::modelName(spec.pivotModel));
            out += ", \"released_at\": " + jsonString(DemoTimeFormat::iso(DemoScenario::releaseTime(spec.pivotModel)));
            out += ", \"hours_after_release\": " + number(g.pivotHours, 1);
            out += ", \"kind\": " + jsonString(spec.pivot == DemoScenario::PivotKind::Step ? "step" : "ramp");
            out += ", \"share_after\": " + number(spec.pivotShare, 2) + "}";
        } else {
            out += "null";
        }
        std::set<std::int32_t> cards, devices, phones;
        std::set<std::string> domains;
        for (const auto &a : m_population.accounts()) {
            if (a.group != groupIndex)
                continue;
            if (a.payment[0] >= 0)
                cards.insert(a.payment[0]);
            devices.insert(a.device[0]);
            if (a.phone >= 0)
                phones.insert(a.phone);
            domains.insert(a.emailDomain);
        }
        out += ",\n     \"infrastructure\": {\"ip_pool\": " + std::to_string(g.ipPool.size());
        out += ", \"payment_cards\": " + std::to_string(cards.size());
        out += ", \"devices\": " + std::to_string(devices.size());
        out += ", \"phones\": " + std::to_string(phones.size());
        out += ", \"templates\": " + std::to_string(g.templates.size());
        out += ", \"email_domains\": " + list({domains.begin(), domains.end()}) + "}}";
        out += i + 1 < DemoScenario::actorCount() ? ",\n" : "\n";
    }
    out += "  ],\n";
}

void DemoTruth::writeLookalikes(std::string &out) const
{
    out += "  \"lookalikes\": [\n";
    const auto &groups = m_population.groups();
    bool first = true;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const DemoGroup &g = groups[gi];
        if (g.kind == DemoKind::Actor)
            continue;
        const bool ordinary = g.kind == DemoKind::Ordinary;
        out += first ? "" : ",\n";
        first = false;
        out += "    {\"kind\": " + jsonString(ordinary ? "ordinary" : DemoScenario::lookalike(g.spec).name);
        out += ", \"group\": " + jsonString(g.label);
        out += ", \"accounts\": " + std::to_string(g.accounts);
        out += ", \"exchanges\": " + std::to_string(m_schedule.groupTotal(gi));
        if (!ordinary) {
            out += ",\n     \"summary\": " + jsonString(DemoScenario::lookalike(g.spec).summary);
            out += ",\n     \"traits\": " + list(lookalikeTraits(g.spec));
        }
        out += "}";
    }
    out += "\n  ],\n";
}

void DemoTruth::writeIndicators(std::string &out) const
{
    out += "  \"indicators\": [\n";
    const auto &all = m_indicators.indicators();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto &ind = all[i];
        std::vector<std::string> hits;
        std::size_t from = 0;
        while (from <= ind.hits.size()) {
            const std::size_t comma = std::min(ind.hits.find(',', from), ind.hits.size());
            if (ind.hits.compare(from, comma - from, "none") != 0)
                hits.push_back(ind.hits.substr(from, comma - from));
            from = comma + 1;
        }
        out += "    {\"kind\": " + jsonString(ind.kind) + ", \"value\": " + jsonString(ind.value)
             + ", \"source\": " + jsonString(ind.source) + ", \"points_at\": " + list(hits) + "}";
        out += i + 1 < all.size() ? ",\n" : "\n";
    }
    out += "  ],\n";
}

void DemoTruth::writeAccounts(std::string &out) const
{
    out += "  \"accounts\": {";
    const auto &accounts = m_population.accounts();
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        out += jsonString(accounts[i].id) + ": " + jsonString(m_population.groups()[accounts[i].group].label);
    }
    out += "\n  }\n";
}

std::string DemoTruth::toJson() const
{
    std::string out = "{\n  \"format\": \"hydralens-demo-truth\",\n  \"version\": 1,\n";
    out += "  \"seed\": " + std::to_string(m_seed) + ",\n";
    out += "  \"window\": {\"start\": " + jsonString(DemoTimeFormat::iso(DemoScenario::windowStart()))
         + ", \"end\": " + jsonString(DemoTimeFormat::iso(DemoScenario::windowEnd())) + "},\n";
    out += "  \"releases\": [";
    for (int m = 0; m < ModelCount; ++m) {
        out += (m ? ", " : "") + std::string("{\"model\": ") + jsonString(DemoScenario::modelName(m))
             + ", \"released_at\": " + jsonString(DemoTimeFormat::iso(DemoScenario::releaseTime(m))) + "}";
    }
    out += "],\n";
    writeActors(out);
    writeLookalikes(out);
    writeIndicators(out);
    writeAccounts(out);
    out += "}\n";
    return out;
}

bool DemoTruth::write(const QString &path, QString *error) const
{
    QFile file(path);
    const std::string json = toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size())
        || !file.flush()) {
        if (error)
            *error = file.errorString();
        file.close();
        QFile::remove(path);
        return false;
    }
    file.close();
    return true;
}

} // namespace hl
