#include "graph/nodelayeritem.h"

#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/levelofdetail.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

// Room around the nodes' bounds for rings and labels (scene units; labels are re-found by a
// widened search, this only keeps the bounding rectangle honest for partial repaints).
constexpr qreal BoundsMargin = 2 * GraphStyle::MaxRadius;
// Label geometry in device pixels (before the font scale).
constexpr qreal LabelMaxWidth = 180;
constexpr qreal LabelGap = 2;

} // namespace

NodeLayerItem::NodeLayerItem(const GraphScene *scene)
    : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only what was uncovered
}

void NodeLayerItem::updateBounds()
{
    prepareGeometryChange();
    const QRectF b = m_scene->grid().bounds();
    m_bounds = b.isEmpty() ? QRectF() : b.adjusted(-BoundsMargin, -BoundsMargin, BoundsMargin, BoundsMargin);
}

void NodeLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const NodeGrid &grid = m_scene->grid();
    if (grid.size() == 0)
        return;
    // "On screen" is what the device shows; "area" what must be repainted now.
    const auto where = GraphScene::paintArea(painter, option, m_bounds);
    if (!where)
        return;
    const auto [scale, screen, area] = *where;

    const bool full = m_scene->fullDetail();
    const qreal minPixels = 2 * GraphStyle::MinRadius * scale;
    const LevelOfDetail::Nodes detail =
        full ? LevelOfDetail::Nodes::Outlined : LevelOfDetail::nodes(minPixels, grid.approximateCountIn(screen));

    // One save for the whole layer (the view does not save per item: DontSavePainterState).
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, LevelOfDetail::antialiased(detail));
    if (detail == LevelOfDetail::Nodes::Dots)
        paintDots(painter, area, scale);
    else
        paintShapes(painter, area, scale, detail == LevelOfDetail::Nodes::Outlined);

    QFont font = widget ? widget->font() : QFont();
    const qreal fontFactor = 0.9 * m_scene->fontScale();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * fontFactor);
    else
        font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * fontFactor))));
    paintLabels(painter, screen, area, scale, font);
    painter->restore();
}

void NodeLayerItem::paintDots(QPainter *painter, const QRectF &area, qreal scale)
{
    const GraphModel *model = m_scene->model();
    const QPointF *pos = model->positions().data();
    const float *radius = m_scene->radii().data();
    const std::uint8_t *palette = m_scene->paletteIndexes().data();
    const QTransform t = painter->worldTransform();
    if (t.type() > QTransform::TxScale) { // rotated or sheared: no device rectangles, draw shapes
        paintShapes(painter, area, scale, false);
        return;
    }
    // Device rectangles with an identity world transform: QPainter's integer fillRect fast path,
    // the same one a plain drawRect loop takes.
    for (auto &d : m_dots)
        d.clear();
    m_selected.clear();
    const qreal sx = t.m11(), sy = t.m22(), dx = t.dx(), dy = t.dy();
    const qreal minHalf = MinDotPixels / 2;
    m_scene->grid().forEachIn(area, [&](int row) {
        if (model->isSelected(row)) {
            m_selected.push_back(row);
            return;
        }
        const QPointF p = pos[row];
        const qreal half = std::max(radius[row] * scale, minHalf);
        const int x0 = int(std::lround(p.x() * sx + dx - half)), y0 = int(std::lround(p.y() * sy + dy - half));
        const int side = std::max(1, int(std::lround(2 * half)));
        m_dots[palette[row]].emplace_back(x0, y0, side, side);
    });
    painter->setWorldTransform(QTransform());
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < GraphStyle::PaletteSize; ++i) {
        const auto &d = m_dots[std::size_t(i)];
        if (d.empty())
            continue;
        painter->setBrush(GraphStyle::paletteColour(i));
        painter->drawRects(d.data(), int(d.size()));
    }
    // Selected nodes on top, larger, in the selection colour.
    if (!m_selected.empty()) {
        auto &d = m_dots[0];
        d.clear();
        for (int row : m_selected) {
            const QPointF p = pos[row];
            const qreal half = std::max(radius[row] * scale, minHalf) + 1.5;
            const int side = std::max(3, int(std::lround(2 * half)));
            d.emplace_back(int(std::lround(p.x() * sx + dx - half)), int(std::lround(p.y() * sy + dy - half)), side,
                           side);
        }
        painter->setBrush(GraphStyle::selectionColour());
        painter->drawRects(d.data(), int(d.size()));
    }
    painter->setWorldTransform(t);
}

void NodeLayerItem::paintShapes(QPainter *painter, const QRectF &area, qreal scale, bool outlined)
{
    const GraphModel *model = m_scene->model();
    const auto &nodes = model->graph()->nodes;
    const QPointF *pos = model->positions().data();
    const float *radius = m_scene->radii().data();
    const std::uint8_t *palette = m_scene->paletteIndexes().data();
    for (auto &r : m_rows)
        r.clear();
    m_selected.clear();
    m_scene->grid().forEachIn(area, [&](int row) {
        m_rows[palette[row]].push_back(row);
        if (model->isSelected(row))
            m_selected.push_back(row);
    });

    const qreal px = 1.0 / scale; // one device pixel in scene units
    for (int i = 0; i < GraphStyle::PaletteSize; ++i) {
        const auto &rows = m_rows[std::size_t(i)];
        if (rows.empty())
            continue;
        const QColor fill = GraphStyle::paletteColour(i);
        painter->setBrush(fill);
        if (outlined) {
            QPen pen(GraphStyle::outlineColour(fill), 1.0);
            pen.setCosmetic(true);
            painter->setPen(pen);
        } else {
            painter->setPen(Qt::NoPen);
        }
        for (int row : rows) {
            const GraphStyle::Shape shape = GraphStyle::shape(nodes[std::size_t(row)].kind);
            GraphStyle::drawShape(painter, shape, pos[row], radius[row]);
            if (outlined && shape == GraphStyle::Shape::RingedCircle) { // a cluster: an inner ring
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(pos[row], radius[row] * 0.62, radius[row] * 0.62);
                painter->setBrush(fill);
            }
        }
    }

    if (outlined) { // flagged: a dark ring just outside the node
        QPen pen(GraphStyle::flaggedColour(), 1.6);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        for (const auto &rows : m_rows)
            for (int row : rows)
                if (nodes[std::size_t(row)].flagged) {
                    const qreal r = radius[row] + 2.5 * px;
                    painter->drawEllipse(pos[row], r, r);
                }
    }
    if (outlined)
        paintBadges(painter);
    if (!m_selected.empty()) { // selected: a thick ring in the selection colour, outside the rest
        QPen pen(GraphStyle::selectionColour(), outlined ? 3.0 : 2.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        for (int row : m_selected) {
            const qreal r = radius[row] + (outlined ? 5.5 : 2.5) * px;
            painter->drawEllipse(pos[row], r, r);
        }
    }
}

// Labelled nodes: a round badge with the verdict's letter at the node's top right, a constant
// size on screen.
void NodeLayerItem::paintBadges(QPainter *painter)
{
    const GraphModel *model = m_scene->model();
    const QPointF *pos = model->positions().data();
    const float *radius = m_scene->radii().data();
    const QTransform t = painter->worldTransform();
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(9);
    bool any = false;
    for (const auto &rows : m_rows)
        for (int row : rows) {
            const int verdict = model->verdict(row);
            if (verdict == 0)
                continue;
            if (!any) {
                painter->setWorldTransform(QTransform());
                painter->setFont(font);
                any = true;
            }
            const qreal r = 6.5;
            const QPointF c = t.map(pos[row] + QPointF(radius[row], -radius[row]) * 0.72);
            painter->setPen(QPen(Qt::white, 1.2));
            painter->setBrush(GraphStyle::verdictColour(verdict));
            painter->drawEllipse(c, r, r);
            painter->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                              GraphStyle::verdictLetter(verdict));
        }
    if (any)
        painter->setWorldTransform(t);
}

void NodeLayerItem::paintLabels(QPainter *painter, const QRectF &screen, const QRectF &area, qreal scale,
                                const QFont &font)
{
    const GraphModel *model = m_scene->model();
    const NodeGrid &grid = m_scene->grid();
    const bool full = m_scene->fullDetail();
    const float *radius = m_scene->radii().data();
    if (!full && !LevelOfDetail::labelCandidate(2 * grid.maxRadius() * scale))
        return; // even the largest node is too small for a label

    auto candidate = [&](int row) { return full || LevelOfDetail::labelCandidate(2 * radius[row] * scale); };
    // Counted over the screen, not the exposed part, so a partial repaint decides as a full one.
    int count = 0, selected = 0;
    grid.forEachIn(screen, [&](int row) {
        if (!candidate(row))
            return;
        ++count;
        if (model->isSelected(row))
            ++selected;
    });
    const bool all = LevelOfDetail::labels(count);
    if (!all && (selected == 0 || !LevelOfDetail::labels(selected)))
        return;

    // Labels hang below their node and reach beyond it: look a little wider than the area.
    const QFontMetricsF fm(font);
    const qreal maxWidth = LabelMaxWidth * m_scene->fontScale();
    const qreal wide = (maxWidth / 2) / scale, tall = (fm.height() + LabelGap) / scale + grid.maxRadius();
    m_labelled.clear();
    grid.forEachIn(area.adjusted(-wide, -tall, wide, 0), [&](int row) {
        if (candidate(row) && (all || model->isSelected(row)))
            m_labelled.push_back(row);
    });
    if (m_labelled.empty())
        return;

    const QTransform t = painter->worldTransform();
    const auto &nodes = model->graph()->nodes;
    const QPointF *pos = model->positions().data();
    painter->setWorldTransform(QTransform()); // text at a constant size in device pixels
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    const QColor halo(255, 255, 255, 210);
    if (full) {
        // A picture labels every node that has room: the selected ones first, then the largest
        // (hubs), and no label over another, so a dense cluster keeps a readable few instead of
        // a smear (the screen thins labels by zoom instead, and repaints parts of itself).
        std::sort(m_labelled.begin(), m_labelled.end(), [&](int a, int b) {
            const bool sa = model->isSelected(a), sb = model->isSelected(b);
            return sa != sb ? sa : radius[a] != radius[b] ? radius[a] > radius[b] : a < b;
        });
    }
    // The boxes first (a picture keeps only those that have room: LevelOfDetail::pictureLabels).
    std::vector<QString> texts;
    std::vector<QRectF> boxes;
    for (int row : m_labelled) {
        texts.push_back(fm.elidedText(nodes[std::size_t(row)].label, Qt::ElideRight, maxWidth));
        const QPointF c = t.map(pos[row]);
        const qreal w = fm.horizontalAdvance(texts.back()) + 4, h = fm.height();
        boxes.emplace_back(c.x() - w / 2, c.y() + radius[row] * scale + LabelGap, w, h);
    }
    const std::vector<bool> keep = full ? LevelOfDetail::pictureLabels(boxes, painter->hasClipping()
                                                                                  ? painter->clipBoundingRect() // device
                                                                                  : QRectF())
                                        : std::vector<bool>(boxes.size(), true);
    for (std::size_t i = 0; i < m_labelled.size(); ++i) {
        if (texts[i].isEmpty() || !keep[i])
            continue;
        const QRectF &box = boxes[i];
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(model->isSelected(m_labelled[i]) ? GraphStyle::selectionColour() : GraphStyle::labelColour());
        painter->drawText(box, Qt::AlignCenter, texts[i]);
    }
    painter->setWorldTransform(t);
}

} // namespace hl
