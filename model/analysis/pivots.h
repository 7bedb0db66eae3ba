#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace hl {

class CaseFile;

// Post-release pivot detection: did a cluster of accounts move its traffic to a newly released
// model far faster and further than the rest of the case? Distillation operations ("hydra
// clusters") point their scripts at a new frontier model within hours or days of its release;
// ordinary users, companies and resellers adopt it too, but gradually or only in part.
//
// Time windows are whole UTC hours counted from the hour that contains the release (hour 0),
// so that the cluster's exchanges and the case-wide hourly rollup fall into the same buckets.
// "24 h" is hours [0, 24), "72 h" [0, 72), "7 d" [0, 168), "last day" [144, 168).

struct PivotCluster
{
    std::int64_t id = 0;
    QList<std::int64_t> accounts; // case account ids (duplicates are counted once)
};

struct PivotResult
{
    std::int64_t cluster = 0;
    std::int64_t modelId = 0;
    QString model;
    std::int64_t releasedAt = 0;

    // Share of the cluster's exchanges that went to the new model in [release, release + 24 h),
    // [.., + 72 h), [.., + 7 d), and in the last day of that week [+ 6 d, + 7 d): where it settled.
    double share24h = 0, share72h = 0, share7d = 0, shareLastDay = 0;
    // Hours from the release hour to the first hour from which the cluster runs above
    // PivotOptions::pivotShare on the new model, sustained (see PivotOptions::sustainHours);
    // nullopt = not within 14 days (or the case ends before).
    std::optional<double> hoursToPivot;
    // The same shares for the whole case's traffic (from the hourly rollup).
    double population24h = 0, population72h = 0, population7d = 0, populationLastDay = 0;
    // The same shares for the rest of the case (whole case minus this cluster): the baseline the
    // flag compares against, so that a big cluster does not raise its own baseline.
    double rest24h = 0, restLastDay = 0;
    // Cluster volume: the 7 days before the release, the first 24 h and the first 7 days after.
    std::int64_t exchangesBefore = 0, exchanges24h = 0, exchanges7d = 0;
    bool flagged = false;
    QString reason; // one plain sentence saying why it is (or is not) flagged
};

// The flag rule (pivots.cpp explains it in full). A cluster is flagged for a release if it has at
// least minExchanges exchanges in the week after the release and either
//  - step: share24h is at least pivotShare, or
//  - move: hoursToPivot < 7 d and shareLastDay is at least settledShare,
// "at least" meaning with 95 % confidence (the one-sided Wilson lower bound, levelZ), and, in
// that same window (the first 24 h, or the last day of the week), its share is far above the
// rest of the case's: by at least minGap (absolute), with an odds ratio of at least
// minOddsRatio, and a one-sided two-proportion z of at least minZ.
struct PivotOptions
{
    double pivotShare = 0.25;        // "has moved to the new model": share above this
    std::int64_t minExchanges = 200; // cluster exchanges in the week after the release, to flag
    int sustainHours = 24;           // hoursToPivot: the crossing hour and the window from it of
    std::int64_t sustainExchanges = 20; //  at least this many hours and exchanges are above pivotShare
    double settledShare = 0.6;       // move: the new model carries most of the traffic after a week
    double levelZ = 1.645;           // confidence for "share at least pivotShare / settledShare"
    double minGap = 0.2;             // cluster share minus the rest of the case's
    double minOddsRatio = 2.0;       // (p / (1 - p)) / (q / (1 - q)), cluster p, rest q
    double minZ = 3.3;               // one-sided p < 0.0005: many clusters × releases are tested
};

// For every release in the case's releases table whose released_at lies inside the case's
// traffic window (the hours of the hourly rollup), and every cluster with at least one exchange
// in the 7 days before or after it: the cluster's adoption of the model. Ordered by release
// time, then clusters in the given order. Each cluster's exchange blocks are read once for all
// releases, and only the blocks that overlap a release's window [-7 d, +14 d) are decoded.
// `progress` gets 0..1 and may return false to cancel (then nullopt and *error = "cancelled").
// Storage errors give nullopt and *error.
std::optional<QList<PivotResult>> detectPivots(const CaseFile &file, const QList<PivotCluster> &clusters,
                                               const PivotOptions &options, QString *error,
                                               const std::function<bool(double fraction)> &progress = {});

} // namespace hl
