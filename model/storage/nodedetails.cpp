#include "nodedetails.h"

#include "analysisstore.h"
#include "casefile.h"
#include "statement.h"

#include <QJsonDocument>

namespace hl {

namespace {

std::optional<StoredLocation> location(const CaseFile &file, std::int64_t infra)
{
    Statement st(file.handle(), "SELECT coalesce(asn, 0), coalesce(as_name, ''), coalesce(country, ''), anonymous_proxy,"
                                " satellite, anycast, hostile FROM ip_locations WHERE infra_id = ?1");
    st.bind(1, infra);
    if (!st.step())
        return std::nullopt;
    return StoredLocation{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnInt(3) != 0,
                          st.columnInt(4) != 0, st.columnInt(5) != 0, st.columnInt(6) != 0};
}

std::vector<IndicatorHit> indicators(const CaseFile &file, std::int64_t infra)
{
    std::vector<IndicatorHit> out;
    Statement st(file.handle(), "SELECT source, coalesce(note, ''), coalesce(confidence, -1), coalesce(shared_at, 0)"
                                " FROM indicators WHERE infra_id = ?1 ORDER BY shared_at, id");
    st.bind(1, infra);
    while (st.step())
        out.push_back({st.columnText(0), st.columnText(1), st.columnInt(2), st.columnInt(3)});
    return out;
}

} // namespace

std::optional<AccountDetails> readAccountDetails(const CaseFile &file, std::int64_t account, QString *error)
{
    error->clear();
    auto result = guardStorage(error, [&]() -> std::optional<AccountDetails> {
        Statement st(file.handle(),
                     "SELECT a.account_key, a.created_at, coalesce(sp.name, ''), coalesce(a.country, ''),"
                     " coalesce(s.name, ''), coalesce(o.value, ''), coalesce(e.value, ''),"
                     " coalesce(m.cluster_id, 0), coalesce(c.size, 0), coalesce(c.risk, 0),"
                     " coalesce(act.exchanges, 0), coalesce(act.first_ts, 0), coalesce(act.last_ts, 0),"
                     " coalesce(act.input_tokens, 0), coalesce(act.output_tokens, 0)"
                     " FROM accounts a LEFT JOIN signup_paths sp ON sp.id = a.signup_path"
                     " LEFT JOIN account_statuses s ON s.id = a.status LEFT JOIN infra o ON o.id = a.org"
                     " LEFT JOIN infra e ON e.id = a.email_domain LEFT JOIN cluster_members m ON m.account_id = a.id"
                     " LEFT JOIN clusters c ON c.id = m.cluster_id LEFT JOIN account_activity act ON act.account_id = a.id"
                     " WHERE a.id = ?1");
        st.bind(1, account);
        if (!st.step())
            return std::nullopt;
        AccountDetails d;
        d.id = account;
        d.key = st.columnText(0);
        d.createdAt = st.columnInt(1);
        d.signupPath = st.columnText(2);
        d.country = st.columnText(3);
        d.status = st.columnText(4);
        d.org = st.columnText(5);
        d.emailDomain = st.columnText(6);
        d.cluster = st.columnInt(7);
        d.clusterSize = st.columnInt(8);
        d.clusterRisk = st.columnDouble(9);
        d.exchanges = st.columnInt(10);
        d.firstTs = st.columnInt(11);
        d.lastTs = st.columnInt(12);
        d.inputTokens = st.columnInt(13);
        d.outputTokens = st.columnInt(14);

        Statement score(file.handle(), "SELECT s.score, c.name || CASE WHEN c.version = '' THEN '' ELSE ' ' || c.version END"
                                       " FROM scores s JOIN classifiers c ON c.id = s.classifier_id"
                                       " WHERE s.account_id = ?1 ORDER BY s.scored_at DESC, s.rowid DESC LIMIT 1");
        score.bind(1, account);
        if (score.step()) {
            d.score = score.columnDouble(0);
            d.scoreClassifier = score.columnText(1);
        }

        Statement links(file.handle(),
                        "SELECT ai.infra_id, i.kind, i.value, ai.observations, coalesce(ai.first_seen, 0),"
                        " coalesce(ai.last_seen, 0),"
                        " (SELECT count(*) - 1 FROM account_infra o WHERE o.infra_id = ai.infra_id) AS others"
                        " FROM account_infra ai JOIN infra i ON i.id = ai.infra_id WHERE ai.account_id = ?1"
                        " ORDER BY others DESC, i.kind, i.value");
        links.bind(1, account);
        while (links.step()) {
            AccountDetails::Link l;
            l.infra = links.columnInt(0);
            l.kind = int(links.columnInt(1));
            l.value = links.columnText(2);
            l.observations = links.columnInt(3);
            l.firstSeen = links.columnInt(4);
            l.lastSeen = links.columnInt(5);
            l.otherAccounts = links.columnInt(6);
            l.location = location(file, l.infra);
            l.indicators = indicators(file, l.infra);
            d.links.push_back(std::move(l));
        }
        d.features = readAccountFeatures(file, std::uint32_t(account));
        return d;
    });
    return result ? *result : std::nullopt;
}

std::optional<InfraDetails> readInfraDetails(const CaseFile &file, std::int64_t infra, QString *error)
{
    error->clear();
    auto result = guardStorage(error, [&]() -> std::optional<InfraDetails> {
        Statement st(file.handle(), "SELECT i.kind, i.value, coalesce(r.pagerank, 0) FROM infra i"
                                    " LEFT JOIN infra_ranks r ON r.infra_id = i.id WHERE i.id = ?1");
        st.bind(1, infra);
        if (!st.step())
            return std::nullopt;
        InfraDetails d;
        d.id = infra;
        d.kind = int(st.columnInt(0));
        d.value = st.columnText(1);
        d.pagerank = st.columnDouble(2);
        d.location = location(file, infra);
        d.indicators = indicators(file, infra);

        Statement use(file.handle(), "SELECT count(*), coalesce(sum(observations), 0), coalesce(min(first_seen), 0),"
                                     " coalesce(max(last_seen), 0) FROM account_infra WHERE infra_id = ?1");
        use.bind(1, infra);
        if (use.step()) {
            d.accounts = use.columnInt(0);
            d.observations = use.columnInt(1);
            d.firstSeen = use.columnInt(2);
            d.lastSeen = use.columnInt(3);
        }
        Statement clusters(file.handle(), "SELECT m.cluster_id, count(*) AS n FROM account_infra ai"
                                          " JOIN cluster_members m ON m.account_id = ai.account_id"
                                          " WHERE ai.infra_id = ?1 GROUP BY m.cluster_id ORDER BY n DESC, m.cluster_id");
        clusters.bind(1, infra);
        while (clusters.step())
            d.clusters.emplace_back(clusters.columnInt(0), clusters.columnInt(1));
        return d;
    });
    return result ? *result : std::nullopt;
}

} // namespace hl
