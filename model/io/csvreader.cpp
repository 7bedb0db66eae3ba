#include "csvreader.h"

#include "charscan.h"
#include "utf8.h"

#include <cstring>

namespace hl {

namespace {

// Rewrites the content of a quoted field in place, turning each "" into ". Returns the new end.
char *unescapeQuotes(char *begin, char *end)
{
    char *out = static_cast<char *>(std::memchr(begin, '"', static_cast<std::size_t>(end - begin)));
    if (!out)
        return end;
    const char *in = out;
    while (in < end) {
        // `in` is at the first quote of a pair: keep one, drop the other.
        *out++ = '"';
        in += 2;
        const char *next = static_cast<const char *>(
            std::memchr(in, '"', static_cast<std::size_t>(end - in)));
        const char *stop = next ? next : end;
        const auto n = static_cast<std::size_t>(stop - in);
        std::memmove(out, in, n);
        out += n;
        in = stop;
    }
    return out;
}

} // namespace

CsvReader::CsvReader(const QString &path)
    : RecordReader(path)
{
}

CsvReader::Scan CsvReader::scanRecord(bool header)
{
    using charscan::findAny;
    const char *p = m_pos;
    const char *const end = m_end;
    const bool atEnd = m_atEnd;
    Field *fields = m_fields.data();
    std::size_t limit = m_fields.size();
    std::size_t n = 0;
    std::int64_t breaks = 0;
    m_badQuote = false;

    for (;;) {
        Field field;
        if (p < end && *p == '"') {
            const char *q = p + 1;
            bool escaped = false;
            for (;;) {
                q = findAny<'"', '\n', '\r'>(q, end);
                if (q == end) {
                    if (!atEnd)
                        return Scan::NeedMore;
                    m_unclosedField = n;
                    return Scan::Unclosed;
                }
                if (q + 1 == end && !atEnd)
                    return Scan::NeedMore; // is it "" or CRLF? the next byte tells
                if (*q == '\n') {
                    ++breaks;
                    ++q;
                } else if (*q == '\r') {
                    ++breaks;
                    q += (q + 1 < end && q[1] == '\n') ? 2 : 1;
                } else if (q + 1 < end && q[1] == '"') {
                    escaped = true;
                    q += 2;
                } else {
                    break; // the closing quote
                }
            }
            field = Field{p + 1, q, escaped};
            p = q + 1;
        } else {
            const char *q = findAny<',', '\n', '\r'>(p, end);
            field = Field{p, q, false};
            p = q;
        }

        if (n < limit) {
            fields[n] = field;
        } else if (header) {
            m_fields.push_back(field);
            fields = m_fields.data();
            limit = m_fields.size();
        }
        ++n;

        if (p == end) {
            if (!atEnd)
                return Scan::NeedMore;
            m_recordEnd = end; // the last record has no final line break
            break;
        }
        const char c = *p;
        if (c == ',') {
            ++p;
            continue;
        }
        if (c == '\n') {
            m_recordEnd = p + 1;
            break;
        }
        if (c == '\r') {
            if (p + 1 == end && !atEnd)
                return Scan::NeedMore;
            m_recordEnd = (p + 1 < end && p[1] == '\n') ? p + 2 : p + 1;
            break;
        }
        // Only after a closing quote: anything else than a comma or a line break.
        m_fieldCount = n;
        m_breaks = breaks;
        m_badQuote = true;
        m_badQuoteField = n - 1;
        return skipRest(p, n - 1);
    }
    m_fieldCount = n;
    m_breaks = breaks;
    return Scan::Complete;
}

CsvReader::Scan CsvReader::skipRest(const char *p, std::size_t field)
{
    // After an error: find the end of the record, treating quotes as opening and closing
    // quoted sections, so that a line break inside quotes does not end it.
    const char *const end = m_end;
    bool inQuotes = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == ',') {
            if (!inQuotes)
                ++field;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && p + 1 == end && !m_atEnd)
                return Scan::NeedMore;
            const char *next = (c == '\r' && p + 1 < end && p[1] == '\n') ? p + 2 : p + 1;
            if (!inQuotes) {
                m_recordEnd = next;
                return Scan::Complete;
            }
            ++m_breaks;
            p = next - 1;
        }
    }
    if (!m_atEnd)
        return Scan::NeedMore;
    if (inQuotes) {
        m_unclosedField = field;
        return Scan::Unclosed;
    }
    m_recordEnd = end;
    return Scan::Complete;
}

bool CsvReader::skipBlankLines()
{
    while (m_pos < m_end) {
        if (*m_pos == '\n') {
            ++m_pos;
        } else if (*m_pos == '\r') {
            if (m_pos + 1 == m_end && !m_atEnd)
                return false;
            m_pos += (m_pos + 1 < m_end && m_pos[1] == '\n') ? 2 : 1;
        } else {
            return true;
        }
        ++m_nextLine;
    }
    return m_atEnd;
}

CsvReader::Scan CsvReader::scanWithRefill(bool header, bool *fatalError)
{
    *fatalError = false;
    for (;;) {
        if (skipBlankLines()) {
            if (m_pos == m_end)
                return Scan::End;
            m_line = m_nextLine;
            const Scan scan = scanRecord(header);
            if (scan != Scan::NeedMore)
                return scan;
        }
        if (fill() == Fill::Fatal) {
            *fatalError = true;
            return Scan::Complete;
        }
    }
}

std::string_view CsvReader::fieldText(const Field &field)
{
    const char *end = field.end;
    if (field.escaped)
        end = unescapeQuotes(const_cast<char *>(field.begin), const_cast<char *>(field.end));
    return std::string_view(field.begin, static_cast<std::size_t>(end - field.begin));
}

QString CsvReader::headerName(std::size_t field) const
{
    return field < static_cast<std::size_t>(m_header.size())
        ? m_header.at(static_cast<qsizetype>(field)) : QString();
}

bool CsvReader::open()
{
    if (!openSource())
        return false;
    m_fields.clear();
    m_fieldCount = 0;
    bool fatalError = false;
    const Scan scan = scanWithRefill(true, &fatalError);
    if (fatalError)
        return false;
    if (scan == Scan::Unclosed) {
        fatal(QString(), tr("quoted field is not closed before the end of the file"));
        return false;
    }
    if (scan == Scan::End) {
        fatal(QString(), tr("the file is empty: a CSV file needs a header row"));
        return false;
    }
    if (m_badQuote) {
        fatal(QString(), tr("unexpected character after a closing quote "
                            "(write a quote inside a quoted field as \"\")"));
        return false;
    }

    m_header.clear();
    for (std::size_t i = 0; i < m_fieldCount; ++i) {
        std::string_view text = fieldText(m_fields[i]);
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        while (!text.empty() && text.back() == ' ')
            text.remove_suffix(1);
        const QString name = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        if (name.isEmpty()) {
            fatal(QString(), tr("empty column name in the header (column %1)").arg(i + 1));
            return false;
        }
        if (m_header.contains(name)) {
            fatal(name, tr("duplicate column in the header"));
            return false;
        }
        m_header.append(name);
    }
    m_pos = const_cast<char *>(m_recordEnd);
    m_nextLine = m_line + m_breaks + 1;

    m_wantedField.assign(static_cast<std::size_t>(m_columns.size()), -1);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const qsizetype index = m_header.indexOf(m_columns.at(i));
        m_wantedField[static_cast<std::size_t>(i)] = index;
        m_present[static_cast<std::size_t>(i)] = index >= 0;
    }
    for (const QString &name : std::as_const(m_header)) {
        if (!m_columns.contains(name))
            m_unknown.append(name);
    }
    m_fields.assign(static_cast<std::size_t>(m_header.size()), Field{nullptr, nullptr, false});
    return true;
}

RecordReader::Status CsvReader::next()
{
    if (m_fatal)
        return Status::Fatal;
    if (!m_buffer)
        return fatal(QString(), tr("the file is not open"));

    bool fatalError = false;
    const Scan scan = scanWithRefill(false, &fatalError);
    if (fatalError)
        return Status::Fatal;
    if (scan == Scan::Unclosed)
        return fatal(headerName(m_unclosedField),
                     tr("quoted field is not closed before the end of the file"));
    if (scan == Scan::End)
        return Status::End;

    m_pos = const_cast<char *>(m_recordEnd);
    m_nextLine = m_line + m_breaks + 1;

    if (m_badQuote) {
        return badRecord(headerName(m_badQuoteField),
                         tr("unexpected character after a closing quote "
                            "(write a quote inside a quoted field as \"\")"));
    }
    const std::size_t expected = m_fields.size();
    if (m_fieldCount != expected) {
        return badRecord(QString(), tr("expected %1 fields as in the header, found %2")
                                        .arg(expected).arg(m_fieldCount));
    }
    for (std::size_t i = 0; i < m_wantedField.size(); ++i) {
        const std::ptrdiff_t index = m_wantedField[i];
        if (index < 0)
            continue;
        const std::string_view text = fieldText(m_fields[static_cast<std::size_t>(index)]);
        if (!utf8::isValid(text.data(), text.data() + text.size()))
            return badRecord(m_columns.at(static_cast<qsizetype>(i)), tr("not valid UTF-8"));
        m_values[i] = text;
    }
    ++m_records;
    return Status::Record;
}

} // namespace hl
