#pragma once

#include "export/briefingdata.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hl {

// The JSON file written beside a briefing (BRIEF.pdf → BRIEF.pdf.json): the options it was
// made with and, per page, the data the page shows and its stamp hash (dataHash of that data),
// so that a chart on a printed page can be traced back and checked:
//   {"format": "hydralens-briefing-1", "case": "demo.hlcase", "filters": "…",
//    "options": {"clusters": [...], "top": 10, "redact": false}, "page_size": "a4",
//    "pages": [{"page": 1, "kind": "cover", "hash": "3f2a9c0b2d4e", "data": {...}}, …]}
QJsonObject briefingSidecar(const BriefingData &data, const std::vector<BriefingPage> &pages, const QString &pageSize);

// The options a sidecar was made with; nullopt with *error when it is not a briefing sidecar.
std::optional<BriefingOptions> briefingOptionsFrom(const QJsonObject &sidecar, QString *error);

// One page's check: the hash printed on it (as the sidecar records it), the hash of the data the
// sidecar holds for it (differs if the sidecar was edited), and the hash of that page now.
struct BriefingPageCheck
{
    int page = 0;
    QString kind;
    QString stamped, ofSidecarData, now; // now: empty when the briefing now has fewer pages
    bool ok() const { return stamped == ofSidecarData && stamped == now; }
};
std::vector<BriefingPageCheck> verifyBriefing(const QJsonObject &sidecar, const std::vector<BriefingPage> &now);

} // namespace hl
