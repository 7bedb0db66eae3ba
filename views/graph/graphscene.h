#pragma once

#include "graph/graphdata.h"
#include "graph/nodegrid.h"

#include <QGraphicsScene>

#include <optional>

#include <cstdint>
#include <vector>

QT_FORWARD_DECLARE_CLASS(QPainter)
QT_FORWARD_DECLARE_CLASS(QStyleOptionGraphicsItem)

namespace hl {

class EdgeLayerItem;
class GraphModel;
class NodeLayerItem;

// The graph as a scene of two items: all edges in one layer, all nodes in another. Per-node
// QGraphicsItems would cost ~300 bytes and a BSP-tree entry each, and the scene would walk
// 100,000 items per paint; the layers instead paint what meets the exposed rectangle, in
// batches, from the model's positions and a grid index (NodeGrid). The scene itself therefore
// uses no index (NoIndex).
//
// The scene follows its GraphModel: a reset rebuilds the caches below, new positions rebuild
// the grid, a drag moves one node in it, selection and visibility changes repaint.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(GraphModel *model, QObject *parent = nullptr);
    ~GraphScene() override;

    GraphModel *model() const { return m_model; }
    const NodeGrid &grid() const { return m_grid; }

    // Per row, derived from the graph once per reset (GraphStyle): radius in scene units and the
    // palette index (GraphStyle::paletteColour) the node is batched under.
    const std::vector<float> &radii() const { return m_radius; }
    const std::vector<std::uint8_t> &paletteIndexes() const { return m_palette; }

    // The visible node under a scene position (tolerance in scene units), or -1.
    int nodeAt(QPointF scenePos, qreal tolerance = 0) const;
    // The visible nodes whose centres lie inside a scene rectangle, ascending.
    std::vector<int> nodesIn(const QRectF &rect) const;
    // The rectangle around the visible nodes (radius included); empty if none.
    QRectF visibleNodesRect() const;

    // What the legend lists: the kinds in the graph (in GraphNodeKind order), whether any node
    // is coloured by risk and whether any is flagged.
    const std::vector<GraphNodeKind> &kindsPresent() const { return m_kinds; }
    bool hasRiskColours() const { return m_hasRisk; }
    bool hasFlagged() const { return m_hasFlagged; }

    void setEdgesVisible(bool visible);
    bool edgesVisible() const;
    // Exports: shapes, outlines and labels whatever the scale (labels still capped), and label
    // fonts scaled. Does not repaint views; set it around QGraphicsScene::render().
    void setFullDetail(bool on) { m_fullDetail = on; }
    bool fullDetail() const { return m_fullDetail; }
    void setFontScale(qreal scale) { m_fontScale = scale; }
    qreal fontScale() const { return m_fontScale; }

    NodeLayerItem *nodeLayer() const { return m_nodes; }
    EdgeLayerItem *edgeLayer() const { return m_edges; }

    // The part of the scene the painter's device shows (its whole surface mapped back through
    // the world transform): what "on screen" means for the levels of detail.
    static QRectF deviceSceneRect(const QPainter *painter);

    // Where a layer with `bounds` paints now: the on-screen scale, the part of it on screen (what
    // the levels of detail count) and the part to repaint (the exposed rectangle within that).
    // nullopt when nothing of it is to be painted.
    struct PaintArea
    {
        qreal scale;
        QRectF screen, area;
    };
    static std::optional<PaintArea> paintArea(const QPainter *painter, const QStyleOptionGraphicsItem *option,
                                              const QRectF &bounds);

Q_SIGNALS:
    // Another graph (or none) is shown; the view fits it.
    void graphChanged();
    // The grid was rebuilt from new positions (a layout).
    void positionsRebuilt();
    // The nodes' bounds (NodeGrid::bounds) changed: new positions, or a drag beyond them.
    void boundsChanged();

private:
    void resetFromModel();
    void rebuildIndex();
    void nodesMoved(const std::vector<int> &rows);
    void updateBounds();

    GraphModel *m_model;
    NodeGrid m_grid;
    std::vector<float> m_radius;
    std::vector<std::uint8_t> m_palette;
    std::vector<GraphNodeKind> m_kinds;
    bool m_hasRisk = false;
    bool m_hasFlagged = false;
    bool m_fullDetail = false;
    qreal m_fontScale = 1.0;
    EdgeLayerItem *m_edges;
    NodeLayerItem *m_nodes;
};

} // namespace hl
