#pragma once

#include "export/briefingdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// The briefing's last page: what the analysts have labelled (clusters and accounts by verdict),
// how far they agree (Cohen's kappa per pair, Krippendorff's alpha and its reading, open
// disagreements), and the risk distribution of the clusters split by label.
class LabelStatusPage
{
    Q_DECLARE_TR_FUNCTIONS(hl::LabelStatusPage)
public:
    static void paint(QPainter &painter, const QRectF &rect, const BriefingData &data);
};

} // namespace hl
