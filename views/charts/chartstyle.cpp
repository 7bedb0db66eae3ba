#include "charts/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl::chartstyle {

Swatch campaignSwatch() { return {QColor(0xb2182b), Pattern::Hatch, QColor(0xffffff)}; }
Swatch populationSwatch() { return {QColor(0xd9d9d9), Pattern::Solid, Qt::black}; }
Swatch benignSwatch() { return {QColor(0x92c5de), Pattern::Dots, QColor(0x08306b)}; }
Swatch unsureSwatch() { return {QColor(0xfdb863), Pattern::Cross, QColor(0x7f3b08)}; }
Swatch unlabelledSwatch() { return {QColor(0xf0f0f0), Pattern::Solid, Qt::black}; }

void fillBar(QPainter &painter, const QRectF &rect, const Swatch &swatch)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(swatch.fill);
    painter.drawRect(rect);
    painter.setClipRect(rect, Qt::IntersectClip);
    QPen lines(swatch.lines, 1.0);
    lines.setCapStyle(Qt::FlatCap);
    painter.setPen(lines);
    painter.setBrush(Qt::NoBrush);
    constexpr qreal gap = 5;
    // The pattern is anchored to the page, not the bar, so that neighbouring bars line up.
    switch (swatch.pattern) {
    case Pattern::Solid:
        break;
    case Pattern::Hatch:
    case Pattern::Cross: {
        // Lines x + y = c (rising to the right); Cross adds x - y = c.
        for (qreal c = std::floor((rect.left() + rect.top()) / gap) * gap; c <= rect.right() + rect.bottom(); c += gap)
            painter.drawLine(QPointF(c - rect.bottom(), rect.bottom()), QPointF(c - rect.top(), rect.top()));
        if (swatch.pattern == Pattern::Cross)
            for (qreal c = std::floor((rect.left() - rect.bottom()) / gap) * gap; c <= rect.right() - rect.top(); c += gap)
                painter.drawLine(QPointF(c + rect.bottom(), rect.bottom()), QPointF(c + rect.top(), rect.top()));
        break;
    }
    case Pattern::Horizontal:
        for (qreal y = std::ceil(rect.top() / gap) * gap; y < rect.bottom(); y += gap)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        break;
    case Pattern::Dots: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(swatch.lines);
        QPainterPath dots;
        for (qreal y = std::ceil(rect.top() / gap) * gap; y < rect.bottom(); y += gap)
            for (qreal x = std::ceil(rect.left() / gap) * gap + (int(y / gap) % 2 ? gap / 2 : 0); x < rect.right(); x += gap)
                dots.addEllipse(QPointF(x, y), 0.9, 0.9);
        painter.drawPath(dots);
        break;
    }
    }
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0x404040), 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

qreal drawLegendEntry(QPainter &painter, QPointF topLeft, const Swatch &swatch, const QString &text)
{
    const QFontMetricsF fm(painter.font());
    const QRectF box(topLeft + QPointF(0, (fm.height() - 10) / 2), QSizeF(14, 10));
    fillBar(painter, box, swatch);
    const QRectF label(QPointF(box.right() + 5, topLeft.y()), QSizeF(fm.horizontalAdvance(text) + 2, fm.height()));
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
    return label.right() - topLeft.x();
}

QFont font(qreal pointSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont stampFont(qreal pointSize)
{
    QFont f(u"DejaVu Sans Mono"_s);
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(pointSize);
    return f;
}

NiceScale niceScale(double top)
{
    top = std::max(top, 1.0);
    const double rough = top / 5, power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (const double f : {1.0, 2.0, 2.5, 5.0})
        if (f * power >= rough) {
            step = f * power;
            break;
        }
    if (step < 1)
        step = 1; // counts: whole steps
    return {std::ceil(top / step) * step, step};
}

void drawStamp(QPainter &painter, const QRectF &rect, const QString &text)
{
    painter.save();
    painter.setFont(stampFont(6.5));
    painter.setPen(QColor(0x595959));
    painter.drawText(QRectF(rect.left(), rect.bottom() - StampHeight, rect.width(), StampHeight),
                     Qt::AlignRight | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace hl::chartstyle
