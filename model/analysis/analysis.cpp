#include "analysis.h"

#include "clusterids.h"
#include "iplocation.h"
#include "storage/analysisdata.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QJsonArray>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// Share of the run each phase takes, for one progress bar.
struct Phase
{
    double from, to;
};
constexpr Phase Reading{0.0, 0.3}, Clustering{0.3, 0.45}, Locating{0.45, 0.5}, Pivots{0.5, 0.9}, Saving{0.9, 1.0};

QJsonObject parametersJson(const AnalysisOptions &o)
{
    QJsonObject rules;
    for (std::size_t kind = 1; kind < o.clustering.rules.size(); ++kind) {
        const LinkRule &r = o.clustering.rules[kind];
        rules.insert(QString::number(kind), QJsonObject{{u"weight"_s, r.weight}, {u"max_degree"_s, qint64(r.maxDegree)},
                                                        {u"strong"_s, r.strong}});
    }
    return {{u"link_rules"_s, rules},
            {u"template_overlap"_s, o.clustering.templateOverlap},
            {u"split_above"_s, qint64(o.clustering.splitAbove)},
            {u"resolution"_s, o.clustering.resolution},
            {u"rejoin_above"_s, o.clustering.rejoinAbove},
            {u"pivot_share"_s, o.pivots.pivotShare},
            {u"pivot_min_exchanges"_s, qint64(o.pivots.minExchanges)},
            {u"pivot_min_accounts"_s, qint64(o.pivotMinAccounts)}};
}

// The account graph as text, one edge per line: "a<TAB>b<TAB>weight" (case account ids).
bool writeGraph(const QString &path, const std::vector<AccountClusters::Edge> &graph, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the graph to %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QByteArray buffer;
    for (const auto &e : graph) {
        buffer += QByteArray::number(e.a) + '\t' + QByteArray::number(e.b) + '\t' + QByteArray::number(e.weight, 'g', 6) + '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    if (!f.commit()) {
        *error = u"cannot write the graph to %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<AnalysisReport> runAnalysis(const CaseFile &file, const AnalysisOptions &options, QString *error,
                                          const std::function<bool(double, const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisReport report;
    StoredAnalysis stored;
    stored.startedAt = QDateTime::currentSecsSinceEpoch();
    stored.parameters = parametersJson(options);
    auto step = [&](Phase phase, const QString &what) {
        return [&progress, phase, what](double f) {
            return !progress || progress(phase.from + (phase.to - phase.from) * f, what);
        };
    };
    auto cancelled = [&] {
        *error = u"cancelled"_s;
        return std::nullopt;
    };

    // 1. Read what the clustering needs.
    const auto links = readAccountLinks(file, error);
    if (!links)
        return std::nullopt;
    const auto profiles = readTemplateProfiles(file, 16, error, step(Reading, u"reading template use"_s));
    if (!profiles)
        return std::nullopt;
    const std::uint32_t maxAccount = maxAccountId(file);

    // 2. Cluster, and keep the ids of the previous analysis where the clusters are the same.
    ClusterOptions clustering = options.clustering;
    clustering.keepGraph = !options.graphOut.isEmpty();
    const auto clusters = clusterAccounts(maxAccount, *links, *profiles, clustering,
                                          step(Clustering, u"clustering accounts"_s));
    if (!clusters)
        return cancelled();
    report.communitySeconds = clusters->communitySeconds;
    report.graphEdges = std::int64_t(clusters->graph.size());
    if (!options.graphOut.isEmpty() && !writeGraph(options.graphOut, clusters->graph, error))
        return std::nullopt;
    const auto previous = readClusterMembership(file, error);
    if (!previous)
        return std::nullopt;
    const ClusterIdAssignment ids = assignClusterIds(clusters->members, *previous);
    report.vanished = std::int64_t(ids.vanished.size());
    stored.clusters.reserve(clusters->members.size());
    for (std::size_t c = 0; c < clusters->members.size(); ++c) {
        StoredCluster sc;
        sc.id = ids.ids[c];
        sc.accounts = clusters->members[c];
        for (const std::uint32_t a : sc.accounts)
            if (a < profiles->size())
                sc.exchanges += (*profiles)[a].exchanges;
        QJsonArray from;
        for (const std::int64_t f : ids.lineage[c].from)
            from.append(qint64(f));
        const QString kind = lineageKindName(ids.lineage[c].kind);
        sc.lineage = {{u"kind"_s, kind}, {u"from"_s, from}};
        ++report.lineage[kind];
        sc.features = {{u"size"_s, qint64(sc.accounts.size())}, {u"exchanges"_s, qint64(sc.exchanges)}};
        report.multiAccountClusters += sc.accounts.size() > 1;
        report.largest = std::max<std::int64_t>(report.largest, std::int64_t(sc.accounts.size()));
        stored.clusters.push_back(std::move(sc));
    }
    report.clusters = std::int64_t(stored.clusters.size());

    // 3. Where every IP is (offline).
    IpLocator locator;
    QString locError;
    if (locator.open(options.locationDb, &locError)) {
        stored.locationDb = locator.description();
        const auto ips = readIpAddresses(file, error);
        if (!ips)
            return std::nullopt;
        report.ips = std::int64_t(ips->size());
        auto tick = step(Locating, u"locating IP addresses"_s);
        for (std::size_t i = 0; i < ips->size(); ++i) {
            const IpLocation l = locator.lookup((*ips)[i].second);
            if (!l.found)
                continue;
            ++report.ipsLocated;
            stored.ipLocations.push_back({(*ips)[i].first, l.asn, l.asName, l.country, l.anonymousProxy,
                                          l.satelliteProvider, l.anycast, l.drop});
            if ((i & 0xfff) == 0 && !tick(double(i) / double(ips->size())))
                return cancelled();
        }
    } else {
        report.warnings.append(u"IP addresses were not located: %1"_s.arg(locError));
    }

    // 4. Post-release pivots of every cluster big enough to be an operation.
    QList<PivotCluster> pivotClusters;
    for (const StoredCluster &c : stored.clusters)
        if (c.accounts.size() >= options.pivotMinAccounts)
            pivotClusters.append({c.id, QList<std::int64_t>(c.accounts.begin(), c.accounts.end())});
    const auto pivots = detectPivots(file, pivotClusters, options.pivots, error, step(Pivots, u"looking for pivots"_s));
    if (!pivots)
        return std::nullopt;
    for (const PivotResult &p : *pivots) {
        stored.pivots.push_back({p.cluster, p.modelId, p.releasedAt, p.share24h, p.share72h, p.share7d, p.hoursToPivot,
                                 p.population24h, p.population72h, p.population7d, p.exchangesBefore, p.exchanges24h,
                                 p.exchanges7d, p.flagged, p.reason});
        report.flaggedPivots += p.flagged;
    }

    // 5. Store, replacing the previous results.
    if (progress && !progress(Saving.from, u"saving"_s))
        return cancelled();
    stored.finishedAt = QDateTime::currentSecsSinceEpoch();
    QJsonObject lineage;
    for (auto it = report.lineage.cbegin(); it != report.lineage.cend(); ++it)
        lineage.insert(it.key(), qint64(it.value()));
    stored.summary = {{u"clusters"_s, qint64(report.clusters)},
                      {u"multi_account_clusters"_s, qint64(report.multiAccountClusters)},
                      {u"lineage"_s, lineage},
                      {u"vanished"_s, qint64(report.vanished)},
                      {u"ips"_s, qint64(report.ips)},
                      {u"ips_located"_s, qint64(report.ipsLocated)},
                      {u"flagged_pivots"_s, qint64(report.flaggedPivots)},
                      {u"community_seconds"_s, report.communitySeconds},
                      {u"warnings"_s, QJsonArray::fromStringList(report.warnings)}};
    const auto runId = saveAnalysis(file, stored, error);
    if (!runId)
        return std::nullopt;
    report.runId = *runId;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace hl
