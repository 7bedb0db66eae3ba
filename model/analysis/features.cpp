#include "features.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace hl {

const std::array<FeatureInfo, FeatureCount> &featureCatalogue()
{
    static const std::array<FeatureInfo, FeatureCount> catalogue{{
        {"size", "accounts", "accounts in the cluster"},
        {"exchanges", "exchanges", "exchanges sent by the cluster's accounts"},
        {"active_days", "days", "from the cluster's first to its last exchange"},
        {"exchanges_per_account_day", "exchanges/day", "mean daily volume of an account over its own active span"},
        {"top_capability_share", "share 0-1", "share of the exchanges (with a capability) on the most used capability"},
        {"template_reuse", "share 0-1",
         "share of the exchanges on prompt templates used by at least a tenth of the cluster's accounts (two or more)"},
        {"template_concentration", "share 0-1", "share of the exchanges on the cluster's 100 most used templates"},
        {"synchrony", "share 0-1", "share of the exchanges in the busiest 1% of minutes of the cluster's active span"},
        {"round_the_clock", "0-1", "traffic in the quietest 8 hours of the day relative to a flat day (1 = 24/7)"},
        {"weekend_ratio", "ratio", "daily exchanges on Saturday and Sunday relative to weekdays (UTC)"},
        {"output_input_ratio", "ratio", "output tokens per input token"},
        {"age_at_first_use_days", "days", "median time from an account's creation to its first exchange"},
        {"creation_burst", "share 0-1", "largest share of the cluster's accounts created within any 6 hours"},
        {"program_signup_share", "share 0-1",
         "accounts that signed up through an education, research or start-up programme"},
        {"proxy_share", "share 0-1", "exchanges from IPs the location database marks as anonymous proxies"},
        {"mean_score", "score 0-1", "mean of the accounts' latest upstream classifier score"},
        {"high_score_share", "share 0-1", "accounts whose latest upstream score is 0.5 or more"},
        {"indicator_hits", "values", "linked infrastructure values that partners reported as indicators"},
        {"shared_identity_values", "values",
         "cards, devices, phones, orgs and API keys used by two or more of the cluster's accounts"},
        {"shared_identity_share", "share 0-1", "accounts that use one of those shared values"},
        {"enforced_share", "share 0-1", "accounts already suspended or banned"},
    }};
    return catalogue;
}

FeatureValues storedFeatureValues(const FeatureValues &values)
{
    FeatureValues out;
    for (std::size_t i = 0; i < FeatureCount; ++i)
        out[i] = std::isfinite(values[i]) ? std::round(values[i] * 1e4) / 1e4 : std::numeric_limits<double>::quiet_NaN();
    return out;
}

QJsonObject featuresToJson(const FeatureValues &values)
{
    const FeatureValues stored = storedFeatureValues(values);
    QJsonObject o;
    for (std::size_t i = 0; i < FeatureCount; ++i)
        o.insert(QString::fromLatin1(featureCatalogue()[i].name),
                 std::isnan(stored[i]) ? QJsonValue() : QJsonValue(stored[i]));
    return o;
}

double synchronyOf(std::vector<std::int64_t> &minutes)
{
    if (minutes.size() < 20)
        return 0;
    std::sort(minutes.begin(), minutes.end());
    std::vector<std::int64_t> perMinute;
    for (std::size_t i = 0; i < minutes.size();) {
        std::size_t j = i;
        while (j < minutes.size() && minutes[j] == minutes[i])
            ++j;
        perMinute.push_back(std::int64_t(j - i));
        i = j;
    }
    const std::int64_t span = minutes.back() - minutes.front() + 1;
    const auto top = std::max<std::size_t>(1, std::size_t(std::ceil(double(span) * 0.01)));
    if (top >= perMinute.size())
        return 1.0; // every active minute is among the busiest 1 %
    std::nth_element(perMinute.begin(), perMinute.begin() + std::ptrdiff_t(top), perMinute.end(), std::greater<>());
    std::int64_t busiest = 0;
    for (std::size_t i = 0; i < top; ++i)
        busiest += perMinute[i];
    return double(busiest) / double(minutes.size());
}

FeatureValues computeFeatures(const std::vector<std::uint32_t> &accounts, const FeatureInputs &in,
                              const SharedIdentity &identity, double synchrony)
{
    FeatureValues f{};
    auto set = [&f](Feature k, double v) { f[std::size_t(k)] = v; };
    const double n = double(accounts.size());
    set(Feature::Size, n);

    std::int64_t exchanges = 0, first = 0, last = 0, inTok = 0, outTok = 0, marked = 0;
    double accountDays = 0;
    std::array<double, 24> hours{};
    std::array<double, 7> weekdays{};
    std::array<double, 8> caps{};
    std::vector<double> ages;
    std::vector<std::int64_t> created;
    std::unordered_map<std::uint32_t, std::pair<std::uint32_t, double>> templates; // → (accounts, exchanges)
    double scoreSum = 0, scored = 0, highScores = 0, programme = 0, enforced = 0, active = 0;
    std::unordered_set<std::uint32_t> reported;
    for (const std::uint32_t a : accounts) {
        const AccountProfile &p = in.profiles[a];
        const AccountInfo &info = in.info[a];
        if (p.exchanges > 0) {
            first = exchanges == 0 ? p.firstTs : std::min(first, p.firstTs);
            last = exchanges == 0 ? p.lastTs : std::max(last, p.lastTs);
            exchanges += p.exchanges;
            inTok += p.inputTokens;
            outTok += p.outputTokens;
            marked += p.markedIpExchanges;
            accountDays += std::max(1.0, double(p.lastTs - p.firstTs) / 86400.0);
            ++active;
            for (std::size_t h = 0; h < 24; ++h)
                hours[h] += p.hours[h];
            for (std::size_t d = 0; d < 7; ++d)
                weekdays[d] += p.weekdays[d];
            for (std::size_t c = 0; c < 8; ++c)
                caps[c] += p.capabilities[c];
            if (info.exists)
                ages.push_back(double(p.firstTs - info.createdAt) / 86400.0);
            for (const auto &[t, share] : p.top) {
                auto &e = templates[t];
                ++e.first;
                e.second += double(share) * double(p.exchanges);
            }
        }
        if (info.exists) {
            created.push_back(info.createdAt);
            programme += info.signupPath >= 2 && info.signupPath <= 4; // education, research, start-up
            enforced += info.status >= 2;                              // suspended, banned
        }
        if (a < in.scores.size() && std::isfinite(in.scores[a])) {
            scoreSum += in.scores[a];
            ++scored;
            highScores += in.scores[a] >= 0.5;
        }
        if (a < in.indicatorHits.size())
            reported.insert(in.indicatorHits[a].begin(), in.indicatorHits[a].end());
    }
    const double ex = double(std::max<std::int64_t>(exchanges, 1));
    set(Feature::Exchanges, double(exchanges));
    set(Feature::ActiveDays, exchanges ? double(last - first) / 86400.0 : 0);
    set(Feature::ExchangesPerAccountDay, accountDays > 0 ? double(exchanges) / accountDays : 0);
    double withCap = 0, topCap = 0;
    for (std::size_t c = 1; c < 8; ++c) {
        withCap += caps[c];
        topCap = std::max(topCap, caps[c]);
    }
    set(Feature::TopCapabilityShare, withCap > 0 ? topCap / withCap : 0);

    const double minSharers = std::max(2.0, std::ceil(active * 0.1));
    double reused = 0;
    std::vector<double> weights;
    for (const auto &[t, e] : templates) {
        if (e.first >= minSharers)
            reused += e.second;
        weights.push_back(e.second);
    }
    std::sort(weights.begin(), weights.end(), std::greater<>());
    double top100 = 0;
    for (std::size_t i = 0; i < weights.size() && i < 100; ++i)
        top100 += weights[i];
    set(Feature::TemplateReuse, accounts.size() > 1 ? reused / ex : 0);
    set(Feature::TemplateConcentration, top100 / ex);
    set(Feature::Synchrony, synchrony);

    double quietest = ex;
    for (std::size_t start = 0; start < 24; ++start) {
        double s = 0;
        for (std::size_t k = 0; k < 8; ++k)
            s += hours[(start + k) % 24];
        quietest = std::min(quietest, s);
    }
    set(Feature::RoundTheClock, exchanges ? std::min(1.0, (quietest / ex) / (8.0 / 24.0)) : 0);
    const double weekday = (weekdays[0] + weekdays[1] + weekdays[2] + weekdays[3] + weekdays[4]) / 5.0;
    const double weekend = (weekdays[5] + weekdays[6]) / 2.0;
    set(Feature::WeekendRatio, weekday > 0 ? weekend / weekday : 0);
    set(Feature::OutputInputRatio, inTok > 0 ? double(outTok) / double(inTok) : 0);
    if (!ages.empty()) {
        std::nth_element(ages.begin(), ages.begin() + std::ptrdiff_t(ages.size() / 2), ages.end());
        set(Feature::AgeAtFirstUseDays, ages[ages.size() / 2]);
    }
    std::sort(created.begin(), created.end());
    std::size_t burst = 0;
    for (std::size_t i = 0, j = 0; i < created.size(); ++i) {
        while (created[i] - created[j] > 6 * 3600)
            ++j;
        burst = std::max(burst, i - j + 1);
    }
    set(Feature::CreationBurst, accounts.size() > 2 ? double(burst) / n : 0);
    set(Feature::ProgramSignupShare, programme / n);
    set(Feature::ProxyShare, double(marked) / ex);
    set(Feature::MeanScore, scored > 0 ? scoreSum / scored : std::nan(""));
    set(Feature::HighScoreShare, scored > 0 ? highScores / scored : 0);
    set(Feature::IndicatorHits, double(reported.size()));
    set(Feature::SharedIdentityValues, double(identity.values));
    set(Feature::SharedIdentityShare, double(identity.accounts) / n);
    set(Feature::EnforcedShare, enforced / n);
    return f;
}

} // namespace hl
