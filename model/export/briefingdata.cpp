#include "export/briefingdata.h"

#include "export/chartgraph.h"
#include "export/redactor.h"
#include "export/textscrubber.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "storage/analysisstore.h"
#include "storage/campaigndata.h"
#include "storage/casefile.h"
#include "storage/caseinfo.h"
#include "storage/exportdata.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct BriefingText
{
    Q_DECLARE_TR_FUNCTIONS(hl::BriefingData)
};

int verdictIndex(Verdict v) { return v == Verdict::Distillation ? 0 : v == Verdict::Benign ? 1 : v == Verdict::Unsure ? 2 : -1; }

QJsonObject labelJson(const std::optional<LabelEvent> &label)
{
    if (!label)
        return {};
    return {{u"verdict"_s, verdictName(label->verdict)}, {u"actor"_s, label->actor},
            {u"confidence"_s, confidenceName(label->confidence)}, {u"note"_s, label->note},
            {u"analyst"_s, label->analyst}, {u"at"_s, qint64(label->createdAt)}};
}

// Which campaigns: the ones asked for, else flagged clusters and clusters labelled distillation
// or unsure, riskiest first (flagged before unflagged at equal risk), then larger, then by id.
std::optional<std::vector<CampaignRow>> chooseCampaigns(const std::vector<CampaignRow> &rows,
                                                        const QHash<std::int64_t, Verdict> &verdicts,
                                                        const BriefingOptions &options, QString *error)
{
    std::vector<CampaignRow> out;
    if (!options.clusters.empty()) {
        for (std::int64_t id : options.clusters) {
            const auto it = std::find_if(rows.begin(), rows.end(), [id](const CampaignRow &r) { return r.clusterId == id; });
            if (it == rows.end()) {
                *error = BriefingText::tr("the case has no cluster %1; 'hydralens clusters --case FILE' lists them").arg(id);
                return std::nullopt;
            }
            if (std::none_of(out.begin(), out.end(), [id](const CampaignRow &r) { return r.clusterId == id; }))
                out.push_back(*it);
        }
        return out;
    }
    for (const CampaignRow &r : rows) { // riskiest first already
        const Verdict v = verdicts.value(r.clusterId, Verdict::None);
        if (r.flagged || v == Verdict::Distillation || v == Verdict::Unsure)
            out.push_back(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const CampaignRow &a, const CampaignRow &b) {
        if (a.risk != b.risk)
            return a.risk > b.risk;
        return a.flagged > b.flagged;
    });
    if (int(out.size()) > options.top)
        out.resize(std::size_t(std::max(options.top, 0)));
    return out;
}

} // namespace

QJsonObject BriefingCampaign::toJson() const
{
    QJsonArray values;
    for (const BriefingValue &v : shared)
        values.append(QJsonArray{v.kind, v.value, qint64(v.accounts), v.country, v.anonymousProxy});
    return {{u"id"_s, qint64(id)},
            {u"accounts"_s, qint64(accounts)},
            {u"exchanges"_s, qint64(exchanges)},
            {u"risk"_s, risk},
            {u"flagged"_s, flagged},
            {u"pivot"_s, pivot},
            {u"reasons"_s, QJsonArray::fromStringList(reasons)},
            {u"pivot_reasons"_s, QJsonArray::fromStringList(pivotReasons)},
            {u"shared"_s, values},
            {u"label"_s, labelJson(label)}};
}

QString briefingPageKindName(BriefingPageKind kind)
{
    switch (kind) {
    case BriefingPageKind::Cover:
        return u"cover"_s;
    case BriefingPageKind::Campaigns:
        return u"campaigns"_s;
    case BriefingPageKind::Timeline:
        return u"timeline"_s;
    case BriefingPageKind::Campaign:
        return u"campaign"_s;
    case BriefingPageKind::Labels:
        return u"labels"_s;
    }
    return QString();
}

std::vector<BriefingPage> briefingPages(const BriefingData &d)
{
    std::vector<BriefingPage> pages;
    const auto add = [&](BriefingPageKind kind, int first, int count, QJsonObject data) {
        data.insert(u"page"_s, briefingPageKindName(kind));
        data.insert(u"redacted"_s, d.options.redact);
        BriefingPage p{kind, first, count, data, dataHash(data)};
        pages.push_back(std::move(p));
    };
    add(BriefingPageKind::Cover, 0, 0,
        {{u"accounts"_s, qint64(d.accounts)},
         {u"exchanges"_s, qint64(d.exchanges)},
         {u"first_ts"_s, qint64(d.firstTs)},
         {u"last_ts"_s, qint64(d.lastTs)},
         {u"clusters"_s, qint64(d.clusters)},
         {u"flagged"_s, qint64(d.flagged)},
         {u"flagged_labelled"_s, qint64(d.flaggedLabelled)},
         {u"analysed_at"_s, qint64(d.analysedAt)},
         {u"as_of"_s, qint64(d.caseTimestamp)},
         {u"campaigns"_s, int(d.campaigns.size())}});
    const int n = int(d.campaigns.size());
    for (int first = 0; first < std::max(n, 1); first += CampaignsPerTablePage) {
        QJsonArray rows;
        const int count = std::min(CampaignsPerTablePage, n - first);
        for (int i = first; i < first + count; ++i)
            rows.append(d.campaigns[std::size_t(i)].toJson());
        add(BriefingPageKind::Campaigns, first, std::max(count, 0), {{u"rows"_s, rows}});
    }
    QJsonArray releases, pivots;
    for (const ReleaseMark &r : d.timeline.releases)
        releases.append(QJsonArray{r.model, qint64(r.releasedAt), r.label});
    for (const PivotMark &p : d.timeline.pivots)
        pivots.append(QJsonArray{qint64(p.cluster), p.model, qint64(p.releasedAt), p.hoursToPivot.value_or(-1)});
    QJsonArray hours;
    for (const TrafficCount &c : d.timeline.hourlyByModel)
        hours.append(QJsonArray{qint64(c.start), c.key, qint64(c.exchanges)});
    add(BriefingPageKind::Timeline, 0, 0,
        {{u"hourly_by_model"_s, hours}, {u"releases"_s, releases}, {u"pivots"_s, pivots}, {u"pivot_summary"_s, d.pivots.toJson()}});
    for (int i = 0; i < n; ++i) {
        const BriefingCampaign &c = d.campaigns[std::size_t(i)];
        QJsonObject data = c.toJson();
        if (c.graph)
            data.insert(u"graph"_s, graphStampJson(*c.graph));
        add(BriefingPageKind::Campaign, i, 1, data);
    }
    const BriefingLabels &l = d.labels;
    QJsonArray pairs, open;
    for (const AnalystPair &p : l.agreement.pairs)
        pairs.append(QJsonArray{l.agreement.analysts.value(p.a), l.agreement.analysts.value(p.b), qint64(p.stats.items),
                                std::isnan(p.stats.kappa) ? QJsonValue() : QJsonValue(p.stats.kappa)});
    for (const Disagreement &g : l.agreement.disagreements)
        if (!g.resolved)
            open.append(QJsonArray{int(g.target), qint64(g.targetId)});
    add(BriefingPageKind::Labels, 0, 0,
        {{u"clusters"_s, QJsonArray{qint64(l.clusters[0]), qint64(l.clusters[1]), qint64(l.clusters[2])}},
         {u"accounts"_s, QJsonArray{qint64(l.accounts[0]), qint64(l.accounts[1]), qint64(l.accounts[2])}},
         {u"events"_s, qint64(l.events)},
         {u"analysts"_s, QJsonArray::fromStringList(l.agreement.analysts)},
         {u"pairs"_s, pairs},
         {u"alpha"_s, std::isnan(l.agreement.alpha) ? QJsonValue() : QJsonValue(l.agreement.alpha)},
         {u"open"_s, open},
         {u"risk"_s, d.risk.toJson()}});
    return pages;
}

std::optional<BriefingData> readBriefingData(const QString &casePath, const BriefingOptions &options,
                                             const std::function<bool(double, const QString &)> &progress,
                                             QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<BriefingData> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto report = [&](double f, const QString &phase) { return !progress || progress(f, phase); };
    CaseFile file;
    if (!file.open(casePath))
        return fail(file.errorString());
    if (analysisRunCount(file) == 0)
        return fail(BriefingText::tr("the case has not been analysed yet, so there are no campaigns to brief on; run "
                                     "'hydralens analyze --case %1' first").arg(casePath));
    QString e;
    const auto redactor = makeRedactor(file, options.redact, &e);
    if (!redactor)
        return fail(e);
    const auto scrubber = TextScrubber::forCase(file, *redactor, &e);
    if (!scrubber)
        return fail(e);
    BriefingData d;
    d.options = options;
    d.caseName = QFileInfo(casePath).fileName();
    const auto info = readCaseInfo(file, &e);
    const auto timestamp = info ? readCaseTimestamp(file, &e) : std::nullopt;
    const auto run = timestamp ? readLatestAnalysisRun(file, &e) : std::nullopt;
    const auto rows = run ? readCampaigns(file, 1, &e) : std::nullopt;
    const auto verdicts = rows ? readClusterVerdicts(file, &e) : std::nullopt;
    if (!verdicts)
        return fail(e);
    d.caseTimestamp = *timestamp;
    d.accounts = info->accounts;
    d.exchanges = info->exchanges;
    d.firstTs = info->firstTs.value_or(0);
    d.lastTs = info->lastTs.value_or(0);
    d.analysedAt = run->finishedAt;
    for (const CampaignRow &r : *rows) {
        d.clusters += r.accounts >= 2;
        d.flagged += r.flagged;
        d.flaggedLabelled += r.flagged && verdicts->value(r.clusterId, Verdict::None) != Verdict::None;
    }
    const auto chosen = chooseCampaigns(*rows, *verdicts, options, &e);
    if (!chosen)
        return fail(e);
    QStringList filterParts;
    if (!options.clusters.empty()) {
        QStringList ids;
        for (std::int64_t id : options.clusters)
            ids.append(QString::number(id));
        filterParts.append(BriefingText::tr("clusters %1").arg(ids.join(u' ')));
    } else {
        filterParts.append(BriefingText::tr("top %1 flagged or labelled campaigns").arg(options.top));
    }
    if (options.redact)
        filterParts.append(BriefingText::tr("redacted"));
    d.filters = filterParts.join(u", "_s);
    if (!report(0.05, BriefingText::tr("reading the timeline")))
        return fail(u"cancelled"_s);

    auto timeline = readTimelineData(file, std::nullopt, &e);
    auto pivots = timeline ? readPivotSummary(file, 0, &e) : std::nullopt;
    auto risk = pivots ? readRiskDistribution(file, 2, &e) : std::nullopt;
    auto agreement = risk ? computeAgreement(file, &e) : std::nullopt;
    const auto labels = agreement ? readCurrentLabels(file, &e) : std::nullopt;
    const auto events = labels ? readLabelEvents(file, &e) : std::nullopt;
    if (!events)
        return fail(e);
    d.timeline = std::move(*timeline);
    for (PivotMark &p : d.timeline.pivots)
        p.reason = scrubber->scrub(p.reason);
    d.pivots = std::move(*pivots);
    d.risk = std::move(*risk);
    d.labels.agreement = std::move(*agreement);
    d.labels.events = qint64(events->size());
    for (const LabelEvent &l : *labels) {
        const int i = verdictIndex(l.verdict);
        if (i >= 0)
            ++(l.target == LabelTarget::Cluster ? d.labels.clusters : d.labels.accounts)[i];
    }

    const int n = int(chosen->size());
    for (int i = 0; i < n; ++i) {
        const CampaignRow &r = (*chosen)[std::size_t(i)];
        if (!report(0.1 + 0.85 * i / std::max(n, 1), BriefingText::tr("campaign %1 of %2: cluster %3").arg(i + 1).arg(n).arg(r.clusterId)))
            return fail(u"cancelled"_s);
        BriefingCampaign c;
        c.id = r.clusterId;
        c.accounts = r.accounts;
        c.exchanges = r.exchanges;
        c.risk = r.risk;
        c.flagged = r.flagged;
        c.pivot = scrubber->scrub(r.pivot);
        c.reasons = scrubber->scrub(r.reasons);
        const auto marks = readPivotMarks(file, QList<std::int64_t>{r.clusterId}, true, &e);
        const auto shared = marks ? readSharedValues(file, r.clusterId, 8, &e) : std::nullopt;
        if (!shared)
            return fail(e);
        for (const PivotMark &p : *marks)
            c.pivotReasons.append(scrubber->scrub(p.reason));
        for (const SharedValue &v : *shared)
            c.shared.push_back({v.kind, redactor->infraValue(v.kind, v.value), v.accounts, v.country, v.anonymousProxy});
        e.clear();
        c.label = readCurrentLabel(file, LabelTarget::Cluster, r.clusterId, &e);
        if (!e.isEmpty())
            return fail(e);
        if (c.label) {
            c.label->actor = scrubber->scrub(c.label->actor);
            c.label->note = scrubber->scrub(c.label->note);
        }
        GraphRequest request;
        request.clusters = {r.clusterId};
        const GraphResult graph = loadExportGraph(casePath, request, [&](double f, const QString &) {
            return report(0.1 + 0.85 * (i + f) / std::max(n, 1), BriefingText::tr("campaign %1 of %2: laying out cluster %3")
                                                                    .arg(i + 1).arg(n).arg(r.clusterId));
        });
        if (!graph.graph)
            return fail(graph.error);
        if (graph.graph->isLaidOut()) {
            auto g = std::make_shared<GraphData>(exportableGraph(*graph.graph, *redactor));
            GraphVerdicts badges;
            if (!badges.read(file, *g, &e))
                return fail(e);
            c.verdicts = badges.verdicts();
            c.graph = std::move(g);
        }
        d.campaigns.push_back(std::move(c));
    }
    report(1.0, BriefingText::tr("done"));
    return d;
}

} // namespace hl
