#pragma once

#include "graph/graphdata.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The graphs the window draws, read from a case's stored analysis (no recomputation).

struct OverviewOptions
{
    // A value shared by more clusters than this is a crowd (CGNAT, free mail, a big proxy
    // pool): it links no clusters in the overview.
    std::size_t maxClustersPerValue = 40;
    // Each cluster keeps at most this many of its strongest links (the overview stays readable).
    std::size_t maxEdgesPerCluster = 12;
    // Clusters with fewer accounts are left out (2: no single accounts, as the campaigns table
    // lists by default). Crowds are still counted over every cluster.
    std::size_t minAccounts = 1;
};

// One node per stored cluster (size = accounts, risk, flagged), linked when their accounts
// share infrastructure values; edge weight = Σ 1/ln(1 + clusters sharing the value).
// Node order: clusters by risk, highest first (as the campaigns table). Scope "overview", or
// "overview:N+" when only clusters of N or more accounts are drawn.
std::optional<GraphData> readOverviewGraph(const CaseFile &file, const OverviewOptions &options, QString *error);

struct ClusterGraphOptions
{
    // Infrastructure values used by only one of the drawn accounts are left out unless
    // `includeUnshared` (they explain nothing and can be thousands of proxy IPs).
    bool includeUnshared = false;
    // At most this many infrastructure nodes, the most shared first.
    std::size_t maxInfra = 4000;
    // ASNs are networks, not identities: they link no accounts in the analysis and, shared by
    // most of a cluster, would only draw a hub in the middle. Where each IP is shows in the
    // inspector.
    bool includeAsns = false;
};

// Drill-in: the accounts of `clusters` (the first is the focus, the others were brought in by
// "expand") and the infrastructure they use, one node per account and per value; an edge per
// account–value link (weight = observations, kind = the value's kind).
std::optional<GraphData> readClusterGraph(const CaseFile &file, const std::vector<std::int64_t> &clusters,
                                          const ClusterGraphOptions &options, QString *error);

// Clusters whose accounts share infrastructure with `cluster`'s, strongest first:
// (cluster id, shared values). Crowd values (see OverviewOptions) do not count.
std::optional<std::vector<std::pair<std::int64_t, int>>> neighbourClusters(const CaseFile &file, std::int64_t cluster,
                                                                           int limit, QString *error);

// The whole account–infrastructure graph (every account, every linked value, every link):
// the benchmark baseline for laying out the overview.
std::optional<GraphData> readAccountInfraGraph(const CaseFile &file, QString *error);

// Finds accounts (by export account id) and infrastructure values (IP, payment fingerprint,
// device, e-mail domain, …) whose text contains `text` (case-insensitive; exact matches
// first), with the cluster they belong to (infrastructure: the cluster of its busiest account).
struct GraphSearchHit
{
    GraphNodeKind kind = GraphNodeKind::Account;
    std::int64_t id = 0;
    QString label;
    std::int64_t cluster = 0;
};
std::optional<std::vector<GraphSearchHit>> searchGraphNodes(const CaseFile &file, const QString &text, int limit,
                                                            QString *error);

// When the latest analysis run finished (Unix seconds; 0: never analysed): the date the graph
// exports give the graph they write (export/casegraph.h).
std::optional<std::int64_t> latestAnalysisTime(const CaseFile &file, QString *error);

} // namespace hl
