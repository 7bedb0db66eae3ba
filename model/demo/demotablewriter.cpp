#include "demotablewriter.h"

#include <QDir>

#include <charconv>
#include <cstring>

namespace hl {

namespace {
constexpr std::size_t BufferSize = 8u << 20;
constexpr std::size_t FlushAt = BufferSize - (1u << 16);

bool needsQuotes(std::string_view v)
{
    for (char c : v) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

bool needsJsonEscape(std::string_view v)
{
    for (char c : v) {
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
            return true;
    }
    return false;
}
} // namespace

DemoTableWriter::DemoTableWriter(const QString &dir, const char *table, std::vector<const char *> columns,
                                 Format format, bool gzip)
    : m_dir(dir)
    , m_fileName(fileName(table, format, gzip))
    , m_columns(std::move(columns))
    , m_format(format)
    , m_gzip(gzip)
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        m_jsonKeys.push_back(std::string(i == 0 ? "{\"" : ",\"") + m_columns[i] + "\":");
}

QString DemoTableWriter::fileName(const char *table, Format format, bool gzip)
{
    QString name = QString::fromLatin1(table) + (format == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl"));
    if (gzip)
        name += QStringLiteral(".gz");
    return name;
}

QString DemoTableWriter::path() const
{
    return QDir(m_dir).filePath(m_fileName);
}

QString DemoTableWriter::errorString() const
{
    return m_sink.errorString();
}

bool DemoTableWriter::open()
{
    m_buffer.resize(BufferSize);
    if (!m_sink.open(path(), m_gzip))
        return false;
    if (m_format == Format::Csv) {
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const std::size_t n = std::strlen(m_columns[i]);
            char *p = reserve(n + 2);
            if (i)
                *p++ = ',';
            std::memcpy(p, m_columns[i], n);
            m_size += n + (i ? 1 : 0);
        }
        *reserve(1) = '\n';
        ++m_size;
    }
    return true;
}

char *DemoTableWriter::reserve(std::size_t bytes)
{
    if (m_size + bytes > m_buffer.size())
        m_buffer.resize(m_size + bytes + BufferSize);
    return m_buffer.data() + m_size;
}

void DemoTableWriter::beginField()
{
    if (m_format == Format::Csv) {
        if (m_field)
            m_buffer[m_size++] = ',';
    } else {
        const std::string &key = m_jsonKeys[m_field];
        std::memcpy(m_buffer.data() + m_size, key.data(), key.size());
        m_size += key.size();
    }
    ++m_field;
}

void DemoTableWriter::addString(std::string_view v)
{
    if (v.empty()) {
        addNull();
        return;
    }
    reserve(2 * v.size() + 64);
    beginField();
    char *p = m_buffer.data() + m_size;
    if (m_format == Format::Csv) {
        if (!needsQuotes(v)) {
            std::memcpy(p, v.data(), v.size());
            m_size += v.size();
            return;
        }
        char *q = p;
        *q++ = '"';
        for (char c : v) {
            if (c == '"')
                *q++ = '"';
            *q++ = c;
        }
        *q++ = '"';
        m_size += static_cast<std::size_t>(q - p);
        return;
    }
    reserve(6 * v.size() + 64);
    p = m_buffer.data() + m_size;
    char *q = p;
    *q++ = '"';
    if (!needsJsonEscape(v)) {
        std::memcpy(q, v.data(), v.size());
        q += v.size();
    } else {
        static const char Hex[] = "0123456789abcdef";
        for (char c : v) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                *q++ = '\\';
                *q++ = c;
            } else if (c == '\n') {
                *q++ = '\\';
                *q++ = 'n';
            } else if (c == '\r') {
                *q++ = '\\';
                *q++ = 'r';
            } else if (c == '\t') {
                *q++ = '\\';
                *q++ = 't';
            } else if (u < 0x20) {
                const char esc[6] = {'\\', 'u', '0', '0', Hex[u >> 4], Hex[u & 0xf]};
                std::memcpy(q, esc, 6);
                q += 6;
            } else {
                *q++ = c;
            }
        }
    }
    *q++ = '"';
    m_size += static_cast<std::size_t>(q - p);
}

void DemoTableWriter::addNull()
{
    reserve(64);
    beginField();
    if (m_format == Format::Jsonl) {
        std::memcpy(m_buffer.data() + m_size, "null", 4);
        m_size += 4;
    }
}

void DemoTableWriter::addInt(std::int64_t value)
{
    reserve(96);
    beginField();
    char *p = m_buffer.data() + m_size;
    m_size += static_cast<std::size_t>(std::to_chars(p, p + 24, value).ptr - p);
}

void DemoTableWriter::addTime(std::int64_t unixSeconds)
{
    reserve(96);
    beginField();
    char *p = m_buffer.data() + m_size;
    if (m_format == Format::Jsonl)
        *p++ = '"';
    m_time.write(unixSeconds, p);
    p += DemoTimeFormat::Length;
    if (m_format == Format::Jsonl)
        *p++ = '"';
    m_size = static_cast<std::size_t>(p - m_buffer.data());
}

void DemoTableWriter::addFixed(std::int64_t value, int decimals)
{
    reserve(96);
    beginField();
    char *p = m_buffer.data() + m_size;
    if (value < 0) {
        *p++ = '-';
        value = -value;
    }
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    p = std::to_chars(p, p + 24, value / scale).ptr;
    if (decimals > 0) {
        *p++ = '.';
        std::int64_t frac = value % scale;
        for (int i = decimals - 1; i >= 0; --i) {
            p[i] = static_cast<char>('0' + frac % 10);
            frac /= 10;
        }
        p += decimals;
    }
    m_size = static_cast<std::size_t>(p - m_buffer.data());
}

bool DemoTableWriter::endRow()
{
    if (m_format == Format::Jsonl)
        m_buffer[m_size++] = '}';
    m_buffer[m_size++] = '\n';
    m_field = 0;
    ++m_rows;
    if (m_size >= FlushAt)
        return flush();
    return !m_failed;
}

bool DemoTableWriter::flush()
{
    if (m_failed)
        return false;
    if (m_size > 0 && !m_sink.write(m_buffer.data(), m_size))
        m_failed = true;
    m_size = 0;
    return !m_failed;
}

bool DemoTableWriter::finish()
{
    if (!flush())
        return false;
    return m_sink.finish();
}

void DemoTableWriter::abandon()
{
    m_sink.abandon();
}

} // namespace hl
