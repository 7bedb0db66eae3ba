#include "charts/chartrenderer.h"

#include "charts/chartstyle.h"
#include "charts/pivotchart.h"
#include "charts/riskchart.h"
#include "graph/graphpicture.h"
#include "timeline/timelinepicture.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hl {

ChartRenderer::ChartRenderer(ChartSource source)
    : m_source(std::move(source))
{
    const std::int64_t cluster = m_source.request.cluster;
    const QString subject = cluster != 0 ? tr("Cluster %1 (%n accounts)", nullptr, int(m_source.clusterAccounts)).arg(cluster)
                                         : tr("Whole case");
    if (m_source.timeline)
        m_timeline = std::make_unique<TimelinePicture>(*m_source.timeline, subject);
    if (m_source.graph)
        m_graph = std::make_unique<GraphPicture>(m_source.graph, m_source.verdicts);
}

ChartRenderer::~ChartRenderer() = default;

QString ChartRenderer::title() const
{
    const std::int64_t cluster = m_source.request.cluster;
    switch (m_source.request.kind) {
    case ChartKind::Timeline:
        return m_timeline ? m_timeline->title() : QString();
    case ChartKind::Pivots:
        return cluster != 0 ? tr("Post-release pivots of cluster %1").arg(cluster) : tr("Post-release pivots");
    case ChartKind::Risk:
        return tr("Cluster risk distribution");
    case ChartKind::Graph:
        return cluster != 0 ? tr("Accounts and shared infrastructure of cluster %1").arg(cluster)
                            : tr("Clusters linked by shared infrastructure");
    }
    return QString();
}

void ChartRenderer::paint(QPainter &painter, const QRectF &rect, bool stamp) const
{
    painter.save();
    painter.fillRect(rect, Qt::white);
    QRectF area = rect;
    if (stamp)
        area.setBottom(area.bottom() - chartstyle::StampHeight);
    switch (m_source.request.kind) {
    case ChartKind::Timeline:
        if (m_timeline)
            m_timeline->paint(painter, area);
        break;
    case ChartKind::Pivots:
        if (m_source.pivots)
            PivotChart::paint(painter, area, *m_source.pivots);
        break;
    case ChartKind::Risk:
        if (m_source.risk)
            RiskChart::paint(painter, area, *m_source.risk);
        break;
    case ChartKind::Graph:
        if (m_graph) {
            // A title over the graph, as the other charts have.
            painter.setFont(chartstyle::font(12, true));
            const qreal h = QFontMetricsF(painter.font()).height();
            painter.setPen(Qt::black);
            painter.drawText(QRectF(area.left() + 12, area.top() + 8, area.width() - 24, h),
                             Qt::AlignLeft | Qt::AlignVCenter, title());
            m_graph->paint(painter, area.adjusted(4, 12 + h, -4, -2));
        }
        break;
    }
    if (stamp)
        chartstyle::drawStamp(painter, rect.adjusted(12, 0, -12, 0), m_source.stamp.text());
    painter.restore();
}

} // namespace hl
