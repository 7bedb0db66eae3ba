#include "analysisstore.h"

#include "analysisdata.h"
#include "casefile.h"
#include "jsontext.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The stored clusters matching `where` (with ?1 bound to `value`), members included, riskiest
// first. Throws StorageError.
std::vector<StoredCluster> clustersWhere(const CaseFile &file, const char *where, std::int64_t value)
{
    std::vector<StoredCluster> out;
    Statement st(file.handle(), std::string("SELECT id, exchanges, risk, flagged, reasons, features, lineage FROM clusters"
                                            " WHERE ") + where + " ORDER BY risk DESC, size DESC, id");
    st.bind(1, value);
    Statement members(file.handle(), "SELECT account_id FROM cluster_members WHERE cluster_id = ?1 ORDER BY account_id");
    while (st.step()) {
        StoredCluster c;
        c.id = st.columnInt(0);
        c.exchanges = st.columnInt(1);
        c.risk = st.columnDouble(2);
        c.flagged = st.columnInt(3) != 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(st.columnText(4).toUtf8()).array())
            c.reasons.append(v.toString());
        c.features = jsonObjectOf(st.columnText(5));
        c.lineage = jsonObjectOf(st.columnText(6));
        members.bind(1, c.id);
        while (members.step())
            c.accounts.push_back(static_cast<std::uint32_t>(members.columnInt(0)));
        members.reset();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

std::optional<std::int64_t> saveAnalysis(const CaseFile &file, const StoredAnalysis &a, QString *error)
{
    sqlite3 *db = file.handle();
    try {
        execSql(db, "SAVEPOINT save_analysis");
        try {
            execSql(db, "DELETE FROM pivots; DELETE FROM cluster_members; DELETE FROM clusters; DELETE FROM ip_locations;"
                        " DELETE FROM infra_ranks; DELETE FROM account_features; DELETE FROM account_join_keys;");
            Statement run(db, "INSERT INTO analysis_runs(started_at, finished_at, app_version, parameters, location_db,"
                              " summary) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            run.bind(1, a.startedAt).bind(2, a.finishedAt).bind(3, std::string_view(HYDRALENS_VERSION))
                .bind(4, compactJson(a.parameters)).bind(5, utf8(a.locationDb)).bind(6, compactJson(a.summary)).exec();
            Statement lastId(db, "SELECT last_insert_rowid()");
            lastId.step();
            const std::int64_t runId = lastId.columnInt(0);
            lastId.reset();

            Statement cluster(db, "INSERT INTO clusters(id, run_id, size, exchanges, risk, flagged, reasons, features,"
                                  " lineage) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            Statement member(db, "INSERT INTO cluster_members(account_id, cluster_id) VALUES(?1, ?2)");
            for (const StoredCluster &c : a.clusters) {
                cluster.bind(1, c.id).bind(2, runId).bind(3, std::int64_t(c.accounts.size())).bind(4, c.exchanges)
                    .bind(5, c.risk).bind(6, std::int64_t(c.flagged)).bind(7, compactJson(c.reasons)).bind(8, compactJson(c.features))
                    .bind(9, compactJson(c.lineage)).exec();
                for (const std::uint32_t account : c.accounts)
                    member.bind(1, std::int64_t(account)).bind(2, c.id).exec();
            }
            Statement ip(db, "INSERT INTO ip_locations VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            for (const StoredIpLocation &l : a.ipLocations)
                ip.bind(1, std::int64_t(l.infra)).bindOptional(2, l.asn, l.asn == 0)
                    .bind(3, utf8(l.asName)).bind(4, utf8(l.country)).bind(5, std::int64_t(l.anonymousProxy))
                    .bind(6, std::int64_t(l.satellite)).bind(7, std::int64_t(l.anycast)).bind(8, std::int64_t(l.hostile))
                    .exec();
            Statement pivot(db, "INSERT INTO pivots VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
            for (const StoredPivot &p : a.pivots) {
                pivot.bind(1, p.cluster).bind(2, p.modelId).bind(3, p.releasedAt).bind(4, p.share24h).bind(5, p.share72h)
                    .bind(6, p.share7d);
                if (p.hoursToPivot)
                    pivot.bind(7, *p.hoursToPivot);
                else
                    pivot.bindNull(7);
                pivot.bind(8, p.population24h).bind(9, p.population72h).bind(10, p.population7d)
                    .bind(11, p.exchangesBefore).bind(12, p.exchanges24h).bind(13, p.exchanges7d)
                    .bind(14, std::int64_t(p.flagged)).bind(15, utf8(p.reason)).exec();
            }
            Statement rank(db, "INSERT INTO infra_ranks VALUES(?1, ?2)");
            for (const auto &[infra, value] : a.infraRanks)
                rank.bind(1, std::int64_t(infra)).bind(2, value).exec();
            Statement features(db, "INSERT INTO account_features VALUES(?1, ?2)");
            for (const auto &[account, values] : a.accountFeatures)
                features.bind(1, std::int64_t(account)).bind(2, compactJson(values)).exec();
            Statement joinKeys(db, "INSERT INTO account_join_keys VALUES(?1, ?2)");
            for (const auto &[account, bytes] : a.accountJoinKeys)
                joinKeys.bind(1, std::int64_t(account)).bindBlob(2, bytes).exec();
            execSql(db, "RELEASE save_analysis");
            return runId;
        } catch (...) {
            execSql(db, "ROLLBACK TO save_analysis; RELEASE save_analysis");
            throw;
        }
    } catch (const StorageError &e) {
        *error = u"cannot store the analysis in the case: %1"_s.arg(e.message);
        return std::nullopt;
    }
}

std::optional<std::vector<std::int64_t>> readClusterMembership(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<std::int64_t> out(maxAccountId(file) + 1, 0);
        Statement st(file.handle(), "SELECT account_id, cluster_id FROM cluster_members");
        while (st.step()) {
            const auto a = std::size_t(st.columnInt(0));
            if (a < out.size())
                out[a] = st.columnInt(1);
        }
        return out;
    });
}

std::optional<std::vector<StoredCluster>> readClusters(const CaseFile &file, std::size_t minSize, QString *error)
{
    return guardStorage(error, [&] { return clustersWhere(file, "size >= ?1", std::int64_t(minSize)); });
}

std::optional<StoredCluster> readCluster(const CaseFile &file, std::int64_t id, QString *error)
{
    const auto found = guardStorage(error, [&] { return clustersWhere(file, "id = ?1", id); });
    if (!found || found->empty()) {
        if (found)
            error->clear();
        return std::nullopt;
    }
    return found->front();
}

std::optional<std::vector<SharedValue>> readSharedValues(const CaseFile &file, std::int64_t clusterId, int limit,
                                                         QString *error)
{
    return guardStorage(error, [&] {
        std::vector<SharedValue> out;
        // ASNs are networks, not links; the rest by how strongly a kind links (cards first), the
        // three most shared values of each kind.
        Statement st(file.handle(),
                     "SELECT kind, value, n, asn, as_name, country, proxy, pagerank FROM ("
                     " SELECT i.kind, i.value, count(*) AS n, l.asn, l.as_name, l.country,"
                     "  coalesce(l.anonymous_proxy, 0) AS proxy, coalesce(ir.pagerank, 0) AS pagerank,"
                     "  row_number() OVER (PARTITION BY i.kind ORDER BY count(*) DESC, i.value) AS r"
                     " FROM cluster_members m JOIN account_infra ai ON ai.account_id = m.account_id"
                     " JOIN infra i ON i.id = ai.infra_id LEFT JOIN ip_locations l ON l.infra_id = i.id"
                     " LEFT JOIN infra_ranks ir ON ir.infra_id = i.id"
                     " WHERE m.cluster_id = ?1 AND i.kind != 2 GROUP BY ai.infra_id HAVING n >= 2)"
                     " WHERE r <= 3 ORDER BY CASE kind WHEN 3 THEN 0 WHEN 5 THEN 1 WHEN 6 THEN 2 WHEN 8 THEN 3"
                     " WHEN 7 THEN 4 WHEN 4 THEN 5 ELSE 6 END, n DESC LIMIT ?2");
        st.bind(1, clusterId).bind(2, std::int64_t(limit));
        while (st.step())
            out.push_back({int(st.columnInt(0)), st.columnText(1), st.columnInt(2), st.columnInt(3), st.columnText(4),
                           st.columnText(5), st.columnInt(6) != 0, st.columnDouble(7)});
        return out;
    });
}

std::optional<std::vector<StoredPivot>> readPivots(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<StoredPivot> out;
        Statement st(file.handle(), "SELECT * FROM pivots ORDER BY released_at, cluster_id");
        while (st.step()) {
            StoredPivot p;
            p.cluster = st.columnInt(0);
            p.modelId = st.columnInt(1);
            p.releasedAt = st.columnInt(2);
            p.share24h = st.columnDouble(3);
            p.share72h = st.columnDouble(4);
            p.share7d = st.columnDouble(5);
            if (!st.columnIsNull(6))
                p.hoursToPivot = st.columnDouble(6);
            p.population24h = st.columnDouble(7);
            p.population72h = st.columnDouble(8);
            p.population7d = st.columnDouble(9);
            p.exchangesBefore = st.columnInt(10);
            p.exchanges24h = st.columnInt(11);
            p.exchanges7d = st.columnInt(12);
            p.flagged = st.columnInt(13) != 0;
            p.reason = st.columnText(14);
            out.push_back(std::move(p));
        }
        return out;
    });
}

std::optional<std::vector<QString>> accountKeys(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<QString> keys(maxAccountId(file) + 1);
        Statement st(file.handle(), "SELECT id, account_key FROM accounts");
        while (st.step())
            keys[std::size_t(st.columnInt(0))] = st.columnText(1);
        return keys;
    });
}

std::optional<QHash<std::int64_t, QString>> modelNamesById(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        QHash<std::int64_t, QString> names;
        Statement st(file.handle(), "SELECT id, name FROM models");
        while (st.step())
            names.insert(st.columnInt(0), st.columnText(1));
        return names;
    });
}

QJsonObject readAccountFeatures(const CaseFile &file, std::uint32_t account)
{
    Statement st(file.handle(), "SELECT features FROM account_features WHERE account_id = ?1");
    st.bind(1, std::int64_t(account));
    return st.step() ? jsonObjectOf(st.columnText(0)) : QJsonObject();
}

std::int64_t analysisRunCount(const CaseFile &file)
{
    Statement st(file.handle(), "SELECT count(*) FROM analysis_runs");
    st.step();
    return st.columnInt(0);
}

} // namespace hl
