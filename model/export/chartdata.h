#pragma once

#include "storage/analysisstore.h"
#include "storage/campaigndata.h"
#include "storage/labelstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The data behind the exported charts that are not the timeline or the graph (issue 6):
// values computed from the stored analysis and labels, with the JSON each chart's stamp hash is
// taken over (export/datastamp.h). Pure functions first (tested on their own), then the readers.

// --- Risk distribution ----------------------------------------------------------------------

// Clusters whose risk falls in [from, to) (the last bin includes 1), split by the cluster's own
// current label.
struct RiskBin
{
    double from = 0, to = 0;
    std::int64_t distillation = 0, benign = 0, unsure = 0, unlabelled = 0;
    std::int64_t total() const { return distillation + benign + unsure + unlabelled; }
};

struct RiskDistribution
{
    std::vector<RiskBin> bins;  // equal width over 0..1
    double threshold = 0.5;     // flagged at or above (with minFlagAccounts or more accounts)
    std::size_t minFlagAccounts = 3;
    std::size_t minAccounts = 2; // clusters smaller than this are not counted
    std::int64_t clusters = 0;  // counted
    std::int64_t leftOut = 0;   // smaller clusters, not counted
    std::int64_t flagged = 0;   // counted and flagged
    std::int64_t labelled = 0;  // counted and labelled (any verdict)

    std::int64_t maxBin() const;
    QJsonObject toJson() const;
};

// Bins `rows` (every stored cluster; risk 0..1) into `binCount` equal bins, counting clusters of
// at least `minAccounts` accounts; `verdicts` holds the clusters' own current labels.
RiskDistribution riskDistribution(const std::vector<CampaignRow> &rows, const QHash<std::int64_t, Verdict> &verdicts,
                                  int binCount = 20, std::size_t minAccounts = 2, double threshold = 0.5,
                                  std::size_t minFlagAccounts = 3);

// The clusters' own current labels (cluster id → verdict).
std::optional<QHash<std::int64_t, Verdict>> readClusterVerdicts(const CaseFile &file, QString *error);

std::optional<RiskDistribution> readRiskDistribution(const CaseFile &file, std::size_t minAccounts, QString *error);

// --- Pivots ---------------------------------------------------------------------------------

// One model release: the share of traffic on the new model in the first 24 h, 72 h and 7 days
// after it, for the campaign(s) and for the whole case.
struct PivotGroup
{
    QString model;
    QString label; // the release's label (the model's name when it has none)
    std::int64_t releasedAt = 0;
    double campaign24h = 0, campaign72h = 0, campaign7d = 0;
    double population24h = 0, population72h = 0, population7d = 0;
    int campaigns = 0;              // how many campaigns the campaign shares stand for (0: none)
    std::int64_t campaignExchanges7d = 0;
    std::optional<double> hoursToPivot; // one cluster only: hours until it passed 25 %
    bool flagged = false;           // one cluster only: its pivot onto this release is flagged
};

struct PivotSummary
{
    std::int64_t cluster = 0; // 0: the flagged campaigns of the whole case
    std::vector<PivotGroup> releases; // by release time

    QJsonObject toJson() const;
};

// For `cluster` (non-zero): its rows, one group per release. For the case (cluster 0): per
// release, the flagged clusters' shares averaged with their first-week exchanges as weights
// (campaigns = how many), and the whole case's; releases without a flagged pivot show only the
// whole case. `releaseLabels` maps model name → release label.
PivotSummary summarisePivots(const std::vector<StoredPivot> &pivots, const QHash<std::int64_t, QString> &modelNames,
                             const QHash<QString, QString> &releaseLabels, std::int64_t cluster);

std::optional<PivotSummary> readPivotSummary(const CaseFile &file, std::int64_t cluster, QString *error);

} // namespace hl
