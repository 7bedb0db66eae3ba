#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

enum class TrafficSplit { ByModel, ByCapability };

// Exchanges per time bucket and model (or capability).
struct TrafficCount
{
    std::int64_t start = 0; // Unix seconds of the bucket's start (UTC)
    QString key;            // model name, or capability name ("" = not given)
    std::int64_t exchanges = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
};

struct TrafficQuery
{
    TrafficSplit split = TrafficSplit::ByModel;
    std::int64_t bucketSeconds = 3600;          // a positive multiple of 3600 (hour, day, week)
    std::optional<QList<std::int64_t>> accounts; // case account ids; none = the whole case
};

// The whole case comes from the hourly rollup; a set of accounts (one account, a cluster) from
// their exchange blocks, decoded directly (6 million exchanges in well under a second). Rows are
// ordered by start, then key. Returns nullopt with *error on failure.
std::optional<QList<TrafficCount>> traffic(const CaseFile &file, const TrafficQuery &query, QString *error);

// The case ids of the given account keys (the export's account_id). Unknown keys are an error
// that names the first few.
std::optional<QList<std::int64_t>> accountIdsForKeys(const CaseFile &file, const QStringList &keys, QString *error);

} // namespace hl
