#pragma once

#include <QRectF>
#include <QSize>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QFont)
QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

class GraphScene;

// Writes the part `sceneRect` of the graph (widened to the image's aspect ratio, with a small
// margin; an empty rectangle means all visible nodes) as an image for slides, by the file's
// suffix: .png (a raster at twice `size`, tagged with device pixel ratio 2, so text and shapes
// stay sharp on a projector), .svg (vector, `size` pixels at 96 dpi) or .pdf (vector, one
// landscape page of `size` at 96 dpi, as the timeline's export). White background, legend at the
// bottom-left. Up to LevelOfDetail::ExportFullDetailMaxNodes nodes in the picture are drawn with
// full detail (shapes, outlines, labels) whatever the scale. Returns false with *error saying
// what went wrong (unknown suffix, too small, nothing to draw, cannot write).
bool exportGraphImage(GraphScene *scene, QRectF sceneRect, const QString &path, QSize size = QSize(1920, 1080),
                      QString *error = nullptr);

// Paints the part `sceneRect` of the graph (empty: all visible nodes) into `target` of any
// painter as exportGraphImage() does (white background, legend in a column on the left, full
// detail for small pictures), with labels and legend in `font`. For the chart exports and the
// briefing's pages.
void paintGraphPicture(QPainter *painter, GraphScene *scene, QRectF sceneRect, const QRectF &target, const QFont &font);

} // namespace hl
