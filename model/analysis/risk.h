#pragma once

#include "features.h"

#include <QStringList>

namespace hl {

// Risk that a cluster is a distillation campaign, in [0, 1], with the reasons in plain words.
//
// Each trait of scripted, coordinated harvesting adds evidence (0..1, scaled between a level
// ordinary traffic stays below and one campaigns reach) times a weight; risk is a logistic
// function of the sum, and a cluster is flagged at 0.5. Identity sharing alone (one company on
// one card, a campus behind one NAT) stays far below it: what moves risk is behaviour - a few
// templates reused by all accounts, minutes in which they all fire, round-the-clock work, token
// ratios of answer harvesting - plus outside evidence (partner indicators, upstream scores, a
// post-release pivot). Clusters of fewer than `minFlagSize` accounts are never flagged: one
// scripted account is a bot, not a hydra.
struct RiskOptions
{
    double offset = 4.0;       // evidence sum at which risk is 0.5
    double threshold = 0.5;    // flagged at or above
    std::size_t minFlagSize = 3;
};

struct RiskResult
{
    double risk = 0;
    bool flagged = false;
    QStringList reasons; // strongest first, at most five
};

RiskResult assessRisk(const FeatureValues &features, bool pivotFlagged, const QString &pivotReason,
                      const RiskOptions &options = RiskOptions());

} // namespace hl
