#pragma once

#include "graph/graphdata.h"

#include <QColor>
#include <QPointF>

QT_FORWARD_DECLARE_CLASS(QPainter)
QT_FORWARD_DECLARE_CLASS(QPainterPath)

namespace hl {

// How a node looks: colour, shape and radius by kind, risk and size. Shared by the graph layers,
// the legend, exports and (later) briefings, so a cluster looks the same everywhere.
//
// Clusters and accounts are circles coloured by risk on a ramp that is safe for the common
// colour-blindnesses (light blue → orange → dark red) and whose luminance falls monotonically,
// so a greyscale print still orders risk. Infrastructure kinds each have their own shape (and a
// muted colour of their own, off the ramp), so they are told apart without colour.
struct GraphStyle
{
    enum class Shape { Circle, RingedCircle, Square, RoundedSquare, Diamond, Triangle, Hexagon, Pentagon, Octagon, TriangleDown };

    // Node radius in scene units (Graphviz points): MinRadius at size 1 (of the kind's unit:
    // accounts for clusters and infrastructure, 100 exchanges for accounts), growing with the
    // square root of the size, clamped to MaxRadius.
    static constexpr qreal MinRadius = NodeMinRadius; // hl::nodeRadius (model/graph/graphdata.h)
    static constexpr qreal MaxRadius = NodeMaxRadius;
    static qreal radius(GraphNodeKind kind, double size);
    static qreal radius(const GraphNode &node) { return radius(node.kind, node.size); }

    static Shape shape(GraphNodeKind kind);
    static bool coloursByRisk(GraphNodeKind kind)
    {
        return kind == GraphNodeKind::Cluster || kind == GraphNodeKind::Account;
    }

    // The risk ramp (risk 0..1; below 0 = no risk known: grey).
    static QColor riskColour(double risk);
    static QColor kindColour(GraphNodeKind kind); // infrastructure; clusters and accounts: no-risk grey
    static QColor nodeColour(const GraphNode &node);

    // Nodes are drawn in batches of one colour: the palette is RiskSteps risk colours, then one
    // per kind, then the no-risk grey.
    static constexpr int RiskSteps = 16;
    static constexpr int PaletteSize = RiskSteps + GraphNodeKindCount + 1;
    static int paletteIndex(const GraphNode &node);
    static QColor paletteColour(int index);

    static QColor selectionColour() { return QColor(0x6a, 0x00, 0xf4); } // violet: off the ramp
    static QColor flaggedColour() { return QColor(0x20, 0x20, 0x20); }
    static QColor outlineColour(const QColor &fill) { return fill.darker(170); }
    static QColor edgeColour() { return QColor(0x60, 0x68, 0x70); }
    static QColor labelColour() { return QColor(0x1e, 0x1e, 0x1e); }
    // A label's badge (top right of a node): distillation, benign, unsure (hl::Verdict 1..3).
    static QColor verdictColour(int verdict);
    static QString verdictLetter(int verdict); // "D", "B", "?"; "" for none

    // Fills (with the painter's brush and pen) the shape centred at `centre` with radius `r`,
    // in the painter's current coordinates.
    static void drawShape(QPainter *painter, Shape shape, QPointF centre, qreal r);
    static QPainterPath shapePath(Shape shape, QPointF centre, qreal r);
};

} // namespace hl
