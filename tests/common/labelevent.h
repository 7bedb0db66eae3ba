#pragma once

// A label event for the tests that label (header-only; tests never compile ../ sources).
#include "storage/labelstore.h"

namespace hltest {

inline hl::LabelEvent labelEvent(hl::LabelTarget target, std::int64_t id, hl::Verdict verdict,
                                 const QString &analyst = QStringLiteral("ann"),
                                 hl::Confidence confidence = hl::Confidence::None)
{
    hl::LabelEvent e;
    e.target = target;
    e.targetId = id;
    e.verdict = verdict;
    e.confidence = confidence;
    e.analyst = analyst;
    e.origin = QStringLiteral("test");
    return e;
}

} // namespace hltest
