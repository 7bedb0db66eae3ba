#pragma once

#include "storage/timelinedata.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace hl {

// Release markers and pivot annotations drawn over the timeline's plot area: a dashed vertical
// line with the release's label per release, and per flagged pivot a red bracket from the
// release to release + hours_to_pivot with a diamond and "cluster N → model, +H h". Labels are
// packed into rows so they never overlap. One plain QGraphicsItem (not a QObject, as in Qt's
// elasticnodes), a child of the chart, so that exports that render the chart's scene include it.
// Positions come from the chart's axes at paint time, so resizing needs no bookkeeping.
class TimelineOverlay : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(hl::TimelineOverlay)
public:
    enum { Type = UserType + 0x71 };

    explicit TimelineOverlay(QChart *chart);

    void setMarks(QList<ReleaseMark> releases, QList<PivotMark> pivots);
    void setLabelFont(const QFont &font);
    // The time range brushed for the other views, shaded; from >= to: none.
    void setBrushRange(std::int64_t from, std::int64_t to);
    const QList<ReleaseMark> &releases() const { return m_releases; }
    const QList<PivotMark> &pivots() const { return m_pivots; }
    // The chart's geometry changed: the bounding rectangle follows it.
    void chartGeometryChanged();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QColor releaseColor();
    static QColor pivotColor();

private:
    QChart *m_chart;
    QList<ReleaseMark> m_releases;
    QList<PivotMark> m_pivots;
    QFont m_font;
    std::int64_t m_brushFrom = 0, m_brushTo = 0;
};

} // namespace hl
