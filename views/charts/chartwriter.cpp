#include "charts/chartwriter.h"

#include "charts/pdfdeterminism.h"

#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr double LogicalDpi = 96;
constexpr double MmPerInch = 25.4;

QSizeF logicalSize(const ChartOutput &output) { return output.sizeMm / MmPerInch * LogicalDpi; }

} // namespace

QSize ChartWriter::pixelSize(const ChartOutput &output)
{
    const QSizeF inches = output.sizeMm / MmPerInch;
    return QSize(int(std::lround(inches.width() * output.dpi)), int(std::lround(inches.height() * output.dpi)));
}

bool ChartWriter::check(const QString &path, const ChartOutput &output, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s) {
        *error = tr("cannot write a chart to %1: the file name must end in .png, .svg or .pdf").arg(path);
        return false;
    }
    if (output.sizeMm.width() < 30 || output.sizeMm.height() < 30 || output.sizeMm.width() > 2000
        || output.sizeMm.height() > 2000) {
        *error = tr("a chart of %1×%2 mm is too small or too large: use 30 to 2000 mm a side (a slide is 254x143)")
                     .arg(output.sizeMm.width())
                     .arg(output.sizeMm.height());
        return false;
    }
    if (output.dpi < 30 || output.dpi > 1200) {
        *error = tr("a resolution of %1 dpi is out of range: use 30 to 1200 (150 for slides, 300 for print)")
                     .arg(output.dpi);
        return false;
    }
    return true;
}

bool ChartWriter::write(const QString &path, const ChartOutput &output, const QString &title, const Paint &paint,
                        QString *error)
{
    if (!check(path, output, error))
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString cannotWrite = tr("cannot write %1: check that the folder exists and that you may write there").arg(path);
    const QSizeF logical = logicalSize(output);
    if (suffix == u"png"_s) {
        QImage image(pixelSize(output), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            *error = tr("not enough memory for a %1×%2 pixel image; use a lower --dpi or a smaller --size")
                         .arg(pixelSize(output).width())
                         .arg(pixelSize(output).height());
            return false;
        }
        // The painter works in logical pixels; the device pixel ratio scales them to the dpi.
        image.setDevicePixelRatio(output.dpi / LogicalDpi);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paint(painter, QRectF(QPointF(0, 0), image.deviceIndependentSize()));
        }
        image.setDevicePixelRatio(1);
        const int dotsPerMeter = int(std::lround(output.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.setText(u"Title"_s, title);
        if (!image.convertToFormat(QImage::Format_RGB32).save(path, "PNG")) {
            *error = cannotWrite;
            return false;
        }
        return true;
    }
    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setResolution(int(LogicalDpi));
        svg.setTitle(title);
        svg.setDescription(tr("HydraLens chart"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = cannotWrite;
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);
        paint(painter, QRectF(QPointF(0, 0), logical));
        painter.end();
        if (QFileInfo(path).size() <= 0) {
            *error = cannotWrite;
            return false;
        }
        return true;
    }
    {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator(tr("HydraLens"));
        pdf.setResolution(int(LogicalDpi));
        if (output.page) {
            pdf.setPageLayout(QPageLayout(QPageSize(*output.page), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                          QPageLayout::Millimeter));
        } else {
            const QSizeF mm = output.sizeMm;
            const QPageSize size(QSizeF(std::min(mm.width(), mm.height()), std::max(mm.width(), mm.height())),
                                 QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
            pdf.setPageLayout(QPageLayout(size, mm.width() >= mm.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                          QMarginsF(0, 0, 0, 0)));
        }
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = cannotWrite;
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(0, 0, pdf.width(), pdf.height()));
        painter.end();
    }
    if (QFileInfo(path).size() <= 0) {
        *error = cannotWrite;
        return false;
    }
    return !output.pdfDate.isValid() || makePdfDeterministic(path, output.pdfDate, error);
}

} // namespace hl
