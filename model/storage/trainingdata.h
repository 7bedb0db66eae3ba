#pragma once

#include "analysisdata.h"

#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace hl {

class CaseFile;

// What the training export (model/training/) reads from a case, beyond the labels
// (labelstore.h) and the analysis (analysisstore.h).

struct TrainingSources
{
    std::int64_t analysisRunId = 0;      // latest analysis_runs.id; 0: never analysed
    std::int64_t analysisFinishedAt = 0; // Unix seconds
    std::int64_t labelEventId = 0;       // latest label_events.id; 0: no label event
    std::int64_t labelEventTime = 0;     // its created_at
    QMap<QString, QString> meta;         // the meta table (created_at, created_by)
};
std::optional<TrainingSources> readTrainingSources(const CaseFile &file, QString *error);

// Calls visit(id, JSON text) for every stored feature object of `table` (account_features by
// account id, or clusters by cluster id), in id order; the text is valid only during the call.
enum class FeatureTable : std::uint8_t { Accounts, Clusters };
bool forEachStoredFeatureText(const CaseFile &file, FeatureTable table,
                              const std::function<void(std::int64_t, std::string_view)> &visit, QString *error);

// The links of the accounts with wanted[account id] set (every account's when `wanted` is
// empty) to infrastructure values of the given kinds (schema::InfraKind codes), by infra id.
std::optional<std::vector<AccountLink>> readAccountLinksOfKinds(const CaseFile &file, const std::vector<int> &kinds,
                                                                const std::vector<bool> &wanted, QString *error);

} // namespace hl
