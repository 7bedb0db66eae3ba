#include "timelineoverlay.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

constexpr int MaxLabelRows = 8; // below that, markers without a label (the top of the plot stays readable)

// Greedy row packing: the first row where [left, left + width] overlaps no label; -1 when
// every row is taken.
int placeLabel(QList<QList<QPair<double, double>>> &rows, double left, double width, double gap)
{
    const double right = left + width;
    for (int r = 0; r < rows.size(); ++r) {
        const bool free = std::none_of(rows[r].cbegin(), rows[r].cend(), [&](const QPair<double, double> &span) {
            return left < span.second + gap && span.first < right + gap;
        });
        if (free) {
            rows[r].append({left, right});
            return r;
        }
    }
    if (rows.size() >= MaxLabelRows)
        return -1;
    rows.append({{left, right}});
    return int(rows.size()) - 1;
}

} // namespace

TimelineOverlay::TimelineOverlay(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(1000); // above the series, grid and axes
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor TimelineOverlay::releaseColor() { return QColor(0x33, 0x33, 0x33); }
QColor TimelineOverlay::pivotColor() { return QColor(0xd6, 0x27, 0x28); }

void TimelineOverlay::setMarks(QList<ReleaseMark> releases, QList<PivotMark> pivots)
{
    m_releases = std::move(releases);
    m_pivots = std::move(pivots);
    update();
}

void TimelineOverlay::setLabelFont(const QFont &font)
{
    m_font = font;
    update();
}

void TimelineOverlay::setBrushRange(std::int64_t from, std::int64_t to)
{
    m_brushFrom = from;
    m_brushTo = to;
    update();
}

void TimelineOverlay::chartGeometryChanged()
{
    prepareGeometryChange();
    update();
}

QRectF TimelineOverlay::boundingRect() const { return m_chart->rect(); }

void TimelineOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || m_chart->series().isEmpty())
        return;
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    const double pad = std::max(2.0, fm.height() * 0.15), rowHeight = fm.height() + 2 * pad + 2;
    const double top = plot.top() + pad;
    auto xOf = [&](std::int64_t t) { return m_chart->mapToPosition(QPointF(double(t), 0)).x(); };
    QList<QList<QPair<double, double>>> rows;

    if (m_brushFrom < m_brushTo) { // under the marks: a light band with edges
        const double x0 = xOf(m_brushFrom), x1 = xOf(m_brushTo);
        painter->setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1));
        painter->setBrush(QColor(0x1f, 0x5f, 0xbf, 40));
        painter->drawRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())));
    }

    auto drawLabel = [&](const QRectF &box, const QString &text, const QColor &colour) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRect(box);
        painter->setPen(colour);
        painter->drawText(box, Qt::AlignCenter, text);
    };

    const double lineWidth = std::max(1.0, fm.height() / 10.0);
    for (const ReleaseMark &r : m_releases) {
        const double x = xOf(r.releasedAt);
        painter->setPen(QPen(releaseColor(), lineWidth, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double w = fm.horizontalAdvance(r.label) + 2 * pad;
        // Right of the line, or left of it where the plot ends.
        const double left = x + pad + w <= plot.right() ? x + pad : x - pad - w;
        const int row = placeLabel(rows, left, w, pad);
        if (row >= 0)
            drawLabel(QRectF(left, top + row * rowHeight, w, fm.height() + 2 * pad), r.label, releaseColor());
    }

    for (const PivotMark &p : m_pivots) {
        const double x0 = xOf(p.releasedAt), x1 = xOf(p.pivotAt());
        const QString text = p.hoursToPivot
                                 ? tr("cluster %1 → %2, +%3 h").arg(p.cluster).arg(p.model).arg(*p.hoursToPivot, 0, 'f', 0)
                                 : tr("cluster %1 → %2, first day").arg(p.cluster).arg(p.model);
        const double w = fm.horizontalAdvance(text) + 2 * pad, d = fm.height() * 0.35;
        const bool labelRight = x1 + d + pad + w <= plot.right();
        const double labelLeft = labelRight ? x1 + d + pad : std::min(x0, x1 - d) - pad - w;
        const double spanLeft = std::min({x0, x1 - d, labelLeft}), spanRight = std::max(x1 + d, labelLeft + w);
        const int row = placeLabel(rows, spanLeft, spanRight - spanLeft, pad);
        const double y = row >= 0 ? top + row * rowHeight + rowHeight / 2 - 1 : plot.top() + d + 1;
        // The time the cluster took to move: a bracket from the release to the pivot.
        painter->setPen(QPen(pivotColor(), lineWidth * 1.5));
        painter->drawLine(QPointF(x0, y), QPointF(x1, y));
        painter->setPen(QPen(pivotColor(), lineWidth, Qt::DotLine));
        painter->drawLine(QPointF(x1, y), QPointF(x1, plot.bottom()));
        QPainterPath diamond;
        diamond.moveTo(x1, y - d);
        diamond.lineTo(x1 + d, y);
        diamond.lineTo(x1, y + d);
        diamond.lineTo(x1 - d, y);
        diamond.closeSubpath();
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(pivotColor());
        painter->drawPath(diamond);
        if (row >= 0)
            drawLabel(QRectF(labelLeft, y - (fm.height() + 2 * pad) / 2, w, fm.height() + 2 * pad), text, pivotColor());
    }
    painter->restore();
}

} // namespace hl
