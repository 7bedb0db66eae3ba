#include "adhocquery.h"

#include "casefile.h"

#include <QByteArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hl {

bool runReadOnlyQuery(const CaseFile &file, const QString &sql, QStringList *columns,
                      const std::function<bool(const QStringList &row)> &onRow, QString *error)
{
    sqlite3 *db = file.handle();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, &tail) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    struct Finalize { sqlite3_stmt *s; ~Finalize() { sqlite3_finalize(s); } } finalize{stmt};
    if (!stmt) {
        *error = u"the query is empty"_s;
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0 && QByteArray(tail).trimmed() != ";") {
        *error = u"give one SQL statement (found more after the first)"_s;
        return false;
    }
    if (!sqlite3_stmt_readonly(stmt)) {
        *error = u"only statements that read are allowed (SELECT, WITH, read-only PRAGMA); this one would change the case"_s;
        return false;
    }
    const int n = sqlite3_column_count(stmt);
    columns->clear();
    for (int i = 0; i < n; ++i)
        columns->append(QString::fromUtf8(sqlite3_column_name(stmt, i)));
    QStringList row;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            return true;
        if (rc != SQLITE_ROW) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        row.clear();
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(stmt, i)) {
            case SQLITE_NULL: row.append(QString()); break;
            case SQLITE_BLOB: {
                const QByteArray blob(static_cast<const char *>(sqlite3_column_blob(stmt, i)), sqlite3_column_bytes(stmt, i));
                row.append(QString::fromLatin1(blob.toHex()));
                break;
            }
            default:
                row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                             sqlite3_column_bytes(stmt, i)));
            }
        }
        if (!onRow(row))
            return true;
    }
}

} // namespace hl
