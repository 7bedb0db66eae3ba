#include "timelinemodel.h"

#include "storage/casefile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct LoadResult
{
    std::optional<TimelineData> data;
    QString error;
};

// Runs in a pool thread: a connection of its own, opened and closed there.
LoadResult loadInWorker(const QString &path, const std::optional<QList<std::int64_t>> &accounts)
{
    CaseFile file;
    if (!file.open(path))
        return {std::nullopt, file.errorString()};
    LoadResult result;
    result.data = readTimelineData(file, accounts, &result.error);
    return result;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setSource(const CaseFile &file, std::optional<QList<std::int64_t>> accounts)
{
    clear();
    const quint64 generation = ++m_generation;
    const QString path = file.path();
    if (!file.isOpen() || path.isEmpty()) {
        m_error = tr("No case is open: open a case file to see its timeline.");
        Q_EMIT loadFailed(m_error);
        return;
    }
    setLoading(true);
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a later setSource() or clear()
        LoadResult result = watcher->result();
        setLoading(false);
        if (!result.data) {
            m_error = tr("Could not read the timeline from %1: %2").arg(path, result.error);
            Q_EMIT loadFailed(m_error);
            return;
        }
        setTimelineData(std::move(*result.data));
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(loadInWorker, path, std::move(accounts)));
}

void TimelineModel::setTimelineData(TimelineData data)
{
    m_data = std::move(data);
    m_error.clear();
    // rebuild() finds the visible hours by binary search: keep the lists in traffic()'s order.
    const auto byStartThenKey = [](const TrafficCount &a, const TrafficCount &b) {
        return a.start != b.start ? a.start < b.start : a.key < b.key;
    };
    for (QList<TrafficCount> *list : {&m_data.hourlyByModel, &m_data.hourlyByCapability})
        if (!std::is_sorted(list->cbegin(), list->cend(), byStartThenKey))
            std::sort(list->begin(), list->end(), byStartThenKey);
    m_keysByModel = timeline::rankKeys(m_data.hourlyByModel);
    m_keysByCapability = timeline::rankKeys(m_data.hourlyByCapability);
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = std::numeric_limits<std::int64_t>::min();
    for (const QList<TrafficCount> *list : {&m_data.hourlyByModel, &m_data.hourlyByCapability}) {
        if (list->isEmpty())
            continue;
        first = std::min(first, timeline::bucketFloor(list->front().start, timeline::Hour));
        last = std::max(last, timeline::bucketFloor(list->back().start, timeline::Hour) + timeline::Hour);
    }
    m_dataFrom = first <= last ? first : 0;
    m_dataTo = first <= last ? last : 0;
    m_from = m_dataFrom;
    m_to = m_dataTo;
    rebuild();
}

void TimelineModel::clear()
{
    ++m_generation;
    setLoading(false);
    m_error.clear();
    setTimelineData({});
}

void TimelineModel::setSplit(TrafficSplit split)
{
    if (split == m_split)
        return;
    m_split = split;
    rebuild();
}

void TimelineModel::setVisibleRange(std::int64_t from, std::int64_t to)
{
    if (m_dataTo <= m_dataFrom)
        return;
    from = std::max(from, m_dataFrom);
    to = std::min(to, m_dataTo);
    if (to - from < timeline::Hour) { // at least one whole hour, kept inside the data
        const std::int64_t mid = from / 2 + to / 2;
        from = std::max(m_dataFrom, timeline::bucketFloor(mid, timeline::Hour));
        to = std::min(m_dataTo, from + timeline::Hour);
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

void TimelineModel::resetVisibleRange() { setVisibleRange(m_dataFrom, m_dataTo); }

bool TimelineModel::isZoomed() const { return m_from != m_dataFrom || m_to != m_dataTo; }

std::int64_t TimelineModel::rowsFrom() const { return m_table.starts.isEmpty() ? m_from : m_table.starts.front(); }

std::int64_t TimelineModel::rowsTo() const
{
    return m_table.starts.isEmpty() ? m_to : m_table.starts.back() + m_table.bucketSeconds;
}

std::int64_t TimelineModel::maxRowTotal() const
{
    std::int64_t most = 0;
    for (int r = 0; r < m_table.rowCount(); ++r)
        most = std::max(most, m_table.rowTotal(r));
    return most;
}

const QList<TrafficCount> &TimelineModel::hourly() const
{
    return m_split == TrafficSplit::ByModel ? m_data.hourlyByModel : m_data.hourlyByCapability;
}

void TimelineModel::rebuild()
{
    beginResetModel();
    const std::int64_t bucket = timeline::chooseBucketSeconds(m_from, m_to);
    const auto &keys = m_split == TrafficSplit::ByModel ? m_keysByModel : m_keysByCapability;
    // Only the hours of the visible buckets are regrouped (the list is ordered by start).
    const std::int64_t lo = timeline::bucketFloor(m_from, bucket);
    const std::int64_t hi = m_to > m_from ? timeline::bucketFloor(m_to - 1, bucket) + bucket : lo;
    const QList<TrafficCount> &all = hourly();
    const auto begin = std::lower_bound(all.cbegin(), all.cend(), lo,
                                        [](const TrafficCount &c, std::int64_t t) { return c.start < t; });
    const auto end = std::lower_bound(begin, all.cend(), hi,
                                      [](const TrafficCount &c, std::int64_t t) { return c.start < t; });
    const QList<TrafficCount> window(begin, end);
    m_table = timeline::assembleSeries(bucket == timeline::Hour ? window : timeline::regroup(window, bucket), keys,
                                       m_from, m_to, bucket);
    endResetModel();
}

void TimelineModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString TimelineModel::seriesName(int column) const
{
    if (column < 0 || column >= m_table.columnCount())
        return QString();
    if (column == m_table.keys.size())
        // rankKeys() merges at least two keys, so the plural always fits.
        return (m_split == TrafficSplit::ByModel ? tr("%1 other models") : tr("%1 other capabilities"))
            .arg(m_table.otherKeys.size());
    const QString &key = m_table.keys.at(column);
    if (key.isEmpty())
        return m_split == TrafficSplit::ByModel ? tr("unknown model") : tr("capability not given");
    return key;
}

QList<ReleaseMark> TimelineModel::visibleReleases() const
{
    QList<ReleaseMark> out;
    if (m_table.starts.isEmpty())
        return out;
    for (const ReleaseMark &r : m_data.releases)
        if (r.releasedAt >= rowsFrom() && r.releasedAt < rowsTo())
            out.append(r);
    return out;
}

QList<PivotMark> TimelineModel::visiblePivots() const
{
    QList<PivotMark> out;
    if (m_table.starts.isEmpty())
        return out;
    for (const PivotMark &p : m_data.pivots)
        if (p.pivotAt() >= rowsFrom() && p.pivotAt() < rowsTo())
            out.append(p);
    return out;
}

int TimelineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_table.rowCount(); }

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const std::int64_t start = m_table.starts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExchangesRole:
        return qint64(m_table.at(index.row(), index.column()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case BucketStartRole:
        return qint64(start);
    case BucketEndRole:
        return qint64(start + m_table.bucketSeconds);
    default:
        return QVariant();
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_table.columnCount())
            return QVariant();
        const bool other = section == m_table.keys.size();
        switch (role) {
        case Qt::DisplayRole:
            return seriesName(section);
        case Qt::ToolTipRole:
            return other ? m_table.otherKeys.join(u", "_s) : QVariant();
        case SeriesKeyRole:
            return other ? QString() : m_table.keys.at(section);
        case OtherSeriesRole:
            return other;
        case MergedKeysRole:
            return other ? m_table.otherKeys : QStringList();
        default:
            return QVariant();
        }
    }
    if (section < 0 || section >= m_table.rowCount())
        return QVariant();
    const std::int64_t start = m_table.starts.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc())
            .toString(m_table.bucketSeconds < timeline::Day ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
    case BucketStartRole:
        return qint64(start);
    case BucketEndRole:
        return qint64(start + m_table.bucketSeconds);
    default:
        return QVariant();
    }
}

} // namespace hl
