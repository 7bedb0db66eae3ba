#include "briefing/briefingwriter.h"

#include "briefing/briefingcover.h"
#include "briefing/campaignpage.h"
#include "briefing/campaigntable.h"
#include "briefing/labelstatuspage.h"
#include "briefing/pagetext.h"
#include "charts/chartstyle.h"
#include "charts/pdfdeterminism.h"
#include "charts/pivotchart.h"
#include "export/briefingsidecar.h"
#include "timeline/timelinepicture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr qreal HeaderHeight = 18, FooterHeight = 22;

void paintTimelinePage(QPainter &painter, const QRectF &rect, const BriefingData &d)
{
    qreal y = rect.top();
    y += pagetext::heading(painter, QPointF(rect.left(), y), rect.width(),
                           QCoreApplication::translate("hl::BriefingWriter", "Traffic over time and model releases"), 16);
    y += pagetext::paragraph(painter, QPointF(rect.left(), y), rect.width(),
                             QCoreApplication::translate("hl::BriefingWriter",
                                                         "The case's exchanges by model. Dashed lines mark model releases; "
                                                         "red marks show when a flagged campaign moved to the new model. "
                                                         "Below: how much of their traffic the flagged campaigns had on each "
                                                         "new model after 24 hours, 72 hours and 7 days, against the whole case."),
                             chartstyle::font(9)) + 8;
    const qreal half = (rect.bottom() - y) * 0.5;
    if (!d.timeline.hourlyByModel.isEmpty()) {
        const TimelinePicture timeline(d.timeline, QCoreApplication::translate("hl::BriefingWriter", "Whole case"));
        timeline.paint(painter, QRectF(rect.left(), y, rect.width(), half - 8), 0.85);
    }
    if (!d.pivots.releases.empty())
        PivotChart::paint(painter, QRectF(rect.left(), y + half, rect.width(), rect.bottom() - y - half), d.pivots);
    else
        pagetext::paragraph(painter, QPointF(rect.left(), y + half), rect.width(),
                            QCoreApplication::translate("hl::BriefingWriter", "No model was released within the case's traffic."),
                            chartstyle::font(10));
}

void paintFrame(QPainter &painter, const QRectF &page, const BriefingData &d, const BriefingPage &p, int index, int count)
{
    painter.save();
    painter.setPen(QColor(0x595959));
    painter.setFont(chartstyle::font(7));
    painter.drawText(QRectF(page.left(), page.top(), page.width(), HeaderHeight - 6), Qt::AlignLeft | Qt::AlignTop,
                     BriefingWriter::tr("HydraLens briefing · %1").arg(d.caseName));
    painter.setPen(QPen(QColor(0xa6a6a6), 0.6));
    painter.drawLine(QPointF(page.left(), page.bottom() - FooterHeight + 4), QPointF(page.right(), page.bottom() - FooterHeight + 4));
    painter.setPen(QColor(0x404040));
    painter.setFont(chartstyle::stampFont(7));
    const QRectF footer(page.left(), page.bottom() - FooterHeight + 6, page.width(), FooterHeight - 6);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, DataStamp{d.caseName, d.filters, p.hash}.text());
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, BriefingWriter::tr("page %1 of %2").arg(index + 1).arg(count));
    painter.restore();
}

} // namespace

bool BriefingWriter::write(const QString &path, const BriefingData &d, QPageSize::PageSizeId pageSize, QString *error)
{
    const QString cannotWrite = tr("cannot write %1: check that the folder exists and that you may write there");
    if (QFileInfo(path).suffix().toLower() != u"pdf"_s) {
        *error = tr("the briefing is a PDF: give a file name ending in .pdf instead of %1").arg(path);
        return false;
    }
    const std::vector<BriefingPage> pages = briefingPages(d);
    {
        QPdfWriter pdf(path);
        pdf.setTitle(tr("Briefing: %1").arg(d.caseName));
        pdf.setCreator(tr("HydraLens"));
        pdf.setResolution(96); // logical pixels, as the charts
        pdf.setPageLayout(QPageLayout(QPageSize(pageSize), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                                      QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = cannotWrite.arg(path);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QRectF page(0, 0, pdf.width(), pdf.height());
        const QRectF body = page.adjusted(0, HeaderHeight, 0, -FooterHeight - 4);
        for (std::size_t i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            const BriefingPage &p = pages[i];
            switch (p.kind) {
            case BriefingPageKind::Cover:
                BriefingCover::paint(painter, body, d);
                break;
            case BriefingPageKind::Campaigns:
                CampaignTable::paint(painter, body, d, p.first, p.count);
                break;
            case BriefingPageKind::Timeline:
                paintTimelinePage(painter, body, d);
                break;
            case BriefingPageKind::Campaign:
                CampaignPage::paint(painter, body, d.campaigns[std::size_t(p.first)], p.first + 1);
                break;
            case BriefingPageKind::Labels:
                LabelStatusPage::paint(painter, body, d);
                break;
            }
            paintFrame(painter, page, d, p, int(i), int(pages.size()));
        }
        painter.end();
    }
    if (QFileInfo(path).size() <= 0) {
        *error = cannotWrite.arg(path);
        return false;
    }
    if (!makePdfDeterministic(path, QDateTime::fromSecsSinceEpoch(d.caseTimestamp, QTimeZone::utc()), error))
        return false;
    QSaveFile sidecar(sidecarPath(path));
    const QString size = pageSize == QPageSize::Letter ? u"letter"_s : u"a4"_s;
    const QByteArray json = QJsonDocument(briefingSidecar(d, pages, size)).toJson(QJsonDocument::Indented);
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(json) != json.size() || !sidecar.commit()) {
        *error = cannotWrite.arg(sidecarPath(path));
        return false;
    }
    return true;
}

} // namespace hl
