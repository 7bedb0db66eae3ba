#pragma once

#include "export/chartdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// The distribution of cluster risk as a histogram (issue 6): clusters per risk band of 0.05,
// each bar stacked by the cluster's label (distillation, benign, unsure, unlabelled: each its own
// fill pattern, readable in greyscale), the flagged threshold as a dashed line with the flagged
// side shaded, counts over the bars. Painted with QPainter in logical pixels, so the same code
// serves PNG, SVG, PDF and the briefing.
class RiskChart
{
    Q_DECLARE_TR_FUNCTIONS(hl::RiskChart)
public:
    static void paint(QPainter &painter, const QRectF &rect, const RiskDistribution &data);
};

} // namespace hl
