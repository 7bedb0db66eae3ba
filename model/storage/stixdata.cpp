#include "stixdata.h"

#include "casefile.h"
#include "schema.h"
#include "statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString metaValue(sqlite3 *db, const char *key)
{
    Statement st(db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, std::string_view(key));
    return st.step() ? st.columnText(0) : QString();
}

QString caseKey(sqlite3 *db, const QString &createdAt)
{
    QString key = createdAt;
    Statement st(db, "SELECT sha256 FROM import_files WHERE import_id = (SELECT min(id) FROM imports) ORDER BY name");
    while (st.step())
        key += u'|' + st.columnText(0);
    return key;
}

// The values a campaign's accounts share, by the rule of StixDataOptions.
const char *const SharedValues =
    "SELECT i.kind, i.value, x.n, (SELECT count(*) FROM account_infra a2 WHERE a2.infra_id = x.infra_id),"
    " coalesce(x.fs, 0), coalesce(x.ls, 0), coalesce(l.asn, 0), coalesce(l.as_name, ''), coalesce(l.anonymous_proxy, 0)"
    " FROM (SELECT ai.infra_id, count(*) AS n, min(ai.first_seen) AS fs, max(ai.last_seen) AS ls"
    "       FROM cluster_members m JOIN account_infra ai ON ai.account_id = m.account_id"
    "       WHERE m.cluster_id = ?1 GROUP BY ai.infra_id HAVING n >= ?2) x"
    " JOIN infra i ON i.id = x.infra_id LEFT JOIN ip_locations l ON l.infra_id = x.infra_id"
    " WHERE i.kind IN (1, 3, 4, 5) ORDER BY i.kind, x.n DESC, i.value";

void readValues(Statement &st, const StixDataOptions &options, StixCampaign &c)
{
    st.bind(1, c.clusterId).bind(2, std::int64_t(std::max(options.minAccounts, 1)));
    while (st.step()) {
        StixValue v;
        v.kind = int(st.columnInt(0));
        v.value = st.columnText(1);
        v.accounts = st.columnInt(2);
        v.caseAccounts = st.columnInt(3);
        if (double(v.accounts) < options.minOwnShare * double(v.caseAccounts))
            continue;
        if (c.qualifying[v.kind]++ >= options.maxPerKind)
            continue;
        v.firstSeen = st.columnInt(4);
        v.lastSeen = st.columnInt(5);
        v.asn = st.columnInt(6);
        v.asName = st.columnText(7);
        v.anonymousProxy = st.columnInt(8) != 0;
        c.values.push_back(std::move(v));
    }
    st.reset();
}

} // namespace

std::optional<StixCaseData> readStixCaseData(const CaseFile &file, const StixDataOptions &options, QString *error)
{
    std::optional<std::vector<LabelEvent>> labels = readCurrentLabels(file, error);
    if (!labels)
        return std::nullopt;
    return guardStorage(error, [&] {
        sqlite3 *db = file.handle();
        StixCaseData data;
        const QString created = metaValue(db, "created_at");
        QDateTime t = QDateTime::fromString(created, Qt::ISODate);
        t.setTimeZone(QTimeZone::utc());
        data.createdAt = t.isValid() ? t.toSecsSinceEpoch() : 0;
        data.caseKey = caseKey(db, created);
        {
            Statement st(db, "SELECT coalesce(max(finished_at), 0) FROM analysis_runs");
            st.step();
            data.analysedAt = st.columnInt(0);
        }
        Statement firstLabel(db, "SELECT min(created_at) FROM label_events WHERE target_kind = 1 AND target_id = ?1"
                                 " AND verdict = 'distillation'");
        Statement span(db, "SELECT coalesce(min(a.first_ts), 0), coalesce(max(a.last_ts), 0) FROM cluster_members m"
                           " JOIN account_activity a ON a.account_id = m.account_id WHERE m.cluster_id = ?1");
        Statement cluster(db, "SELECT size, exchanges, risk, flagged, reasons FROM clusters WHERE id = ?1");
        Statement values(db, SharedValues);
        std::map<std::int64_t, LabelEvent> labelled; // by cluster id: the export's order
        for (const LabelEvent &e : *labels)
            if (e.target == LabelTarget::Cluster && e.verdict == Verdict::Distillation)
                labelled.emplace(e.targetId, e);
        for (const auto &[id, label] : labelled) {
            cluster.bind(1, id);
            if (!cluster.step()) {
                cluster.reset();
                data.missingClusters.push_back(id);
                continue;
            }
            StixCampaign c;
            c.clusterId = id;
            c.accounts = cluster.columnInt(0);
            c.exchanges = cluster.columnInt(1);
            c.risk = cluster.columnDouble(2);
            c.flagged = cluster.columnInt(3) != 0;
            for (const QJsonValue &r : QJsonDocument::fromJson(cluster.columnText(4).toUtf8()).array())
                c.reasons.append(r.toString());
            cluster.reset();
            c.label = label;
            firstLabel.bind(1, id);
            firstLabel.step();
            c.firstLabelledAt = firstLabel.columnIsNull(0) ? label.createdAt : firstLabel.columnInt(0);
            firstLabel.reset();
            span.bind(1, id);
            span.step();
            c.firstSeen = span.columnInt(0);
            c.lastSeen = span.columnInt(1);
            span.reset();
            readValues(values, options, c);
            data.campaigns.push_back(std::move(c));
        }
        return data;
    });
}

std::optional<QHash<QString, int>> readIdentifierKinds(const CaseFile &file, const QStringList &tokens, QString *error)
{
    return guardStorage(error, [&] {
        QHash<QString, int> out;
        Statement account(file.handle(), "SELECT 1 FROM accounts WHERE account_key = ?1");
        Statement infra(file.handle(), "SELECT kind FROM infra WHERE kind IN (1, 3, 4, 5, 6, 7, 8) AND value = ?1");
        for (const QString &token : tokens) {
            if (out.contains(token))
                continue;
            const std::string t = utf8(token);
            account.bind(1, t);
            if (account.step())
                out.insert(token, 0);
            account.reset();
            if (out.contains(token))
                continue;
            infra.bind(1, t);
            if (infra.step())
                out.insert(token, int(infra.columnInt(0)));
            infra.reset();
        }
        return out;
    });
}

} // namespace hl
