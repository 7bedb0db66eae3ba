#pragma once

#include "graph/graphdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

class GraphScene;

// The graph's key: one row per kind present (its shape, in its colour; clusters and accounts
// are outlined only, their colour being the risk), the risk ramp, and the flagged ring. Painted
// in device coordinates at the bottom-left of an area: by the view over its viewport, and by
// exports over the image.
class GraphLegend
{
    Q_DECLARE_TR_FUNCTIONS(hl::GraphLegend)
public:
    struct Content
    {
        std::vector<GraphNodeKind> kinds;
        bool riskRamp = false;
        bool flagged = false;
        bool isEmpty() const { return kinds.empty(); }
    };
    static Content contentOf(const GraphScene &scene);

    // The rectangle the legend takes at the bottom-left of `area`; its entries go into up to three
    // columns in a low area; empty when the area is too small for it to leave the graph visible.
    static QRectF rect(const Content &content, const QRectF &area, const QFont &font);
    // Paints it there (world transform must map device coordinates); returns rect().
    static QRectF paint(QPainter *painter, const Content &content, const QRectF &area, const QFont &font);
};

} // namespace hl
