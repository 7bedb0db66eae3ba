#include "graph/graphlegend.h"

#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace hl {

namespace {

struct Metrics
{
    qreal line, icon, pad, gap, margin, ramp;
    explicit Metrics(const QFontMetricsF &fm)
        : line(std::max(fm.height(), 14.0) + 4)
        , icon(std::max(fm.height() * 0.8, 10.0))
        , pad(8)
        , gap(6)
        , margin(10)
        , ramp(std::max(fm.height() * 0.7, 8.0))
    {
    }
};

QString riskTitle() { return GraphLegend::tr("Risk (clusters, accounts)"); }
QString lowText() { return GraphLegend::tr("low"); }
QString highText() { return GraphLegend::tr("high"); }
QString flaggedText() { return GraphLegend::tr("Flagged"); }

} // namespace

GraphLegend::Content GraphLegend::contentOf(const GraphScene &scene)
{
    return Content{scene.kindsPresent(), scene.hasRiskColours(), scene.hasFlagged()};
}

namespace {

// Where everything goes: the entries (kinds, then "Flagged") in as few columns as keep them
// under half the area's height, the ramp below across the whole width.
struct Layout
{
    QRectF box;
    int entries = 0, rowsPerColumn = 0;
    qreal columnWidth = 0, rampTop = 0;
};

Layout layoutOf(const GraphLegend::Content &content, const QRectF &area, const QFontMetricsF &fm, const Metrics &m)
{
    Layout l;
    if (content.isEmpty())
        return l;
    qreal textWidth = 0;
    for (GraphNodeKind k : content.kinds)
        textWidth = std::max(textWidth, fm.horizontalAdvance(GraphModel::kindName(k)));
    l.entries = int(content.kinds.size());
    if (content.flagged) {
        textWidth = std::max(textWidth, fm.horizontalAdvance(flaggedText()));
        ++l.entries;
    }
    l.columnWidth = m.icon + m.gap + textWidth + m.pad;
    int columns = 1;
    while (columns < 3 && (l.entries + columns - 1) / columns * m.line > area.height() * 0.45)
        ++columns;
    l.rowsPerColumn = (l.entries + columns - 1) / columns;
    columns = (l.entries + l.rowsPerColumn - 1) / l.rowsPerColumn;
    qreal width = columns * l.columnWidth - m.pad;
    qreal height = l.rowsPerColumn * m.line;
    l.rampTop = height;
    if (content.riskRamp) {
        width = std::max(width, fm.horizontalAdvance(riskTitle()));
        width = std::max(width, fm.horizontalAdvance(lowText()) + fm.horizontalAdvance(highText()) + 40);
        height += m.line + m.ramp + fm.height() + 4;
    }
    const QSizeF size(width + 2 * m.pad, height + 2 * m.pad);
    // In a small area the legend would hide the graph: leave it out.
    if (size.width() + m.margin > area.width() * 0.6 || size.height() + m.margin > area.height() * 0.8)
        return Layout{};
    l.box = QRectF(QPointF(area.left() + m.margin, area.bottom() - m.margin - size.height()), size);
    return l;
}

} // namespace

QRectF GraphLegend::rect(const Content &content, const QRectF &area, const QFont &font)
{
    const QFontMetricsF fm(font);
    return layoutOf(content, area, fm, Metrics(fm)).box;
}

QRectF GraphLegend::paint(QPainter *painter, const Content &content, const QRectF &area, const QFont &font)
{
    const QFontMetricsF fm(font);
    const Metrics m(fm);
    const Layout l = layoutOf(content, area, fm, m);
    const QRectF box = l.box;
    if (box.isEmpty())
        return box;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 4, 4);

    const QColor text = GraphStyle::labelColour();
    int entry = 0;
    // The top-left of the next entry's cell, column by column.
    auto cell = [&] {
        const int column = entry / l.rowsPerColumn, row = entry % l.rowsPerColumn;
        ++entry;
        return QPointF(box.left() + m.pad + column * l.columnWidth, box.top() + m.pad + row * m.line);
    };
    auto label = [&](QPointF at, const QString &s) {
        painter->setPen(text);
        painter->drawText(QRectF(at.x() + m.icon + m.gap, at.y(), l.columnWidth, m.line),
                          Qt::AlignVCenter | Qt::AlignLeft, s);
    };
    for (GraphNodeKind k : content.kinds) {
        const QPointF at = cell();
        const bool byRisk = GraphStyle::coloursByRisk(k);
        const QColor fill = byRisk ? QColor(Qt::white) : GraphStyle::kindColour(k);
        painter->setBrush(fill);
        painter->setPen(QPen(byRisk ? QColor(0x50, 0x50, 0x50) : GraphStyle::outlineColour(fill), 1.2));
        const QPointF c(at.x() + m.icon / 2, at.y() + m.line / 2);
        const qreal r = m.icon / 2;
        const GraphStyle::Shape shape = GraphStyle::shape(k);
        GraphStyle::drawShape(painter, shape, c, r);
        if (shape == GraphStyle::Shape::RingedCircle) {
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(c, r * 0.62, r * 0.62);
        }
        label(at, GraphModel::kindName(k));
    }
    if (content.flagged) {
        const QPointF at = cell();
        const QPointF c(at.x() + m.icon / 2, at.y() + m.line / 2);
        painter->setBrush(GraphStyle::riskColour(0.9));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(c, m.icon * 0.35, m.icon * 0.35);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(GraphStyle::flaggedColour(), 1.6));
        painter->drawEllipse(c, m.icon * 0.5, m.icon * 0.5);
        label(at, flaggedText());
    }
    if (content.riskRamp) {
        const qreal left = box.left() + m.pad;
        qreal y = box.top() + m.pad + l.rampTop;
        painter->setPen(text);
        painter->drawText(QRectF(left, y, box.width(), m.line), Qt::AlignVCenter | Qt::AlignLeft, riskTitle());
        y += m.line;
        const QRectF bar(left, y, box.width() - 2 * m.pad, m.ramp);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 20; ++i)
            g.setColorAt(i / 20.0, GraphStyle::riskColour(i / 20.0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(g);
        painter->drawRect(bar);
        y += m.ramp + 2;
        painter->setPen(text);
        const QRectF under(left, y, bar.width(), fm.height());
        painter->drawText(under, Qt::AlignLeft | Qt::AlignTop, lowText());
        painter->drawText(under, Qt::AlignRight | Qt::AlignTop, highText());
    }
    painter->restore();
    return box;
}

} // namespace hl
