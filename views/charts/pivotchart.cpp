#include "charts/pivotchart.h"

#include "charts/chartstyle.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// The releases drawn: flagged ones first (at most MaxPanels), then the latest; in time order.
std::vector<PivotGroup> chosenReleases(const PivotSummary &data)
{
    std::vector<PivotGroup> flagged, other;
    for (const PivotGroup &g : data.releases)
        (g.campaigns > 0 && (data.cluster == 0 || g.flagged) ? flagged : other).push_back(g);
    std::vector<PivotGroup> out(flagged.begin(), flagged.begin() + std::min<std::ptrdiff_t>(flagged.size(), PivotChart::MaxPanels));
    for (auto it = other.rbegin(); it != other.rend() && int(out.size()) < PivotChart::MaxPanels; ++it)
        out.push_back(*it);
    std::sort(out.begin(), out.end(), [](const PivotGroup &a, const PivotGroup &b) {
        return a.releasedAt != b.releasedAt ? a.releasedAt < b.releasedAt : a.model < b.model;
    });
    return out;
}

} // namespace

void PivotChart::paint(QPainter &painter, const QRectF &rect, const PivotSummary &data)
{
    using namespace chartstyle;
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF area = rect.adjusted(12, 8, -16, -4);
    const std::vector<PivotGroup> groups = chosenReleases(data);

    painter.setPen(Qt::black);
    painter.setFont(font(12, true));
    QFontMetricsF fm(painter.font());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     data.cluster != 0 ? tr("How fast cluster %1 moved to newly released models").arg(data.cluster)
                                       : tr("How fast the flagged campaigns moved to newly released models"));
    area.setTop(area.top() + fm.height() + 2);
    painter.setFont(font(8.5));
    fm = QFontMetricsF(painter.font());
    const QString sub = int(data.releases.size()) > int(groups.size())
                            ? tr("Share of each group's exchanges that went to the new model after its release; %1 of %2 "
                                 "releases shown")
                                  .arg(groups.size())
                                  .arg(data.releases.size())
                            : tr("Share of each group's exchanges that went to the new model after its release");
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, sub);
    area.setTop(area.top() + fm.height() + 6);
    const QString campaignName = data.cluster != 0 ? tr("Cluster %1").arg(data.cluster)
                                                   : tr("Flagged campaigns (weighted by their traffic)");
    qreal x = area.left();
    x += drawLegendEntry(painter, QPointF(x, area.top()), campaignSwatch(), campaignName) + 18;
    drawLegendEntry(painter, QPointF(x, area.top()), populationSwatch(), tr("Whole case"));
    area.setTop(area.top() + fm.height() + 10);

    // The shared y axis on the left, then one panel per release.
    const qreal yLabelWidth = fm.horizontalAdvance(u"100%"_s) + 6;
    const QRectF plots(area.left() + fm.height() + 4 + yLabelWidth, area.top() + 4,
                       area.width() - (fm.height() + 4 + yLabelWidth), area.height() - 4 - 3 * fm.height() - 12);
    const auto yOf = [&](double share) { return plots.bottom() - share * plots.height(); };
    painter.setPen(Qt::black);
    for (int p = 0; p <= 100; p += 25)
        painter.drawText(QRectF(plots.left() - yLabelWidth - 2, yOf(p / 100.0) - fm.height() / 2, yLabelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(p) + u'%');
    painter.save();
    painter.translate(area.left() + fm.height() / 2, plots.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plots.height() / 2, -fm.height() / 2, plots.height(), fm.height()), Qt::AlignCenter,
                     tr("Exchanges on the new model"));
    painter.restore();

    const int n = std::max<int>(1, int(groups.size()));
    const qreal gap = 14, panelWidth = (plots.width() - gap * (n - 1)) / n;
    const QString windows[] = {tr("24 h"), tr("72 h"), tr("7 days")};
    for (int i = 0; i < int(groups.size()); ++i) {
        const PivotGroup &g = groups[std::size_t(i)];
        const QRectF panel(plots.left() + i * (panelWidth + gap), plots.top(), panelWidth, plots.height());
        painter.setPen(QPen(QColor(0xd0d0d0), 0.6));
        for (int p = 25; p <= 100; p += 25)
            painter.drawLine(QPointF(panel.left(), yOf(p / 100.0)), QPointF(panel.right(), yOf(p / 100.0)));
        const double campaign[] = {g.campaign24h, g.campaign72h, g.campaign7d};
        const double population[] = {g.population24h, g.population72h, g.population7d};
        const qreal slot = panel.width() / 3, bar = std::min<qreal>(slot * 0.36, 40);
        for (int w = 0; w < 3; ++w) {
            const qreal centre = panel.left() + slot * (w + 0.5);
            struct Bar
            {
                double share;
                chartstyle::Swatch swatch;
                qreal left;
                bool present;
            };
            const Bar bars[] = {{campaign[w], campaignSwatch(), centre - bar - 1, g.campaigns > 0},
                                {population[w], populationSwatch(), centre + 1, true}};
            for (const Bar &b : bars) {
                if (!b.present)
                    continue;
                fillBar(painter, QRectF(QPointF(b.left, yOf(std::clamp(b.share, 0.0, 1.0))), QPointF(b.left + bar, plots.bottom())),
                        b.swatch);
                painter.setPen(Qt::black);
                painter.setFont(font(7.5));
                painter.drawText(QRectF(b.left - 10, yOf(b.share) - fm.height(), bar + 20, fm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, locale.toString(std::round(b.share * 100), 'f', 0) + u'%');
                painter.setFont(font(8.5));
            }
            painter.setPen(Qt::black);
            painter.drawText(QRectF(centre - slot / 2, plots.bottom() + 3, slot, fm.height()), Qt::AlignCenter, windows[w]);
        }
        painter.setPen(QPen(Qt::black, 0.9));
        painter.drawLine(QPointF(panel.left(), plots.bottom()), QPointF(panel.right(), plots.bottom()));
        // Under the panel: the release, and what the campaign did.
        const QString when = QDateTime::fromSecsSinceEpoch(g.releasedAt, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s);
        painter.setFont(font(8.5, true));
        painter.drawText(QRectF(panel.left(), plots.bottom() + 4 + fm.height(), panel.width(), fm.height()), Qt::AlignCenter,
                         fm.elidedText(tr("%1, released %2").arg(g.label, when), Qt::ElideMiddle, panel.width()));
        painter.setFont(font(8));
        QString what;
        if (data.cluster != 0)
            what = g.hoursToPivot ? tr("above 25% after %1 h%2").arg(locale.toString(*g.hoursToPivot, 'f', 0),
                                                                    g.flagged ? tr(", flagged") : QString())
                                  : tr("never above 25% in 14 days");
        else
            what = g.campaigns == 0 ? tr("no flagged campaign") : tr("%n flagged campaign(s)", nullptr, g.campaigns);
        painter.drawText(QRectF(panel.left(), plots.bottom() + 4 + 2 * fm.height(), panel.width(), fm.height()),
                         Qt::AlignCenter, fm.elidedText(what, Qt::ElideRight, panel.width()));
        painter.setFont(font(8.5));
    }
    painter.setPen(QPen(Qt::black, 0.9));
    painter.drawLine(QPointF(plots.left(), plots.top()), QPointF(plots.left(), plots.bottom()));
    painter.restore();
}

} // namespace hl
