#pragma once

#include "storage/statement.h"
#include "util/stringidmap.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

// Maps the strings of one dictionary table (accounts.account_key, models.name, …) to their
// integer ids. Loads what the case has, and inserts new strings with the next id as they are
// met, inside the import's transaction. Ids start at 1; 0 means "none".
class Dictionary
{
public:
    // selectSql returns (id, key); insertSql takes (id, key) — or, for kinded tables, the key
    // given to intern() is "<kind byte><value>" and insertSql takes (id, kind, value).
    // Without insertSql, only assign() adds keys and the caller inserts the row itself.
    Dictionary(sqlite3 *db, const char *selectSql, const char *insertSql, bool kinded = false);

    std::uint32_t find(std::string_view key) const
    {
        checkUsable();
        return m_ids.find(key);
    }
    // Returns the id, inserting the key when new. `created` tells whether it was new.
    std::uint32_t intern(std::string_view key, bool *created = nullptr);
    // Gives a new key the next id without inserting a row (the caller does). Key must be new.
    std::uint32_t assign(std::string_view key);
    // While deferred, intern() adds new keys to memory only; flush() inserts their rows and
    // ends deferral. Lets the reading thread intern without touching the connection while
    // another thread writes through it.
    void defer() { m_deferred = true; }
    void flush();
    // Frees the in-memory keys once nothing more will be interned (millions of template hashes
    // are over 100 MB). Afterwards intern(), find() and assign() throw StorageError.
    void release();
    std::uint32_t maxId() const { return m_maxId; }
    std::size_t size() const { return m_ids.size(); }

private:
    StringIdMap m_ids; // compact: millions of template hashes stay in about 40 bytes each
    void insertRow(std::uint32_t id, std::string_view key);
    void checkUsable() const
    {
        if (m_released)
            throw StorageError{QStringLiteral("internal error: a released dictionary was used")};
    }

    Statement m_insert;
    bool m_kinded;
    bool m_deferred = false;
    bool m_released = false;
    std::string m_pendingKeys;                  // keys interned while deferred, back to back
    std::vector<std::uint32_t> m_pendingEnds;   // end of each in m_pendingKeys; ids follow m_pendingFirst
    std::uint32_t m_pendingFirst = 0;
    std::uint32_t m_maxId = 0;
};

} // namespace hl
