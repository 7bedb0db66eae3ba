#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hl {

// The stamp on every exported chart and briefing page (issue 6), so that a picture can be traced
// back to its case and data: "case demo.hlcase · filters cluster 12, redacted · 3f2a9c0b2d4e".
//
// The hash is the first 12 hex digits of the SHA-256 of the data the page shows, written as
// compact JSON (canonicalJson: keys sorted, no spaces, UTF-8). The briefing's sidecar
// (BRIEF.pdf.json) holds that JSON for every page, so anyone can recompute the hash with any
// SHA-256 tool; `hydralens brief --verify` reads the case again and compares.
struct DataStamp
{
    QString caseName; // the case file's name (no folder)
    QString filters;  // what was chosen: kind, clusters, "redacted", …; "none" when nothing
    QString hash;     // dataHash() of the page's data

    QString text() const;
};

QByteArray canonicalJson(const QJsonObject &data);
// First 12 hex digits (48 bits) of SHA-256 over canonicalJson(data).
QString dataHash(const QJsonObject &data);

} // namespace hl
