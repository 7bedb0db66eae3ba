#pragma once

#include "analysis/agreement.h"
#include "export/chartdata.h"
#include "export/datastamp.h"
#include "graph/graphdata.h"
#include "storage/labelstore.h"
#include "storage/timelinedata.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hl {

// The briefing PDF's content (issue 6, `hydralens brief`, File > Export Briefing…), read from the
// case in one go (readBriefingData) and painted by views/briefing. Everything identifying is
// already redacted here when asked, so the painter and the sidecar cannot leak it.

struct BriefingOptions
{
    std::vector<std::int64_t> clusters; // these campaigns, in this order; empty: the top ones
    int top = 10;                       // without clusters: the top N flagged or labelled campaigns
    bool redact = false;
};

struct BriefingValue // infrastructure shared inside a campaign
{
    int kind = 0;    // schema::InfraKind
    QString value;   // redacted when asked
    std::int64_t accounts = 0;
    QString country; // IPs: where (empty when unknown)
    bool anonymousProxy = false;
};

struct BriefingCampaign
{
    std::int64_t id = 0;
    std::int64_t accounts = 0, exchanges = 0;
    double risk = 0;
    bool flagged = false;
    QString pivot;             // "atlas-4 · 81% in 24 h" (first flagged pivot), empty if none
    QStringList reasons;       // why risky, strongest first (redacted)
    QStringList pivotReasons;  // the flagged pivots' sentences (redacted)
    std::vector<BriefingValue> shared;
    std::optional<LabelEvent> label; // the cluster's current label (actor and note redacted)
    std::shared_ptr<const GraphData> graph; // the cluster's accounts and shared values, laid out
    std::vector<std::uint8_t> verdicts;     // graph badges

    QJsonObject toJson() const; // without the graph (see graphStampJson)
};

struct BriefingLabels
{
    // Current labels by verdict (distillation, benign, unsure), of clusters and of accounts.
    std::int64_t clusters[3] = {0, 0, 0};
    std::int64_t accounts[3] = {0, 0, 0};
    std::int64_t events = 0; // the audit trail's length
    Agreement agreement;
};

struct BriefingData
{
    BriefingOptions options;
    QString caseName;
    QString filters;                // the stamp's filters: "top 10 campaigns, redacted"
    std::int64_t caseTimestamp = 0; // readCaseTimestamp(): the date the briefing is "as of"
    // Cover.
    std::int64_t accounts = 0, exchanges = 0;
    std::int64_t firstTs = 0, lastTs = 0;
    std::int64_t clusters = 0;      // of 2 or more accounts
    std::int64_t flagged = 0;
    std::int64_t flaggedLabelled = 0; // flagged clusters with a current cluster label
    std::int64_t analysedAt = 0;
    std::vector<BriefingCampaign> campaigns;
    TimelineData timeline; // the whole case
    PivotSummary pivots;   // the whole case's flagged campaigns
    RiskDistribution risk;
    BriefingLabels labels;

    double labelledShare() const { return flagged > 0 ? double(flaggedLabelled) / double(flagged) : 0; }
};

// One page of the briefing and the data it shows, for its stamp and the sidecar.
enum class BriefingPageKind : std::uint8_t { Cover, Campaigns, Timeline, Campaign, Labels };
struct BriefingPage
{
    BriefingPageKind kind = BriefingPageKind::Cover;
    int first = 0, count = 0; // Campaigns: the table's rows; Campaign: the campaign's index
    QJsonObject data;
    QString hash;             // dataHash(data)
};

// Rows of the campaigns table per page.
constexpr int CampaignsPerTablePage = 12;

// The pages in order: cover, the campaigns table (one page per CampaignsPerTablePage), the
// timeline with the pivots, one page per campaign (graph snapshot and why), labels and agreement.
std::vector<BriefingPage> briefingPages(const BriefingData &data);
QString briefingPageKindName(BriefingPageKind kind); // "cover", "campaigns", …

// Reads everything from the case at `casePath` with a connection of its own (worker threads
// welcome); graphs without a stored layout are laid out with Graphviz and stored. `progress`
// gets 0..1 and a phase; returning false cancels (nullopt, *error = "cancelled").
std::optional<BriefingData> readBriefingData(const QString &casePath, const BriefingOptions &options,
                                             const std::function<bool(double, const QString &)> &progress,
                                             QString *error);

} // namespace hl
