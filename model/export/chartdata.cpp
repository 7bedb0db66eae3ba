#include "export/chartdata.h"

#include "analysis/risk.h"
#include "storage/timelinedata.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace hl {

std::int64_t RiskDistribution::maxBin() const
{
    std::int64_t most = 0;
    for (const RiskBin &b : bins)
        most = std::max(most, b.total());
    return most;
}

QJsonObject RiskDistribution::toJson() const
{
    QJsonArray out;
    for (const RiskBin &b : bins)
        out.append(QJsonObject{{u"from"_s, b.from},
                               {u"to"_s, b.to},
                               {u"distillation"_s, qint64(b.distillation)},
                               {u"benign"_s, qint64(b.benign)},
                               {u"unsure"_s, qint64(b.unsure)},
                               {u"unlabelled"_s, qint64(b.unlabelled)}});
    return {{u"chart"_s, u"risk"_s},
            {u"bins"_s, out},
            {u"threshold"_s, threshold},
            {u"min_flag_accounts"_s, qint64(minFlagAccounts)},
            {u"min_accounts"_s, qint64(minAccounts)},
            {u"clusters"_s, qint64(clusters)},
            {u"left_out"_s, qint64(leftOut)},
            {u"flagged"_s, qint64(flagged)},
            {u"labelled"_s, qint64(labelled)}};
}

RiskDistribution riskDistribution(const std::vector<CampaignRow> &rows, const QHash<std::int64_t, Verdict> &verdicts,
                                  int binCount, std::size_t minAccounts, double threshold, std::size_t minFlagAccounts)
{
    RiskDistribution d;
    d.threshold = threshold;
    d.minFlagAccounts = minFlagAccounts;
    d.minAccounts = minAccounts;
    binCount = std::max(binCount, 1);
    for (int i = 0; i < binCount; ++i)
        d.bins.push_back({double(i) / binCount, double(i + 1) / binCount});
    for (const CampaignRow &r : rows) {
        if (r.accounts < std::int64_t(minAccounts)) {
            ++d.leftOut;
            continue;
        }
        ++d.clusters;
        d.flagged += r.flagged;
        const int bin = std::clamp(int(std::floor(r.risk * binCount)), 0, binCount - 1);
        RiskBin &b = d.bins[std::size_t(bin)];
        switch (verdicts.value(r.clusterId, Verdict::None)) {
        case Verdict::Distillation:
            ++b.distillation;
            break;
        case Verdict::Benign:
            ++b.benign;
            break;
        case Verdict::Unsure:
            ++b.unsure;
            break;
        case Verdict::None:
            ++b.unlabelled;
            continue;
        }
        ++d.labelled;
    }
    return d;
}

std::optional<QHash<std::int64_t, Verdict>> readClusterVerdicts(const CaseFile &file, QString *error)
{
    const auto labels = readCurrentLabels(file, error);
    if (!labels)
        return std::nullopt;
    QHash<std::int64_t, Verdict> out;
    for (const LabelEvent &e : *labels)
        if (e.target == LabelTarget::Cluster)
            out.insert(e.targetId, e.verdict);
    return out;
}

std::optional<RiskDistribution> readRiskDistribution(const CaseFile &file, std::size_t minAccounts, QString *error)
{
    const auto rows = readCampaigns(file, 1, error);
    if (!rows)
        return std::nullopt;
    const auto verdicts = readClusterVerdicts(file, error);
    if (!verdicts)
        return std::nullopt;
    const RiskOptions rules; // the analysis' flag rule (train re-ranks with the same one)
    return riskDistribution(*rows, *verdicts, 20, minAccounts, rules.threshold, rules.minFlagSize);
}

QJsonObject PivotSummary::toJson() const
{
    QJsonArray out;
    for (const PivotGroup &g : releases) {
        QJsonObject o{{u"model"_s, g.model},
                      {u"label"_s, g.label},
                      {u"released_at"_s, qint64(g.releasedAt)},
                      {u"campaign"_s, QJsonArray{g.campaign24h, g.campaign72h, g.campaign7d}},
                      {u"population"_s, QJsonArray{g.population24h, g.population72h, g.population7d}},
                      {u"campaigns"_s, g.campaigns},
                      {u"campaign_exchanges_7d"_s, qint64(g.campaignExchanges7d)},
                      {u"flagged"_s, g.flagged}};
        if (g.hoursToPivot)
            o.insert(u"hours_to_pivot"_s, *g.hoursToPivot);
        out.append(o);
    }
    return {{u"chart"_s, u"pivots"_s}, {u"cluster"_s, qint64(cluster)}, {u"releases"_s, out}};
}

PivotSummary summarisePivots(const std::vector<StoredPivot> &pivots, const QHash<std::int64_t, QString> &modelNames,
                             const QHash<QString, QString> &releaseLabels, std::int64_t cluster)
{
    PivotSummary s;
    s.cluster = cluster;
    // Keyed by (release time, model id): one group per release, in time order.
    std::map<std::pair<std::int64_t, std::int64_t>, PivotGroup> groups;
    std::map<std::pair<std::int64_t, std::int64_t>, double> weights;
    for (const StoredPivot &p : pivots) {
        const std::pair key{p.releasedAt, p.modelId};
        if (cluster != 0 && p.cluster != cluster)
            continue;
        auto [it, added] = groups.try_emplace(key);
        PivotGroup &g = it->second;
        if (added) {
            g.model = modelNames.value(p.modelId, u"model %1"_s.arg(p.modelId));
            g.label = releaseLabels.value(g.model, g.model);
            g.releasedAt = p.releasedAt;
            g.population24h = p.population24h;
            g.population72h = p.population72h;
            g.population7d = p.population7d;
        }
        if (cluster != 0) {
            g.campaign24h = p.share24h;
            g.campaign72h = p.share72h;
            g.campaign7d = p.share7d;
            g.campaigns = 1;
            g.campaignExchanges7d = p.exchanges7d;
            g.hoursToPivot = p.hoursToPivot;
            g.flagged = p.flagged;
            continue;
        }
        if (!p.flagged)
            continue;
        // Weighted by the first week's exchanges (at least 1, so a quiet cluster still counts).
        const double w = double(std::max<std::int64_t>(p.exchanges7d, 1));
        double &total = weights[key];
        g.campaign24h = (g.campaign24h * total + p.share24h * w) / (total + w);
        g.campaign72h = (g.campaign72h * total + p.share72h * w) / (total + w);
        g.campaign7d = (g.campaign7d * total + p.share7d * w) / (total + w);
        total += w;
        ++g.campaigns;
        g.campaignExchanges7d += p.exchanges7d;
        g.flagged = true;
    }
    for (auto &[key, g] : groups)
        s.releases.push_back(std::move(g));
    return s;
}

std::optional<PivotSummary> readPivotSummary(const CaseFile &file, std::int64_t cluster, QString *error)
{
    const auto pivots = readPivots(file, error);
    if (!pivots)
        return std::nullopt;
    const auto names = modelNamesById(file, error);
    if (!names)
        return std::nullopt;
    const auto releases = readReleases(file, error);
    if (!releases)
        return std::nullopt;
    QHash<QString, QString> labels;
    for (const ReleaseMark &r : *releases)
        labels.insert(r.model, r.label);
    return summarisePivots(*pivots, *names, labels, cluster);
}

} // namespace hl
