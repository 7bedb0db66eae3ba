#include "graph/graphview.h"

#include "graph/graphlegend.h"
#include "graph/graphmodel.h"
#include "graph/graphscene.h"
#include "graph/graphstyle.h"
#include "graph/levelofdetail.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// A click within this many pixels of a node's rim hits it.
constexpr qreal HitTolerancePixels = 3.0;

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
    , m_emptyText(tr("No graph to show."))
{
    setViewportUpdateMode(SmartViewportUpdate);
    setCacheMode(CacheNone);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setRenderHint(QPainter::Antialiasing, false); // the layers turn it on when near
    setRenderHint(QPainter::TextAntialiasing, true);
    setDragMode(NoDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    // Panning is by dragging; scroll bars would only take room (and the scene rect follows zoom).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    m_band->hide();
}

GraphView::~GraphView() = default;

void GraphView::setScene(GraphScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    QGraphicsView::setScene(scene);
    if (scene) {
        connect(scene, &GraphScene::graphChanged, this, &GraphView::graphChanged);
        connect(scene, &GraphScene::positionsRebuilt, this, &GraphView::positionsRebuilt);
        connect(scene, &GraphScene::boundsChanged, this, [this] { updateSceneRect(true); });
    }
    graphChanged();
}

GraphModel *GraphView::model() const
{
    return m_scene ? m_scene->model() : nullptr;
}

bool GraphView::hasDrawableNodes() const
{
    return m_scene && m_scene->grid().size() > 0;
}

void GraphView::graphChanged()
{
    m_drag = Drag::None;
    m_band->hide();
    m_fitPending = true;
    positionsRebuilt();
}

void GraphView::positionsRebuilt()
{
    // The first positions of a graph are fitted; a later layout keeps what the user looks at.
    if (m_fitPending && hasDrawableNodes()) {
        fitAll();
        m_fitPending = !isVisible(); // fit again once shown at its real size
    } else {
        updateSceneRect();
    }
    viewport()->update();
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

qreal GraphView::minScale() const
{
    const QRectF b = m_scene ? m_scene->grid().bounds() : QRectF();
    if (b.isEmpty())
        return 1e-3;
    const qreal fit = std::min(viewport()->width() / b.width(), viewport()->height() / b.height());
    return std::clamp(fit * 0.5, 1e-6, MaxScale);
}

void GraphView::updateSceneRect(bool growOnly)
{
    // The nodes plus one viewport on each side: any node can be panned to any edge, and zooming
    // around the cursor is never stopped by the scene's border.
    QRectF b = m_scene ? m_scene->grid().bounds() : QRectF();
    if (b.isEmpty())
        b = QRectF(-1, -1, 2, 2);
    const qreal s = std::max(zoom(), 1e-9);
    const qreal w = viewport()->width() / s, h = viewport()->height() / s;
    QRectF wanted = b.adjusted(-w, -h, w, h);
    if (growOnly) { // a drag beyond the nodes: leave the view where it is unless it must grow,
        if (sceneRect().contains(wanted))
            return;
        // and then by another viewport, so a drag grows it about once (each time may move the
        // view by a pixel of rounding).
        wanted = (wanted.adjusted(-w, -h, w, h)) | sceneRect();
    }
    // A new scene rectangle moves what the scroll bars' values show: keep the centre.
    const QPointF centre = mapToScene(viewport()->rect().center());
    setSceneRect(wanted);
    QGraphicsView::centerOn(centre);
}

void GraphView::setScale(qreal scale, QPointF sceneAnchor, QPointF viewportPos)
{
    scale = std::clamp(scale, minScale(), MaxScale);
    setTransform(QTransform::fromScale(scale, scale));
    updateSceneRect();
    const QPointF centre = QRectF(viewport()->rect()).center();
    QGraphicsView::centerOn(sceneAnchor + (centre - viewportPos) / scale);
    Q_EMIT zoomChanged(scale);
}

void GraphView::zoomBy(qreal factor, QPointF viewportPos)
{
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setScale(zoom() * factor, anchor, viewportPos);
}

void GraphView::zoomIn()
{
    zoomBy(ZoomStep, QRectF(viewport()->rect()).center());
}

void GraphView::zoomOut()
{
    zoomBy(1 / ZoomStep, QRectF(viewport()->rect()).center());
}

void GraphView::resetZoom()
{
    const QPointF centre = QRectF(viewport()->rect()).center();
    setScale(1.0, mapToScene(centre.toPoint()), centre);
}

void GraphView::fitAll()
{
    if (!hasDrawableNodes())
        return;
    const QRectF r = m_scene->visibleNodesRect();
    if (r.isEmpty())
        return;
    const qreal margin = 1.08;
    auto fitIn = [&](const QRectF &a) {
        return a.isEmpty() ? 0.0 : std::min(a.width() / (r.width() * margin), a.height() / (r.height() * margin));
    };
    // Beside or above the legend, whichever shows the graph larger: fitted, nothing hides under it.
    QRectF area(viewport()->rect());
    if (const QRect legend = m_legendVisible ? legendRect() : QRect(); !legend.isEmpty()) {
        QRectF right = area, above = area;
        right.setLeft(legend.right() + 1);
        above.setBottom(legend.top() - 1);
        area = fitIn(right) >= fitIn(above) ? right : above;
    }
    setScale(std::min(fitIn(area), MaxScale), r.center(), area.center());
}

void GraphView::centerOnRow(int row)
{
    GraphModel *m = model();
    if (!m || row < 0 || row >= m->rowCount() || !m->hasPositions())
        return;
    // Readable: the node large enough for its label, and the smallest nodes outlined.
    const qreal r = m_scene->radii()[std::size_t(row)];
    const qreal readable = std::max(1.5 * LevelOfDetail::LabelMinPixels / (2 * r),
                                    LevelOfDetail::OutlineMinPixels / (2 * GraphStyle::MinRadius));
    const QPointF p = m->position(row);
    setScale(std::max(zoom(), readable), p, QRectF(viewport()->rect()).center());
}

QRectF GraphView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void GraphView::setLegendVisible(bool visible)
{
    if (m_legendVisible == visible)
        return;
    m_legendVisible = visible;
    viewport()->update();
}

void GraphView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

int GraphView::nodeAtViewport(QPoint pos) const
{
    if (!hasDrawableNodes())
        return -1;
    return m_scene->nodeAt(mapToScene(pos), HitTolerancePixels / std::max(zoom(), 1e-9));
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const qreal steps = (delta.y() != 0 ? delta.y() : delta.x()) / 120.0; // one notch = one step
    if (steps == 0 || !hasDrawableNodes()) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(ZoomStep, steps), event->position());
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    GraphModel *m = model();
    if (!m || (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressPos);
    m_dragMoved = false;
    m_pressNode = -1;
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
    } else if (mods & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
        m_band->setGeometry(QRect(m_pressPos, QSize()));
        m_band->show();
    } else if (const int node = nodeAtViewport(m_pressPos); node >= 0) {
        m_pressNode = node;
        if (mods & Qt::ControlModifier)
            m->toggleSelected(node);
        else if (!m->isSelected(node))
            m->setSelection({node});
        m_drag = m->isSelected(node) ? Drag::MoveNodes : Drag::None;
        m_movingRows = m->selection();
        m_movingFrom.clear();
        m_movingFrom.reserve(m_movingRows.size());
        for (int row : m_movingRows)
            m_movingFrom.push_back(m->position(row));
    } else {
        m_drag = Drag::Pan;
    }
    event->accept();
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragMoved = true;
    switch (m_drag) {
    case Drag::Pan: {
        viewport()->setCursor(Qt::ClosedHandCursor);
        const QPoint d = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        break;
    }
    case Drag::MoveNodes: {
        const QPointF d = mapToScene(pos) - m_pressScenePos;
        std::vector<QPointF> to(m_movingFrom.size());
        for (std::size_t i = 0; i < to.size(); ++i)
            to[i] = m_movingFrom[i] + d;
        model()->moveNodes(m_movingRows, to);
        break;
    }
    case Drag::RubberBand: m_band->setGeometry(QRect(m_pressPos, pos).normalized()); break;
    case Drag::None: break;
    }
    m_lastPos = pos;
    event->accept();
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    GraphModel *m = model();
    if (m_drag == Drag::None || !m) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (m_drag) {
    case Drag::Pan:
        viewport()->unsetCursor();
        if (!m_dragMoved && !ctrl && event->button() == Qt::LeftButton)
            m->clearSelection(); // a click on empty space
        break;
    case Drag::MoveNodes:
        if (!m_dragMoved && !ctrl && m->selection().size() > 1)
            m->setSelection({m_pressNode}); // a click (no drag) on one of several selected
        break;
    case Drag::RubberBand: {
        m_band->hide();
        const QRect r = QRect(m_pressPos, event->position().toPoint()).normalized();
        std::vector<int> rows = m_scene->nodesIn(mapToScene(r).boundingRect());
        if (ctrl)
            rows.insert(rows.end(), m->selection().begin(), m->selection().end());
        m->setSelection(std::move(rows));
        break;
    }
    case Drag::None: break;
    }
    m_drag = Drag::None;
    m_movingRows.clear();
    m_movingFrom.clear();
    event->accept();
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    m_drag = Drag::None;
    if (const int node = nodeAtViewport(event->position().toPoint()); node >= 0)
        Q_EMIT nodeActivated(node);
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_F: fitAll(); return;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        case Qt::Key_0: resetZoom(); return;
        case Qt::Key_Escape:
            if (GraphModel *m = model(); m && !m->selection().empty()) {
                m->clearSelection();
                return;
            }
            break;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    GraphModel *m = model();
    if (!m) {
        event->ignore();
        return;
    }
    const int node = nodeAtViewport(event->pos());
    if (node >= 0 && !m->isSelected(node))
        m->setSelection({node});
    Q_EMIT contextMenuRequested(m->selection(), event->globalPos());
    event->accept();
}

QString GraphView::toolTipFor(int row) const
{
    const GraphNode &n = model()->node(row);
    const QLocale locale;
    QString tip = u"<b>"_s + n.label.toHtmlEscaped() + u"</b><br>"_s + GraphModel::kindName(n.kind).toHtmlEscaped();
    if (n.risk >= 0) {
        const QString risk = locale.toString(n.risk, 'f', 2);
        tip += u"<br>"_s + (n.flagged ? tr("Risk %1, flagged").arg(risk) : tr("Risk %1").arg(risk));
    }
    const int size = int(std::clamp(n.size, 0.0, 2.0e9));
    switch (n.kind) {
    case GraphNodeKind::Cluster: tip += u"<br>"_s + tr("%n account(s)", nullptr, size); break;
    case GraphNodeKind::Account: tip += u"<br>"_s + tr("%n exchange(s)", nullptr, size); break;
    default: tip += u"<br>"_s + tr("Used by %n account(s)", nullptr, size); break;
    }
    if (model()->isPinned(row))
        tip += u"<br><i>"_s + tr("Pinned (placed by hand)") + u"</i>"_s;
    return tip;
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAtViewport(help->pos());
        if (node >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(node), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && hasDrawableNodes()) {
        fitAll();
        m_fitPending = !isVisible();
        return;
    }
    updateSceneRect();
    QGraphicsView::centerOn(centre);
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    // A graph set while the view was hidden is fitted now that the viewport has its real size.
    if (m_fitPending && hasDrawableNodes()) {
        fitAll();
        m_fitPending = false;
    }
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    // The legend stays put while the scene scrolls under it: repaint where it was and is.
    if (m_legendVisible && hasDrawableNodes()) {
        const QRect legend = legendRect();
        viewport()->update(legend);
        viewport()->update(legend.translated(dx, dy));
    }
}

QRect GraphView::legendRect() const
{
    if (!m_scene)
        return {};
    return GraphLegend::rect(GraphLegend::contentOf(*m_scene), QRectF(viewport()->rect()), font())
        .toAlignedRect()
        .adjusted(-2, -2, 2, 2);
}

void GraphView::drawForeground(QPainter *painter, const QRectF &)
{
    const bool drawable = hasDrawableNodes();
    if (drawable && !m_legendVisible)
        return;
    painter->save();
    // Viewport coordinates, whatever the painter maps (paintEvent, or render() into an image).
    painter->setWorldTransform(viewportTransform().inverted() * painter->worldTransform());
    const QRectF area(viewport()->rect());
    if (!drawable) {
        if (!m_emptyText.isEmpty()) {
            painter->setPen(QColor(0x70, 0x70, 0x70)); // on the scene's white
            painter->setFont(font());
            painter->drawText(area.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
    } else {
        GraphLegend::paint(painter, GraphLegend::contentOf(*m_scene), area, font());
    }
    painter->restore();
}

} // namespace hl
