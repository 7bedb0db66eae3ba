#pragma once

#include "export/briefingdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// One campaign's page in the briefing: its figures and label, why it is risky, its flagged
// pivots, the infrastructure its accounts share, and a snapshot of its graph (accounts and
// shared values, laid out as in the window).
class CampaignPage
{
    Q_DECLARE_TR_FUNCTIONS(hl::CampaignPage)
public:
    static void paint(QPainter &painter, const QRectF &rect, const BriefingCampaign &campaign, int rank);
};

} // namespace hl
