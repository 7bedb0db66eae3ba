#include "metavalue.h"

#include "casefile.h"
#include "statement.h"

namespace hl {

std::optional<QString> metaValueOrInsert(const CaseFile &file, const QString &key, const QString &valueIfMissing,
                                         QString *error)
{
    return guardStorage(error, [&] {
        sqlite3 *db = file.handle();
        const QByteArray k = key.toUtf8();
        Statement insert(db, "INSERT OR IGNORE INTO meta(key, value) VALUES(?1, ?2)");
        const QByteArray v = valueIfMissing.toUtf8();
        insert.bind(1, std::string_view(k.constData(), std::size_t(k.size())))
            .bind(2, std::string_view(v.constData(), std::size_t(v.size())));
        insert.exec();
        Statement read(db, "SELECT value FROM meta WHERE key = ?1");
        read.bind(1, std::string_view(k.constData(), std::size_t(k.size())));
        if (!read.step())
            throw StorageError{QStringLiteral("the meta table lost its key '%1'").arg(key)};
        return read.columnText(0);
    });
}

} // namespace hl
