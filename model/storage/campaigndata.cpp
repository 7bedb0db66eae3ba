#include "campaigndata.h"

#include "casefile.h"
#include "exchangeblock.h"
#include "partnerstore.h"
#include "schema.h"
#include "statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QStringList parseReasons(const QString &json)
{
    QStringList out;
    if (json.size() <= 2) // "[]": most singletons
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QList<std::int64_t> parseIds(const QString &json)
{
    QList<std::int64_t> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toInteger());
    return out;
}

QString pivotText(const QString &model, double share24h, std::optional<double> hoursToPivot)
{
    const QLocale locale;
    // A step: a quarter or more of its traffic on the new model in the first 24 h. Otherwise a
    // move: above a quarter within the week.
    if (share24h >= 0.25 || !hoursToPivot)
        return QCoreApplication::translate("hl::CampaignData", "%1 · %2% in 24 h")
            .arg(model, locale.toString(std::round(share24h * 100), 'f', 0));
    return QCoreApplication::translate("hl::CampaignData", "%1 · above 25% after %2 h")
        .arg(model, locale.toString(*hoursToPivot, 'f', 0));
}

} // namespace

std::optional<std::vector<CampaignRow>> readCampaigns(const CaseFile &file, std::size_t minAccounts, QString *error)
{
    try {
        std::vector<CampaignRow> rows;
        // One pass: the clusters with their first flagged pivot (by release time) and its model.
        // With min(), SQLite takes the other bare columns from the row holding the minimum.
        Statement st(file.handle(),
                     "SELECT c.id, c.size, c.exchanges, c.risk, c.flagged, c.reasons,"
                     " json_extract(c.lineage, '$.kind'), json_extract(c.lineage, '$.from'),"
                     " coalesce(json_extract(c.features, '$.top_capability_share'), 0),"
                     " m.name, p.share_24h, p.hours_to_pivot"
                     " FROM clusters c"
                     " LEFT JOIN (SELECT cluster_id, model_id, share_24h, hours_to_pivot, min(released_at)"
                     "            FROM pivots WHERE flagged GROUP BY cluster_id) p ON p.cluster_id = c.id"
                     " LEFT JOIN models m ON m.id = p.model_id"
                     " WHERE c.size >= ?1 ORDER BY c.risk DESC, c.size DESC, c.id");
        st.bind(1, std::int64_t(minAccounts));
        while (st.step()) {
            CampaignRow r;
            r.clusterId = st.columnInt(0);
            r.accounts = st.columnInt(1);
            r.exchanges = st.columnInt(2);
            r.risk = st.columnDouble(3);
            r.flagged = st.columnInt(4) != 0;
            r.reasons = parseReasons(st.columnText(5));
            r.lineage = st.columnText(6);
            const QString from = st.columnText(7);
            if (from.size() > 2)
                r.lineageFrom = parseIds(from);
            r.topCapabilityShare = st.columnDouble(8);
            if (!st.columnIsNull(9)) {
                r.pivotShare = st.columnDouble(10);
                r.pivot = pivotText(st.columnText(9), r.pivotShare,
                                    st.columnIsNull(11) ? std::nullopt : std::optional<double>(st.columnDouble(11)));
            }
            rows.push_back(std::move(r));
        }
        QString hitsError;
        const auto hits = readClusterPartnerHitCounts(file, &hitsError);
        if (!hits)
            throw StorageError{hitsError};
        if (!hits->isEmpty())
            for (CampaignRow &r : rows)
                r.partnerHits = hits->value(r.clusterId);
        return rows;
    } catch (const StorageError &e) {
        *error = QCoreApplication::translate("hl::CampaignData", "Cannot read the clusters of %1: %2")
                     .arg(file.path(), e.message);
        return std::nullopt;
    }
}

std::optional<QHash<std::int64_t, ClusterTraffic>> readClusterTraffic(const CaseFile &file, std::size_t minAccounts,
                                                                      const std::function<bool()> &cancelled,
                                                                      QString *error)
{
    try {
        std::vector<std::int64_t> clusters;
        Statement ids(file.handle(), "SELECT id FROM clusters WHERE size >= ?1");
        ids.bind(1, std::int64_t(std::max<std::size_t>(minAccounts, 1)));
        while (ids.step())
            clusters.push_back(ids.columnInt(0));
        QHash<std::int64_t, QString> modelNames;
        Statement models(file.handle(), "SELECT id, name FROM models");
        while (models.step())
            modelNames.insert(models.columnInt(0), models.columnText(1));

        Statement blocks(file.handle(), "SELECT b.account_id, b.first_ts, b.exchanges, b.data FROM cluster_members m"
                                        " JOIN exchange_blocks b ON b.account_id = m.account_id WHERE m.cluster_id = ?1");
        QHash<std::int64_t, ClusterTraffic> out;
        std::vector<ExchangeRecord> records;
        std::vector<std::int64_t> byModel;
        std::int64_t seen = 0;
        for (const std::int64_t cluster : clusters) {
            std::array<std::int64_t, 8> counts{}; // by capability code, 0 = not given
            byModel.clear();
            blocks.bind(1, cluster);
            while (blocks.step()) {
                if ((++seen & 255) == 0 && cancelled && cancelled()) {
                    *error = u"cancelled"_s;
                    return std::nullopt;
                }
                records.clear();
                decodeExchangeBlock(blocks.columnBlob(3), static_cast<std::uint32_t>(blocks.columnInt(0)),
                                    blocks.columnInt(1), blocks.columnInt(2), records);
                for (const ExchangeRecord &r : records) {
                    ++counts[r.capability & 7];
                    if (r.model >= byModel.size())
                        byModel.resize(r.model + 1);
                    ++byModel[r.model];
                }
            }
            blocks.reset();
            ClusterTraffic t;
            std::size_t best = 1; // "not given" never wins
            for (std::size_t code = 2; code < counts.size(); ++code)
                if (counts[code] > counts[best])
                    best = code;
            if (counts[best] > 0)
                t.topCapability = QString::fromLatin1(schema::CapabilityNames[best - 1]);
            std::vector<std::size_t> used;
            for (std::size_t m = 0; m < byModel.size(); ++m)
                if (byModel[m] > 0)
                    used.push_back(m);
            std::stable_sort(used.begin(), used.end(), [&](std::size_t a, std::size_t b) { return byModel[a] > byModel[b]; });
            for (std::size_t m : used)
                t.models.append(modelNames.value(std::int64_t(m)));
            out.insert(cluster, std::move(t));
        }
        return out;
    } catch (const StorageError &e) {
        *error = QCoreApplication::translate("hl::CampaignData", "Cannot read the exchanges of %1: %2")
                     .arg(file.path(), e.message);
        return std::nullopt;
    }
}

std::optional<QSet<std::int64_t>> readActiveClusters(const CaseFile &file, std::int64_t from, std::int64_t to,
                                                     const std::function<bool()> &cancelled, QString *error)
{
    try {
        QSet<std::int64_t> active;
        QSet<std::int64_t> activeAccounts;
        Statement blocks(file.handle(), "SELECT account_id, first_ts, last_ts, exchanges, data FROM exchange_blocks"
                                        " WHERE first_ts < ?2 AND last_ts >= ?1");
        blocks.bind(1, from).bind(2, to);
        std::vector<ExchangeRecord> records;
        std::int64_t seen = 0;
        while (blocks.step()) {
            if ((++seen & 255) == 0 && cancelled && cancelled()) {
                *error = u"cancelled"_s;
                return std::nullopt;
            }
            const std::int64_t account = blocks.columnInt(0);
            if (activeAccounts.contains(account))
                continue;
            bool hit = blocks.columnInt(1) >= from && blocks.columnInt(2) < to; // wholly inside
            if (!hit) {
                records.clear();
                decodeExchangeBlock(blocks.columnBlob(4), static_cast<std::uint32_t>(account), blocks.columnInt(1),
                                    blocks.columnInt(3), records);
                hit = std::any_of(records.begin(), records.end(),
                                  [&](const ExchangeRecord &r) { return r.ts >= from && r.ts < to; });
            }
            if (hit)
                activeAccounts.insert(account);
        }
        Statement members(file.handle(), "SELECT account_id, cluster_id FROM cluster_members");
        while (members.step())
            if (activeAccounts.contains(members.columnInt(0)))
                active.insert(members.columnInt(1));
        return active;
    } catch (const StorageError &e) {
        *error = QCoreApplication::translate("hl::CampaignData", "Cannot read the exchanges of %1: %2")
                     .arg(file.path(), e.message);
        return std::nullopt;
    }
}

} // namespace hl
