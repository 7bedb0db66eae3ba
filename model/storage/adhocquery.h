#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace hl {

class CaseFile;

// Runs one read-only SQL statement typed by a user (the `query` command) on an open case,
// including the `exchanges` virtual table. Each row comes as text: NULL as an empty string,
// BLOBs as hex. Statements that would change the case are refused. Returns false with
// *error set (SQLite's message) on failure; `onRow` may return false to stop early.
bool runReadOnlyQuery(const CaseFile &file, const QString &sql, QStringList *columns,
                      const std::function<bool(const QStringList &row)> &onRow, QString *error);

} // namespace hl
