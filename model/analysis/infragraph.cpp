#include "infragraph.h"

#include "storage/schema.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <igraph/igraph.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace hl {

std::array<LinkRule, 9> ClusterOptions::defaultLinkRules()
{
    std::array<LinkRule, 9> r{};
    // Measured on the demo truth (24,000 accounts): cards, devices, phones and orgs shared by
    // two or more accounts never mix two operations; IPs do (overlapping residential-proxy
    // pools, campus and carrier NAT), and so do e-mail domains: free-mail is shared by
    // everyone, and in a smaller case (8,000 accounts) a free-mail domain has few enough users
    // to pass any fixed cap, which chained all actors and 1,600 ordinary users into one
    // cluster. So e-mail domains, like IPs, only count between accounts that behave alike.
    r[schema::Ip] = {1.0, 100, false};
    r[schema::Asn] = {0, 0, false}; // an AS is a network, not an identity
    r[schema::Payment] = {3.0, 2000, true};
    r[schema::EmailDomain] = {1.0, 500, false};
    r[schema::Device] = {3.0, 2000, true};
    r[schema::Phone] = {3.0, 2000, true};
    r[schema::Org] = {2.0, 2000, true};
    r[schema::ApiKey] = {3.0, 2000, true};
    return r;
}

double templateOverlap(const AccountProfile &a, const AccountProfile &b)
{
    double sum = 0;
    auto i = a.top.begin(), j = b.top.begin();
    while (i != a.top.end() && j != b.top.end()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else {
            sum += std::min(i->second, j->second);
            ++i;
            ++j;
        }
    }
    return sum;
}

namespace {

std::uint64_t pairKey(std::uint32_t a, std::uint32_t b)
{
    if (a > b)
        std::swap(a, b);
    return (std::uint64_t(a) << 32) | b;
}

// igraph is built for plain SSE2. If earlier code (here: glibc's AVX-512 string functions, Qt)
// left the upper halves of the vector registers dirty, every SSE instruction in it pays a
// state-transition penalty on Intel cores: Leiden on the 15M-exchange demo case took 0.20 s
// instead of 0.09 s, mostly inside libm's exp(). vzeroupper clears that state.
void cleanUpperVectorState()
{
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx"))
        asm volatile("vzeroupper");
#endif
}

// Splits one component with Leiden (modularity), returning a community per vertex.
// `seconds` gets the time of the Leiden call alone (building the igraph graph is not in it).
std::vector<igraph_integer_t> leiden(std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
                                     const std::vector<double> &weights, double resolution, unsigned seed,
                                     double *seconds)
{
    igraph_vector_int_t el;
    igraph_vector_int_init(&el, igraph_integer_t(edges.size() * 2));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        VECTOR(el)[igraph_integer_t(2 * i)] = edges[i].first;
        VECTOR(el)[igraph_integer_t(2 * i + 1)] = edges[i].second;
    }
    igraph_t g;
    igraph_create(&g, &el, igraph_integer_t(n), IGRAPH_UNDIRECTED);
    igraph_vector_t w, strength;
    igraph_vector_init(&w, igraph_integer_t(weights.size()));
    double total = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        VECTOR(w)[igraph_integer_t(i)] = weights[i];
        total += weights[i];
    }
    igraph_vector_init(&strength, igraph_integer_t(n));
    igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w);
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, igraph_integer_t(n));
    igraph_integer_t count = 0;
    igraph_rng_seed(igraph_rng_default(), seed);
    cleanUpperVectorState();
    const auto start = std::chrono::steady_clock::now();
    // Modularity as a Leiden quality: node weights = strengths, resolution γ / 2m.
    igraph_community_leiden(&g, &w, &strength, resolution / (2 * std::max(total, 1e-12)), 0.01, false, -1,
                            &membership, &count, nullptr);
    *seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<igraph_integer_t> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = VECTOR(membership)[igraph_integer_t(i)];
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&w);
    igraph_destroy(&g);
    igraph_vector_int_destroy(&el);
    return out;
}

// Leiden also cuts an operation that is merely long and thin (accounts knit in overlapping
// groups) into pieces. Communities joined by much of their weight are put back together: a
// pair is rejoined when the weight between them is at least `threshold` of the smaller one's
// total weight (conductance). Two operations bridged by a few shared addresses stay apart.
void rejoinTightCommunities(std::vector<igraph_integer_t> &membership,
                            const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
                            const std::vector<double> &weights, double threshold)
{
    igraph_integer_t communities = 0;
    for (auto m : membership)
        communities = std::max(communities, m + 1);
    std::vector<double> volume(std::size_t(communities), 0);
    std::map<std::pair<igraph_integer_t, igraph_integer_t>, double> cut;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto a = membership[edges[e].first], b = membership[edges[e].second];
        volume[std::size_t(a)] += weights[e];
        volume[std::size_t(b)] += weights[e];
        if (a != b)
            cut[{std::min(a, b), std::max(a, b)}] += weights[e];
    }
    std::vector<igraph_integer_t> parent(static_cast<std::size_t>(communities));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](igraph_integer_t x) {
        while (parent[std::size_t(x)] != x)
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        return x;
    };
    for (const auto &[pair, weight] : cut) {
        const double smaller = std::min(volume[std::size_t(pair.first)], volume[std::size_t(pair.second)]);
        if (smaller > 0 && weight >= threshold * smaller)
            parent[std::size_t(root(pair.second))] = root(pair.first);
    }
    for (auto &m : membership)
        m = root(m);
}

} // namespace

std::optional<AccountClusters> clusterAccounts(std::uint32_t maxAccount, const std::vector<AccountLink> &links,
                                               const std::vector<AccountProfile> &profiles,
                                               const ClusterOptions &options,
                                               const std::function<bool(double)> &progress)
{
    AccountClusters result;
    std::unordered_map<std::uint64_t, double> strong, weak;
    std::vector<std::uint32_t> group;
    // 1. Pairs from every shared value (links are ordered by infra id).
    for (std::size_t i = 0; i < links.size();) {
        std::size_t j = i;
        while (j < links.size() && links[j].infra == links[i].infra)
            ++j;
        const std::uint8_t kind = links[i].kind;
        const LinkRule rule = kind < options.rules.size() ? options.rules[kind] : LinkRule{};
        group.clear();
        for (std::size_t k = i; k < j; ++k)
            if (links[k].account <= maxAccount)
                group.push_back(links[k].account);
        std::sort(group.begin(), group.end());
        group.erase(std::unique(group.begin(), group.end()), group.end());
        const std::size_t d = group.size();
        if (rule.weight > 0 && d >= 2 && d <= rule.maxDegree) {
            // Rarer values say more: a card shared by 3 accounts outweighs one shared by 300.
            const double w = rule.weight / std::log2(1.0 + double(d));
            auto &pairs = rule.strong ? strong : weak;
            for (std::size_t a = 0; a < d; ++a)
                for (std::size_t b = a + 1; b < d; ++b)
                    pairs[pairKey(group[a], group[b])] += w;
        }
        if (progress && (i & 0x3fff) == 0 && !progress(0.5 * double(i) / double(links.size())))
            return std::nullopt;
        i = j;
    }
    result.strongPairs = std::int64_t(strong.size());
    result.weakPairs = std::int64_t(weak.size());

    // 2. Weak ties count where behaviour agrees.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<double> weights;
    edges.reserve(strong.size());
    for (const auto &[key, w] : strong) {
        double total = w;
        if (const auto it = weak.find(key); it != weak.end()) {
            total += it->second;
            weak.erase(it);
        }
        edges.emplace_back(std::uint32_t(key >> 32), std::uint32_t(key & 0xffffffffU));
        weights.push_back(total);
    }
    for (const auto &[key, w] : weak) {
        const auto a = std::uint32_t(key >> 32), b = std::uint32_t(key & 0xffffffffU);
        if (a < profiles.size() && b < profiles.size()
            && templateOverlap(profiles[a], profiles[b]) >= options.templateOverlap) {
            edges.emplace_back(a, b);
            weights.push_back(w);
            ++result.confirmedWeakPairs;
        }
    }
    strong = {};
    weak = {};
    // Deterministic order (hash maps are not).
    std::vector<std::size_t> order(edges.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return edges[x] < edges[y]; });

    if (options.keepGraph)
        for (std::size_t e : order)
            result.graph.push_back({edges[e].first, edges[e].second, weights[e]});

    // 3. Connected components (Boost.Graph).
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(maxAccount + 1);
    for (std::size_t e : order)
        boost::add_edge(edges[e].first, edges[e].second, g);
    std::vector<int> component(maxAccount + 1);
    const int components = boost::connected_components(g, component.data());
    std::vector<std::vector<std::uint32_t>> byComponent(static_cast<std::size_t>(components));
    for (std::uint32_t a = 1; a <= maxAccount; ++a)
        byComponent[std::size_t(component[a])].push_back(a);
    if (progress && !progress(0.7))
        return std::nullopt;

    // 4. Split large components with Leiden; the rest are clusters as they are.
    std::vector<std::vector<std::size_t>> edgesOf(static_cast<std::size_t>(components));
    for (std::size_t e : order)
        edgesOf[std::size_t(component[edges[e].first])].push_back(e);
    result.clusterOf.assign(maxAccount + 1, 0);
    for (std::size_t c = 0; c < byComponent.size(); ++c) {
        const auto &accounts = byComponent[c];
        if (accounts.empty())
            continue;
        if (accounts.size() <= options.splitAbove) {
            for (std::uint32_t a : accounts)
                result.clusterOf[a] = std::uint32_t(result.members.size());
            result.members.push_back(accounts);
            continue;
        }
        ++result.componentsSplit;
        std::unordered_map<std::uint32_t, std::uint32_t> local;
        for (std::uint32_t i = 0; i < accounts.size(); ++i)
            local.emplace(accounts[i], i);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> le;
        std::vector<double> lw;
        for (std::size_t e : edgesOf[c]) {
            le.emplace_back(local.at(edges[e].first), local.at(edges[e].second));
            lw.push_back(weights[e]);
        }
        auto membership = leiden(accounts.size(), le, lw, options.resolution, options.seed, &result.communitySeconds);
        rejoinTightCommunities(membership, le, lw, options.rejoinAbove);
        std::unordered_map<igraph_integer_t, std::uint32_t> clusterOfCommunity;
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            auto [it, fresh] = clusterOfCommunity.try_emplace(membership[i], std::uint32_t(result.members.size()));
            if (fresh)
                result.members.emplace_back();
            result.members[it->second].push_back(accounts[i]);
            result.clusterOf[accounts[i]] = it->second;
        }
        if (progress && !progress(0.7 + 0.3 * double(c) / double(byComponent.size())))
            return std::nullopt;
    }
    return result;
}

std::vector<std::pair<std::uint32_t, double>> hubRanks(std::uint32_t maxAccount, const std::vector<AccountLink> &links,
                                                       const ClusterOptions &options)
{
    // Vertices: accounts 0..maxAccount, then one per distinct infrastructure value.
    std::vector<std::uint32_t> infraOf; // vertex - (maxAccount + 1) → infra id
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::vector<std::size_t> degree;
    for (std::size_t i = 0; i < links.size();) {
        std::size_t j = i;
        while (j < links.size() && links[j].infra == links[i].infra)
            ++j;
        const std::uint8_t kind = links[i].kind;
        if (kind < options.rules.size() && options.rules[kind].weight > 0) {
            const std::size_t v = maxAccount + 1 + infraOf.size();
            infraOf.push_back(links[i].infra);
            degree.push_back(j - i);
            for (std::size_t k = i; k < j; ++k)
                if (links[k].account <= maxAccount) {
                    edges.emplace_back(links[k].account, v);
                    edges.emplace_back(v, links[k].account);
                }
        }
        i = j;
    }
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
    const std::size_t n = maxAccount + 1 + infraOf.size();
    Graph g(edges.begin(), edges.end(), n);
    std::vector<double> rank(n, 0);
    boost::graph::page_rank(g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
                     boost::graph::n_iterations(40), 0.85);
    // Boost's formulation is not normalised (rank = (1 - d) + d · Σ in); scale to a mean of 1.
    double sum = 0;
    for (const double r : rank)
        sum += r;
    const double mean = n > 0 && sum > 0 ? sum / double(n) : 1.0;
    std::vector<std::pair<std::uint32_t, double>> out;
    for (std::size_t k = 0; k < infraOf.size(); ++k)
        if (degree[k] >= 2)
            out.emplace_back(infraOf[k], rank[maxAccount + 1 + k] / mean);
    return out;
}

} // namespace hl
