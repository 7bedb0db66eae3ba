#include "dictionary.h"

#include <sqlite3.h>

#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;

namespace hl {

Dictionary::Dictionary(sqlite3 *db, const char *selectSql, const char *insertSql, bool kinded)
    : m_kinded(kinded)
{
    if (insertSql)
        m_insert = Statement(db, insertSql);
    Statement select(db, selectSql);
    std::string key;
    while (select.step()) {
        const std::int64_t id = select.columnInt(0);
        if (id <= 0 || id >= 0xffffffffLL)
            throw StorageError{u"the case holds an id out of range (%1)"_s.arg(id)};
        key.clear();
        if (kinded)
            key.push_back(static_cast<char>(select.columnInt(1)));
        const QByteArray value = select.columnText(kinded ? 2 : 1).toUtf8();
        key.append(value.constData(), static_cast<std::size_t>(value.size()));
        m_ids.insert(key, static_cast<std::uint32_t>(id));
        m_maxId = std::max(m_maxId, static_cast<std::uint32_t>(id));
    }
}

namespace {
[[noreturn]] void tooMany()
{
    throw StorageError{u"too many distinct values for one case (at most about 4 billion, and 4 GiB of text)"_s};
}
} // namespace

std::uint32_t Dictionary::intern(std::string_view key, bool *created)
{
    checkUsable();
    if (m_maxId == 0xfffffffeU && m_ids.find(key) == 0)
        tooMany();
    bool inserted = false;
    std::uint32_t id = 0;
    try {
        id = m_ids.findOrInsert(key, m_maxId + 1, &inserted);
    } catch (const std::length_error &) {
        tooMany();
    }
    if (created)
        *created = inserted;
    if (!inserted)
        return id;
    m_maxId = id;
    if (m_deferred) {
        if (m_pendingEnds.empty())
            m_pendingFirst = id;
        m_pendingKeys.append(key);
        m_pendingEnds.push_back(static_cast<std::uint32_t>(m_pendingKeys.size()));
    } else {
        insertRow(id, key);
    }
    return id;
}

void Dictionary::insertRow(std::uint32_t id, std::string_view key)
{
    m_insert.bind(1, static_cast<std::int64_t>(id));
    if (m_kinded)
        m_insert.bind(2, static_cast<std::int64_t>(static_cast<unsigned char>(key.front()))).bind(3, key.substr(1));
    else
        m_insert.bind(2, key);
    m_insert.exec();
}

void Dictionary::release()
{
    flush();
    m_ids.clear();
    m_released = true;
}

void Dictionary::flush()
{
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < m_pendingEnds.size(); ++i) {
        insertRow(m_pendingFirst + static_cast<std::uint32_t>(i),
                  std::string_view(m_pendingKeys).substr(begin, m_pendingEnds[i] - begin));
        begin = m_pendingEnds[i];
    }
    m_pendingKeys = {};
    m_pendingEnds = {};
    m_deferred = false;
}

std::uint32_t Dictionary::assign(std::string_view key)
{
    checkUsable();
    if (m_maxId == 0xfffffffeU)
        tooMany();
    try {
        m_ids.insert(key, m_maxId + 1);
    } catch (const std::length_error &) {
        tooMany();
    }
    return ++m_maxId;
}

} // namespace hl
