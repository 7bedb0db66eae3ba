#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>

QT_FORWARD_DECLARE_CLASS(QPainter)

// Text on the briefing's pages: headings, wrapped paragraphs and bullet lists that flow down a
// column. Each returns the height it used, so a page is laid out top to bottom.
namespace hl::pagetext {

qreal heading(QPainter &painter, QPointF topLeft, qreal width, const QString &text, qreal points = 15);
qreal paragraph(QPainter &painter, QPointF topLeft, qreal width, const QString &text, const QFont &font);
qreal bullets(QPainter &painter, QPointF topLeft, qreal width, const QStringList &items, const QFont &font);

} // namespace hl::pagetext
