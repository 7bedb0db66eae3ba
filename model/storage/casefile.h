#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace hl {

// One open case file (.hlcase): an SQLite database in WAL mode with foreign keys on, brought
// to the current schema on open. Owns one connection, usable from the thread that opened it.
class CaseFile
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    CaseFile();
    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    // Opens (and if allowed creates) the case. Returns false with errorString() saying what is
    // wrong and what to do: missing file, not a HydraLens case, written by a newer version, …
    bool open(const QString &path, Mode mode = Mode::OpenExisting);
    void close();
    bool isOpen() const { return m_handle != nullptr; }

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    bool wasCreated() const { return m_created; } // this open() created the file
    int schemaVersionOnOpen() const { return m_versionOnOpen; }

    QSqlDatabase database() const;
    sqlite3 *handle() const { return m_handle; }

private:
    bool fail(const QString &message);

    QString m_connection;
    QString m_path;
    QString m_error;
    sqlite3 *m_handle = nullptr;
    bool m_created = false;
    int m_versionOnOpen = 0;
};

} // namespace hl
