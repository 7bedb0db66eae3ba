#pragma once

#include "storage/analysisdata.h"

#include <QJsonObject>

#include <array>
#include <cstdint>
#include <vector>

namespace hl {

// Cluster features: one catalogue (name, unit, meaning) used by the analysis, the stored JSON,
// `explain` and the training export. Add a feature here and everything else follows.
enum class Feature {
    Size,
    Exchanges,
    ActiveDays,
    ExchangesPerAccountDay,
    TopCapabilityShare,
    TemplateReuse,
    TemplateConcentration,
    Synchrony,
    RoundTheClock,
    WeekendRatio,
    OutputInputRatio,
    AgeAtFirstUseDays,
    CreationBurst,
    ProgramSignupShare,
    ProxyShare,
    MeanScore,
    HighScoreShare,
    IndicatorHits,
    SharedIdentityValues,
    SharedIdentityShare,
    EnforcedShare,
    Count
};
constexpr std::size_t FeatureCount = std::size_t(Feature::Count);

struct FeatureInfo
{
    const char *name;    // stable key (JSON, CSV column)
    const char *unit;
    const char *meaning; // one sentence
};
const std::array<FeatureInfo, FeatureCount> &featureCatalogue();

using FeatureValues = std::array<double, FeatureCount>;
// The values as stored and read back (featuresToJson): rounded to 4 decimals, NaN when not finite.
FeatureValues storedFeatureValues(const FeatureValues &values);
QJsonObject featuresToJson(const FeatureValues &values);

// What the features of one cluster are computed from. Vectors are indexed by account id.
struct FeatureInputs
{
    const std::vector<AccountProfile> &profiles;
    const std::vector<AccountInfo> &info;
    const std::vector<double> &scores;
    const std::vector<std::vector<std::uint32_t>> &indicatorHits; // infra ids partners reported
};

// Identity shared inside a cluster (cards, devices, phones, orgs, API keys used by two or more
// of its accounts), counted by the caller from the links.
struct SharedIdentity
{
    std::int64_t values = 0;   // distinct shared values
    std::int64_t accounts = 0; // cluster accounts that use at least one of them
};

FeatureValues computeFeatures(const std::vector<std::uint32_t> &accounts, const FeatureInputs &in,
                              const SharedIdentity &identity, double synchrony);

// Share of a cluster's exchanges in its busiest 1 % of minutes (of the span it is active):
// scripted accounts that fire together put much of their traffic into few minutes; people and
// steady services spread it. `minutes` are the minute indexes (ts / 60) of its exchanges.
double synchronyOf(std::vector<std::int64_t> &minutes);

} // namespace hl
