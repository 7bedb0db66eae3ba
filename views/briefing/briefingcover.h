#pragma once

#include "export/briefingdata.h"

#include <QCoreApplication>
#include <QRectF>

QT_FORWARD_DECLARE_CLASS(QPainter)

namespace hl {

// The briefing's first page: what the case is, as of when, and the headline figures in boxes
// (accounts, exchanges, flagged campaigns, the share of them labelled, the time span), then
// what the briefing holds and how to read its stamps.
class BriefingCover
{
    Q_DECLARE_TR_FUNCTIONS(hl::BriefingCover)
public:
    static void paint(QPainter &painter, const QRectF &rect, const BriefingData &data);
    // "2026-01-05 – 2026-04-04 (89 days)"
    static QString span(std::int64_t from, std::int64_t to);
};

} // namespace hl
