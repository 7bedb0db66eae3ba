#include "casefile.h"

#include "exchangestable.h"
#include "schema.h"
#include "statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
std::atomic<int> s_connectionCounter{0};
}

CaseFile::CaseFile()
    : m_connection(u"hydralens-case-%1"_s.arg(++s_connectionCounter))
{
}

CaseFile::~CaseFile()
{
    close();
}

QSqlDatabase CaseFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool CaseFile::fail(const QString &message)
{
    m_error = message;
    close();
    // Never leave behind an empty file that this open() created.
    if (m_created && QFileInfo(m_path).exists() && QFileInfo(m_path).size() == 0)
        QFile::remove(m_path);
    return false;
}

void CaseFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_handle = nullptr;
}

bool CaseFile::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_path = path;
    m_created = false;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return fail(u"There is no case file at %1. Check the path, or create a case with "
                        "'hydralens import EXPORT_DIR --case %1'."_s.arg(path));
        if (!info.absoluteDir().exists())
            return fail(u"Cannot create the case %1: the folder %2 does not exist."_s.arg(path, info.absolutePath()));
        m_created = true;
    } else if (info.isDir()) {
        return fail(u"%1 is a folder, not a case file."_s.arg(path));
    }

    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            openError = db.lastError().text();
        } else {
            const QVariant h = db.driver()->handle();
            if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
                m_handle = *static_cast<sqlite3 *const *>(h.constData());
            else
                openError = u"the Qt SQLite driver gave no native handle"_s;
        }
    }
    if (!openError.isEmpty())
        return fail(u"Cannot open the case %1: %2"_s.arg(path, openError));

    try {
        int appId = 0;
        try {
            appId = schema::applicationId(m_handle);
            m_versionOnOpen = schema::version(m_handle);
        } catch (const StorageError &) {
            return fail(u"%1 is not a HydraLens case (it is not an SQLite database)."_s.arg(path));
        }
        if (!m_created && appId != schema::ApplicationId) {
            Statement tables(m_handle, "SELECT count(*) FROM sqlite_schema");
            tables.step();
            if (tables.columnInt(0) != 0 || appId != 0)
                return fail(u"%1 is an SQLite database but not a HydraLens case. Choose a .hlcase file, "
                            "or give a new file name to create a case."_s.arg(path));
            m_created = true; // an empty database file: treat as new
        }
        if (m_versionOnOpen > schema::CurrentVersion)
            return fail(u"The case %1 was written by a newer HydraLens (case format %2; this version reads "
                        "up to %3). Open it with a newer HydraLens."_s.arg(path).arg(m_versionOnOpen).arg(
                            schema::CurrentVersion));

        execSql(m_handle, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
        registerExchangesTable(m_handle);
        {
            Statement wal(m_handle, "PRAGMA journal_mode = WAL");
            wal.step();
        }
        if (m_versionOnOpen < schema::CurrentVersion) {
            execSql(m_handle, "BEGIN IMMEDIATE");
            try {
                schema::migrate(m_handle);
                if (m_versionOnOpen == 0) {
                    Statement meta(m_handle, "INSERT INTO meta(key, value) VALUES (?, ?)");
                    meta.bind(1, std::string_view("created_at"))
                        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString())
                        .exec();
                    meta.bind(1, std::string_view("created_by")).bind(2, std::string_view("HydraLens " HYDRALENS_VERSION)).exec();
                }
                execSql(m_handle, "COMMIT");
            } catch (...) {
                execSql(m_handle, "ROLLBACK");
                throw;
            }
        }
    } catch (const StorageError &e) {
        return fail(u"Cannot open the case %1: %2"_s.arg(path, e.message));
    }
    return true;
}

} // namespace hl
