#include "briefing/pagetext.h"

#include "charts/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hl::pagetext {

qreal heading(QPainter &painter, QPointF topLeft, qreal width, const QString &text, qreal points)
{
    return paragraph(painter, topLeft, width, text, chartstyle::font(points, true)) + 4;
}

qreal paragraph(QPainter &painter, QPointF topLeft, qreal width, const QString &text, const QFont &font)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF area(topLeft, QSizeF(width, 10000));
    const QRectF used = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.restore();
    return used.height();
}

qreal bullets(QPainter &painter, QPointF topLeft, qreal width, const QStringList &items, const QFont &font)
{
    const qreal indent = QFontMetricsF(font).horizontalAdvance(QStringLiteral("•  "));
    qreal y = topLeft.y();
    for (const QString &item : items) {
        painter.save();
        painter.setFont(font);
        painter.drawText(QPointF(topLeft.x(), y + QFontMetricsF(font).ascent()), QStringLiteral("•"));
        painter.restore();
        y += paragraph(painter, QPointF(topLeft.x() + indent, y), width - indent, item, font) + 2;
    }
    return y - topLeft.y();
}

} // namespace hl::pagetext
