#pragma once

#include "graph/graphscene.h" // graphScene() returns a QPointer<GraphScene>: needs the whole type

#include <QGraphicsView>
#include <QPointer>
#include <QString>

#include <vector>

QT_FORWARD_DECLARE_CLASS(QRubberBand)

namespace hl {

class GraphModel;

// The graph on screen. Wheel zooms around the cursor; dragging empty space pans; Shift+drag
// selects the nodes in a rectangle (Ctrl+Shift adds them); a click selects a node, Ctrl/Cmd+click
// toggles it, a click on empty space clears the selection; dragging a selected node moves the
// selection (and pins it); a double-click activates a node. Keys: F fits, + and - zoom, 0 shows
// 100 %. Hovering shows a node's label, kind, risk and size. The legend is painted over the
// bottom-left corner, and a text in the middle when there is nothing to draw.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Hides QGraphicsView::setScene: the view needs the graph scene's model and index.
    void setScene(GraphScene *scene);
    GraphScene *graphScene() const { return m_scene; }
    GraphModel *model() const;

    // Shows every visible node (with a small margin), no closer than MaxScale.
    void fitAll();
    void zoomIn();
    void zoomOut();
    void resetZoom(); // 1 scene unit (Graphviz point) = 1 pixel
    // Zooms by `factor` keeping the scene point under `viewportPos` where it is (clamped).
    void zoomBy(qreal factor, QPointF viewportPos);
    qreal zoom() const;
    // Centres a node and zooms in until it is readable (its label shows).
    void centerOnRow(int row);
    void centerOn(int row) { centerOnRow(row); }
    using QGraphicsView::centerOn;
    // The part of the scene the viewport shows (what an export of "the view" covers).
    QRectF visibleSceneRect() const;

    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legendVisible; }
    // Shown centred when the model has no nodes, or none laid out yet.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    static constexpr qreal MaxScale = 20.0;
    static constexpr qreal ZoomStep = 1.25;

Q_SIGNALS:
    void nodeActivated(int row);
    // Right click: the rows the menu is about (the selection, after selecting the clicked node if
    // it was not selected; empty on empty space without selection).
    void contextMenuRequested(std::vector<int> rows, QPoint globalPos);
    void zoomChanged(qreal scale);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Pan, MoveNodes, RubberBand };

    int nodeAtViewport(QPoint pos) const;
    QString toolTipFor(int row) const;
    void setScale(qreal scale, QPointF sceneAnchor, QPointF viewportPos);
    qreal minScale() const;
    void updateSceneRect(bool growOnly = false);
    void graphChanged();
    void positionsRebuilt();
    bool hasDrawableNodes() const;
    QRect legendRect() const;

    QPointer<GraphScene> m_scene;
    QRubberBand *m_band = nullptr;
    Drag m_drag = Drag::None;
    bool m_dragMoved = false;
    QPoint m_pressPos, m_lastPos;
    QPointF m_pressScenePos;
    int m_pressNode = -1;
    std::vector<int> m_movingRows;
    std::vector<QPointF> m_movingFrom;
    bool m_legendVisible = true;
    bool m_fitPending = true;
    QString m_emptyText;
};

} // namespace hl
