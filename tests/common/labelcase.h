#pragma once

// Labelling tests' set-up: a small analysed demo case, opened, with its clusters.
// Header-only, like the other test helpers (label events: labelevent.h).
#include "democase.h"

#include "storage/analysisstore.h"

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

} // namespace hltest
