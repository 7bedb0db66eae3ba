#pragma once

#include "export/chartdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// Post-release pivots for a manager (issue 6): one panel per model release, each with the share
// of traffic on the new model 24 h, 72 h and 7 days after the release, the campaign's bar
// (hatched, dark) beside the whole case's (plain, light), the percentage over each bar. A
// campaign that jumped to the new model at once stands out against a case that adopts it slowly.
// For the whole case the campaign bars are the flagged campaigns, weighted by their first-week
// traffic. At most MaxPanels releases: those with flagged campaigns first, then the latest.
class PivotChart
{
    Q_DECLARE_TR_FUNCTIONS(hl::PivotChart)
public:
    static constexpr int MaxPanels = 6;
    static void paint(QPainter &painter, const QRectF &rect, const PivotSummary &data);
};

} // namespace hl
