#include "analysis.h"

#include "clusterids.h"
#include "features.h"
#include "iplocation.h"
#include "risk.h"
#include "storage/analysisdata.h"
#include "storage/accountjoinkeys.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/exchangerecord.h"
#include "training/retrainedrisk.h"
#include "util/timeparse.h"

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
constexpr Phase Locating{0.0, 0.05}, Reading{0.05, 0.4}, Clustering{0.4, 0.55}, Pivots{0.55, 0.75},
    Scoring{0.75, 0.95}, Saving{0.95, 1.0};

// Cards, devices, phones, orgs and API keys used by two or more accounts of the same cluster.
std::vector<SharedIdentity> sharedIdentity(const std::vector<AccountLink> &links, const AccountClusters &clusters,
                                           const ClusterOptions &options)
{
    std::vector<SharedIdentity> out(clusters.members.size());
    std::vector<std::uint8_t> counted(clusters.clusterOf.size(), 0);
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> byCluster;
    for (std::size_t i = 0; i < links.size();) {
        std::size_t j = i;
        while (j < links.size() && links[j].infra == links[i].infra)
            ++j;
        const std::uint8_t kind = links[i].kind;
        const bool identityKind = kind < options.rules.size() && options.rules[kind].strong;
        if (identityKind && j - i >= 2) {
            byCluster.clear();
            for (std::size_t k = i; k < j; ++k)
                if (links[k].account < clusters.clusterOf.size())
                    byCluster[clusters.clusterOf[links[k].account]].push_back(links[k].account);
            for (const auto &[cluster, accounts] : byCluster) {
                if (accounts.size() < 2)
                    continue;
                ++out[cluster].values;
                for (const std::uint32_t a : accounts)
                    if (!counted[a]) {
                        counted[a] = 1;
                        ++out[cluster].accounts;
                    }
            }
        }
        i = j;
    }
    return out;
}

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

    // 1. Where every IP is (offline); anonymising proxies are marked for the account profiles.
    std::vector<bool> anonymous;
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
            const auto &[infra, text] = (*ips)[i];
            const IpLocation l = locator.lookup(text);
            if (!l.found)
                continue;
            ++report.ipsLocated;
            stored.ipLocations.push_back({infra, l.asn, l.asName, l.country, l.anonymousProxy, l.satelliteProvider,
                                          l.anycast, l.drop});
            if (l.anonymousProxy) {
                if (anonymous.size() <= infra)
                    anonymous.resize(infra + 1);
                anonymous[infra] = true;
            }
            if ((i & 0xfff) == 0 && !tick(double(i) / double(ips->size())))
                return cancelled();
        }
    } else {
        report.warnings.append(u"IP addresses were not located: %1"_s.arg(locError));
    }

    // 2. Read what the clustering and the features need.
    const auto links = readAccountLinks(file, error);
    if (!links)
        return std::nullopt;
    const auto profiles = readAccountProfiles(file, 16, anonymous, error, step(Reading, u"reading account activity"_s));
    if (!profiles)
        return std::nullopt;
    const auto info = readAccountInfo(file, error);
    const auto scores = info ? readLatestScores(file, error) : std::nullopt;
    const auto hits = scores ? readIndicatorHits(file, error) : std::nullopt;
    if (!hits)
        return std::nullopt;
    const std::uint32_t maxAccount = maxAccountId(file);

    // 3. Cluster, and keep the ids of the previous analysis where the clusters are the same.
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
    const std::vector<SharedIdentity> identity = sharedIdentity(*links, *clusters, options.clustering);
    stored.infraRanks = hubRanks(maxAccount, *links, options.clustering);
    stored.accountJoinKeys = encodeJoinKeys(*links);

    // 4. Post-release pivots of every cluster big enough to be an operation.
    QList<PivotCluster> pivotClusters;
    for (std::size_t c = 0; c < clusters->members.size(); ++c)
        if (clusters->members[c].size() >= options.pivotMinAccounts)
            pivotClusters.append({std::int64_t(c), QList<std::int64_t>(clusters->members[c].begin(),
                                                                       clusters->members[c].end())});
    const auto pivots = detectPivots(file, pivotClusters, options.pivots, error, step(Pivots, u"looking for pivots"_s));
    if (!pivots)
        return std::nullopt;
    std::unordered_map<std::int64_t, QString> pivotOf; // cluster index → reason of its flagged pivot
    for (const PivotResult &p : *pivots) {
        const std::int64_t id = ids.ids[std::size_t(p.cluster)];
        stored.pivots.push_back({id, p.modelId, p.releasedAt, p.share24h, p.share72h, p.share7d, p.hoursToPivot,
                                 p.population24h, p.population72h, p.population7d, p.exchangesBefore, p.exchanges24h,
                                 p.exchanges7d, p.flagged, p.reason});
        if (p.flagged) {
            ++report.flaggedPivots;
            pivotOf.try_emplace(p.cluster, p.reason);
        }
    }

    // 5. Features and risk of every cluster; timing synchrony needs the exchanges of the
    // clusters that could be flagged.
    const FeatureInputs inputs{*profiles, *info, *scores, *hits};
    // The latest retrained classifier (hydralens train) ranks the new clusters as it ranked the
    // old ones; without one, or with an unusable one, the rules' risk stands.
    QString rankingError;
    const auto ranking = latestRetrainedRanking(file, &rankingError);
    if (!ranking && !rankingError.isEmpty())
        report.warnings.append(u"risk is the rules' alone: %1"_s.arg(rankingError));
    if (ranking)
        report.retrainedVersion = ranking->version;
    auto tick = step(Scoring, u"scoring clusters"_s);
    stored.clusters.reserve(clusters->members.size());
    std::vector<std::int64_t> minutes;
    std::vector<std::pair<std::size_t, QString>> changes; // (size, sentence)
    for (std::size_t c = 0; c < clusters->members.size(); ++c) {
        StoredCluster sc;
        sc.id = ids.ids[c];
        sc.accounts = clusters->members[c];
        double synchrony = 0;
        if (sc.accounts.size() >= RiskOptions().minFlagSize) {
            minutes.clear();
            if (!forEachExchange(file, sc.accounts, [&](const ExchangeRecord &r) { minutes.push_back(floorDiv(r.ts, 60)); },
                                 error))
                return std::nullopt;
            synchrony = synchronyOf(minutes);
        }
        const FeatureValues features = computeFeatures(sc.accounts, inputs, identity[c], synchrony);
        // Each account on its own (a singleton's features are its cluster's).
        std::vector<FeatureValues> own;
        own.reserve(sc.accounts.size());
        for (const std::uint32_t a : sc.accounts)
            own.push_back(sc.accounts.size() == 1 ? features : computeFeatures({a}, inputs, SharedIdentity(), 0));
        const auto pivot = pivotOf.find(std::int64_t(c));
        const RiskResult risk = assessRisk(features, pivot != pivotOf.end(),
                                           pivot != pivotOf.end() ? pivot->second : QString());
        sc.exchanges = std::int64_t(features[std::size_t(Feature::Exchanges)]);
        sc.risk = risk.risk;
        sc.flagged = risk.flagged;
        sc.reasons = risk.reasons;
        if (ranking && !sc.accounts.empty()) { // on the values as stored, as `train` reads them
            const FeatureValues shared = storedFeatureValues(features);
            double sum = 0;
            for (const FeatureValues &o : own)
                sum += ranking->probability(storedFeatureValues(o), shared);
            sc.risk = sum / double(own.size());
            sc.flagged = RetrainedRanking::flagged(sc.risk, sc.accounts.size());
            sc.reasons = ranking->reasons(sc.risk, risk.risk, risk.reasons);
        }
        sc.features = featuresToJson(features);
        QJsonArray from;
        for (const std::int64_t f : ids.lineage[c].from)
            from.append(qint64(f));
        const QString kind = lineageKindName(ids.lineage[c].kind);
        sc.lineage = {{u"kind"_s, kind}, {u"from"_s, from}};
        ++report.lineage[kind];
        if (sc.accounts.size() > 1 && ids.lineage[c].kind != ClusterLineage::Kind::Same
            && ids.lineage[c].kind != ClusterLineage::Kind::New) {
            QStringList fromIds;
            for (const std::int64_t f : ids.lineage[c].from)
                fromIds.append(QString::number(f));
            changes.emplace_back(sc.accounts.size(), u"cluster %1 (%2 accounts) %3 from %4"_s.arg(sc.id)
                                                          .arg(qint64(sc.accounts.size())).arg(kind, fromIds.join(u", "_s)));
        }
        report.flaggedClusters += sc.flagged;
        report.multiAccountClusters += sc.accounts.size() > 1;
        report.largest = std::max<std::int64_t>(report.largest, std::int64_t(sc.accounts.size()));
        for (std::size_t i = 0; i < sc.accounts.size(); ++i)
            stored.accountFeatures.emplace_back(sc.accounts[i], sc.accounts.size() == 1 ? sc.features : featuresToJson(own[i]));
        stored.clusters.push_back(std::move(sc));
        if ((c & 0x3ff) == 0 && !tick(double(c) / double(clusters->members.size())))
            return cancelled();
    }
    report.clusters = std::int64_t(stored.clusters.size());
    std::stable_sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[size, text] : changes)
        report.changes.append(text);

    // 6. Store, replacing the previous results.
    if (progress && !progress(Saving.from, u"saving"_s))
        return cancelled();
    stored.finishedAt = QDateTime::currentSecsSinceEpoch();
    QJsonObject lineage;
    for (auto it = report.lineage.cbegin(); it != report.lineage.cend(); ++it)
        lineage.insert(it.key(), qint64(it.value()));
    stored.summary = {{u"clusters"_s, qint64(report.clusters)},
                      {u"multi_account_clusters"_s, qint64(report.multiAccountClusters)},
                      {u"flagged_clusters"_s, qint64(report.flaggedClusters)},
                      {u"lineage"_s, lineage},
                      {u"vanished"_s, qint64(report.vanished)},
                      {u"changes"_s, QJsonArray::fromStringList(report.changes)},
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
