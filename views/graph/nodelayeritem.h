#pragma once

#include "graph/graphstyle.h"

#include <QGraphicsItem>
#include <QRect>

#include <array>
#include <vector>

namespace hl {

class GraphScene;

// All nodes of the scene's model in one item (as in Qt's "40000 chips", scaled up): paints the
// visible nodes that meet the exposed rectangle, found through the scene's NodeGrid, at the level
// of detail the on-screen size and count call for (LevelOfDetail): far, one filled rectangle per
// node in device pixels, batched by colour (one drawRects per colour); mid, the kind's shapes;
// near, outlined and antialiased with flagged and selection rings; labels when few enough are on
// screen. Holds row numbers only; positions come from the model.
class NodeLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NodeLayerItem(const GraphScene *scene);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The grid's bounds changed (new positions, a drag outside them).
    void updateBounds();

    // Far away nodes are drawn at least this large (device pixels), so none vanishes.
    static constexpr qreal MinDotPixels = 3.0;

private:
    void paintDots(QPainter *painter, const QRectF &area, qreal scale);
    void paintShapes(QPainter *painter, const QRectF &area, qreal scale, bool outlined);
    void paintBadges(QPainter *painter);
    void paintLabels(QPainter *painter, const QRectF &screen, const QRectF &area, qreal scale, const QFont &font);

    const GraphScene *m_scene;
    QRectF m_bounds;
    // Reused between paints (no allocation per frame): rows or device rectangles per colour.
    std::array<std::vector<QRect>, GraphStyle::PaletteSize> m_dots;
    std::array<std::vector<int>, GraphStyle::PaletteSize> m_rows;
    std::vector<int> m_selected;
    std::vector<int> m_labelled;
};

} // namespace hl
