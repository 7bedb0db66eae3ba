#pragma once

#include "storage/traffic.h"

#include <QList>
#include <QStringList>

#include <cstdint>

// The timeline's arithmetic, kept free of widgets so that it is tested on its own
// (tests/tst_timeline): which bucket size a visible span gets, re-bucketing hourly counts to
// days and weeks, and the table of series the chart stacks. All times are Unix seconds, UTC.
namespace hl::timeline {

constexpr std::int64_t Hour = 3600;
constexpr std::int64_t Day = 24 * Hour;
constexpr std::int64_t Week = 7 * Day;

// Bucket size thresholds.
// - Hours whenever the span is at most 10 days: a post-release pivot happens within hours and
//   scripted traffic shows in the hour-of-day rhythm, and 240 hourly buckets are cheap to draw.
constexpr std::int64_t HourlyAlwaysSpan = 10 * Day;
// - Hours also while they make at most 2,000 buckets (83 days): about one bucket per pixel on a
//   1920-pixel slide; finer buckets would only be averaged away by the rasteriser, and a
//   stacked area of 9 series x 2,000 steps still redraws instantly.
constexpr std::int64_t MaxHourlyBuckets = 2000;
// - Days up to 2 years (at most 730 buckets); beyond, weeks: daily counts over years are a comb
//   of weekday/weekend dips about a pixel apart that hides the trend, which weekly sums remove.
constexpr std::int64_t WeeklyFromSpan = 730 * Day;

// Weeks start on Monday 00:00 UTC (ISO 8601 weeks), so that a weekly bucket is a calendar
// week. Plain floor division from the epoch would start them on Thursdays (1970-01-01 was a
// Thursday); 1970-01-05, the first Monday, is the origin instead.
constexpr std::int64_t WeekOrigin = 4 * Day;

// The bucket size for showing [from, to): Hour, Day or Week (see the thresholds above).
// An empty or reversed span gets hours.
std::int64_t chooseBucketSeconds(std::int64_t from, std::int64_t to, std::int64_t maxHourlyBuckets = MaxHourlyBuckets);

// Start of the bucket holding `ts`: floor division (correct for times before 1970), from the
// epoch for hours and days, from WeekOrigin for multiples of a week.
std::int64_t bucketFloor(std::int64_t ts, std::int64_t bucketSeconds);

// Number of buckets from the one holding `from` to the one holding `to - 1` (0 if to <= from).
std::int64_t bucketCount(std::int64_t from, std::int64_t to, std::int64_t bucketSeconds);

// Re-buckets counts (hourly, or any buckets that nest in the new size) to `bucketSeconds`,
// summing exchanges and tokens per (bucket, key). Ordered by start, then key, as traffic().
QList<TrafficCount> regroup(const QList<TrafficCount> &counts, std::int64_t bucketSeconds);

// How many series the chart names; the rest are stacked together as one "other" series.
constexpr int MaxNamedSeries = 8;

struct SeriesKeys
{
    QStringList named;  // shown by name, largest total first (ties: by key)
    QStringList merged; // stacked together as "other", largest first; empty = no "other" series
};

// Orders the keys of `counts` by total exchanges and keeps the `maxNamed` largest by name.
// When only one key would be left over it stays named: an "other" of one key would hide its
// name and save no colour.
SeriesKeys rankKeys(const QList<TrafficCount> &counts, int maxNamed = MaxNamedSeries);

// The chart's data: rows are buckets, columns the named keys and then "other".
struct SeriesTable
{
    std::int64_t bucketSeconds = Hour;
    QList<std::int64_t> starts; // every bucket of the range, empty ones included
    QStringList keys;           // named series (SeriesKeys::named)
    QStringList otherKeys;      // what the "other" column holds; empty = no such column
    QList<std::int64_t> cells;  // exchanges, row-major: row * columnCount() + column

    bool hasOther() const { return !otherKeys.isEmpty(); }
    int rowCount() const { return int(starts.size()); }
    int columnCount() const { return int(keys.size()) + (hasOther() ? 1 : 0); }
    std::int64_t at(int row, int column) const { return cells.at(qsizetype(row) * columnCount() + column); }
    std::int64_t rowTotal(int row) const;
    std::int64_t total() const;
};

// Lays `bucketed` (already at `bucketSeconds`) out over the buckets from the one holding `from`
// to the one holding `to - 1`. Counts outside that range, or whose key is in neither list of
// `keys`, are left out.
SeriesTable assembleSeries(const QList<TrafficCount> &bucketed, const SeriesKeys &keys, std::int64_t from,
                           std::int64_t to, std::int64_t bucketSeconds);

} // namespace hl::timeline
