#pragma once

#include <QRectF>

#include <vector>

#include <QtGlobal>

namespace hl {

// What the graph view draws at a given zoom: pure decisions from the on-screen size of a node
// (pixels) and how many nodes, edges or labels would be on screen, so every boundary has a
// data-driven test (tst_graphview). The layers ask this, nothing else decides.
//
// "Node pixels" is the on-screen diameter of the smallest node (GraphStyle::MinRadius × 2 ×
// the view's scale, as from QStyleOptionGraphicsItem::levelOfDetailFromTransform); a label is
// decided per node with that node's own diameter.
struct LevelOfDetail
{
    enum class Nodes {
        Dots,     // far: one filled rectangle per node, one colour per batch, no antialiasing
        Shapes,   // mid: the kind's shape filled, no outline
        Outlined, // near: shapes with outline, flagged and selection rings, antialiased
    };
    enum class Edges {
        None,     // too many edges on screen: a grey fog that costs more than the nodes
        Thin,     // hairlines, translucent
        Weighted, // width by weight
    };

    // Nodes smaller than this on screen are dots.
    static constexpr qreal ShapeMinPixels = 5.0;
    // Shapes get outlines and rings from this size on.
    static constexpr qreal OutlineMinPixels = 12.0;
    // More nodes than this on screen are drawn as dots, however large.
    static constexpr int ShapeMaxNodes = 20000;
    // More nodes than this on screen get no outlines.
    static constexpr int OutlineMaxNodes = 4000;
    // A node gets a label from this on-screen diameter on...
    static constexpr qreal LabelMinPixels = 18.0;
    // ...and only while at most this many labels would be on screen (else only selected nodes').
    static constexpr int LabelCap = 300;
    // More edges than this on screen are not drawn at all (only the selected nodes' ones): far
    // away they are a grey fog, and long ones cost ~3 ns per pixel each (150,000 edges across a
    // 1920×1080 picture take half a second). In practice only reached far away.
    static constexpr int EdgeCap = 50000;
    // Edges are drawn by weight from this node size on, with at most this many on screen...
    static constexpr qreal WeightedEdgeMinPixels = 12.0;
    static constexpr int WeightedEdgeMaxEdges = 3000;
    // ...and antialiased while at most this many are: a wide antialiased line costs ~50 ns per
    // pixel in QPainter's raster engine, 5-10 times a plain one.
    static constexpr int AntialiasedEdgeMaxEdges = 500;
    // An export draws shapes, outlines and labels whatever the scale while it holds at most this
    // many nodes (a slide of a cluster, not of the overview).
    static constexpr int ExportFullDetailMaxNodes = 3000;

    // Hairlines fade as more are on screen, so a dense cluster stays a light web and its nodes
    // show through: this opacity (of 255) up to ThinEdgeFewEdges, then ThinEdgeMidAlpha up to
    // ThinEdgeManyEdges, then ThinEdgeManyAlpha.
    static constexpr int ThinEdgeFewEdges = 2000;
    static constexpr int ThinEdgeManyEdges = 10000;
    static constexpr int ThinEdgeFewAlpha = 110;
    static constexpr int ThinEdgeMidAlpha = 60;
    static constexpr int ThinEdgeManyAlpha = 32;

    static Nodes nodes(qreal nodePixels, int nodesOnScreen);
    static Edges edges(qreal nodePixels, int edgesOnScreen);
    static int thinEdgeAlpha(int edgesOnScreen)
    {
        return edgesOnScreen <= ThinEdgeFewEdges    ? ThinEdgeFewAlpha
               : edgesOnScreen <= ThinEdgeManyEdges ? ThinEdgeMidAlpha
                                                    : ThinEdgeManyAlpha;
    }
    static bool labelCandidate(qreal nodeDiameterPixels) { return nodeDiameterPixels >= LabelMinPixels; }
    static bool labels(int candidatesOnScreen) { return candidatesOnScreen <= LabelCap; }
    // A picture's labels: of `boxes` (device coordinates, most important first), each one that
    // lies inside `inside` (unless that is empty) and overlaps no box kept before it.
    static std::vector<bool> pictureLabels(const std::vector<QRectF> &boxes, const QRectF &inside);
    static bool antialiased(Nodes nodes) { return nodes == Nodes::Outlined; }
    static bool antialiased(Edges edges, int edgesOnScreen)
    {
        return edges == Edges::Weighted && edgesOnScreen <= AntialiasedEdgeMaxEdges;
    }
};

} // namespace hl
