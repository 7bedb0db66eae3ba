#pragma once

#include <QChart>
#include <QColor>

#include <cstdint>

QT_FORWARD_DECLARE_CLASS(QCategoryAxis)
QT_FORWARD_DECLARE_CLASS(QValueAxis)

namespace hl {

class TimelineModel;
class TimelineOverlay;

// The timeline drawn from a TimelineModel: one QAreaSeries per column, stacked (each series'
// lower line is the previous one's upper line), in steps that cover each bucket exactly, on a
// time axis in Unix seconds labelled in UTC (timeaxis.h), with releases and pivots drawn by a
// TimelineOverlay. The only place QtCharts is used besides the view that shows it.
//
// Why areas and not QStackedBarSeries: with steps, a stack of areas over few buckets already
// reads as contiguous stacked bars, while every series, marker and the rubber band share one
// x coordinate (time). Bar series place bars by index on a category axis, which would need
// a second mapping for releases, pivots and zoom, and create one graphics item per bar and
// key (18,000 at 2,000 buckets) where an area is one path.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem *parent = nullptr);

    // Scales every font (1 = the application's); exports at slide size use about 1.5.
    void setFontScale(double scale);
    // Replaces the series, axes and marks with the model's current table.
    void rebuild(const TimelineModel &model, const QString &title);
    TimelineOverlay *overlay() const { return m_overlay; }

    int releaseMarkerCount() const;
    int pivotMarkerCount() const;
    // Series colours: a qualitative palette without red (red marks pivots); grey for "other".
    static QColor seriesColor(int column, bool other);

private:
    void updateTimeAxis(bool force);
    void applyFonts();

    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    TimelineOverlay *m_overlay = nullptr;
    std::int64_t m_from = 0, m_to = 0;
    int m_tickTarget = 0;
    double m_fontScale = 1;
};

} // namespace hl
