#pragma once

#include "export/chartsource.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

class GraphPicture;
class TimelinePicture;

// Paints one exported chart (issue 6) from what readChartSource() read: the timeline
// (TimelinePicture), the pivots (PivotChart), the risk distribution (RiskChart) or the graph
// (GraphPicture), with the stamp line (case, filters, data hash) at the bottom. Needs a
// QApplication (the timeline and graph are QGraphicsScenes), not a window.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(hl::ChartRenderer)
public:
    explicit ChartRenderer(ChartSource source);
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer &) = delete;
    ChartRenderer &operator=(const ChartRenderer &) = delete;

    QString title() const;
    const ChartSource &source() const { return m_source; }
    // The chart and, if `stamp`, its stamp line, into `rect` (logical pixels).
    void paint(QPainter &painter, const QRectF &rect, bool stamp = true) const;

private:
    ChartSource m_source;
    std::unique_ptr<TimelinePicture> m_timeline;
    std::unique_ptr<GraphPicture> m_graph;
};

} // namespace hl
