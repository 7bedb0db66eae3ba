#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hl {

// A prepared statement on the native SQLite handle, for the bulk paths where QSqlQuery's
// per-row QVariant traffic would dominate (15 M rows). Binding indexes are 1-based, as in SQLite.
// Lives only inside the storage layer (model/storage, model/import).
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text); // copied by SQLite (SQLITE_TRANSIENT)
    Statement &bindBlob(int index, std::string_view bytes); // copied by SQLite
    Statement &bindNull(int index);
    // Binds an integer, or NULL when `isNull`.
    Statement &bindOptional(int index, std::int64_t value, bool isNull)
    {
        return isNull ? bindNull(index) : bind(index, value);
    }

    // Steps once. Returns true if a row is available. Throws StorageError on failure.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void exec();
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    // Valid until the next step() or reset().
    std::string_view columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Thrown by the storage layer's native paths and caught at the API boundary (importer,
// CaseFile), where it becomes an error value. It never crosses into views.
struct StorageError
{
    QString message;
};

// The API boundary in one place: runs `read`, turning a StorageError into nullopt and *error
// (when `error` is not null).
template<typename Read>
auto guardStorage(QString *error, Read &&read) -> std::optional<decltype(read())>
{
    try {
        return read();
    } catch (const StorageError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

// Runs one or more statements without results; throws StorageError.
void execSql(sqlite3 *db, std::string_view sql);

} // namespace hl
