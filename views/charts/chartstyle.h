#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QPainter)

// Drawing helpers shared by the exported charts and the briefing's pages (issue 6), so that they
// look alike and read in greyscale: every series has a fill pattern (hatching, dots, crossing
// lines) besides its colour, drawn as plain vector lines so PNG, SVG and PDF show the same.
// Coordinates are logical pixels (1/96 inch); the writers scale to the device.
namespace hl::chartstyle {

enum class Pattern { Solid, Hatch, Dots, Cross, Horizontal };

struct Swatch
{
    QColor fill;
    Pattern pattern = Pattern::Solid;
    QColor lines = Qt::black; // the pattern's colour
};

// The series styles: strong (a campaign, distillation), its contrast (the whole case), benign,
// unsure and unlabelled.
Swatch campaignSwatch();
Swatch populationSwatch();
Swatch benignSwatch();
Swatch unsureSwatch();
Swatch unlabelledSwatch();

// Fills `rect` with the swatch, outlined in dark grey.
void fillBar(QPainter &painter, const QRectF &rect, const Swatch &swatch);
// A legend entry: a 14×10 swatch and its text; returns the width used.
qreal drawLegendEntry(QPainter &painter, QPointF topLeft, const Swatch &swatch, const QString &text);

// The charts' font at `pointSize` (DejaVu Sans where installed, as in the app).
QFont font(qreal pointSize, bool bold = false);
// The stamps' font: monospaced (DejaVu Sans Mono), which has no ligatures, so that a hash such as
// "…14ff" reads and copies from a PDF as typed, not as the ligature "ﬀ".
QFont stampFont(qreal pointSize);

// 0 … max in 4 to 6 steps of 1, 2, 2.5 or 5 times a power of ten, for a value axis.
struct NiceScale
{
    double max = 1;
    double step = 1;
};
NiceScale niceScale(double top);

// The stamp line at the bottom of `rect`, small and grey (DataStamp::text()).
void drawStamp(QPainter &painter, const QRectF &rect, const QString &text);
// Height the stamp takes at the bottom of a picture.
constexpr qreal StampHeight = 16;

} // namespace hl::chartstyle
