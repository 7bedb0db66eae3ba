#include "partnerstore.h"

#include "casefile.h"
#include "jsontext.h"
#include "schema.h"
#include "statement.h"
#include "util/ipnetwork.h"

#include <QSet>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QByteArray networkKey(const IpNetwork &n)
{
    QByteArray key(reinterpret_cast<const char *>(n.bytes.data()), 16);
    key.append(char(n.prefix));
    return key;
}

std::int64_t asNumber(const QString &value) // "AS64500" → 64500; 0 if not one
{
    return value.startsWith(u"AS"_s) ? value.mid(2).toLongLong() : 0;
}

// The stored partner indicators, indexed for matching the case's values.
class Matcher
{
public:
    explicit Matcher(sqlite3 *db)
    {
        Statement st(db, "SELECT id, kind, value FROM partner_indicators");
        while (st.step()) {
            const std::int64_t id = st.columnInt(0);
            const QString value = st.columnText(2);
            switch (int(st.columnInt(1))) {
            case schema::Ip:
                if (const auto n = IpNetwork::parse(value)) {
                    m_networks[networkKey(*n)].append(id);
                    m_prefixes.insert(n->prefix);
                }
                break;
            case schema::Asn:
                if (const std::int64_t asn = asNumber(value))
                    m_ases[asn].append(id);
                break;
            case schema::EmailDomain:
                m_domains[value].append(id);
                break;
            default:
                break;
            }
            ++m_count;
        }
    }

    bool isEmpty() const { return m_count == 0; }

    // Indicator rows a case value hits: `kind` and `value` from infra, `asn` from ip_locations.
    QList<std::int64_t> match(int kind, const QString &value, std::int64_t asn) const
    {
        QList<std::int64_t> out;
        if (kind == schema::Ip) {
            if (const auto ip = IpNetwork::parse(value))
                for (int prefix : m_prefixes)
                    out += m_networks.value(networkKey(ip->truncated(prefix)));
            if (asn > 0)
                out += m_ases.value(asn);
        } else if (kind == schema::Asn) {
            out += m_ases.value(asNumber(value));
        } else if (kind == schema::EmailDomain) {
            QString d = value;
            while (true) {
                out += m_domains.value(d);
                const qsizetype dot = d.indexOf(u'.');
                if (dot < 0 || d.indexOf(u'.', dot + 1) < 0)
                    break; // stop at the registrable part: "example" alone is no domain
                d = d.mid(dot + 1);
            }
        }
        return out;
    }

private:
    QHash<QByteArray, QList<std::int64_t>> m_networks;
    std::set<int> m_prefixes;
    QHash<std::int64_t, QList<std::int64_t>> m_ases;
    QHash<QString, QList<std::int64_t>> m_domains;
    std::int64_t m_count = 0;
};

const char *const InfraWithAsn = "SELECT i.id, i.kind, i.value, coalesce(l.asn, 0) FROM infra i"
                                 " LEFT JOIN ip_locations l ON l.infra_id = i.id WHERE i.kind IN (1, 2, 4)";

} // namespace

std::optional<PartnerSaveResult> savePartnerIndicators(const CaseFile &file, const StixImportRecord &record,
                                                       const std::vector<PartnerIndicator> &indicators,
                                                       QString *error)
{
    sqlite3 *db = file.handle();
    return guardStorage(error, [&] {
        PartnerSaveResult result;
        Statement known(db, "SELECT file_name, imported_at FROM stix_imports WHERE sha256 = ?1");
        known.bind(1, utf8(record.sha256));
        if (known.step()) {
            result.alreadyImported = true;
            result.previousFile = known.columnText(0);
            result.previousAt = known.columnInt(1);
            return result;
        }
        known = Statement();
        execSql(db, "SAVEPOINT partner_indicators");
        try {
            Statement imp(db, "INSERT INTO stix_imports(file_name, bundle_id, sha256, imported_at, objects, summary)"
                              " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            imp.bind(1, utf8(record.fileName)).bind(2, utf8(record.bundleId)).bind(3, utf8(record.sha256));
            imp.bind(4, record.importedAt).bind(5, std::int64_t(record.objects)).bind(6, compactJson(record.summary));
            imp.exec();
            Statement lastId(db, "SELECT last_insert_rowid()");
            lastId.step();
            result.importId = lastId.columnInt(0);
            Statement find(db, "SELECT id, name, producer, coalesce(valid_from, 0), coalesce(valid_until, 0),"
                               " coalesce(tlp, '') FROM partner_indicators WHERE stix_id = ?1 AND kind = ?2 AND value = ?3");
            Statement insert(db, "INSERT INTO partner_indicators(stix_id, kind, value, name, producer, valid_from,"
                                 " valid_until, tlp, stix_import_id) VALUES(?1, ?8, ?9, ?2, ?3, ?4, ?5, ?6, ?7)");
            Statement update(db, "UPDATE partner_indicators SET name = ?2, producer = ?3, valid_from = ?4,"
                                 " valid_until = ?5, tlp = ?6, stix_import_id = ?7 WHERE id = ?1");
            for (const PartnerIndicator &p : indicators) {
                find.bind(1, utf8(p.stixId)).bind(2, std::int64_t(p.kind)).bind(3, utf8(p.value));
                const bool exists = find.step();
                const std::int64_t row = exists ? find.columnInt(0) : 0;
                const bool same = exists && find.columnText(1) == p.name && find.columnText(2) == p.producer
                    && find.columnInt(3) == p.validFrom && find.columnInt(4) == p.validUntil && find.columnText(5) == p.tlp;
                find.reset();
                if (same) {
                    ++result.unchanged;
                    continue;
                }
                // Both statements take the same values from ?2 on: name, producer, validity, TLP, import.
                Statement &st = exists ? update : insert;
                if (exists)
                    st.bind(1, row);
                else
                    st.bind(1, utf8(p.stixId)).bind(8, std::int64_t(p.kind)).bind(9, utf8(p.value));
                st.bind(2, utf8(p.name)).bind(3, utf8(p.producer));
                st.bindOptional(4, p.validFrom, p.validFrom == 0).bindOptional(5, p.validUntil, p.validUntil == 0);
                if (p.tlp.isEmpty())
                    st.bindNull(6);
                else
                    st.bind(6, utf8(p.tlp));
                st.bind(7, result.importId);
                st.exec();
                ++(exists ? result.updated : result.added);
            }
            find = Statement();
            insert = Statement();
            update = Statement();
            execSql(db, "RELEASE partner_indicators");
        } catch (const StorageError &) {
            execSql(db, "ROLLBACK TO partner_indicators; RELEASE partner_indicators");
            throw;
        }
        return result;
    });
}

std::int64_t partnerIndicatorCount(const CaseFile &file)
{
    Statement st(file.handle(), "SELECT count(*) FROM partner_indicators");
    st.step();
    return st.columnInt(0);
}

std::optional<QHash<std::int64_t, int>> readClusterPartnerHitCounts(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        sqlite3 *db = file.handle();
        QHash<std::int64_t, int> out;
        const Matcher matcher(db);
        if (matcher.isEmpty())
            return out;
        QHash<std::int64_t, QString> stixIds;
        {
            Statement st(db, "SELECT id, stix_id FROM partner_indicators");
            while (st.step())
                stixIds.insert(st.columnInt(0), st.columnText(1));
        }
        QHash<std::int64_t, QSet<QString>> hits; // cluster → STIX ids
        Statement values(db, InfraWithAsn);
        Statement clusters(db, "SELECT DISTINCT m.cluster_id FROM account_infra ai"
                               " JOIN cluster_members m ON m.account_id = ai.account_id WHERE ai.infra_id = ?1");
        while (values.step()) {
            const QList<std::int64_t> rows = matcher.match(int(values.columnInt(1)), values.columnText(2), values.columnInt(3));
            if (rows.isEmpty())
                continue;
            clusters.bind(1, values.columnInt(0));
            while (clusters.step()) {
                QSet<QString> &ids = hits[clusters.columnInt(0)];
                for (std::int64_t row : rows)
                    ids.insert(stixIds.value(row));
            }
            clusters.reset();
        }
        for (auto it = hits.cbegin(); it != hits.cend(); ++it)
            out.insert(it.key(), int(it->size()));
        return out;
    });
}

std::optional<std::vector<PartnerHit>> readClusterPartnerHits(const CaseFile &file, std::int64_t clusterId,
                                                              QString *error)
{
    return guardStorage(error, [&] {
        sqlite3 *db = file.handle();
        std::vector<PartnerHit> out;
        const Matcher matcher(db);
        if (matcher.isEmpty())
            return out;
        Statement values(db, "SELECT i.id, i.kind, i.value, coalesce(l.asn, 0), count(*) FROM cluster_members m"
                             " JOIN account_infra ai ON ai.account_id = m.account_id JOIN infra i ON i.id = ai.infra_id"
                             " LEFT JOIN ip_locations l ON l.infra_id = i.id"
                             " WHERE m.cluster_id = ?1 AND i.kind IN (1, 2, 4) GROUP BY i.id");
        values.bind(1, clusterId);
        Statement indicator(db, "SELECT p.stix_id, p.name, p.producer, coalesce(p.tlp, ''), s.file_name, p.kind, p.value"
                                " FROM partner_indicators p JOIN stix_imports s ON s.id = p.stix_import_id WHERE p.id = ?1");
        while (values.step()) {
            const QList<std::int64_t> rows = matcher.match(int(values.columnInt(1)), values.columnText(2), values.columnInt(3));
            for (std::int64_t row : rows) {
                indicator.bind(1, row);
                if (indicator.step())
                    out.push_back({indicator.columnText(0), indicator.columnText(1), indicator.columnText(2),
                                   indicator.columnText(3), indicator.columnText(4), int(indicator.columnInt(5)),
                                   indicator.columnText(6), values.columnText(2), values.columnInt(4)});
                indicator.reset();
            }
        }
        std::sort(out.begin(), out.end(), [](const PartnerHit &a, const PartnerHit &b) {
            return std::tie(a.producer, a.name, a.stixId, a.indicatorValue, a.matchedValue)
                 < std::tie(b.producer, b.name, b.stixId, b.indicatorValue, b.matchedValue);
        });
        return out;
    });
}

} // namespace hl
