#pragma once

#include <QChartView>

QT_FORWARD_DECLARE_CLASS(QRubberBand)

namespace hl {

// A QChartView with a horizontal rubber band that reports the dragged time range instead of
// zooming the axes itself: the timeline zooms by re-bucketing its model (hours when zoomed in),
// which QChartView's own rubber band (it only rescales the axes) cannot do.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    // A drag across the plot, in Unix seconds, from < to.
    void rangeDragged(qint64 from, qint64 to);
    // A Shift+drag: the time range brushed for the other views.
    void rangeBrushed(qint64 from, qint64 to);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF plotRectInView() const;
    double timeAt(double viewX) const;

    QRubberBand *m_band = nullptr;
    double m_originX = 0;
    bool m_dragging = false;
    bool m_brushing = false;
};

} // namespace hl
