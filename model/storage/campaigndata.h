#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// One row of the campaigns table: a stored cluster with what an investigator sorts and filters
// by. Read whole from the case; the analysis is not recomputed.
struct CampaignRow
{
    std::int64_t clusterId = 0;
    std::int64_t accounts = 0, exchanges = 0;
    double risk = 0;
    bool flagged = false;
    // The capability carrying most of the cluster's exchanges that name one ("coding", …) and its
    // share of them (0..1). readCampaigns() leaves the name empty: readTopCapabilities() counts it.
    QString topCapability;
    double topCapabilityShare = 0;
    // The first flagged post-release pivot, e.g. "atlas-4 · 81% in 24 h"; empty if none.
    QString pivot;
    double pivotShare = 0; // the pivot's share on the new model in the first 24 h (0 if none)
    QStringList reasons;   // the strongest reasons, as the analysis wrote them
    QString lineage;       // "new", "same", "grew", "shrank", "changed", "split", "merged"
    QList<std::int64_t> lineageFrom; // the previous run's cluster ids it came from
    int partnerHits = 0;   // partner indicators (STIX imports) its accounts hit (partnerstore.h)
};

// Every stored cluster of at least `minAccounts` accounts, riskiest first (then largest, then
// by id), with its first flagged pivot and its partner-indicator hits. Empty when the case was
// never analysed. Reads no exchanges: on the 15-million-exchange demo case (18,347 clusters, minAccounts = 1) it takes
// about 55 ms. Returns nullopt with *error on failure.
std::optional<std::vector<CampaignRow>> readCampaigns(const CaseFile &file, std::size_t minAccounts, QString *error);

// What a cluster's exchanges were: the top capability's name ("coding", …; empty if none names
// one) and the models it used, most exchanges first.
struct ClusterTraffic
{
    QString topCapability;
    QStringList models;
};

// The traffic of every cluster of at least `minAccounts` accounts (cluster id → traffic). The
// stored features hold only the top capability's share, so this counts the clusters' exchanges
// from their blocks: exact, but it reads every exchange of those clusters. On the
// 15-million-exchange demo case: 0.3 s for the six clusters of 3+ accounts (9 million
// exchanges), 0.55 s for all 18,347 clusters; the same count in SQL over the `exchanges` table
// took 5.4 s for the six. Run it off the GUI thread. `cancelled` is polled every 256 blocks;
// when it returns true the result is nullopt with *error = "cancelled".
std::optional<QHash<std::int64_t, ClusterTraffic>> readClusterTraffic(const CaseFile &file, std::size_t minAccounts,
                                                                      const std::function<bool()> &cancelled,
                                                                      QString *error);

// The clusters with at least one exchange in [from, to) (Unix seconds): what a time range
// brushed on the timeline leaves in the other views. Reads only the blocks that overlap the
// range, and decodes only those not wholly inside it. Off the GUI thread; `cancelled` as above.
std::optional<QSet<std::int64_t>> readActiveClusters(const CaseFile &file, std::int64_t from, std::int64_t to,
                                                     const std::function<bool()> &cancelled, QString *error);

} // namespace hl
