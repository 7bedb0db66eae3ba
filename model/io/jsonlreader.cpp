#include "jsonlreader.h"

#include "jsoncursor.h"
#include "utf8.h"

#include <cstring>

namespace hl {

namespace {

// Unknown keys are tracked (for warnings and duplicate checks) up to this many names; a file
// with more distinct keys than this is not a table, and tracking them would only cost time.
constexpr std::size_t MaxKeys = 1000;

constexpr const char *ExpectedKey =
    QT_TRANSLATE_NOOP("hl::JsonlReader", "expected a key in double quotes");
constexpr const char *ExpectedColon = QT_TRANSLATE_NOOP("hl::JsonlReader", "expected ':' after a key");
constexpr const char *ExpectedCommaOrBrace =
    QT_TRANSLATE_NOOP("hl::JsonlReader", "expected ',' or '}' after a value");
constexpr const char *TextAfterObject =
    QT_TRANSLATE_NOOP("hl::JsonlReader", "unexpected text after the object");

bool isBlank(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\r')
            return false;
    }
    return true;
}

} // namespace

JsonlReader::JsonlReader(const QString &path)
    : RecordReader(path)
{
}

bool JsonlReader::open()
{
    if (!openSource())
        return false;
    m_keys.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_keys.push_back(Key{m_columns.at(i).toStdString(), i, -1});
        m_present[static_cast<std::size_t>(i)] = true; // a missing key reads as null
    }
    return true;
}

RecordReader::Status JsonlReader::next()
{
    if (m_fatal)
        return Status::Fatal;
    if (!m_buffer)
        return fatal(QString(), tr("the file is not open"));

    std::size_t searched = 0; // bytes after m_pos known to hold no line break
    for (;;) {
        char *lineEnd = static_cast<char *>(
            std::memchr(m_pos + searched, '\n', static_cast<std::size_t>(m_end - m_pos) - searched));
        char *nextLine;
        if (lineEnd) {
            nextLine = lineEnd + 1;
        } else {
            if (!m_atEnd) {
                searched = static_cast<std::size_t>(m_end - m_pos);
                if (fill() == Fill::Fatal)
                    return Status::Fatal;
                continue;
            }
            if (m_pos == m_end)
                return Status::End;
            lineEnd = nextLine = m_end; // the last line has no line break
        }
        char *begin = m_pos;
        char *end = lineEnd;
        if (end > begin && end[-1] == '\r')
            --end;
        m_pos = nextLine;
        m_line = m_nextLine++;
        searched = 0;
        if (isBlank(begin, end))
            continue;

        *end = '\0'; // the parser's sentinel: the line break, or padding after the data
        JsonCursor cursor{begin, end, begin};
        return parseObject(cursor);
    }
}

RecordReader::Status JsonlReader::parseObject(JsonCursor &c)
{
    c.skipSpace();
    if (*c.p != '{')
        return badRecord(QString(), tr("not a JSON object"));
    ++c.p;
    c.skipSpace();
    ++m_stamp;
    std::fill(m_values.begin(), m_values.end(), std::string_view());

    if (*c.p == '}') {
        ++c.p;
    } else {
        for (;;) {
            if (*c.p != '"')
                return syntaxError(c, c.p, ExpectedKey);
            std::string_view name;
            if (!c.readString(&name))
                return syntaxError(c);
            c.skipSpace();
            if (*c.p != ':')
                return syntaxError(c, c.p, ExpectedColon);
            ++c.p;
            c.skipSpace();

            Key *key = findKey(name);
            if (key && key->seenIn == m_stamp)
                return badRecord(QString::fromStdString(key->name), tr("duplicate key"));
            if (key)
                key->seenIn = m_stamp;

            if (key && key->column >= 0) {
                const Status status = readValue(c, *key);
                if (status != Status::Record)
                    return status;
            } else if (!c.skipValue()) {
                return syntaxError(c);
            }

            c.skipSpace();
            if (*c.p == ',') {
                ++c.p;
                c.skipSpace();
            } else if (*c.p == '}') {
                ++c.p;
                break;
            } else {
                return syntaxError(c, c.p, ExpectedCommaOrBrace);
            }
        }
    }
    c.skipSpace();
    if (c.p != c.end)
        return syntaxError(c, c.p, TextAfterObject);
    ++m_records;
    return Status::Record;
}

RecordReader::Status JsonlReader::readValue(JsonCursor &c, const Key &key)
{
    std::string_view value;
    const char first = *c.p;
    bool ok;
    if (first == '"') {
        ok = c.readString(&value);
        if (ok && !utf8::isValid(value.data(), value.data() + value.size()))
            return badRecord(QString::fromStdString(key.name), tr("not valid UTF-8"));
    } else if (first == '-' || (first >= '0' && first <= '9')) {
        ok = c.readNumber(&value);
    } else if (first == '{') {
        return badRecord(QString::fromStdString(key.name),
                         tr("expected a string, number, true, false or null, found an object"));
    } else if (first == '[') {
        return badRecord(QString::fromStdString(key.name),
                         tr("expected a string, number, true, false or null, found an array"));
    } else {
        ok = c.readLiteral(&value);
    }
    if (!ok)
        return syntaxError(c);
    m_values[static_cast<std::size_t>(key.column)] = value;
    return Status::Record;
}

RecordReader::Status JsonlReader::syntaxError(JsonCursor &c, const char *at, const char *detail)
{
    c.fail(at, detail);
    return syntaxError(c);
}

RecordReader::Status JsonlReader::syntaxError(const JsonCursor &c)
{
    const std::size_t character = utf8::length(c.line, c.errorAt) + 1;
    return badRecord(QString(),
                     tr("invalid JSON at character %1: %2").arg(character).arg(tr(c.error)));
}

JsonlReader::Key *JsonlReader::findKey(std::string_view name)
{
    const std::size_t count = m_keys.size();
    std::size_t i = m_hint < count ? m_hint : 0;
    for (std::size_t n = 0; n < count; ++n) {
        Key &key = m_keys[i];
        if (key.name.size() == name.size()
            && std::memcmp(key.name.data(), name.data(), name.size()) == 0) {
            m_hint = i + 1;
            return &key;
        }
        if (++i == count)
            i = 0;
    }
    if (count >= MaxKeys + static_cast<std::size_t>(m_columns.size()))
        return nullptr;
    m_keys.push_back(Key{std::string(name), -1, -1});
    m_unknown.append(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    m_hint = 0;
    return &m_keys.back();
}

} // namespace hl
