#pragma once

#include "export/briefingdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// The briefing's table of campaigns: rank, cluster, accounts, exchanges, risk, label, pivot and
// the strongest reasons, rows `first` … first + count - 1 of the campaigns (one page's worth).
class CampaignTable
{
    Q_DECLARE_TR_FUNCTIONS(hl::CampaignTable)
public:
    static void paint(QPainter &painter, const QRectF &rect, const BriefingData &data, int first, int count);
    // "distillation (Acme, high)" or "not labelled".
    static QString labelText(const std::optional<LabelEvent> &label);
};

} // namespace hl
