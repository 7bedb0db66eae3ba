#include "export/chartsource.h"

#include "export/chartgraph.h"
#include "export/redactor.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/exportdata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct ChartSourceText
{
    Q_DECLARE_TR_FUNCTIONS(hl::ChartSource)
};

QJsonObject timelineJson(const TimelineData &data, std::int64_t cluster)
{
    QJsonArray hours, releases, pivots;
    for (const TrafficCount &c : data.hourlyByModel)
        hours.append(QJsonArray{qint64(c.start), c.key, qint64(c.exchanges)});
    for (const ReleaseMark &r : data.releases)
        releases.append(QJsonArray{r.model, qint64(r.releasedAt), r.label});
    for (const PivotMark &p : data.pivots)
        pivots.append(QJsonArray{qint64(p.cluster), p.model, qint64(p.releasedAt), p.hoursToPivot.value_or(-1)});
    return {{u"chart"_s, u"timeline"_s},
            {u"cluster"_s, qint64(cluster)},
            {u"hourly_by_model"_s, hours},
            {u"releases"_s, releases},
            {u"pivots"_s, pivots}};
}

} // namespace

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Timeline:
        return u"timeline"_s;
    case ChartKind::Pivots:
        return u"pivots"_s;
    case ChartKind::Risk:
        return u"risk"_s;
    case ChartKind::Graph:
        return u"graph"_s;
    }
    return QString();
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (ChartKind k : {ChartKind::Timeline, ChartKind::Pivots, ChartKind::Risk, ChartKind::Graph})
        if (name == chartKindName(k))
            return k;
    return std::nullopt;
}

QString chartFilters(const ChartRequest &request)
{
    QStringList parts{chartKindName(request.kind)};
    if (request.cluster != 0)
        parts.append(ChartSourceText::tr("cluster %1").arg(request.cluster));
    else if (request.kind == ChartKind::Risk)
        parts.append(ChartSourceText::tr("clusters of %1+ accounts").arg(request.minAccounts));
    else
        parts.append(request.kind == ChartKind::Graph ? ChartSourceText::tr("overview") : ChartSourceText::tr("whole case"));
    if (request.redact)
        parts.append(ChartSourceText::tr("redacted"));
    return parts.join(u", "_s);
}

std::optional<ChartSource> readChartSource(const QString &casePath, const ChartRequest &request,
                                           const std::function<bool(double)> &progress, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ChartSource> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CaseFile file;
    if (!file.open(casePath))
        return fail(file.errorString());
    ChartSource source;
    source.request = request;
    QString readError;
    const auto redactor = makeRedactor(file, request.redact, &readError);
    if (!redactor)
        return fail(readError);
    if (request.kind != ChartKind::Timeline && analysisRunCount(file) == 0)
        return fail(ChartSourceText::tr("the case has not been analysed yet, so it has no clusters, risk or pivots to chart; run "
                       "'hydralens analyze --case %1' first").arg(casePath));
    std::optional<StoredCluster> cluster;
    if (request.cluster != 0) {
        if (analysisRunCount(file) == 0)
            return fail(ChartSourceText::tr("the case has not been analysed yet, so it has no clusters; run 'hydralens analyze --case %1' "
                           "first").arg(casePath));
        cluster = readCluster(file, request.cluster, &readError);
        if (!cluster)
            return fail(readError.isEmpty() ? ChartSourceText::tr("the case has no cluster %1; 'hydralens clusters --case %2' lists them")
                                                  .arg(request.cluster)
                                                  .arg(casePath)
                                            : readError);
        source.clusterAccounts = qint64(cluster->accounts.size());
    }
    const auto timestamp = readCaseTimestamp(file, &readError);
    if (!timestamp)
        return fail(readError);
    source.caseTimestamp = *timestamp;
    if (progress && !progress(0.05))
        return fail(u"cancelled"_s);

    switch (request.kind) {
    case ChartKind::Timeline: {
        std::optional<QList<std::int64_t>> accounts;
        if (cluster)
            accounts = QList<std::int64_t>(cluster->accounts.cbegin(), cluster->accounts.cend());
        auto data = readTimelineData(file, accounts, &readError);
        if (!data)
            return fail(readError);
        if (data->hourlyByModel.isEmpty())
            return fail(ChartSourceText::tr("there are no exchanges to chart in %1").arg(casePath));
        source.data = timelineJson(*data, request.cluster);
        source.timeline = std::move(data);
        break;
    }
    case ChartKind::Risk: {
        auto risk = readRiskDistribution(file, request.minAccounts, &readError);
        if (!risk)
            return fail(readError);
        if (risk->clusters == 0)
            return fail(ChartSourceText::tr("no cluster has %1 or more accounts; use a smaller minimum").arg(request.minAccounts));
        source.data = risk->toJson();
        source.risk = std::move(risk);
        break;
    }
    case ChartKind::Pivots: {
        auto pivots = readPivotSummary(file, request.cluster, &readError);
        if (!pivots)
            return fail(readError);
        if (pivots->releases.empty())
            return fail(request.cluster != 0
                            ? ChartSourceText::tr("cluster %1 has no traffic around any model release, so it has no pivots to chart")
                                  .arg(request.cluster)
                            : ChartSourceText::tr("the case has no model release within its traffic, so there are no pivots to chart"));
        source.data = pivots->toJson();
        source.pivots = std::move(pivots);
        break;
    }
    case ChartKind::Graph: {
        GraphRequest graphRequest;
        if (cluster)
            graphRequest.clusters = {request.cluster};
        graphRequest.overviewMinAccounts = request.minAccounts;
        const GraphResult result = loadExportGraph(casePath, graphRequest, [&](double f, const QString &) {
            return !progress || progress(0.05 + 0.9 * f);
        });
        if (!result.graph)
            return fail(result.error);
        if (!result.graph->isLaidOut())
            return fail(ChartSourceText::tr("the graph is empty: no cluster of %1 or more accounts").arg(request.minAccounts));
        auto graph = std::make_shared<GraphData>(exportableGraph(*result.graph, *redactor));
        GraphVerdicts verdicts;
        if (!verdicts.read(file, *graph, &readError))
            return fail(readError);
        source.verdicts = verdicts.verdicts();
        source.data = graphStampJson(*graph);
        QJsonArray badges;
        for (std::uint8_t v : source.verdicts)
            badges.append(int(v));
        source.data.insert(u"verdicts"_s, badges);
        source.graph = std::move(graph);
        break;
    }
    }
    source.data.insert(u"redacted"_s, request.redact);
    source.stamp = {QFileInfo(casePath).fileName(), chartFilters(request), dataHash(source.data)};
    if (progress)
        progress(1.0);
    return source;
}

} // namespace hl
