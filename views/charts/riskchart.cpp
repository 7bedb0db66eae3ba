#include "charts/riskchart.h"

#include "charts/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

void RiskChart::paint(QPainter &painter, const QRectF &rect, const RiskDistribution &d)
{
    using namespace chartstyle;
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF area = rect.adjusted(12, 8, -16, -4);

    painter.setPen(Qt::black);
    painter.setFont(font(12, true));
    QFontMetricsF fm(painter.font());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Cluster risk: %1 clusters of %2 or more accounts")
                         .arg(locale.toString(qlonglong(d.clusters)))
                         .arg(d.minAccounts));
    area.setTop(area.top() + fm.height() + 2);
    painter.setFont(font(8.5));
    fm = QFontMetricsF(painter.font());
    QString sub = tr("%1 flagged (risk at least %2 and %3 or more accounts) · %4 labelled")
                      .arg(locale.toString(qlonglong(d.flagged)), locale.toString(d.threshold, 'f', 2))
                      .arg(d.minFlagAccounts)
                      .arg(locale.toString(qlonglong(d.labelled)));
    if (d.leftOut > 0)
        sub += tr(" · %1 smaller clusters not shown").arg(locale.toString(qlonglong(d.leftOut)));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, sub);
    area.setTop(area.top() + fm.height() + 6);

    // Legend.
    const Swatch swatches[] = {campaignSwatch(), benignSwatch(), unsureSwatch(), unlabelledSwatch()};
    const QString names[] = {tr("Labelled distillation"), tr("Labelled benign"), tr("Labelled unsure"), tr("Not labelled")};
    qreal x = area.left();
    for (int i = 0; i < 4; ++i)
        x += drawLegendEntry(painter, QPointF(x, area.top()), swatches[i], names[i]) + 18;
    area.setTop(area.top() + fm.height() + 10);

    // Axes.
    const NiceScale scale = niceScale(double(d.maxBin()) * 1.12);
    QString widest = locale.toString(qlonglong(scale.max));
    const qreal yLabelWidth = fm.horizontalAdvance(widest) + 6;
    const QRectF plot(area.left() + fm.height() + 4 + yLabelWidth, area.top() + 4,
                      area.width() - (fm.height() + 4 + yLabelWidth),
                      area.height() - 4 - 2 * fm.height() - 10);
    const auto yOf = [&](double v) { return plot.bottom() - v / scale.max * plot.height(); };
    const auto xOf = [&](double risk) { return plot.left() + risk * plot.width(); };

    // The flagged side, shaded lightly, and the threshold.
    painter.fillRect(QRectF(QPointF(xOf(d.threshold), plot.top()), plot.bottomRight()), QColor(0xf7f7f7));
    painter.setPen(QPen(QColor(0xd0d0d0), 0.6));
    for (double v = 0; v <= scale.max + 1e-9; v += scale.step) {
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
    }
    painter.setPen(Qt::black);
    for (double v = 0; v <= scale.max + 1e-9; v += scale.step)
        painter.drawText(QRectF(plot.left() - yLabelWidth - 2, yOf(v) - fm.height() / 2, yLabelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(qlonglong(std::llround(v))));
    for (int i = 0; i <= 10; ++i) {
        const double r = i / 10.0;
        painter.drawLine(QPointF(xOf(r), plot.bottom()), QPointF(xOf(r), plot.bottom() + 4));
        painter.drawText(QRectF(xOf(r) - 30, plot.bottom() + 5, 60, fm.height()), Qt::AlignCenter,
                         locale.toString(r, 'f', 1));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 6 + fm.height(), plot.width(), fm.height()), Qt::AlignCenter,
                     tr("Risk (0 = no sign of a campaign, 1 = certain)"));
    painter.save();
    painter.translate(area.left() + fm.height() / 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
                     tr("Clusters"));
    painter.restore();

    // Bars, stacked: distillation at the bottom (what matters most), then benign, unsure, unlabelled.
    for (const RiskBin &b : d.bins) {
        const qreal left = xOf(b.from) + 1.5, right = xOf(b.to) - 1.5;
        double base = 0;
        const std::int64_t parts[] = {b.distillation, b.benign, b.unsure, b.unlabelled};
        for (int i = 0; i < 4; ++i) {
            if (parts[i] == 0)
                continue;
            const QRectF bar(QPointF(left, yOf(base + double(parts[i]))), QPointF(right, yOf(base)));
            // Tiny but non-zero parts stay visible: at least a pixel and a half.
            fillBar(painter, bar.height() < 1.5 ? bar.adjusted(0, bar.height() - 1.5, 0, 0) : bar, swatches[i]);
            base += double(parts[i]);
        }
        if (b.total() > 0) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(left - 12, yOf(base) - fm.height() - 1, right - left + 24, fm.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, locale.toString(qlonglong(b.total())));
        }
    }

    painter.setPen(QPen(Qt::black, 0.9));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    QPen dashed(Qt::black, 1.4, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(QPointF(xOf(d.threshold), plot.top()), QPointF(xOf(d.threshold), plot.bottom()));
    painter.setPen(Qt::black);
    painter.setFont(font(8.5, true));
    painter.drawText(QRectF(xOf(d.threshold) + 5, plot.top(), plot.width() / 2, fm.height()), Qt::AlignLeft | Qt::AlignTop,
                     tr("flagged → (risk ≥ %1)").arg(locale.toString(d.threshold, 'f', 2)));
    painter.restore();
}

} // namespace hl
