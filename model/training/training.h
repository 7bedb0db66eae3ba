#pragma once

#include "storage/trainingstore.h"
#include "training/metrics.h"
#include "training/trainingset.h"

#include <QJsonObject>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// `hydralens train`: fits the built-in classifier (L2 logistic regression, model/training/
// logistic.h) on the labelled accounts (the training export's rows and leak-free split,
// trainingset.h), picks the regularisation on the validation split, refits on train + valid,
// and measures precision, recall and PR-AUC on the test split against two baselines: the
// upstream classifier's score and the analysis's rule-based cluster risk. Unless it is a dry
// run, it scores every clustered account as a new classifier version and re-ranks the
// clusters: a cluster's risk becomes the mean probability of its accounts (flagged at 0.5 with
// 3+ accounts, as the rules flag), and each cluster's risk before and after is kept.
struct TrainOptions
{
    std::vector<double> l2Grid{1e-4, 1e-3, 1e-2, 1e-1, 1.0};
    bool dryRun = false;            // measure only; the case is not changed
    TrainingSetOptions set;         // how the split groups accounts
    std::size_t movesToReport = 10; // the clusters whose risk moved most
    // Progress (0..1, what); return false to cancel (the case is then unchanged).
    std::function<bool(double, const QString &)> progress;
};

struct TrainReport
{
    TrainingRun run;                                   // stored (id 0 on a dry run)
    std::array<std::int64_t, 3> rows{}, positives{};  // train, valid, test
    std::int64_t features = 0;
    double l2 = 0;
    BinaryMetrics trained, upstream, rules;           // on the test split
    std::int64_t scoredAccounts = 0, rerankedClusters = 0, flaggedBefore = 0, flaggedAfter = 0;
    std::vector<RiskChange> moves;                    // largest risk moves first
    QStringList warnings;

    QJsonObject metricsJson() const; // what training_runs.metrics keeps
    QString toText() const;          // for the CLI
};

std::optional<TrainReport> trainClassifier(const CaseFile &file, const TrainOptions &options, QString *error);

// A stored run's metrics for people: "PR-AUC 0.93 (upstream 0.61, rules 0.88)".
QString trainingSummary(const QJsonObject &metrics);

} // namespace hl
