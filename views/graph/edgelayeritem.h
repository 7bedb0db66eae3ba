#pragma once

#include "graph/levelofdetail.h"

#include <QGraphicsItem>
#include <QLineF>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class GraphScene;

// All edges of the scene's model in one item: culls them against the exposed rectangle and draws
// the rest with one QPainter::drawLines per width bucket (LevelOfDetail decides: none when too
// many are on screen far away, translucent hairlines, or width by weight). Edges of selected
// nodes are drawn last, in the selection colour; edges of hidden nodes not at all. Holds edge
// indexes only; endpoints come from the model.
class EdgeLayerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr int WeightBuckets = 4;

    explicit EdgeLayerItem(const GraphScene *scene);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // A new graph: recompute each edge's weight bucket (log scale up to the heaviest edge).
    void resetGraph();
    void updateBounds();
    // How many edges the last paint culled to (for the view's status and the benchmark).
    int lastEdgesOnScreen() const { return m_lastCount; }
    // Draws edges this way whatever the level of detail says (the benchmark measures what drawing
    // every edge far away would cost); nullopt: as LevelOfDetail decides.
    void setForcedDetail(std::optional<LevelOfDetail::Edges> detail);
    std::optional<LevelOfDetail::Edges> forcedDetail() const { return m_forced; }

private:
    const GraphScene *m_scene;
    QRectF m_bounds;
    std::vector<std::uint8_t> m_bucket; // per edge
    std::array<std::vector<QLineF>, WeightBuckets> m_lines;
    std::vector<QLineF> m_selectedLines;
    int m_lastCount = 0;
    std::optional<LevelOfDetail::Edges> m_forced;
};

} // namespace hl
