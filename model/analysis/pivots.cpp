#include "pivots.h"

#include "storage/casefile.h"
#include "storage/exchangeblock.h"
#include "storage/statement.h"
#include "util/timeparse.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

// The flag rule, and why.
//
// For each release and cluster we count, per hour from 7 days before to 14 days after the
// release, the cluster's exchanges and those on the new model; the case-wide counts come from
// the hourly rollup. The question is whether the cluster moved to the new model abnormally
// fast and far. Two shapes count:
//
//  - step: at least pivotShare (25 %) of the cluster's traffic is on the new model within the
//    first 24 h. Ordinary users mostly adopt a model over weeks (2-3 % of their traffic on
//    launch day); even a reseller that adopts "within hours" ramps its customers over a day or
//    two and so stays near 10 % in the first 24 h. Scripts that are re-pointed jump at once
//    (quarry: 86 % from 4-9 h; ember: 75 % of its traffic on atlas-4-mini from 8-14 h).
//  - move: the cluster's share crosses pivotShare, sustained, within the first week
//    (hoursToPivot < 7 d), and in the last day of that week the new model carries most of its
//    traffic (settledShare, 60 %). This catches a scripted ramp that starts late (loom: from
//    30 h, 25 % only after about 3 days, 70 % after 6) which no 24 h or 72 h rule sees: by
//    share72h or share7d loom looks like everybody else, as the rest of the case is itself
//    moving. It spares those that switch later than a week (an enterprise's IT changing the
//    default model after 9 days: hoursToPivot ≈ 10 days), and those that adopt quickly but keep
//    a broad mix of models: an API reseller serves customers on every model, so the new one
//    levels off near half of its traffic (55 %) while a distillation operation points its
//    scripts at the model it wants to harvest. Note that the reseller crosses 25 % sooner than
//    loom (after about a day) and has a higher share over 72 h or 7 d: what tells them apart is
//    how far the cluster goes, not how fast, which is why the move rule looks at the level
//    reached and not at hoursToPivot alone.
// "At least" a share means with 95 % confidence: the one-sided Wilson lower bound (levelZ) of
// the cluster's share, so that a small or noisy cluster does not pass on luck.
//
// Either shape must also be far above the rest of the case (the whole case minus the cluster,
// the other sample of a two-proportion comparison; a cluster of 20 % of the traffic must not
// raise its own baseline) in the same window (the first 24 h, or the last day of the week):
//  - an absolute gap of at least minGap (20 points): a practical difference, not just a
//    significant one, which million-exchange clusters give for any difference at all;
//  - an odds ratio of at least minOddsRatio (2): "several times the population's share" when
//    that is small (on launch day the gap alone already implies a ratio of 10 or more), and
//    still meaningful when the population has caught up (69 % against 42 % is an odds ratio
//    of 3.1; the reseller's 56 % against 44 % is 1.6);
//  - a one-sided pooled two-proportion z of at least minZ (3.3, p < 0.0005, as many clusters
//    and releases are tested at once): small clusters need a clear result.
// And the cluster needs minExchanges exchanges in the week after the release to be flagged.
// The rest of the case includes other actors, so the comparison is conservative when several
// clusters pivot at once (in the demo, quarry lifts everyone's baseline to 42-47 % by day 7).
//
// hoursToPivot: the first hour h (from the release hour) whose own share is above pivotShare
// and from which the pooled share over at least sustainHours hours and sustainExchanges
// exchanges ([h, h + 24) or longer until it holds 20 exchanges) is above it too: one lucky
// hour, or half a day of noise in a small cluster, does not count; a sparse cluster is judged
// on enough data. Hours are counted from the start of the release hour.

namespace hl {

namespace {

constexpr int HoursBefore = 7 * 24;        // exchangesBefore and the start of the window read
constexpr int HoursAfter = 14 * 24;        // the horizon for hoursToPivot
constexpr int SpanHours = HoursBefore + HoursAfter;
constexpr int Week = 7 * 24;
constexpr std::int64_t Hour = 3600;

struct Release
{
    std::int64_t modelId = 0;
    QString model;
    std::int64_t releasedAt = 0;
    std::int64_t hour0 = 0;     // Unix hour index of the hour that contains the release
    int hoursAvailable = 0;     // hours of case traffic from hour0 on (capped at HoursAfter)
};

// Per hour of [hour0 - HoursBefore, hour0 + HoursAfter): all exchanges and those on the model.
struct Series
{
    std::vector<std::int64_t> total = std::vector<std::int64_t>(SpanHours, 0);
    std::vector<std::int64_t> onModel = std::vector<std::int64_t>(SpanHours, 0);
};

struct Count
{
    std::int64_t n = 0, x = 0; // exchanges, of which on the model
    double share() const { return n > 0 ? double(x) / double(n) : 0.0; }
};

// Hours relative to the release hour, [from, to).
Count sum(const Series &s, int from, int to)
{
    Count c;
    for (int h = std::max(from, -HoursBefore); h < std::min(to, HoursAfter); ++h) {
        c.n += s.total[std::size_t(h + HoursBefore)];
        c.x += s.onModel[std::size_t(h + HoursBefore)];
    }
    return c;
}

Count minus(Count a, Count b) { return {a.n - b.n, a.x - b.x}; }

// One-sided Wilson score lower bound of a share: "at least this, with confidence z".
double lowerBound(Count c, double z)
{
    if (c.n <= 0)
        return 0.0;
    const double n = double(c.n), p = c.share(), z2 = z * z;
    const double centre = p + z2 / (2 * n), spread = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return std::max(0.0, (centre - spread) / (1 + z2 / n));
}

struct Comparison
{
    bool abnormal = false;
    double gap = 0, oddsRatio = 1, z = 0;
};

// The cluster (c) against the rest of the case (r) in one window.
Comparison compare(Count c, Count r, const PivotOptions &o)
{
    Comparison out;
    if (c.n <= 0 || r.n <= 0)
        return out;
    const double p = c.share(), q = r.share();
    out.gap = p - q;
    // Half an exchange added to each cell (Haldane), so that 0 % and 100 % give a finite ratio.
    out.oddsRatio = ((double(c.x) + 0.5) / (double(c.n - c.x) + 0.5)) / ((double(r.x) + 0.5) / (double(r.n - r.x) + 0.5));
    const double pooled = double(c.x + r.x) / double(c.n + r.n);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(c.n) + 1.0 / double(r.n)));
    out.z = se > 0 ? out.gap / se : 0.0;
    out.abnormal = out.gap >= o.minGap && out.oddsRatio >= o.minOddsRatio && out.z >= o.minZ;
    return out;
}

std::optional<double> pivotHour(const Series &s, const PivotOptions &o)
{
    for (int h = 0; h < HoursAfter; ++h) {
        const std::size_t i = std::size_t(h + HoursBefore);
        if (s.total[i] == 0 || double(s.onModel[i]) <= o.pivotShare * double(s.total[i]))
            continue;
        Count c;
        bool enough = false;
        for (int e = h; e < HoursAfter && !enough; ++e) {
            c.n += s.total[std::size_t(e + HoursBefore)];
            c.x += s.onModel[std::size_t(e + HoursBefore)];
            enough = e - h + 1 >= o.sustainHours && c.n >= o.sustainExchanges;
        }
        if (enough && c.share() > o.pivotShare)
            return double(h);
    }
    return std::nullopt;
}

// lupdate files a free tr() in namespace hl under the context "hl"; translate under the same.
QString tr(const char *text) { return QCoreApplication::translate("hl", text); }

QString percent(double share)
{
    const double p = share * 100.0;
    return p > 0 && p < 9.95 ? QString::number(p, 'f', 1) : QString::number(p, 'f', 0);
}

// The releases inside the traffic window, oldest first.
std::vector<Release> readReleases(sqlite3 *db)
{
    std::vector<Release> releases;
    Statement window(db, "SELECT MIN(hour), MAX(hour) FROM hourly_traffic");
    if (!window.step() || window.columnIsNull(0))
        return releases;
    const std::int64_t first = window.columnInt(0), last = window.columnInt(1) + Hour;
    Statement st(db, "SELECT r.model_id, m.name, r.released_at FROM releases r JOIN models m ON m.id = r.model_id"
                     " WHERE r.released_at >= ?1 AND r.released_at < ?2 ORDER BY r.released_at, m.name");
    st.bind(1, first).bind(2, last);
    while (st.step()) {
        Release r;
        r.modelId = st.columnInt(0);
        r.model = st.columnText(1);
        r.releasedAt = st.columnInt(2);
        r.hour0 = floorDiv(r.releasedAt, Hour);
        r.hoursAvailable = int(std::min<std::int64_t>(HoursAfter, last / Hour - r.hour0));
        releases.push_back(r);
    }
    return releases;
}

// The whole case around each release, from the hourly rollup.
std::vector<Series> readPopulation(sqlite3 *db, const std::vector<Release> &releases)
{
    std::vector<Series> out(releases.size());
    Statement st(db, "SELECT hour, model_id, exchanges FROM hourly_traffic WHERE hour >= ?1 AND hour < ?2");
    for (std::size_t r = 0; r < releases.size(); ++r) {
        st.bind(1, (releases[r].hour0 - HoursBefore) * Hour).bind(2, (releases[r].hour0 + HoursAfter) * Hour);
        while (st.step()) {
            const auto i = std::size_t(st.columnInt(0) / Hour - releases[r].hour0 + HoursBefore);
            out[r].total[i] += st.columnInt(2);
            if (st.columnInt(1) == releases[r].modelId)
                out[r].onModel[i] += st.columnInt(2);
        }
        st.reset();
    }
    return out;
}

// One cluster around every release, from one pass over its accounts' blocks: only blocks that
// overlap some release's window are decoded.
std::vector<Series> readCluster(Statement &blocks, const PivotCluster &cluster, const std::vector<Release> &releases)
{
    std::vector<Series> out(releases.size());
    std::vector<std::int64_t> accounts(cluster.accounts.cbegin(), cluster.accounts.cend());
    std::sort(accounts.begin(), accounts.end());
    accounts.erase(std::unique(accounts.begin(), accounts.end()), accounts.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> windows; // [from, to) in Unix seconds
    for (const Release &r : releases)
        windows.emplace_back((r.hour0 - HoursBefore) * Hour, (r.hour0 + HoursAfter) * Hour);
    const std::int64_t from = windows.front().first, to = windows.back().second;
    std::vector<ExchangeRecord> records;
    for (const std::int64_t account : accounts) {
        blocks.bind(1, account).bind(2, to).bind(3, from);
        while (blocks.step()) {
            const std::int64_t first = blocks.columnInt(0), last = blocks.columnInt(1);
            if (std::none_of(windows.cbegin(), windows.cend(),
                             [&](const auto &w) { return first < w.second && last >= w.first; }))
                continue;
            records.clear();
            decodeExchangeBlock(blocks.columnBlob(3), std::uint32_t(account), first, blocks.columnInt(2), records);
            for (const ExchangeRecord &e : records) {
                const std::int64_t hour = floorDiv(e.ts, Hour);
                for (std::size_t r = 0; r < releases.size(); ++r) {
                    const std::int64_t i = hour - releases[r].hour0 + HoursBefore;
                    if (i < 0 || i >= SpanHours)
                        continue;
                    ++out[r].total[std::size_t(i)];
                    if (e.model == releases[r].modelId)
                        ++out[r].onModel[std::size_t(i)];
                }
            }
        }
        blocks.reset();
    }
    return out;
}

PivotResult evaluate(const Release &release, std::int64_t clusterId, const Series &c, const Series &all,
                     const PivotOptions &o)
{
    PivotResult r;
    r.cluster = clusterId;
    r.modelId = release.modelId;
    r.model = release.model;
    r.releasedAt = release.releasedAt;

    // The week, clipped to the case's traffic; its last day is where the cluster settled.
    const int weekEnd = std::clamp(release.hoursAvailable, 1, Week);
    const int lastFrom = std::max(0, weekEnd - 24);
    const Count c24 = sum(c, 0, 24), c72 = sum(c, 0, 72), c7 = sum(c, 0, Week), cLast = sum(c, lastFrom, weekEnd);
    const Count a24 = sum(all, 0, 24), a72 = sum(all, 0, 72), a7 = sum(all, 0, Week), aLast = sum(all, lastFrom, weekEnd);
    const Count r24 = minus(a24, c24), rLast = minus(aLast, cLast);
    r.share24h = c24.share();
    r.share72h = c72.share();
    r.share7d = c7.share();
    r.shareLastDay = cLast.share();
    r.population24h = a24.share();
    r.population72h = a72.share();
    r.population7d = a7.share();
    r.populationLastDay = aLast.share();
    r.rest24h = r24.share();
    r.restLastDay = rLast.share();
    r.exchangesBefore = sum(c, -HoursBefore, 0).n;
    r.exchanges24h = c24.n;
    r.exchanges7d = c7.n;
    r.hoursToPivot = pivotHour(c, o);

    const bool pivotedInWeek = r.hoursToPivot && *r.hoursToPivot < weekEnd;
    const bool step = lowerBound(c24, o.levelZ) >= o.pivotShare && compare(c24, r24, o).abnormal;
    const bool move = pivotedInWeek && lowerBound(cLast, o.levelZ) >= o.settledShare && compare(cLast, rLast, o).abnormal;
    const QString m = release.model;
    if (r.exchanges7d < o.minExchanges) {
        r.reason = tr("Too little traffic to judge: %1 exchanges in the week after %2's release (%3 needed)")
                       .arg(r.exchanges7d).arg(m).arg(o.minExchanges);
    } else if (step) {
        r.flagged = true;
        r.reason = tr("%1% of traffic on %2 within 24 h of its release (rest of the case: %3%)")
                       .arg(percent(r.share24h), m, percent(r.rest24h));
    } else if (move) {
        r.flagged = true;
        r.reason = tr("Moved to %1 within a week: above %2% from %3 h after its release, %4% in the last day of"
                      " the week (rest of the case: %5%)")
                       .arg(m, percent(o.pivotShare)).arg(*r.hoursToPivot).arg(percent(r.shareLastDay), percent(r.restLastDay));
    } else if (r24.n + rLast.n == 0) {
        r.reason = tr("No other traffic in the case to compare with");
    } else if (!r.hoursToPivot) {
        r.reason = tr("Never above %1% on %2 in the 14 days after its release (%3% in the first week)")
                       .arg(percent(o.pivotShare), m, percent(r.share7d));
    } else if (!pivotedInWeek) {
        r.reason = tr("Gradual adoption: above %1% on %2 only %3 days after its release")
                       .arg(percent(o.pivotShare), m, QString::number(*r.hoursToPivot / 24.0, 'f', 1));
    } else {
        r.reason = tr("Adopted %2 without an abnormal jump: %1% within 24 h, %3% in the last day of the first week"
                      " (rest of the case: %4% and %5%)")
                       .arg(percent(r.share24h), m, percent(r.shareLastDay), percent(r.rest24h), percent(r.restLastDay));
    }
    return r;
}

} // namespace

std::optional<QList<PivotResult>> detectPivots(const CaseFile &file, const QList<PivotCluster> &clusters,
                                               const PivotOptions &options, QString *error,
                                               const std::function<bool(double fraction)> &progress)
{
    auto cancelled = [&](double fraction) {
        if (!progress || progress(fraction))
            return false;
        if (error)
            *error = u"cancelled"_s;
        return true;
    };
    if (cancelled(0.0))
        return std::nullopt;
    sqlite3 *db = file.handle();
    if (!db) {
        if (error)
            *error = u"the case is not open"_s;
        return std::nullopt;
    }
    try {
        const std::vector<Release> releases = readReleases(db);
        QList<PivotResult> results;
        if (releases.empty() || clusters.isEmpty())
            return cancelled(1.0) ? std::nullopt : std::optional(results);
        const std::vector<Series> population = readPopulation(db, releases);
        Statement blocks(db, "SELECT first_ts, last_ts, exchanges, data FROM exchange_blocks"
                             " WHERE account_id = ?1 AND first_ts < ?2 AND last_ts >= ?3");
        std::vector<std::vector<PivotResult>> byRelease(releases.size());
        for (qsizetype k = 0; k < clusters.size(); ++k) {
            const std::vector<Series> series = readCluster(blocks, clusters[k], releases);
            for (std::size_t r = 0; r < releases.size(); ++r) {
                // Only clusters with traffic around the release: 7 days before or after.
                if (sum(series[r], -HoursBefore, Week).n > 0)
                    byRelease[r].push_back(evaluate(releases[r], clusters[k].id, series[r], population[r], options));
            }
            if (cancelled(double(k + 1) / double(clusters.size())))
                return std::nullopt;
        }
        for (const auto &list : byRelease)
            results.append(QList<PivotResult>(list.cbegin(), list.cend()));
        return results;
    } catch (const StorageError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

} // namespace hl
