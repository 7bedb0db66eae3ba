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

void EdgeLayerItem::setForcedDetail(std::optional<LevelOfDetail::Edges> detail)
{
    m_forced = detail;
    update();
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
    const auto where = GraphScene::paintArea(painter, option, m_bounds);
    if (!where)
        return;
    const auto [scale, screen, area] = *where;

    const QPointF *pos = model->positions().data();
    const std::size_t n = model->positions().size();
    const auto &edges = graph->edges;
    auto meets = [pos](const GraphEdge &e, const QRectF &r) {
        const QPointF p = pos[e.a], q = pos[e.b];
        return std::max(p.x(), q.x()) >= r.left() && std::min(p.x(), q.x()) <= r.right()
               && std::max(p.y(), q.y()) >= r.top() && std::min(p.y(), q.y()) <= r.bottom();
    };
    auto shown = [model, n](const GraphEdge &e) {
        return e.a < n && e.b < n && !model->isHidden(int(e.a)) && !model->isHidden(int(e.b));
    };

    auto collect = [&](std::size_t i) {
        const GraphEdge &e = edges[i];
        if (!model->isSelected(int(e.a)) && !model->isSelected(int(e.b))) // those come below
            m_lines[m_bucket[i]].emplace_back(pos[e.a], pos[e.b]);
    };
    for (auto &l : m_lines)
        l.clear();

    // How many are on screen (not only in the exposed part, so a partial repaint decides as a
    // full one would). Far away the whole graph is usually on screen: then no loop is needed;
    // otherwise one pass counts on screen and collects what meets the exposed area.
    int count = 0;
    bool collected = false;
    if (screen == m_bounds && model->hiddenCount() == 0) {
        count = int(edges.size());
    } else {
        const bool whole = area == screen;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const GraphEdge &e = edges[i];
            if (!shown(e) || !meets(e, screen))
                continue;
            ++count;
            if (whole || meets(e, area))
                collect(i);
        }
        collected = true;
    }
    m_lastCount = count;
    const LevelOfDetail::Edges detail = m_forced               ? *m_forced
                                        : m_scene->fullDetail() ? LevelOfDetail::Edges::Weighted
                                                                : LevelOfDetail::edges(2 * GraphStyle::MinRadius * scale, count);
    if (detail == LevelOfDetail::Edges::None) {
        for (auto &l : m_lines)
            l.clear();
    } else if (!collected) {
        for (std::size_t i = 0; i < edges.size(); ++i)
            if (shown(edges[i]) && meets(edges[i], area))
                collect(i);
    }

    // The selected nodes' edges, through the adjacency (an edge between two selected nodes once).
    m_selectedLines.clear();
    for (int row : model->selection()) {
        for (std::uint32_t i : model->edgesOf(row)) {
            const GraphEdge &e = edges[i];
            const int other = int(e.a) == row ? int(e.b) : int(e.a);
            if ((model->isSelected(other) && other < row) || !shown(e) || !meets(e, area))
                continue;
            m_selectedLines.emplace_back(pos[e.a], pos[e.b]);
        }
    }

    painter->save();
    painter->setBrush(Qt::NoBrush);
    QColor colour = GraphStyle::edgeColour();
    if (detail == LevelOfDetail::Edges::Thin) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        colour.setAlpha(LevelOfDetail::thinEdgeAlpha(count));
        QPen pen(colour, 0); // cosmetic hairline
        painter->setPen(pen);
        for (const auto &l : m_lines)
            if (!l.empty())
                painter->drawLines(l.data(), int(l.size()));
    } else if (detail == LevelOfDetail::Edges::Weighted) {
        painter->setRenderHint(QPainter::Antialiasing, LevelOfDetail::antialiased(detail, count));
        colour.setAlpha(WeightedAlpha);
        for (int b = 0; b < WeightBuckets; ++b) {
            const auto &l = m_lines[std::size_t(b)];
            if (l.empty())
                continue;
            QPen pen(colour, WeightedWidth[b]);
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::FlatCap); // round caps cost five times as much, and hide under nodes
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
