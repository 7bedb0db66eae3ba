#include "graphstore.h"

#include "analysisdata.h"
#include "analysisstore.h"
#include "casefile.h"
#include "schema.h"
#include "statement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr int AsnKind = schema::Asn;

GraphNodeKind infraNodeKind(std::int64_t kind)
{
    return kind >= 1 && kind <= 8 ? static_cast<GraphNodeKind>(kind) : GraphNodeKind::Ip;
}

// The stored membership (index = account id → cluster id); throws StorageError.
std::vector<std::int64_t> membership(const CaseFile &file)
{
    QString error;
    auto out = readClusterMembership(file, &error);
    if (!out)
        throw StorageError{error};
    return std::move(*out);
}

struct PairWeight
{
    float weight = 0;
    std::uint8_t kind = 0; // the one kind shared, 0 = several
};

// Keeps each node's `keep` strongest edges (an edge stays if either end keeps it).
std::vector<GraphEdge> strongestEdges(std::vector<GraphEdge> edges, std::size_t nodes, std::size_t keep)
{
    std::vector<std::vector<std::uint32_t>> byNode(nodes);
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        byNode[edges[i].a].push_back(i);
        byNode[edges[i].b].push_back(i);
    }
    std::vector<bool> kept(edges.size(), false);
    for (auto &list : byNode) {
        const std::size_t n = std::min(keep, list.size());
        std::partial_sort(list.begin(), list.begin() + std::ptrdiff_t(n), list.end(), [&](std::uint32_t x, std::uint32_t y) {
            return edges[x].weight != edges[y].weight ? edges[x].weight > edges[y].weight : x < y;
        });
        for (std::size_t i = 0; i < n; ++i)
            kept[list[i]] = true;
    }
    std::vector<GraphEdge> out;
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (kept[i])
            out.push_back(edges[i]);
    return out;
}

} // namespace

std::optional<GraphData> readOverviewGraph(const CaseFile &file, const OverviewOptions &options, QString *error)
{
    return guardStorage(error, [&] {
        GraphData g;
        g.scope = options.minAccounts > 1 ? u"overview:%1+"_s.arg(options.minAccounts) : u"overview"_s;
        QHash<std::int64_t, std::uint32_t> rowOfCluster;
        {
            Statement st(file.handle(), "SELECT id, size, risk, flagged FROM clusters WHERE size >= ?1"
                                        " ORDER BY risk DESC, size DESC, id");
            st.bind(1, std::int64_t(options.minAccounts));
            while (st.step()) {
                GraphNode n;
                n.kind = GraphNodeKind::Cluster;
                n.id = n.cluster = st.columnInt(0);
                n.label = u"#"_s + QString::number(n.id);
                n.size = double(st.columnInt(1));
                n.risk = st.columnDouble(2);
                n.flagged = st.columnInt(3) != 0;
                rowOfCluster.insert(n.id, std::uint32_t(g.nodes.size()));
                g.nodes.push_back(std::move(n));
            }
        }
        const std::vector<std::int64_t> clusterOf = membership(file);

        // Per infrastructure value (links come ordered by value): the distinct clusters using it
        // (all of them, to tell a crowd) and the drawn ones among them (rows).
        std::unordered_map<std::uint64_t, PairWeight> pairs;
        std::vector<std::uint32_t> rows;
        std::vector<std::int64_t> users;
        std::int64_t currentInfra = -1;
        std::uint8_t currentKind = 0;
        auto flushValue = [&] {
            std::sort(rows.begin(), rows.end());
            rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
            std::sort(users.begin(), users.end());
            const auto distinct = std::size_t(std::unique(users.begin(), users.end()) - users.begin());
            users.clear();
            if (rows.size() >= 2 && distinct <= options.maxClustersPerValue) {
                const float w = float(1.0 / std::log(1.0 + double(distinct)));
                for (std::size_t i = 0; i < rows.size(); ++i)
                    for (std::size_t j = i + 1; j < rows.size(); ++j) {
                        PairWeight &p = pairs[(std::uint64_t(rows[i]) << 32) | rows[j]];
                        p.kind = p.weight == 0 || p.kind == currentKind ? currentKind : 0;
                        p.weight += w;
                    }
            }
            rows.clear();
        };
        Statement links(file.handle(), "SELECT ai.infra_id, ai.account_id, i.kind FROM account_infra ai"
                                       " JOIN infra i ON i.id = ai.infra_id WHERE i.kind != ?1"
                                       " ORDER BY ai.infra_id");
        links.bind(1, std::int64_t(AsnKind));
        while (links.step()) {
            const std::int64_t infra = links.columnInt(0);
            if (infra != currentInfra) {
                flushValue();
                currentInfra = infra;
                currentKind = std::uint8_t(links.columnInt(2));
            }
            const auto account = std::size_t(links.columnInt(1));
            if (account < clusterOf.size()) {
                users.push_back(clusterOf[account]);
                const auto it = rowOfCluster.constFind(clusterOf[account]);
                if (it != rowOfCluster.cend())
                    rows.push_back(*it);
            }
        }
        flushValue();

        std::vector<GraphEdge> edges;
        edges.reserve(pairs.size());
        for (const auto &[key, p] : pairs)
            edges.push_back({std::uint32_t(key >> 32), std::uint32_t(key & 0xffffffffu), p.weight, p.kind});
        std::sort(edges.begin(), edges.end(), [](const GraphEdge &x, const GraphEdge &y) {
            return x.a != y.a ? x.a < y.a : x.b < y.b;
        });
        g.edges = strongestEdges(std::move(edges), g.nodes.size(), options.maxEdgesPerCluster);
        return g;
    });
}

std::optional<GraphData> readClusterGraph(const CaseFile &file, const std::vector<std::int64_t> &clusters,
                                          const ClusterGraphOptions &options, QString *error)
{
    return guardStorage(error, [&] {
        GraphData g;
        g.scope = u"cluster:"_s;
        for (std::size_t i = 0; i < clusters.size(); ++i)
            g.scope += (i ? u"+"_s : QString()) + QString::number(clusters[i]);

        // Accounts, cluster by cluster in the given order.
        QSet<std::int64_t> seen;
        Statement cluster(file.handle(), "SELECT risk, flagged FROM clusters WHERE id = ?1");
        Statement accounts(file.handle(),
                           "SELECT m.account_id, a.account_key, coalesce(act.exchanges, 0) FROM cluster_members m"
                           " JOIN accounts a ON a.id = m.account_id"
                           " LEFT JOIN account_activity act ON act.account_id = m.account_id"
                           " WHERE m.cluster_id = ?1 ORDER BY m.account_id");
        for (std::int64_t c : clusters) {
            cluster.bind(1, c);
            if (!cluster.step()) {
                cluster.reset();
                continue;
            }
            const double risk = cluster.columnDouble(0);
            const bool flagged = cluster.columnInt(1) != 0;
            cluster.reset();
            accounts.bind(1, c);
            while (accounts.step()) {
                GraphNode n;
                n.kind = GraphNodeKind::Account;
                n.id = accounts.columnInt(0);
                if (seen.contains(n.id))
                    continue;
                seen.insert(n.id);
                n.label = accounts.columnText(1);
                n.size = double(std::max<std::int64_t>(1, accounts.columnInt(2)));
                n.risk = risk;
                n.flagged = flagged;
                n.cluster = c;
                g.nodes.push_back(std::move(n));
            }
            accounts.reset();
        }

        // Their links, grouped by value.
        struct Value
        {
            std::int64_t kind = 0;
            QString text;
            std::vector<std::pair<std::uint32_t, float>> accounts; // (node row, observations)
        };
        QHash<std::int64_t, std::size_t> valueIndex;
        std::vector<std::pair<std::int64_t, Value>> values;
        Statement links(file.handle(), "SELECT ai.infra_id, i.kind, i.value, ai.observations FROM account_infra ai"
                                       " JOIN infra i ON i.id = ai.infra_id WHERE ai.account_id = ?1");
        const auto accountRows = std::uint32_t(g.nodes.size());
        for (std::uint32_t row = 0; row < accountRows; ++row) {
            links.bind(1, g.nodes[row].id);
            while (links.step()) {
                const std::int64_t infra = links.columnInt(0);
                auto it = valueIndex.find(infra);
                if (it == valueIndex.end()) {
                    it = valueIndex.insert(infra, values.size());
                    values.push_back({infra, Value{links.columnInt(1), links.columnText(2), {}}});
                }
                values[*it].second.accounts.emplace_back(row, float(std::max<std::int64_t>(1, links.columnInt(3))));
            }
            links.reset();
        }
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < values.size(); ++i)
            if ((options.includeUnshared || values[i].second.accounts.size() >= 2)
                && (options.includeAsns || values[i].second.kind != AsnKind))
                order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            const auto nx = values[x].second.accounts.size(), ny = values[y].second.accounts.size();
            return nx != ny ? nx > ny : values[x].first < values[y].first;
        });
        if (order.size() > options.maxInfra)
            order.resize(options.maxInfra);
        for (std::size_t i : order) {
            const auto &[infra, v] = values[i];
            GraphNode n;
            n.kind = infraNodeKind(v.kind);
            n.id = infra;
            n.label = v.text;
            n.size = double(v.accounts.size());
            const auto row = std::uint32_t(g.nodes.size());
            g.nodes.push_back(std::move(n));
            for (const auto &[account, observations] : v.accounts)
                g.edges.push_back({account, row, observations, std::uint8_t(v.kind)});
        }
        return g;
    });
}

std::optional<std::vector<std::pair<std::int64_t, int>>> neighbourClusters(const CaseFile &file, std::int64_t cluster,
                                                                           int limit, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<std::pair<std::int64_t, int>> out;
        Statement st(file.handle(),
                     "WITH mine AS (SELECT DISTINCT ai.infra_id FROM cluster_members m"
                     "  JOIN account_infra ai ON ai.account_id = m.account_id JOIN infra i ON i.id = ai.infra_id"
                     "  WHERE m.cluster_id = ?1 AND i.kind != ?3),"
                     " shared AS (SELECT mine.infra_id, m2.cluster_id FROM mine"
                     "  JOIN account_infra a2 ON a2.infra_id = mine.infra_id"
                     "  JOIN cluster_members m2 ON m2.account_id = a2.account_id GROUP BY mine.infra_id, m2.cluster_id),"
                     " crowd AS (SELECT infra_id FROM shared GROUP BY infra_id HAVING count(*) > ?4)"
                     " SELECT cluster_id, count(*) AS n FROM shared WHERE cluster_id != ?1"
                     "  AND infra_id NOT IN (SELECT infra_id FROM crowd)"
                     " GROUP BY cluster_id ORDER BY n DESC, cluster_id LIMIT ?2");
        st.bind(1, cluster).bind(2, std::int64_t(limit)).bind(3, std::int64_t(AsnKind))
            .bind(4, std::int64_t(OverviewOptions().maxClustersPerValue));
        while (st.step())
            out.emplace_back(st.columnInt(0), int(st.columnInt(1)));
        return out;
    });
}

std::optional<GraphData> readAccountInfraGraph(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        GraphData g;
        g.scope = u"whole"_s;
        const std::uint32_t maxAccount = maxAccountId(file);
        std::vector<std::uint32_t> rowOfAccount(maxAccount + 1, 0);
        Statement accounts(file.handle(), "SELECT id FROM accounts ORDER BY id");
        while (accounts.step()) {
            GraphNode n;
            n.kind = GraphNodeKind::Account;
            n.id = accounts.columnInt(0);
            rowOfAccount[std::size_t(n.id)] = std::uint32_t(g.nodes.size());
            g.nodes.push_back(n);
        }
        Statement links(file.handle(), "SELECT ai.infra_id, i.kind, ai.account_id FROM account_infra ai"
                                       " JOIN infra i ON i.id = ai.infra_id ORDER BY ai.infra_id");
        std::int64_t current = -1;
        std::uint32_t row = 0;
        while (links.step()) {
            const std::int64_t infra = links.columnInt(0);
            if (infra != current) {
                current = infra;
                GraphNode n;
                n.kind = infraNodeKind(links.columnInt(1));
                n.id = infra;
                row = std::uint32_t(g.nodes.size());
                g.nodes.push_back(n);
            }
            const auto account = std::size_t(links.columnInt(2));
            if (account <= maxAccount)
                g.edges.push_back({rowOfAccount[account], row, 1.0f, std::uint8_t(links.columnInt(1))});
        }
        return g;
    });
}

std::optional<std::vector<GraphSearchHit>> searchGraphNodes(const CaseFile &file, const QString &text, int limit,
                                                            QString *error)
{
    return guardStorage(error, [&] {
        std::vector<GraphSearchHit> out;
        const QString needle = text.trimmed();
        if (needle.isEmpty() || limit <= 0)
            return out;
        const std::string exact = needle.toStdString();
        QString escaped = needle;
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        const std::string like = QString(u"%"_s + escaped + u"%"_s).toStdString();

        Statement accounts(file.handle(),
                           "SELECT a.id, a.account_key, coalesce(m.cluster_id, 0) FROM accounts a"
                           " LEFT JOIN cluster_members m ON m.account_id = a.id"
                           " WHERE a.account_key LIKE ?1 ESCAPE '\\'"
                           " ORDER BY a.account_key = ?2 COLLATE NOCASE DESC, length(a.account_key), a.id LIMIT ?3");
        accounts.bind(1, like).bind(2, exact).bind(3, std::int64_t(limit));
        while (accounts.step())
            out.push_back({GraphNodeKind::Account, accounts.columnInt(0), accounts.columnText(1), accounts.columnInt(2)});

        // Infrastructure: the cluster of the account that used the value most.
        Statement infra(file.handle(),
                        "SELECT i.id, i.kind, i.value,"
                        " coalesce((SELECT m.cluster_id FROM account_infra ai JOIN cluster_members m"
                        "           ON m.account_id = ai.account_id WHERE ai.infra_id = i.id"
                        "           ORDER BY ai.observations DESC, ai.account_id LIMIT 1), 0)"
                        " FROM infra i WHERE i.value LIKE ?1 ESCAPE '\\'"
                        " ORDER BY i.value = ?2 COLLATE NOCASE DESC, length(i.value), i.id LIMIT ?3");
        infra.bind(1, like).bind(2, exact).bind(3, std::int64_t(limit));
        while (infra.step())
            out.push_back({infraNodeKind(infra.columnInt(1)), infra.columnInt(0), infra.columnText(2), infra.columnInt(3)});

        // Exact matches first, then shorter (closer) ones.
        std::stable_sort(out.begin(), out.end(), [&](const GraphSearchHit &x, const GraphSearchHit &y) {
            const bool ex = x.label.compare(needle, Qt::CaseInsensitive) == 0;
            const bool ey = y.label.compare(needle, Qt::CaseInsensitive) == 0;
            return ex != ey ? ex : x.label.size() < y.label.size();
        });
        if (out.size() > std::size_t(limit))
            out.resize(std::size_t(limit));
        return out;
    });
}

std::optional<std::int64_t> latestAnalysisTime(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        Statement st(file.handle(), "SELECT coalesce(max(finished_at), 0) FROM analysis_runs"
                                    " WHERE id = (SELECT max(id) FROM analysis_runs)");
        st.step();
        return st.columnInt(0);
    });
}

} // namespace hl
