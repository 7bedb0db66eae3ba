#pragma once

#include "groupsplit.h"
#include "storage/labelstore.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The labelled accounts of a case as a training set: one row per account whose effective label
// (its own, else its cluster's) is distillation or benign, with every numeric feature of the
// stored analysis and a leak-free train/valid/test split. Read in-process by the training
// export (trainingexport.h) and by anything that trains on it. A label under an open
// disagreement between analysts (model/analysis/agreement.h) is not ground truth yet: its
// accounts are left out (excludedDisputed) until someone resolves it.

struct TrainingColumn
{
    QString name, unit, meaning;
    QString source; // "account" (the account on its own) or "cluster" (its cluster)
};

struct TrainingRow
{
    std::int64_t accountId = 0; // case account id
    QString accountKey;         // the export's account_id
    std::int64_t clusterId = 0; // 0: none
    bool positive = false;      // distillation = true, benign = false
    double weight = 1.0;        // labelWeight() of the label's confidence
    Split split = Split::Train;
    std::vector<double> features; // one per TrainingSet::columns; NaN = missing
};

struct TrainingGroupStats
{
    std::int64_t ipCrowd = 0;          // the threshold used (0: every IP joins)
    std::int64_t crowdIps = 0;         // labelled accounts' IPs used by more than ipCrowd accounts: not joined
    std::int64_t crowdIpsAcrossSplits = 0; // of those, used in more than one split
    std::int64_t groups = 0;           // connected groups of rows (shared cluster, card, device, IP)
    std::int64_t largestGroupRows = 0;
    double largestGroupShare = 0;      // of all rows
    std::array<std::int64_t, SplitCount> groupsPerSplit{};
};

struct TrainingSet
{
    std::vector<TrainingColumn> columns; // the features: the account's, then cluster_<name>
    std::vector<TrainingRow> rows;       // ordered by accountKey
    std::int64_t labelSnapshotEventId = 0, labelSnapshotTime = 0; // latest label event
    std::int64_t excludedUnsure = 0;     // accounts whose effective label is unsure
    std::int64_t excludedDisputed = 0;   // accounts whose label is under an open disagreement
    TrainingGroupStats groups;
    QStringList warnings;                // a split left empty, one group holding most rows
    // Provenance.
    QString caseFileName;                // the case's file name, without its folder
    QMap<QString, QString> caseMeta;     // the case's meta table: created_at, created_by
    std::int64_t analysisRunId = 0, analysisFinishedAt = 0;
};

// Weight of a label by its confidence: high 1.0, medium 0.75, low 0.5, unset 1.0.
double labelWeight(Confidence confidence);

// The feature columns: every catalogue feature of the account, then of its cluster.
std::vector<TrainingColumn> trainingColumns();


// How the split groups accounts. Clusters, payment cards and devices always join. An IP joins
// the labelled accounts that use it unless more than `ipCrowd` accounts of the case do: it is a
// crowd (a residential-proxy exit, a carrier or campus gateway) that identifies no one - the
// analysis itself never links on an IP alone - and joining on it glued every actor of the demo
// and half its benign accounts into one group, leaving no held-out distillation at all.
// ipCrowd 0 joins on every IP (the strictest split).
struct TrainingSetOptions
{
    std::int64_t ipCrowd = 20;
};

struct FeatureTables;

// Reads the training set. nullopt with *error (what is wrong and what to do) when the case has
// no analysis, no labels, only unsure labels, or cannot be read. With `tables`, also hands over
// every stored feature object it parsed (featuretables.h), for scoring the unlabelled accounts.
std::optional<TrainingSet> readTrainingSet(const CaseFile &file, QString *error,
                                           const TrainingSetOptions &options = {}, FeatureTables *tables = nullptr);

} // namespace hl
