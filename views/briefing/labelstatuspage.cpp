#include "briefing/labelstatuspage.h"

#include "briefing/pagetext.h"
#include "charts/chartstyle.h"
#include "charts/riskchart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// A small grid of text cells, first row bold and shaded; returns the height used.
qreal grid(QPainter &painter, QPointF topLeft, const std::vector<qreal> &widths, const std::vector<QStringList> &rows)
{
    const QFont body = chartstyle::font(9), bold = chartstyle::font(9, true);
    const qreal h = QFontMetricsF(body).height() + 6;
    qreal y = topLeft.y();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        qreal x = topLeft.x(), total = 0;
        for (qreal w : widths)
            total += w;
        if (r == 0)
            painter.fillRect(QRectF(x, y, total, h), QColor(0xd9d9d9));
        painter.setFont(r == 0 ? bold : body);
        for (std::size_t c = 0; c < widths.size() && c < std::size_t(rows[r].size()); ++c) {
            painter.drawText(QRectF(x + 4, y, widths[c] - 8, h), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             rows[r][qsizetype(c)]);
            x += widths[c];
        }
        y += h;
        painter.setPen(QPen(QColor(0xbfbfbf), 0.5));
        painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + total, y));
        painter.setPen(Qt::black);
    }
    return y - topLeft.y();
}

QString number(double v, int decimals)
{
    return std::isnan(v) ? QCoreApplication::translate("hl::LabelStatusPage", "n/a") : QLocale().toString(v, 'f', decimals);
}

} // namespace

void LabelStatusPage::paint(QPainter &painter, const QRectF &rect, const BriefingData &d)
{
    const QLocale locale;
    const BriefingLabels &l = d.labels;
    const qreal w = rect.width();
    painter.save();
    qreal y = rect.top();
    y += pagetext::heading(painter, QPointF(rect.left(), y), w, tr("Labels and agreement"), 16);
    y += pagetext::paragraph(painter, QPointF(rect.left(), y), w,
                             tr("Analysts' current labels (the latest of %n labelling event(s) in the case's audit "
                                "trail). An account without a label of its own counts under its cluster.",
                                nullptr, int(l.events)),
                             chartstyle::font(9)) + 8;
    const auto n = [&](std::int64_t v) { return locale.toString(qlonglong(v)); };
    y += grid(painter, QPointF(rect.left(), y), {200, 100, 100, 100},
              {{tr("Labelled"), tr("distillation"), tr("benign"), tr("unsure")},
               {tr("Clusters"), n(l.clusters[0]), n(l.clusters[1]), n(l.clusters[2])},
               {tr("Accounts (own label)"), n(l.accounts[0]), n(l.accounts[1]), n(l.accounts[2])},
               {tr("Flagged campaigns labelled"), tr("%1 of %2").arg(d.flaggedLabelled).arg(d.flagged), QString(), QString()}}) + 14;

    const Agreement &a = l.agreement;
    y += pagetext::heading(painter, QPointF(rect.left(), y), w, tr("Do the analysts agree?"), 12);
    if (a.analysts.size() < 2) {
        y += pagetext::paragraph(painter, QPointF(rect.left(), y), w,
                                 a.analysts.isEmpty() ? tr("Nobody has labelled yet.")
                                                      : tr("Only %1 has labelled so far: agreement needs two analysts "
                                                           "labelling the same targets.").arg(a.analysts.front()),
                                 chartstyle::font(9)) + 8;
    } else {
        const QString reading = [&] {
            switch (reliabilityOf(a.alpha)) {
            case Reliability::Reliable:
                return tr("reliable (0.800 or more)");
            case Reliability::Tentative:
                return tr("tentative conclusions only (0.667 to 0.800)");
            case Reliability::Unreliable:
                return tr("unreliable (below 0.667)");
            case Reliability::Undefined:
                break;
            }
            return tr("undefined (too few targets labelled by two analysts)");
        }();
        y += pagetext::paragraph(painter, QPointF(rect.left(), y), w,
                                 tr("%1 analysts; %2 targets labelled by two or more. Krippendorff's alpha %3: %4. "
                                    "Open disagreements: %5.")
                                     .arg(a.analysts.size())
                                     .arg(a.pairableItems)
                                     .arg(number(a.alpha, 3), reading)
                                     .arg(a.openCount()),
                                 chartstyle::font(9)) + 6;
        std::vector<QStringList> rows{{tr("Analysts"), tr("Both labelled"), tr("Agree"), tr("Cohen's kappa")}};
        for (const AnalystPair &p : a.pairs) {
            if (rows.size() > 8)
                break;
            rows.push_back({tr("%1 and %2").arg(a.analysts.value(p.a), a.analysts.value(p.b)), n(p.stats.items),
                            std::isnan(p.stats.observed) ? tr("n/a") : locale.toString(std::round(p.stats.observed * 100), 'f', 0) + u'%',
                            number(p.stats.kappa, 2)});
        }
        y += grid(painter, QPointF(rect.left(), y), {220, 110, 80, 110}, rows) + 8;
    }
    painter.restore();
    y += 10;
    RiskChart::paint(painter, QRectF(rect.left(), y, w, rect.bottom() - y), d.risk);
}

} // namespace hl
