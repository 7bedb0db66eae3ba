#include "graph/edgelayeritem.h"

#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/levelofdetail.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

// Device-pixel widths of the weight buckets (near), and the pens' opacity.
constexpr qreal WeightedWidth[EdgeLayerItem::WeightBuckets] = {1.0, 1.6, 2.4, 3.4};
constexpr int ThinAlpha = 70;
constexpr int WeightedAlpha = 150;

} // namespace

EdgeLayerItem::EdgeLayerItem(const GraphScene *scene)
    : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
}

void EdgeLayerItem::resetGraph()
{
    const auto &graph = m_scene->model()->graph();
    m_bucket.clear();
    if (!graph)
        return;
    float heaviest = 0;
    for (const GraphEdge &e : graph->edges)
        heaviest = std::max(heaviest, e.weight);
    m_bucket.resize(graph->edges.size(), 0);
    if (!(heaviest > 1))
        return; // all weights alike: all in the thinnest bucket
    const double top = std::log1p(double(heaviest));
    for (std::size_t i = 0; i < graph->edges.size(); ++i) {
        const double w = std::max(0.0, double(graph->edges[i].weight));
        m_bucket[i] = std::uint8_t(std::clamp(int(WeightBuckets * std::log1p(w) / top), 0, WeightBuckets - 1));
    }
}

void EdgeLayerItem::updateBounds()
{
    prepareGeometryChange();
    m_bounds = m_scene->grid().bounds();
}

void EdgeLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const GraphModel *model = m_scene->model();
    const auto &graph = model->graph();
    m_lastCount = 0;
    if (!graph || !model->hasPositions() || graph->edges.empty())
        return;
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!(scale > 0))
        return;
    QRectF screen = GraphScene::deviceSceneRect(painter);
    screen = screen.isEmpty() ? m_bounds : (screen & m_bounds);
    const QRectF area = option->exposedRect.isEmpty() ? screen : (option->exposedRect & screen);
    if (area.isEmpty())
        return;

    // Cull: an edge is drawn when its bounding box meets the area.
    for (auto &l : m_lines)
        l.clear();
    m_selectedLines.clear();
    const QPointF *pos = model->positions().data();
    const std::size_t n = model->positions().size();
    const qreal left = area.left(), right = area.right(), top = area.top(), bottom = area.bottom();
    const auto &edges = graph->edges;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const GraphEdge &e = edges[i];
        if (e.a >= n || e.b >= n)
            continue;
        const QPointF p = pos[e.a], q = pos[e.b];
        if (std::max(p.x(), q.x()) < left || std::min(p.x(), q.x()) > right || std::max(p.y(), q.y()) < top
            || std::min(p.y(), q.y()) > bottom)
            continue;
        if (model->isHidden(int(e.a)) || model->isHidden(int(e.b)))
            continue;
        if (model->isSelected(int(e.a)) || model->isSelected(int(e.b)))
            m_selectedLines.emplace_back(p, q);
        else
            m_lines[m_bucket[i]].emplace_back(p, q);
    }
    int count = int(m_selectedLines.size());
    for (const auto &l : m_lines)
        count += int(l.size());
    m_lastCount = count;

    const LevelOfDetail::Edges detail = m_scene->fullDetail()
                                            ? LevelOfDetail::Edges::Weighted
                                            : LevelOfDetail::edges(2 * GraphStyle::MinRadius * scale, count);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    QColor colour = GraphStyle::edgeColour();
    if (detail == LevelOfDetail::Edges::Thin) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        colour.setAlpha(ThinAlpha);
        QPen pen(colour, 0); // cosmetic hairline
        painter->setPen(pen);
        for (const auto &l : m_lines)
            if (!l.empty())
                painter->drawLines(l.data(), int(l.size()));
    } else if (detail == LevelOfDetail::Edges::Weighted) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        colour.setAlpha(WeightedAlpha);
        for (int b = 0; b < WeightBuckets; ++b) {
            const auto &l = m_lines[std::size_t(b)];
            if (l.empty())
                continue;
            QPen pen(colour, WeightedWidth[b]);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::RoundCap);
            painter->setPen(pen);
            painter->drawLines(l.data(), int(l.size()));
        }
    }
    if (!m_selectedLines.empty()) { // emphasised at every level of detail
        QColor sel = GraphStyle::selectionColour();
        sel.setAlpha(200);
        QPen pen(sel, detail == LevelOfDetail::Edges::Weighted ? 2.2 : 1.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(m_selectedLines.data(), int(m_selectedLines.size()));
    }
    painter->restore();
}

} // namespace hl
