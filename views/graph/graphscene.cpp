#include "graph/graphscene.h"

#include "graph/edgelayeritem.h"
#include "graph/graphmodel.h"
#include "graph/graphstyle.h"
#include "graph/nodelayeritem.h"

#include <QStyleOptionGraphicsItem>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hl {

GraphScene::GraphScene(GraphModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_grid(model)
    , m_edges(new EdgeLayerItem(this))
    , m_nodes(new NodeLayerItem(this))
{
    setItemIndexMethod(NoIndex); // two items that cull for themselves
    setBackgroundBrush(Qt::white);
    m_edges->setZValue(0);
    m_nodes->setZValue(1);
    addItem(m_edges);
    addItem(m_nodes);

    connect(m_model, &GraphModel::modelReset, this, &GraphScene::resetFromModel);
    connect(m_model, &GraphModel::positionsChanged, this, &GraphScene::rebuildIndex);
    connect(m_model, &GraphModel::nodesMoved, this, &GraphScene::nodesMoved);
    connect(m_model, &GraphModel::selectionChanged, this, [this] {
        m_nodes->update();
        m_edges->update();
    });
    connect(m_model, &GraphModel::verdictsChanged, this, [this] { m_nodes->update(); });
    connect(m_model, &GraphModel::visibilityChanged, this, [this] {
        m_nodes->update();
        m_edges->update();
    });
    resetFromModel();
}

GraphScene::~GraphScene() = default;

void GraphScene::resetFromModel()
{
    const auto &graph = m_model->graph();
    const std::size_t n = graph ? graph->nodes.size() : 0;
    m_radius.resize(n);
    m_palette.resize(n);
    bool kinds[GraphNodeKindCount] = {};
    m_hasRisk = m_hasFlagged = false;
    for (std::size_t i = 0; i < n; ++i) {
        const GraphNode &node = graph->nodes[i];
        m_radius[i] = float(GraphStyle::radius(node));
        m_palette[i] = std::uint8_t(GraphStyle::paletteIndex(node));
        if (int(node.kind) < GraphNodeKindCount)
            kinds[int(node.kind)] = true;
        m_hasRisk = m_hasRisk || (GraphStyle::coloursByRisk(node.kind) && node.risk >= 0);
        m_hasFlagged = m_hasFlagged || node.flagged;
    }
    m_kinds.clear();
    for (int k = 0; k < GraphNodeKindCount; ++k)
        if (kinds[k])
            m_kinds.push_back(GraphNodeKind(k));
    m_edges->resetGraph();
    m_grid.clear();
    if (m_model->hasPositions())
        m_grid.rebuild(m_radius);
    updateBounds();
    Q_EMIT graphChanged();
}

void GraphScene::rebuildIndex()
{
    m_grid.rebuild(m_radius);
    updateBounds();
    Q_EMIT positionsRebuilt();
}

void GraphScene::nodesMoved(const std::vector<int> &rows)
{
    if (m_grid.size() == 0) { // the first positions ever set: index everything
        rebuildIndex();
        return;
    }
    const QRectF before = m_grid.bounds();
    if (rows.size() > 256) {
        m_grid.rebuild(m_radius); // cheaper than a long side list
    } else {
        for (int row : rows)
            m_grid.moved(row);
    }
    if (m_grid.bounds() != before) {
        updateBounds();
    } else {
        m_nodes->update();
        m_edges->update();
    }
}

void GraphScene::updateBounds()
{
    m_nodes->updateBounds();
    m_edges->updateBounds();
    const QRectF b = m_grid.bounds();
    if (b.isEmpty()) {
        setSceneRect(QRectF(0, 0, 1, 1));
    } else {
        const qreal margin = std::max({b.width(), b.height()}) * 0.05 + 2 * GraphStyle::MaxRadius;
        setSceneRect(b.adjusted(-margin, -margin, margin, margin));
    }
    update();
    Q_EMIT boundsChanged();
}

int GraphScene::nodeAt(QPointF scenePos, qreal tolerance) const
{
    return m_grid.nodeAt(scenePos, tolerance);
}

std::vector<int> GraphScene::nodesIn(const QRectF &rect) const
{
    return m_grid.nodesIn(rect);
}

QRectF GraphScene::visibleNodesRect() const
{
    QRectF out;
    m_grid.forEachIn(m_grid.bounds(), [&](int row) {
        const QPointF p = m_model->positions()[std::size_t(row)];
        const qreal r = m_radius[std::size_t(row)];
        out |= QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
    });
    return out;
}

void GraphScene::setEdgesVisible(bool visible)
{
    m_edges->setVisible(visible);
}

bool GraphScene::edgesVisible() const
{
    return m_edges->isVisible();
}

std::optional<GraphScene::PaintArea> GraphScene::paintArea(const QPainter *painter,
                                                           const QStyleOptionGraphicsItem *option, const QRectF &bounds)
{
    const qreal scale = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!(scale > 0))
        return std::nullopt;
    QRectF screen = deviceSceneRect(painter);
    screen = screen.isEmpty() ? bounds : (screen & bounds);
    const QRectF area = option->exposedRect.isEmpty() ? screen : (option->exposedRect & screen);
    if (area.isEmpty())
        return std::nullopt;
    return PaintArea{scale, screen, area};
}

QRectF GraphScene::deviceSceneRect(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    if (!device)
        return {};
    // Images and pixmaps count physical pixels, widgets (and printers, SVG) device-independent
    // ones: the painter's world transform maps to the latter.
    const bool physical = device->devType() == QInternal::Image || device->devType() == QInternal::Pixmap;
    const qreal dpr = physical ? device->devicePixelRatioF() : 1.0;
    const QRectF surface(0, 0, device->width() / dpr, device->height() / dpr);
    bool invertible = false;
    const QTransform inverse = painter->worldTransform().inverted(&invertible);
    return invertible ? inverse.mapRect(surface) : QRectF();
}

} // namespace hl
