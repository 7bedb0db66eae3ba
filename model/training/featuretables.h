#pragma once

#include "analysis/features.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <thread>
#include <vector>

namespace hl {

class CaseFile;

// Every stored feature object of a case, parsed: each account's own (account_features) and each
// cluster's (clusters.features), in catalogue order, NaN where a value is missing.
struct FeatureTables
{
    std::vector<FeatureValues> accounts;    // index = account id; all NaN when none is stored
    std::vector<std::int64_t> clusterIds;   // ascending
    std::vector<FeatureValues> clusters;    // parallel to clusterIds
    std::int64_t unreadable = 0;            // stored objects that are not JSON objects

    const FeatureValues *account(std::int64_t id) const;
    const FeatureValues *cluster(std::int64_t id) const;
};

// Reads the feature tables on a second thread with its own connection to the case, while the
// caller reads the labels and the split's keys on its own: the largest reads of a training set
// done side by side.
class FeatureTablesReader
{
public:
    explicit FeatureTablesReader(const QString &casePath);
    ~FeatureTablesReader();
    FeatureTablesReader(const FeatureTablesReader &) = delete;
    FeatureTablesReader &operator=(const FeatureTablesReader &) = delete;

    // Waits for the tables; reads them on `file` if the second connection could not be opened.
    std::optional<FeatureTables> take(const CaseFile &file, QString *error);

private:
    std::optional<FeatureTables> m_tables;
    QString m_error;
    bool m_opened = false;
    std::thread m_thread;
};

// Reads the feature tables on `file` (what the reader's thread does).
std::optional<FeatureTables> readFeatureTables(const CaseFile &file, QString *error);

} // namespace hl
