#include "traffic.h"

#include "casefile.h"
#include "exchangeblock.h"
#include "analysisstore.h"
#include "schema.h"
#include "statement.h"
#include "util/timeparse.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct Totals
{
    std::int64_t exchanges = 0, inTok = 0, outTok = 0;
};

QString keyName(TrafficSplit split, std::int64_t key, const QHash<std::int64_t, QString> &models)
{
    if (split == TrafficSplit::ByModel)
        return models.value(key);
    if (key <= 0)
        return QString();
    return QString::fromLatin1(schema::CapabilityNames[key - 1]);
}

QList<TrafficCount> toRows(const std::map<std::pair<std::int64_t, std::int64_t>, Totals> &cells, TrafficSplit split,
                           const QHash<std::int64_t, QString> &models)
{
    QList<TrafficCount> rows;
    rows.reserve(qsizetype(cells.size()));
    for (const auto &[k, t] : cells)
        rows.append({k.first, keyName(split, k.second, models), t.exchanges, t.inTok, t.outTok});
    std::stable_sort(rows.begin(), rows.end(), [](const TrafficCount &a, const TrafficCount &b) {
        return a.start != b.start ? a.start < b.start : a.key < b.key;
    });
    return rows;
}

} // namespace

std::optional<QList<TrafficCount>> traffic(const CaseFile &file, const TrafficQuery &query, QString *error)
{
    const std::int64_t bucket = query.bucketSeconds;
    if (bucket <= 0 || bucket % 3600 != 0) {
        if (error)
            *error = u"the time bucket must be a whole number of hours"_s;
        return std::nullopt;
    }
    sqlite3 *db = file.handle();
    std::map<std::pair<std::int64_t, std::int64_t>, Totals> cells; // (bucket start, key)
    try {
        QString namesError;
        const auto names = modelNamesById(file, &namesError);
        if (!names)
            throw StorageError{namesError};
        const QHash<std::int64_t, QString> &models = *names;
        if (!query.accounts) {
            Statement st(db, query.split == TrafficSplit::ByModel
                                 ? "SELECT hour, model_id, exchanges, input_tokens, output_tokens FROM hourly_traffic"
                                 : "SELECT hour, capability, exchanges, input_tokens, output_tokens FROM hourly_traffic");
            while (st.step()) {
                Totals &t = cells[{floorDiv(st.columnInt(0), bucket) * bucket, st.columnInt(1)}];
                t.exchanges += st.columnInt(2);
                t.inTok += st.columnInt(3);
                t.outTok += st.columnInt(4);
            }
            return toRows(cells, query.split, models);
        }
        // Accounts: decode their blocks. Cells keyed by bucket index and key in a flat hash
        // first (millions of exchanges), then ordered.
        QHash<std::pair<std::int64_t, std::int64_t>, Totals> flat;
        Statement blocks(db, "SELECT first_ts, exchanges, data FROM exchange_blocks WHERE account_id = ?1");
        std::vector<ExchangeRecord> records;
        std::pair<std::int64_t, std::int64_t> lastKey{std::numeric_limits<std::int64_t>::min(), -1};
        Totals *last = nullptr;
        for (const std::int64_t account : *query.accounts) {
            blocks.bind(1, account);
            while (blocks.step()) {
                records.clear();
                decodeExchangeBlock(blocks.columnBlob(2), static_cast<std::uint32_t>(account), blocks.columnInt(0),
                                    blocks.columnInt(1), records);
                for (const ExchangeRecord &r : records) {
                    const std::pair<std::int64_t, std::int64_t> key{
                        floorDiv(r.ts, bucket), query.split == TrafficSplit::ByModel ? r.model : r.capability};
                    if (!last || key != lastKey) {
                        last = &flat[key];
                        lastKey = key;
                    }
                    ++last->exchanges;
                    if (!(r.flags & ExchangeRecord::NoInputTokens))
                        last->inTok += r.inputTokens;
                    if (!(r.flags & ExchangeRecord::NoOutputTokens))
                        last->outTok += r.outputTokens;
                }
            }
            blocks.reset();
        }
        for (auto it = flat.cbegin(); it != flat.cend(); ++it)
            cells[{it.key().first * bucket, it.key().second}] = it.value();
        return toRows(cells, query.split, models);
    } catch (const StorageError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

std::optional<QList<std::int64_t>> accountIdsForKeys(const CaseFile &file, const QStringList &keys, QString *error)
{
    QList<std::int64_t> ids;
    QStringList unknown;
    try {
        Statement st(file.handle(), "SELECT id FROM accounts WHERE account_key = ?1");
        for (const QString &key : keys) {
            const QByteArray k = key.toUtf8();
            st.bind(1, std::string_view(k.constData(), std::size_t(k.size())));
            if (st.step())
                ids.append(st.columnInt(0));
            else
                unknown.append(key);
            st.reset();
        }
    } catch (const StorageError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
    if (!unknown.isEmpty()) {
        if (error)
            *error = u"%1 account(s) not in the case: %2%3"_s.arg(unknown.size())
                         .arg(unknown.mid(0, 5).join(u", "_s), unknown.size() > 5 ? u", …"_s : QString());
        return std::nullopt;
    }
    return ids;
}

} // namespace hl
