#include "charts/pdfdeterminism.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace hl {

namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(hl::PdfDeterminism)
};

// The same date written in the shape of `old` ("D:YYYYMMDDHHmmSS" then "Z", "+HH'mm'" or
// nothing): the same length, in UTC. Empty when `old` has another shape.
QByteArray sameLengthDate(const QByteArray &old, const QDateTime &date)
{
    const QByteArray digits = "D:" + date.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    switch (old.size() - digits.size()) {
    case 0:
        return digits;
    case 1:
        return digits + 'Z';
    case 6:
        return digits + "+00'00";
    case 7:
        return digits + "+00'00'";
    default:
        return QByteArray();
    }
}

} // namespace

bool makePdfDeterministic(const QString &path, const QDateTime &date, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = PdfText::tr("cannot rewrite the date in %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    bool changed = false;
    // QPdfWriter (Qt 6.4) writes the clock in the info dictionary, "/CreationDate (D:…)". The
    // only other thing that varies is the order of the embedded fonts, which follows QHash's
    // seed: the chart and brief commands fix it (main.cpp).
    for (const QByteArray &key : {QByteArrayLiteral("/CreationDate ("), QByteArrayLiteral("/ModDate (")}) {
        for (qsizetype at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1)) {
            const qsizetype start = at + key.size(), end = bytes.indexOf(')', start);
            if (end < 0)
                break;
            const QByteArray fresh = sameLengthDate(bytes.mid(start, end - start), date);
            if (fresh.isEmpty())
                continue; // an unknown shape: leave it (the bytes then carry the clock)
            bytes.replace(start, fresh.size(), fresh);
            changed = true;
        }
    }
    if (!changed)
        return true;
    if (!file.seek(0) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = PdfText::tr("cannot rewrite the date in %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hl
