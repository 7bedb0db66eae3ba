#include "briefing/briefingcover.h"

#include "briefing/pagetext.h"
#include "charts/chartstyle.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QString day(std::int64_t t) { return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s); }

// One headline figure: a big number over its caption, in a grey-framed box.
void figure(QPainter &painter, const QRectF &box, const QString &value, const QString &caption)
{
    painter.save();
    painter.setPen(QPen(QColor(0x606060), 1));
    painter.setBrush(QColor(0xf2f2f2));
    painter.drawRect(box);
    painter.setPen(Qt::black);
    painter.setFont(chartstyle::font(20, true));
    const qreal h = QFontMetricsF(painter.font()).height();
    painter.drawText(QRectF(box.left(), box.top() + 10, box.width(), h), Qt::AlignCenter, value);
    painter.setFont(chartstyle::font(9));
    painter.drawText(QRectF(box.left() + 6, box.top() + 14 + h, box.width() - 12, box.height() - h - 18),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption);
    painter.restore();
}

} // namespace

QString BriefingCover::span(std::int64_t from, std::int64_t to)
{
    if (to <= from)
        return tr("no traffic");
    const qint64 days = (to - from + 86399) / 86400;
    return tr("%1 – %2 (%n days)", nullptr, int(days)).arg(day(from), day(to));
}

void BriefingCover::paint(QPainter &painter, const QRectF &rect, const BriefingData &d)
{
    const QLocale locale;
    qreal y = rect.top();
    const qreal w = rect.width();
    y += pagetext::heading(painter, QPointF(rect.left(), y), w, tr("Distillation campaigns: briefing"), 22);
    y += pagetext::paragraph(painter, QPointF(rect.left(), y), w,
                             tr("Case %1, as of %2 (last analysis %3 UTC)")
                                 .arg(d.caseName, day(d.caseTimestamp),
                                      QDateTime::fromSecsSinceEpoch(d.analysedAt, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s)),
                             chartstyle::font(11));
    y += 24;

    const QString figures[][2] = {
        {locale.toString(qlonglong(d.accounts)), tr("accounts")},
        {locale.toString(qlonglong(d.exchanges)), tr("exchanges (prompts and answers)")},
        {locale.toString(qlonglong(d.flagged)), tr("flagged campaigns (of %1 clusters of 2+ accounts)").arg(locale.toString(qlonglong(d.clusters)))},
        {locale.toString(d.labelledShare() * 100, 'f', 0) + u" %"_s,
         tr("of the flagged campaigns labelled by an analyst (%1 of %2)").arg(d.flaggedLabelled).arg(d.flagged)},
    };
    const qreal gap = 12, boxW = (w - gap) / 2, boxH = 92;
    for (int i = 0; i < 4; ++i)
        figure(painter, QRectF(rect.left() + (i % 2) * (boxW + gap), y + (i / 2) * (boxH + gap), boxW, boxH), figures[i][0],
               figures[i][1]);
    y += 2 * (boxH + gap);
    figure(painter, QRectF(rect.left(), y, w, 80), span(d.firstTs, d.lastTs), tr("time span of the traffic (UTC)"));
    y += 80 + 28;

    y += pagetext::heading(painter, QPointF(rect.left(), y), w, tr("In this briefing"), 13);
    const int n = int(d.campaigns.size());
    QStringList items{
        d.options.clusters.empty()
            ? tr("The top %n campaigns: flagged clusters and clusters labelled distillation or unsure, riskiest first, "
                 "each with its reasons.", nullptr, n)
            : tr("The %n campaign(s) asked for, each with its reasons.", nullptr, n),
        tr("The case's traffic over time by model, with model releases and flagged post-release pivots marked, and "
           "how fast the flagged campaigns moved to each new model."),
        tr("One page per campaign: its accounts and the infrastructure they share, as a graph, and why it is risky."),
        tr("Label status: what analysts have labelled, how far they agree, and the risk of every cluster by label."),
    };
    if (d.options.redact)
        items.append(tr("Redacted: account ids, IP addresses, e-mail domains, payment, device, phone, organisation and API "
                        "key values are shown as stable pseudonyms (acct-…, ip-…, dom-…, pay-…); the same value has the "
                        "same pseudonym in every export of this case."));
    y += pagetext::bullets(painter, QPointF(rect.left(), y), w, items, chartstyle::font(10)) + 16;
    pagetext::paragraph(painter, QPointF(rect.left(), y), w,
                        tr("Every page ends with a stamp: the case, the filters and a short hash of the data the page "
                           "shows. The file of this PDF's name with .json added lists each page's data and hash; "
                           "'hydralens brief --verify' checks them against the case (docs/briefing.md)."),
                        chartstyle::font(9));
}

} // namespace hl
