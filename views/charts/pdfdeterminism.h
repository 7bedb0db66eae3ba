#pragma once

#include <QDateTime>
#include <QString>

namespace hl {

// QPdfWriter stamps every PDF with the clock, so two runs over the same case give different
// bytes. This rewrites the creation date of a finished PDF in place, with a value of the same
// length (so the cross-reference offsets stay right): `date` (the writers pass the case's last
// change, readCaseTimestamp()). The fonts' order in the file follows QHash's seed, so a process
// that wants equal bytes also fixes that (QHashSeed::setDeterministicGlobalSeed(), as the
// command line does). Returns false with *error when the file cannot be read or written.
bool makePdfDeterministic(const QString &path, const QDateTime &date, QString *error);

} // namespace hl
