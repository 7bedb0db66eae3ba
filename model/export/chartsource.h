#pragma once

#include "export/chartdata.h"
#include "export/datastamp.h"
#include "graph/graphdata.h"
#include "storage/timelinedata.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hl {

// The exported charts (issue 6, `hydralens chart`, File > Export Chart…).
enum class ChartKind : std::uint8_t { Timeline, Pivots, Risk, Graph };

QString chartKindName(ChartKind kind); // "timeline", "pivots", "risk", "graph"
std::optional<ChartKind> chartKindFromName(const QString &name);

struct ChartRequest
{
    ChartKind kind = ChartKind::Timeline;
    std::int64_t cluster = 0;    // 0: the whole case (graph: the overview)
    bool redact = false;         // account ids, IPs, domains, payment/device values as pseudonyms
    std::size_t minAccounts = 2; // risk chart and graph overview: clusters of at least this many accounts
};

// Everything one chart draws, read from the case (the model side; views/charts paints it). Only
// the member of the request's kind is set.
struct ChartSource
{
    ChartRequest request;
    std::optional<TimelineData> timeline;
    std::optional<RiskDistribution> risk;
    std::optional<PivotSummary> pivots;
    std::shared_ptr<const GraphData> graph; // laid out; labels redacted when asked
    std::vector<std::uint8_t> verdicts;     // graph: label badge per node (hl::Verdict)
    std::int64_t clusterAccounts = 0;       // with a cluster: its accounts
    std::int64_t caseTimestamp = 0;         // readCaseTimestamp(): the date a PDF carries
    QJsonObject data;                       // what the picture shows, for the stamp's hash
    DataStamp stamp;
};

// The filters part of a stamp: "timeline, cluster 12, redacted".
QString chartFilters(const ChartRequest &request);

// Reads what `request` needs from the case at `casePath`, with a connection of its own (so it can
// run on a worker thread). The graph is laid out with Graphviz and the layout stored in the case
// when the case has none for it. `progress` gets 0..1; returning false cancels (nullopt,
// *error = "cancelled"). Errors say what is missing and what to do (analyse first, no such
// cluster, …).
std::optional<ChartSource> readChartSource(const QString &casePath, const ChartRequest &request,
                                           const std::function<bool(double)> &progress, QString *error);

} // namespace hl
