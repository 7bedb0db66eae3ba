#include "timebuckets.h"

#include "util/timeparse.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>

namespace hl::timeline {

std::int64_t chooseBucketSeconds(std::int64_t from, std::int64_t to, std::int64_t maxHourlyBuckets)
{
    const std::int64_t span = to - from;
    if (span <= HourlyAlwaysSpan || bucketCount(from, to, Hour) <= maxHourlyBuckets)
        return Hour;
    return span <= WeeklyFromSpan ? Day : Week;
}

std::int64_t bucketFloor(std::int64_t ts, std::int64_t bucketSeconds)
{
    const std::int64_t origin = bucketSeconds % Week == 0 ? WeekOrigin : 0;
    return origin + floorDiv(ts - origin, bucketSeconds) * bucketSeconds;
}

std::int64_t bucketCount(std::int64_t from, std::int64_t to, std::int64_t bucketSeconds)
{
    if (to <= from)
        return 0;
    return (bucketFloor(to - 1, bucketSeconds) - bucketFloor(from, bucketSeconds)) / bucketSeconds + 1;
}

QList<TrafficCount> regroup(const QList<TrafficCount> &counts, std::int64_t bucketSeconds)
{
    std::map<std::pair<std::int64_t, QString>, TrafficCount> cells;
    for (const TrafficCount &c : counts) {
        const std::int64_t start = bucketFloor(c.start, bucketSeconds);
        TrafficCount &t = cells[{start, c.key}];
        t.start = start;
        t.key = c.key;
        t.exchanges += c.exchanges;
        t.inputTokens += c.inputTokens;
        t.outputTokens += c.outputTokens;
    }
    QList<TrafficCount> out;
    out.reserve(qsizetype(cells.size()));
    for (auto &cell : cells)
        out.append(std::move(cell.second));
    return out;
}

SeriesKeys rankKeys(const QList<TrafficCount> &counts, int maxNamed)
{
    QHash<QString, std::int64_t> totals;
    for (const TrafficCount &c : counts)
        totals[c.key] += c.exchanges;
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const std::int64_t ta = totals.value(a), tb = totals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    SeriesKeys out;
    const int named = keys.size() <= maxNamed + 1 ? int(keys.size()) : std::max(maxNamed, 0);
    out.named = keys.mid(0, named);
    out.merged = keys.mid(named);
    return out;
}

std::int64_t SeriesTable::rowTotal(int row) const
{
    const qsizetype c = columnCount();
    return std::accumulate(cells.cbegin() + row * c, cells.cbegin() + (row + 1) * c, std::int64_t(0));
}

std::int64_t SeriesTable::total() const { return std::accumulate(cells.cbegin(), cells.cend(), std::int64_t(0)); }

SeriesTable assembleSeries(const QList<TrafficCount> &bucketed, const SeriesKeys &keys, std::int64_t from,
                           std::int64_t to, std::int64_t bucketSeconds)
{
    SeriesTable table;
    table.bucketSeconds = bucketSeconds;
    table.keys = keys.named;
    table.otherKeys = keys.merged;
    const std::int64_t rows = bucketCount(from, to, bucketSeconds);
    if (rows <= 0)
        return table;
    const std::int64_t first = bucketFloor(from, bucketSeconds);
    table.starts.reserve(rows);
    for (std::int64_t r = 0; r < rows; ++r)
        table.starts.append(first + r * bucketSeconds);

    QHash<QString, int> column;
    for (int i = 0; i < keys.named.size(); ++i)
        column.insert(keys.named.at(i), i);
    for (const QString &k : keys.merged)
        column.insert(k, int(keys.named.size()));

    const int columns = table.columnCount();
    table.cells.fill(0, rows * columns);
    for (const TrafficCount &c : bucketed) {
        const std::int64_t start = bucketFloor(c.start, bucketSeconds);
        const std::int64_t row = (start - first) / bucketSeconds;
        const auto col = column.constFind(c.key);
        if (start < first || row >= rows || col == column.cend())
            continue;
        table.cells[row * columns + *col] += c.exchanges;
    }
    return table;
}

} // namespace hl::timeline
