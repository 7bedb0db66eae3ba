#include "graph/levelofdetail.h"

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

} // namespace hl
