#pragma once

#include "storage/traffic.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QWidget>

#include <cstdint>

QT_FORWARD_DECLARE_CLASS(QAction)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QToolButton)

namespace hl {

class CaseFile;
class TimelineChart;
class TimelineChartView;
class TimelineModel;

// Exchanges over time for the whole case or a selection of accounts, stacked by model or by
// capability, with model releases and flagged post-release pivots marked. Drag across the chart
// to zoom (re-bucketed: hours when zoomed in); "Reset zoom" shows everything again. Shift+drag
// brushes a time range: the other views then list only what was active in it.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Loads in the background (TimelineModel::setSource); the view shows "Loading…" meanwhile.
    void showAccounts(const CaseFile &file, QList<std::int64_t> accounts, QString title);
    void showWholeCase(const CaseFile &file);

    void setSplit(TrafficSplit split);
    // Zooms to [from, to) as a drag across the chart does, and reports it with rangeSelected().
    void zoomTo(qint64 from, qint64 to);
    void resetZoom();
    // Brushes [from, to) for the other views (as Shift+drag does) and reports it with
    // rangeBrushed(); clearBrush() removes it and reports brushCleared().
    void brush(qint64 from, qint64 to);
    void clearBrush();
    bool hasBrush() const { return m_brushFrom < m_brushTo; }

    // Writes the chart at `size` (a slide: 1920×1080) as PNG, SVG or PDF, chosen by the file's
    // suffix. Returns false with lastError() saying why (nothing loaded, unknown suffix, cannot
    // write the file).
    bool exportImage(const QString &path, QSize size = QSize(1920, 1080));
    // Asks where to save and exports (the Export image… button and menu entries).
    void exportWithDialog() { chooseExportFile(); }
    QString lastError() const { return m_lastError; }

    TimelineModel *model() const { return m_model; }
    int releaseMarkerCount() const;
    int pivotMarkerCount() const;

Q_SIGNALS:
    // The time range the investigator is looking at changed (drag to zoom, zoomTo, Reset zoom),
    // for coordinated views: Unix seconds, [from, to).
    void rangeSelected(qint64 from, qint64 to);
    // A time range brushed (Shift+drag) to filter the other views by, [from, to); cleared.
    void rangeBrushed(qint64 from, qint64 to);
    void brushCleared();

private:
    void refresh();
    void updateStatus();
    void chooseExportFile();
    QString chartTitle() const;

    TimelineModel *m_model;
    TimelineChart *m_chart;
    TimelineChartView *m_chartView;
    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_byModel;
    QToolButton *m_byCapability;
    QAction *m_resetZoom;
    QAction *m_export;
    QString m_sourceTitle;
    QString m_lastError;
    qint64 m_brushFrom = 0, m_brushTo = 0;
    QAction *m_clearBrush = nullptr;
};

} // namespace hl
