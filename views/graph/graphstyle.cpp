#include "graph/graphstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace hl {

namespace {

// Unit polygons (radius 1, y down), built once. Triangles and the pentagon point up, the
// API-key triangle down; the diamond and hexagon are flat-sided to read well at small sizes.
struct Polygons
{
    std::array<QPointF, 4> diamond;
    std::array<QPointF, 3> triangle, triangleDown;
    std::array<QPointF, 5> pentagon;
    std::array<QPointF, 6> hexagon;
    std::array<QPointF, 8> octagon;

    Polygons()
    {
        auto ring = [](QPointF *out, int n, double startDeg) {
            for (int i = 0; i < n; ++i) {
                const double a = (startDeg + 360.0 * i / n) * std::numbers::pi / 180.0;
                out[i] = QPointF(std::cos(a), std::sin(a));
            }
        };
        ring(diamond.data(), 4, -90);
        ring(triangle.data(), 3, -90);
        ring(triangleDown.data(), 3, 90);
        ring(pentagon.data(), 5, -90);
        ring(hexagon.data(), 6, 0);
        ring(octagon.data(), 8, 22.5);
        // Triangles look small beside squares of the same radius: grow them a little (drawShape
        // also shifts them so their bounding box, not their circumcentre, sits on the node).
        for (QPointF &p : triangle)
            p *= 1.2;
        for (QPointF &p : triangleDown)
            p *= 1.2;
    }
};

const Polygons &polygons()
{
    static const Polygons p;
    return p;
}

template<std::size_t N>
void drawPolygon(QPainter *painter, const std::array<QPointF, N> &unit, QPointF c, qreal r)
{
    QPointF pts[N];
    for (std::size_t i = 0; i < N; ++i)
        pts[i] = c + unit[i] * r;
    painter->drawConvexPolygon(pts, int(N));
}

template<std::size_t N>
void addPolygon(QPainterPath &path, const std::array<QPointF, N> &unit, QPointF c, qreal r)
{
    QPolygonF poly;
    for (const QPointF &p : unit)
        poly << c + p * r;
    poly << poly.first();
    path.addPolygon(poly);
}

struct Stop
{
    double at;
    QColor colour;
};

// Light blue (kept blue up to 0.3, so low risk never reads as the no-risk grey), orange at 0.5
// (the flagging threshold), red-orange, dark red. Relative luminance 0.57, 0.44, 0.32, 0.20, 0.08:
// non-increasing along the whole sRGB-interpolated ramp (tst_graphview checks it).
const std::array<Stop, 5> RiskStops = {{
    {0.0, QColor(0xa3, 0xcb, 0xee)},
    {0.3, QColor(0x8a, 0xb6, 0xe2)},
    {0.5, QColor(0xe5, 0x80, 0x2a)},
    {0.75, QColor(0xd4, 0x50, 0x1e)},
    {1.0, QColor(0xa5, 0x0f, 0x15)},
}};

const QColor NoRiskColour(0x9e, 0x9e, 0x9e);

} // namespace

qreal GraphStyle::radius(GraphNodeKind kind, double size)
{
    return nodeRadius(kind, size);
}

GraphStyle::Shape GraphStyle::shape(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Cluster: return Shape::RingedCircle;
    case GraphNodeKind::Account: return Shape::Circle;
    case GraphNodeKind::Ip: return Shape::Square;
    case GraphNodeKind::Asn: return Shape::RoundedSquare;
    case GraphNodeKind::Payment: return Shape::Diamond;
    case GraphNodeKind::EmailDomain: return Shape::Triangle;
    case GraphNodeKind::Device: return Shape::Hexagon;
    case GraphNodeKind::Phone: return Shape::Pentagon;
    case GraphNodeKind::Org: return Shape::Octagon;
    case GraphNodeKind::ApiKey: return Shape::TriangleDown;
    }
    return Shape::Circle;
}

QColor GraphStyle::riskColour(double risk)
{
    if (!(risk >= 0))
        return NoRiskColour;
    risk = std::min(risk, 1.0);
    for (std::size_t i = 1; i < RiskStops.size(); ++i) {
        if (risk > RiskStops[i].at)
            continue;
        const Stop &a = RiskStops[i - 1], &b = RiskStops[i];
        const double f = (risk - a.at) / (b.at - a.at);
        auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
        return QColor(mix(a.colour.red(), b.colour.red()), mix(a.colour.green(), b.colour.green()),
                      mix(a.colour.blue(), b.colour.blue()));
    }
    return RiskStops.back().colour;
}

QColor GraphStyle::kindColour(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Ip: return QColor(0x2a, 0x9d, 0x8f);          // teal
    case GraphNodeKind::Asn: return QColor(0x6a, 0x51, 0xa3);         // purple
    case GraphNodeKind::Payment: return QColor(0xcc, 0x79, 0xa7);     // reddish purple
    case GraphNodeKind::EmailDomain: return QColor(0xb8, 0xa0, 0x00); // olive
    case GraphNodeKind::Device: return QColor(0x5f, 0x6b, 0x73);      // slate
    case GraphNodeKind::Phone: return QColor(0x8c, 0x6d, 0x31);       // brown
    case GraphNodeKind::Org: return QColor(0x3b, 0x7d, 0x3b);         // green
    case GraphNodeKind::ApiKey: return QColor(0x00, 0x72, 0xb2);      // blue
    case GraphNodeKind::Cluster:
    case GraphNodeKind::Account: break;
    }
    return NoRiskColour;
}

QColor GraphStyle::nodeColour(const GraphNode &node)
{
    return coloursByRisk(node.kind) ? riskColour(node.risk) : kindColour(node.kind);
}

int GraphStyle::paletteIndex(const GraphNode &node)
{
    if (!coloursByRisk(node.kind))
        return RiskSteps + int(node.kind);
    if (!(node.risk >= 0))
        return PaletteSize - 1;
    return std::clamp(int(node.risk * RiskSteps), 0, RiskSteps - 1);
}

QColor GraphStyle::paletteColour(int index)
{
    if (index >= 0 && index < RiskSteps)
        return riskColour((index + 0.5) / RiskSteps);
    if (index >= RiskSteps && index < RiskSteps + GraphNodeKindCount)
        return kindColour(GraphNodeKind(index - RiskSteps));
    return NoRiskColour;
}

void GraphStyle::drawShape(QPainter *painter, Shape shape, QPointF c, qreal r)
{
    const Polygons &p = polygons();
    switch (shape) {
    case Shape::Circle:
    case Shape::RingedCircle: painter->drawEllipse(c, r, r); return;
    case Shape::Square: painter->drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); return;
    case Shape::RoundedSquare:
        painter->drawRoundedRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8), r * 0.45, r * 0.45);
        return;
    case Shape::Diamond: drawPolygon(painter, p.diamond, c, r * 1.1); return;
    case Shape::Triangle: drawPolygon(painter, p.triangle, c + QPointF(0, r * 0.2), r); return;
    case Shape::TriangleDown: drawPolygon(painter, p.triangleDown, c - QPointF(0, r * 0.2), r); return;
    case Shape::Hexagon: drawPolygon(painter, p.hexagon, c, r); return;
    case Shape::Pentagon: drawPolygon(painter, p.pentagon, c + QPointF(0, r * 0.08), r); return;
    case Shape::Octagon: drawPolygon(painter, p.octagon, c, r); return;
    }
}

QPainterPath GraphStyle::shapePath(Shape shape, QPointF c, qreal r)
{
    const Polygons &p = polygons();
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
    case Shape::RingedCircle: path.addEllipse(c, r, r); break;
    case Shape::Square: path.addRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); break;
    case Shape::RoundedSquare:
        path.addRoundedRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8), r * 0.45, r * 0.45);
        break;
    case Shape::Diamond: addPolygon(path, p.diamond, c, r * 1.1); break;
    case Shape::Triangle: addPolygon(path, p.triangle, c + QPointF(0, r * 0.2), r); break;
    case Shape::TriangleDown: addPolygon(path, p.triangleDown, c - QPointF(0, r * 0.2), r); break;
    case Shape::Hexagon: addPolygon(path, p.hexagon, c, r); break;
    case Shape::Pentagon: addPolygon(path, p.pentagon, c + QPointF(0, r * 0.08), r); break;
    case Shape::Octagon: addPolygon(path, p.octagon, c, r); break;
    }
    return path;
}

QColor GraphStyle::verdictColour(int verdict)
{
    switch (verdict) {
    case 1: return QColor(0x8e, 0x24, 0xaa); // distillation: purple, apart from the risk ramp's red
    case 2: return QColor(0x00, 0x79, 0x6b); // benign: teal
    case 3: return QColor(0x61, 0x61, 0x61); // unsure: grey
    }
    return {};
}

QString GraphStyle::verdictLetter(int verdict)
{
    switch (verdict) {
    case 1: return QCoreApplication::translate("hl::GraphStyle", "D", "badge: labelled distillation");
    case 2: return QCoreApplication::translate("hl::GraphStyle", "B", "badge: labelled benign");
    case 3: return QStringLiteral("?");
    }
    return {};
}

} // namespace hl
