#pragma once

// Labelling tests' set-up: a small analysed demo case, opened, and label events for it.
// Header-only, like the other test helpers.
#include "democase.h"

#include "storage/analysisstore.h"
#include "storage/labelstore.h"

#include <QDir>

#include <vector>

namespace hltest {

// Makes an analysed demo case (300 accounts) as `dir`/labels.hlcase, opens it into `file` and
// returns its clusters, riskiest first (empty, with *error, on failure).
inline std::vector<hl::StoredCluster> openLabelCase(const QString &dir, hl::CaseFile &file, QString *error)
{
    const QString path = QDir(dir).filePath(u"labels.hlcase"_qs);
    *error = makeDemoCase(QDir(dir).filePath(u"export"_qs), path, DemoCase(300, 20000, 1, true));
    if (!error->isEmpty())
        return {};
    if (!file.open(path)) {
        *error = file.errorString();
        return {};
    }
    return hl::readClusters(file, 1, error).value_or(std::vector<hl::StoredCluster>());
}

inline hl::LabelEvent labelEvent(hl::LabelTarget target, std::int64_t id, hl::Verdict verdict, const QString &analyst,
                                 const QString &origin = u"test"_qs)
{
    hl::LabelEvent e;
    e.target = target;
    e.targetId = id;
    e.verdict = verdict;
    e.analyst = analyst;
    e.origin = origin;
    return e;
}

} // namespace hltest
