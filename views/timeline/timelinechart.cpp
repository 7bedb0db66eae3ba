#include "timelinechart.h"

#include "charts/chartstyle.h"
#include "timeaxis.h"
#include "timelinemodel.h"
#include "timelineoverlay.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

constexpr double TickSpacing = 120; // pixels between time labels at font scale 1
// Head room above the highest stack, where release and pivot labels go.
constexpr double HeadRoom = 1.3;

} // namespace

TimelineChart::TimelineChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(6, 6, 6, 6));
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    m_overlay = new TimelineOverlay(this);
    m_x = new QCategoryAxis(this);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setTitleText(tr("Time (UTC)"));
    m_x->setVisible(false);
    addAxis(m_x, Qt::AlignBottom);
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setVisible(false);
    addAxis(m_y, Qt::AlignLeft);
    connect(this, &QChart::plotAreaChanged, this, [this] {
        m_overlay->chartGeometryChanged();
        updateTimeAxis(false);
    });
    applyFonts();
}

QColor TimelineChart::seriesColor(int column, bool other)
{
    // Tableau 10 without its red and grey, plus Tableau 20's light blue for a ninth key.
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
                                   0xedc948, 0x9c755f, 0xff9da7, 0xa0cbe8};
    if (other)
        return QColor(0xbab0ac);
    return QColor(palette[std::size_t(column) % std::size(palette)]);
}

void TimelineChart::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
    applyFonts();
}

void TimelineChart::applyFonts()
{
    QFont base;
    base.setPointSizeF(base.pointSizeF() * m_fontScale);
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.2);
    setTitleFont(title);
    legend()->setFont(base);
    m_overlay->setLabelFont(base);
    for (QAbstractAxis *axis : axes()) {
        axis->setLabelsFont(base);
        QFont t = base;
        t.setBold(true);
        axis->setTitleFont(t);
    }
}

void TimelineChart::rebuild(const TimelineModel &model, const QString &title)
{
    // The axes stay; only the series are replaced (axes deleted and recreated here left the old
    // axes' labels drawn on screen).
    removeAllSeries();
    setTitle(title);
    const timeline::SeriesTable &table = model.table();
    const bool empty = table.rowCount() == 0 || table.columnCount() == 0;
    m_x->setVisible(!empty);
    m_y->setVisible(!empty);
    if (empty) {
        m_overlay->setMarks({}, {});
        return;
    }
    m_from = model.rowsFrom();
    m_to = model.rowsTo();
    m_y->setTitleText(table.bucketSeconds == timeline::Hour  ? tr("Exchanges per hour")
                      : table.bucketSeconds == timeline::Day ? tr("Exchanges per day")
                                                            : tr("Exchanges per week"));
    // At least 0 … 10, so a quiet cluster's axis is not 0 … 1.
    const chartstyle::NiceScale scale = chartstyle::niceScale(std::max(double(model.maxRowTotal()) * HeadRoom, 10.0));

    // Steps: each bucket is a flat segment from its start to its end, so bucket edges, release
    // times and pivot times line up exactly.
    const int rows = table.rowCount();
    QList<QPointF> lower(rows * 2), upper(rows * 2);
    for (int r = 0; r < rows; ++r) {
        lower[2 * r] = QPointF(double(table.starts[r]), 0);
        lower[2 * r + 1] = QPointF(double(table.starts[r] + table.bucketSeconds), 0);
    }
    for (int c = 0; c < table.columnCount(); ++c) {
        for (int r = 0; r < rows; ++r) {
            const double y = lower[2 * r].y() + double(table.at(r, c));
            upper[2 * r] = QPointF(lower[2 * r].x(), y);
            upper[2 * r + 1] = QPointF(lower[2 * r + 1].x(), y);
        }
        auto *up = new QLineSeries;
        up->replace(upper);
        QLineSeries *down = nullptr;
        if (c > 0) {
            down = new QLineSeries;
            down->replace(lower);
        }
        auto *area = new QAreaSeries(up, down);
        up->setParent(area); // QAreaSeries does not own its boundary lines
        if (down)
            down->setParent(area);
        const QColor colour = seriesColor(c, table.hasOther() && c == table.keys.size());
        area->setName(model.seriesName(c));
        area->setBrush(colour);
        area->setPen(QPen(colour.darker(125), 0.8));
        addSeries(area);
        area->attachAxis(m_x);
        area->attachAxis(m_y);
        lower = upper;
    }
    // Ranges after attaching: attaching a series rescales the axes to its data.
    m_y->setRange(0, scale.max);
    m_y->setTickCount(int(std::lround(scale.max / scale.step)) + 1);
    updateTimeAxis(true);
    m_overlay->setMarks(model.visibleReleases(), model.visiblePivots());
}

void TimelineChart::updateTimeAxis(bool force)
{
    if (!m_x)
        return;
    const double width = plotArea().width() > 0 ? plotArea().width() : size().width() * 0.85;
    const int target = std::clamp(int(width / (TickSpacing * m_fontScale)), 2, 24);
    if (!force && target == m_tickTarget)
        return;
    m_tickTarget = target;
    const QStringList old = m_x->categoriesLabels();
    for (const QString &label : old)
        m_x->remove(label);
    // No tick within half a label of the right end, where its label would be cut off.
    const double secondsPerPixel = double(m_to - m_from) / std::max(width, 1.0);
    const auto edge = std::int64_t(0.4 * TickSpacing * m_fontScale * secondsPerPixel);
    const QList<timeline::AxisTick> ticks = timeline::utcTicks(m_from, std::max(m_from + 1, m_to - edge), target);
    // Categories need an end beyond their start; the first begins just before the range.
    m_x->setStartValue(double(std::min(m_from, ticks.isEmpty() ? m_from : ticks.front().at) - 1));
    for (const timeline::AxisTick &tick : ticks)
        m_x->append(tick.label, double(tick.at));
    m_x->setRange(double(m_from), double(m_to));
}

int TimelineChart::releaseMarkerCount() const { return int(m_overlay->releases().size()); }
int TimelineChart::pivotMarkerCount() const { return int(m_overlay->pivots().size()); }

} // namespace hl
