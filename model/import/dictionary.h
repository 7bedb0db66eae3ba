#pragma once

#include "storage/statement.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hl {

struct StringViewHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

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
        const auto it = m_ids.find(key);
        return it == m_ids.end() ? 0 : it->second;
    }
    // Returns the id, inserting the key when new. `created` tells whether it was new.
    std::uint32_t intern(std::string_view key, bool *created = nullptr);
    // Gives a new key the next id without inserting a row (the caller does). Key must be new.
    std::uint32_t assign(std::string_view key);
    std::uint32_t maxId() const { return m_maxId; }
    std::size_t size() const { return m_ids.size(); }

private:
    std::unordered_map<std::string, std::uint32_t, StringViewHash, std::equal_to<>> m_ids;
    Statement m_insert;
    bool m_kinded;
    std::uint32_t m_maxId = 0;
};

} // namespace hl
