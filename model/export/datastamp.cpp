#include "export/datastamp.h"

#include "util/sha256.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hl {

QString DataStamp::text() const
{
    return QCoreApplication::translate("hl::DataStamp", "case %1 · filters %2 · %3")
        .arg(caseName, filters.isEmpty() ? QCoreApplication::translate("hl::DataStamp", "none") : filters, hash);
}

QByteArray canonicalJson(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QString dataHash(const QJsonObject &data)
{
    const QByteArray bytes = canonicalJson(data);
    Sha256 sha;
    sha.add(bytes.constData(), std::size_t(bytes.size()));
    return sha.hex().left(12);
}

} // namespace hl
