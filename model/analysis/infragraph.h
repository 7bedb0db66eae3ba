#pragma once

#include "storage/analysisdata.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

// How one kind of shared infrastructure links two accounts.
struct LinkRule
{
    double weight = 0;          // 0 = never links
    std::size_t maxDegree = 0;  // shared by more accounts than this → a crowd (CGNAT, free-mail): no link
    bool strong = false;        // links on its own; weak links need behavioural confirmation
};

struct ClusterOptions
{
    // By schema::InfraKind (index 0 unused). Defaults in infragraph.cpp, with the reasons.
    std::array<LinkRule, 9> rules = defaultLinkRules();
    // A weak (shared-IP) tie counts only when the two accounts send mostly the same prompt
    // templates: histogram intersection of their template profiles at least this much.
    double templateOverlap = 0.5;
    // Connected components larger than this are split by Leiden community detection.
    std::size_t splitAbove = 150;
    // Modularity resolution for Leiden. Below 1 it keeps tightly knit operations whole: on the
    // demo (seed 7) 1.0 cut every actor into 5-13 pure pieces, 0.3 keeps each actor in one
    // cluster and still mixes none.
    double resolution = 0.3;
    // Leiden communities joined by at least this share of the smaller one's weight are put
    // back together (they are one long, thin operation, not two).
    double rejoinAbove = 0.02;
    unsigned seed = 20260217;
    bool keepGraph = false; // keep the weighted account graph in the result (benchmarks, export)

    static std::array<LinkRule, 9> defaultLinkRules();
};

struct AccountClusters
{
    std::vector<std::uint32_t> clusterOf;              // by account id (0 unused) → cluster index
    std::vector<std::vector<std::uint32_t>> members;   // cluster index → account ids, sorted
    std::int64_t strongPairs = 0, weakPairs = 0, confirmedWeakPairs = 0, componentsSplit = 0;
    double communitySeconds = 0; // time in the Leiden calls alone (not building their graphs)
    struct Edge { std::uint32_t a, b; double weight; };
    std::vector<Edge> graph;     // the account graph clustered, when ClusterOptions::keepGraph
};

// Groups accounts that are one operation: shared strong identity (cards, devices, phones,
// orgs, API keys, rare e-mail domains) links directly; shared IPs link only between accounts
// that also send the same templates, so a customer who rented the same residential proxy
// stays apart. Rarer shared values weigh more. Large components are split with Leiden
// (igraph). Every account gets exactly one cluster; accounts with no ties are singletons.
// Deterministic for the same input. `progress` 0..1, return false to cancel (→ nullopt).
std::optional<AccountClusters> clusterAccounts(std::uint32_t maxAccount, const std::vector<AccountLink> &links,
                                               const std::vector<AccountProfile> &profiles,
                                               const ClusterOptions &options,
                                               const std::function<bool(double)> &progress = {});

// PageRank (Boost.Graph, damping 0.85, 40 iterations) of every infrastructure value in the
// account–infrastructure graph (links of the kinds that can link accounts; no ASNs): the hubs a
// campaign's accounts hang on rank high. Returns (infra id, rank) for values used by two or
// more accounts, ranks scaled so that the mean over all vertices is 1.
std::vector<std::pair<std::uint32_t, double>> hubRanks(std::uint32_t maxAccount, const std::vector<AccountLink> &links,
                                                       const ClusterOptions &options);

// Histogram intersection of two template profiles: Σ min(share_a, share_b), 0..1.
double templateOverlap(const AccountProfile &a, const AccountProfile &b);

} // namespace hl
