#include "graph/levelofdetail.h"

#include <algorithm>

namespace hl {

LevelOfDetail::Nodes LevelOfDetail::nodes(qreal nodePixels, int nodesOnScreen)
{
    if (nodePixels < ShapeMinPixels || nodesOnScreen > ShapeMaxNodes)
        return Nodes::Dots;
    if (nodePixels < OutlineMinPixels || nodesOnScreen > OutlineMaxNodes)
        return Nodes::Shapes;
    return Nodes::Outlined;
}

LevelOfDetail::Edges LevelOfDetail::edges(qreal nodePixels, int edgesOnScreen)
{
    if (edgesOnScreen > EdgeCap)
        return Edges::None;
    if (nodePixels < WeightedEdgeMinPixels || edgesOnScreen > WeightedEdgeMaxEdges)
        return Edges::Thin;
    return Edges::Weighted;
}

std::vector<bool> LevelOfDetail::pictureLabels(const std::vector<QRectF> &boxes, const QRectF &inside)
{
    std::vector<bool> kept(boxes.size(), false);
    std::vector<QRectF> placed;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if ((!inside.isEmpty() && !inside.contains(boxes[i]))
            || std::any_of(placed.begin(), placed.end(), [&](const QRectF &p) { return p.intersects(boxes[i]); }))
            continue;
        kept[i] = true;
        placed.push_back(boxes[i]);
    }
    return kept;
}

} // namespace hl
