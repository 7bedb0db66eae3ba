#pragma once

#include "analysis/features.h"
#include "logistic.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The re-ranking of a retrained classifier (hydralens train): a cluster's risk is the mean
// probability its accounts get, flagged from 0.5 with three or more accounts, and its reasons
// say so first. `train` applies it when it fits a model; every later `analyze` applies the
// latest model again to the new features, so the ranking the labels taught survives a new
// analysis until the next `train` refits it.
struct RetrainedRanking
{
    LogisticModel model;
    QString version; // "v3"

    // Probability for one account: its own features, then its cluster's (trainingColumns order).
    double probability(const FeatureValues &own, const FeatureValues &cluster) const;
    static bool flagged(double risk, std::size_t accounts) { return risk >= 0.5 && accounts >= 3; }
    // The retrained reason first, then the rules' (an older retrained line dropped), at most five.
    QStringList reasons(double risk, double rulesRisk, const QStringList &rulesReasons) const;
};

// The latest training run's model, ready to apply; nullopt without error when the case has no
// training run. A model fitted on other feature columns (an older HydraLens) is refused with
// *error saying to train again.
std::optional<RetrainedRanking> latestRetrainedRanking(const CaseFile &file, QString *error);

} // namespace hl
