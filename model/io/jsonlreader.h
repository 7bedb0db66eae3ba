#pragma once

#include "recordreader.h"

#include <QCoreApplication>

#include <string>

namespace hl {

struct JsonCursor;

// JSON Lines: one flat JSON object per line. A hand-written parser that works in place in the
// input buffer (escaped strings are unescaped in place; they only get shorter). Keys are
// matched to the wanted columns by exact name; other keys are skipped (any JSON value) and
// reported once through takeNewUnknownColumns().
class JsonlReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(hl::JsonlReader)

public:
    explicit JsonlReader(const QString &path);

    bool open() override;
    Status next() override;

private:
    struct Key
    {
        std::string name;
        std::ptrdiff_t column; // wanted column index, -1 for an unknown key
        std::int64_t seenIn;   // the last record (m_stamp) that had this key
    };

    Status parseObject(JsonCursor &cursor);
    // Reads the value of a wanted key into m_values; Status::Record means it went well.
    Status readValue(JsonCursor &cursor, const Key &key);
    Status syntaxError(const JsonCursor &cursor);
    Status syntaxError(JsonCursor &cursor, const char *at, const char *detail);
    Key *findKey(std::string_view name);

    std::vector<Key> m_keys;
    std::size_t m_hint = 0;      // keys usually come in the same order: start looking here
    std::int64_t m_stamp = 0;
};

} // namespace hl
