#pragma once

#include "infragraph.h"
#include "pivots.h"

#include <QString>
#include <QMap>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace hl {

class CaseFile;

struct AnalysisOptions
{
    QString locationDb;              // libloc database; empty = the system one
    ClusterOptions clustering;
    PivotOptions pivots;
    std::size_t pivotMinAccounts = 3; // clusters smaller than this are not tested for pivots
    QString graphOut;                 // if set, the weighted account graph is written there (TSV: a, b, weight)
};

struct AnalysisReport
{
    std::int64_t runId = 0;
    std::int64_t clusters = 0, multiAccountClusters = 0, largest = 0;
    std::int64_t flaggedPivots = 0, flaggedClusters = 0;
    std::int64_t ips = 0, ipsLocated = 0;
    QMap<QString, std::int64_t> lineage; // "new", "same", "split", … → clusters
    std::int64_t vanished = 0;
    QStringList changes; // clusters of 2+ accounts that split, merged, grew, shrank or changed, biggest first
    double communitySeconds = 0;
    std::int64_t graphEdges = 0;
    QStringList warnings;
    double seconds = 0;
    QString retrainedVersion; // the retrained classifier that ranked the clusters ("v3"); empty: the rules
};

// (Re)computes the analysis of a case and stores it (schema 4): clusters with stable ids, their
// features (features.h), risk and reasons (risk.h), IP locations, post-release pivots. Runs in
// the calling thread; `progress`
// gets 0..1 and a short phase name, and may return false to cancel (nullopt, *error =
// "cancelled", the case unchanged).
std::optional<AnalysisReport> runAnalysis(const CaseFile &file, const AnalysisOptions &options, QString *error,
                                          const std::function<bool(double, const QString &)> &progress = {});

} // namespace hl
