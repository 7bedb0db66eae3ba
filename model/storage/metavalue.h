#pragma once

#include <QString>

#include <optional>

namespace hl {

class CaseFile;

// The meta table's value for `key`; when there is none, stores `valueIfMissing` first (committed
// at once). Returns nullopt with *error if the case cannot be read or written.
std::optional<QString> metaValueOrInsert(const CaseFile &file, const QString &key, const QString &valueIfMissing,
                                         QString *error);

} // namespace hl
