#include "dictionary.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hl {

Dictionary::Dictionary(sqlite3 *db, const char *selectSql, const char *insertSql, bool kinded)
    : m_kinded(kinded)
{
    if (insertSql)
        m_insert = Statement(db, insertSql);
    Statement select(db, selectSql);
    while (select.step()) {
        const std::int64_t id = select.columnInt(0);
        if (id <= 0 || id >= 0xffffffffLL)
            throw StorageError{u"the case holds an id out of range (%1)"_s.arg(id)};
        std::string key;
        if (kinded)
            key.push_back(static_cast<char>(select.columnInt(1)));
        const QByteArray value = select.columnText(kinded ? 2 : 1).toUtf8();
        key.append(value.constData(), static_cast<std::size_t>(value.size()));
        m_ids.emplace(std::move(key), static_cast<std::uint32_t>(id));
        m_maxId = std::max(m_maxId, static_cast<std::uint32_t>(id));
    }
}

std::uint32_t Dictionary::intern(std::string_view key, bool *created)
{
    if (const auto it = m_ids.find(key); it != m_ids.end()) {
        if (created)
            *created = false;
        return it->second;
    }
    const std::uint32_t id = assign(key);
    m_insert.bind(1, static_cast<std::int64_t>(id));
    if (m_kinded)
        m_insert.bind(2, static_cast<std::int64_t>(static_cast<unsigned char>(key.front()))).bind(3, key.substr(1));
    else
        m_insert.bind(2, key);
    m_insert.exec();
    if (created)
        *created = true;
    return id;
}

} // namespace hl

namespace hl {

std::uint32_t Dictionary::assign(std::string_view key)
{
    if (m_maxId == 0xfffffffeU)
        throw StorageError{u"too many distinct values for one case"_s};
    const std::uint32_t id = ++m_maxId;
    m_ids.emplace(std::string(key), id);
    return id;
}

} // namespace hl
