#include "briefing/campaignpage.h"

#include "briefing/campaigntable.h"
#include "briefing/pagetext.h"
#include "charts/chartstyle.h"
#include "graph/graphmodel.h"
#include "graph/graphpicture.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl {

void CampaignPage::paint(QPainter &painter, const QRectF &rect, const BriefingCampaign &c, int rank)
{
    const QLocale locale;
    const qreal w = rect.width();
    const QFont body = chartstyle::font(9), small = chartstyle::font(8);
    qreal y = rect.top();
    y += pagetext::heading(painter, QPointF(rect.left(), y), w,
                           tr("%1. Cluster %2: risk %3%4")
                               .arg(rank)
                               .arg(c.id)
                               .arg(locale.toString(c.risk, 'f', 2), c.flagged ? tr(", flagged") : QString()),
                           16);
    QString facts = tr("%1 accounts, %2 exchanges. Label: %3.")
                        .arg(locale.toString(qlonglong(c.accounts)), locale.toString(qlonglong(c.exchanges)),
                             CampaignTable::labelText(c.label));
    if (c.label && !c.label->analyst.isEmpty())
        facts += u' ' + tr("Labelled by %1 on %2.")
                            .arg(c.label->analyst,
                                 QDateTime::fromSecsSinceEpoch(c.label->createdAt, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s));
    if (c.label && !c.label->note.isEmpty())
        facts += u' ' + tr("Note: %1").arg(c.label->note);
    y += pagetext::paragraph(painter, QPointF(rect.left(), y), w, facts, body) + 8;

    // Two columns: why (reasons, pivots) on the left, shared infrastructure on the right.
    const qreal gap = 16, colW = (w - gap) / 2;
    qreal left = y, right = y;
    left += pagetext::heading(painter, QPointF(rect.left(), left), colW, tr("Why it is risky"), 11);
    left += pagetext::bullets(painter, QPointF(rect.left(), left), colW,
                              c.reasons.isEmpty() ? QStringList{tr("No strong reason.")} : c.reasons, small) + 6;
    if (!c.pivotReasons.isEmpty()) {
        left += pagetext::heading(painter, QPointF(rect.left(), left), colW, tr("After model releases"), 11);
        left += pagetext::bullets(painter, QPointF(rect.left(), left), colW, c.pivotReasons, small) + 6;
    }
    const qreal rx = rect.left() + colW + gap;
    right += pagetext::heading(painter, QPointF(rx, right), colW, tr("What its accounts share"), 11);
    QStringList shared;
    for (const BriefingValue &v : c.shared) {
        QString where;
        if (!v.country.isEmpty())
            where = v.anonymousProxy ? tr(" (%1, anonymous proxy)").arg(v.country) : tr(" (%1)").arg(v.country);
        shared.append(tr("%1 %2%3: %n accounts", nullptr, int(v.accounts))
                          .arg(GraphModel::kindName(GraphNodeKind(v.kind)), v.value, where));
    }
    right += pagetext::bullets(painter, QPointF(rx, right), colW,
                               shared.isEmpty() ? QStringList{tr("No value used by two or more of its accounts.")} : shared,
                               small) + 6;
    y = std::max(left, right) + 8;

    // The graph snapshot fills the rest of the page (at least a third of it).
    const qreal graphTop = std::min(y, rect.top() + rect.height() * 0.62);
    painter.save();
    painter.setPen(QPen(QColor(0x808080), 0.8));
    painter.drawRect(QRectF(rect.left(), graphTop, w, rect.bottom() - graphTop));
    painter.restore();
    if (c.graph) {
        const GraphPicture picture(c.graph, c.verdicts);
        picture.paint(painter, QRectF(rect.left() + 2, graphTop + 2, w - 4, rect.bottom() - graphTop - 4), 0.85);
    } else {
        painter.drawText(QRectF(rect.left(), graphTop, w, rect.bottom() - graphTop), Qt::AlignCenter,
                         tr("No graph: the cluster's accounts share nothing."));
    }
}

} // namespace hl
