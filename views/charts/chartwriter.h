#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// How a chart is written (issue 6): the picture's size in millimetres, the PNG's resolution,
// and for PDF optionally a landscape A4 or Letter page instead of a page of the picture's size.
struct ChartOutput
{
    QSizeF sizeMm{254, 143};  // 10 × 5.6 inches, 16:9: a slide
    int dpi = 150;            // PNG: pixels = millimetres / 25.4 × dpi
    std::optional<QPageSize::PageSizeId> page; // PDF: QPageSize::A4 or Letter, landscape
    // Written into the PDF as its creation date instead of the clock, so that the same case
    // gives the same bytes (the writers use the case's last analysis). Invalid: the clock.
    QDateTime pdfDate;
};

// Writes one picture as PNG, SVG or PDF (by the file's suffix). The picture is painted in
// logical pixels (1/96 inch) over a rectangle of sizeMm (or the page's printable area); PNG
// scales that to `dpi` and records the resolution, SVG and PDF stay vector. The same picture
// gives the same PNG and SVG bytes; PDFs too when pdfDate is set.
class ChartWriter
{
    Q_DECLARE_TR_FUNCTIONS(hl::ChartWriter)
public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    // The PNG's size in pixels for `output`.
    static QSize pixelSize(const ChartOutput &output);
    // Checks the file name, size and resolution; false with *error saying what to change.
    static bool check(const QString &path, const ChartOutput &output, QString *error);
    static bool write(const QString &path, const ChartOutput &output, const QString &title, const Paint &paint,
                      QString *error);
};

} // namespace hl
