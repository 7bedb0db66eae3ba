#pragma once

#include "labelstore.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The label every account effectively has (its own, else its cluster's by the stored analysis),
// in plain arrays: for the readers of many accounts at once (the training set).

struct AccountVerdict
{
    Verdict verdict = Verdict::None; // None: neither the account nor its cluster is labelled
    Confidence confidence = Confidence::None;
    LabelTarget from = LabelTarget::Cluster; // whose label it is: the account's own or its cluster's
};

struct EffectiveVerdicts
{
    std::vector<std::int64_t> clusterOf;   // index = account id: its cluster (0: none)
    std::vector<AccountVerdict> accounts;  // index = account id
    std::int64_t raters = 0;               // distinct analysts with a rating event (not resolve/unresolve)
};

// The current label of every target (its latest event; a removal leaves it unlabelled), and an
// account's own label over its cluster's. nullopt with *error if the case cannot be read.
std::optional<EffectiveVerdicts> readEffectiveVerdicts(const CaseFile &file, QString *error);

} // namespace hl
