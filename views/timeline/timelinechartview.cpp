#include "timelinechartview.h"

#include <QMouseEvent>
#include <QRubberBand>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {
constexpr double MinDragPixels = 4; // shorter drags are clicks
}

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    viewport()->setCursor(Qt::CrossCursor);
}

QRectF TimelineChartView::plotRectInView() const
{
    return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
}

double TimelineChartView::timeAt(double viewX) const
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(QPoint(int(std::lround(viewX)), 0)));
    return chart()->mapToValue(inChart).x();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = plotRectInView();
    if (event->button() == Qt::LeftButton && !chart()->series().isEmpty() && plot.contains(event->position())) {
        m_dragging = true;
        m_brushing = event->modifiers().testFlag(Qt::ShiftModifier);
        m_originX = event->position().x();
        m_band->setGeometry(QRect(int(m_originX), int(plot.top()), 0, int(plot.height())));
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const QRectF plot = plotRectInView();
    const double x = std::clamp(event->position().x(), plot.left(), plot.right());
    m_band->setGeometry(QRectF(QPointF(std::min(x, m_originX), plot.top()), QPointF(std::max(x, m_originX), plot.bottom()))
                            .toRect());
    event->accept();
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_band->hide();
    const QRectF plot = plotRectInView();
    const double x = std::clamp(event->position().x(), plot.left(), plot.right());
    event->accept();
    if (std::abs(x - m_originX) < MinDragPixels)
        return;
    const double a = timeAt(std::min(x, m_originX)), b = timeAt(std::max(x, m_originX));
    if (m_brushing)
        Q_EMIT rangeBrushed(qint64(std::floor(a)), qint64(std::ceil(b)));
    else
        Q_EMIT rangeDragged(qint64(std::floor(a)), qint64(std::ceil(b)));
}

} // namespace hl
