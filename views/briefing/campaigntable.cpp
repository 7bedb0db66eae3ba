#include "briefing/campaigntable.h"

#include "briefing/pagetext.h"
#include "charts/chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace hl {

QString CampaignTable::labelText(const std::optional<LabelEvent> &label)
{
    if (!label || label->verdict == Verdict::None)
        return tr("not labelled");
    QString verdict = label->verdict == Verdict::Distillation ? tr("distillation")
                      : label->verdict == Verdict::Benign     ? tr("benign")
                                                              : tr("unsure");
    QStringList extra;
    if (!label->actor.isEmpty())
        extra.append(label->actor);
    if (label->confidence != Confidence::None)
        extra.append(label->confidence == Confidence::High ? tr("high") : label->confidence == Confidence::Medium ? tr("medium") : tr("low"));
    return extra.isEmpty() ? verdict : tr("%1 (%2)").arg(verdict, extra.join(u", "_s));
}

void CampaignTable::paint(QPainter &painter, const QRectF &rect, const BriefingData &d, int first, int count)
{
    const QLocale locale;
    qreal y = rect.top();
    const QString title = first == 0 ? tr("Top campaigns") : tr("Top campaigns (continued)");
    y += pagetext::heading(painter, QPointF(rect.left(), y), rect.width(), title, 16);
    if (first == 0)
        y += pagetext::paragraph(painter, QPointF(rect.left(), y), rect.width(),
                                 d.campaigns.empty() ? tr("No campaign matches: nothing is flagged or labelled yet.")
                                                     : tr("Risk is 0 to 1; ⚑ marks a flagged cluster (risk 0.5 or more, three "
                                                          "or more accounts). Pivot: its first flagged jump to a newly "
                                                          "released model."),
                                 chartstyle::font(9)) + 10;
    // Columns: # | cluster | accounts | exchanges | risk | label | pivot | reasons.
    const qreal widths[] = {22, 52, 56, 70, 40, 92, 92};
    const QString headers[] = {tr("#"), tr("Cluster"), tr("Accounts"), tr("Exchanges"), tr("Risk"), tr("Label"), tr("Pivot"),
                               tr("Why (strongest reasons)")};
    qreal fixed = 0;
    for (qreal w : widths)
        fixed += w;
    const qreal reasonsWidth = rect.width() - fixed;
    const QFont bold = chartstyle::font(8, true), body = chartstyle::font(8);
    const qreal line = QFontMetricsF(body).height();
    auto columnX = [&](int c) {
        qreal x = rect.left();
        for (int i = 0; i < c; ++i)
            x += widths[i];
        return x;
    };
    painter.save();
    painter.setFont(bold);
    painter.fillRect(QRectF(rect.left(), y, rect.width(), line + 6), QColor(0xd9d9d9));
    for (int c = 0; c < 8; ++c)
        painter.drawText(QRectF(columnX(c) + 3, y + 3, (c < 7 ? widths[c] : reasonsWidth) - 6, line), Qt::AlignLeft | Qt::AlignVCenter,
                         headers[c]);
    y += line + 6;
    for (int i = first; i < first + count && i < int(d.campaigns.size()); ++i) {
        const BriefingCampaign &c = d.campaigns[std::size_t(i)];
        const QStringList reasons = c.reasons.mid(0, 3);
        const QString why = reasons.isEmpty() ? tr("(no strong reason)") : u"• "_s + reasons.join(u"\n• "_s);
        const QString cells[] = {QString::number(i + 1),
                                 QString::number(c.id) + (c.flagged ? tr(" ⚑") : QString()),
                                 locale.toString(qlonglong(c.accounts)),
                                 locale.toString(qlonglong(c.exchanges)),
                                 locale.toString(c.risk, 'f', 2),
                                 labelText(c.label),
                                 c.pivot.isEmpty() ? tr("none") : c.pivot,
                                 why};
        painter.setFont(body);
        qreal height = line;
        for (int col = 0; col < 8; ++col) {
            const qreal cw = (col < 7 ? widths[col] : reasonsWidth) - 6;
            height = std::max(height, painter.boundingRect(QRectF(0, 0, cw, 10000), Qt::TextWordWrap, cells[col]).height());
        }
        if (y + height + 6 > rect.bottom())
            break; // the page is full (rows per page are chosen so this does not happen)
        if ((i - first) % 2 == 1)
            painter.fillRect(QRectF(rect.left(), y, rect.width(), height + 6), QColor(0xf2f2f2));
        for (int col = 0; col < 8; ++col) {
            const qreal cw = (col < 7 ? widths[col] : reasonsWidth) - 6;
            const Qt::Alignment align = (col >= 2 && col <= 4) ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(QRectF(columnX(col) + 3, y + 3, cw, height), align | Qt::AlignTop | Qt::TextWordWrap, cells[col]);
        }
        y += height + 6;
        painter.setPen(QPen(QColor(0xbfbfbf), 0.5));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        painter.setPen(Qt::black);
    }
    painter.restore();
}

} // namespace hl
