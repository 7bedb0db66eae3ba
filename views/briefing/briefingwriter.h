#pragma once

#include "export/briefingdata.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace hl {

// Writes the briefing PDF (issue 6) from what readBriefingData() read: the pages of
// briefingPages() on A4 or Letter, portrait, vector throughout (QPdfWriter), each with a header
// line and the stamp "case · filters · hash" and "page i of n" at the bottom; and beside it the
// sidecar PATH.json (export/briefingsidecar.h). The PDF's date is the case's last change, so the
// same case gives the same bytes (with QHash's seed fixed, as the command line does).
class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(hl::BriefingWriter)
public:
    static bool write(const QString &path, const BriefingData &data, QPageSize::PageSizeId page, QString *error);
    static QString sidecarPath(const QString &pdfPath) { return pdfPath + QStringLiteral(".json"); }
};

} // namespace hl
