#pragma once

#include "storage/timelinedata.h"
#include "storage/traffic.h"
#include "timebuckets.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

// The timeline's data as a table: rows are time buckets (every bucket of the visible range,
// empty ones included), columns the stacked series (the largest keys by name, then "other").
// Cells hold exchanges. The chart is drawn from this model and nothing else.
//
// setSource() reads hourly traffic once, in a worker thread (QtConcurrent::run). A CaseFile
// connection belongs to the thread that opened it, so the worker opens its own CaseFile on the
// same path (read-only use; SQLite's WAL lets it read while the GUI's connection is open) and
// hands back an immutable TimelineData, which the model takes whole on the GUI thread. Changing
// the split or the visible range re-buckets that cached hourly data; the case is not read again.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        BucketStartRole = Qt::UserRole, // qint64, Unix seconds (any column; header too)
        BucketEndRole,                  // qint64, exclusive
        ExchangesRole,                  // qint64, the cell's exchanges
        SeriesKeyRole,                  // horizontal header: the key ("" = not given); the other column: QString()
        OtherSeriesRole,                // horizontal header: bool, the column that merges the small keys
        MergedKeysRole,                 // horizontal header of "other": QStringList of what it holds
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // Loads the whole case (accounts = nullopt; from the hourly rollup) or those accounts (their
    // exchange blocks) in the background. Until loaded() the model is empty and isLoading().
    void setSource(const CaseFile &file, std::optional<QList<std::int64_t>> accounts);
    // Takes loaded data whole (what the worker produces; tests use it directly) and shows all of it.
    void setTimelineData(TimelineData data);
    void clear();

    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

    void setSplit(TrafficSplit split);
    TrafficSplit split() const { return m_split; }

    // Shows [from, to) (clamped to the data, at least an hour), re-bucketed for that span.
    void setVisibleRange(std::int64_t from, std::int64_t to);
    void resetVisibleRange();
    bool isZoomed() const;

    std::int64_t dataFrom() const { return m_dataFrom; } // all loaded data: [dataFrom, dataTo)
    std::int64_t dataTo() const { return m_dataTo; }
    std::int64_t visibleFrom() const { return m_from; } // as asked (clamped)
    std::int64_t visibleTo() const { return m_to; }
    // What the rows cover: whole buckets around the visible range.
    std::int64_t rowsFrom() const;
    std::int64_t rowsTo() const;
    std::int64_t bucketSeconds() const { return m_table.bucketSeconds; }
    const timeline::SeriesTable &table() const { return m_table; }
    std::int64_t totalExchanges() const { return m_table.total(); }
    std::int64_t maxRowTotal() const;

    QString seriesName(int column) const;
    // Releases and flagged pivots whose time falls in the rows' range.
    QList<ReleaseMark> visibleReleases() const;
    QList<PivotMark> visiblePivots() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();                          // setSource() finished; the model holds the new data
    void loadFailed(const QString &message); // setSource() failed; the model is empty

private:
    const QList<TrafficCount> &hourly() const;
    void rebuild();
    void setLoading(bool loading);

    TimelineData m_data;
    timeline::SeriesKeys m_keysByModel, m_keysByCapability;
    TrafficSplit m_split = TrafficSplit::ByModel;
    std::int64_t m_dataFrom = 0, m_dataTo = 0, m_from = 0, m_to = 0;
    timeline::SeriesTable m_table;
    quint64 m_generation = 0; // results of an older setSource() are dropped
    bool m_loading = false;
    QString m_error;
};

} // namespace hl
