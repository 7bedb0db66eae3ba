#include "trainingrows.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr std::size_t NumberBytes = 32;  // the longest shortest-form double is 24 characters
constexpr std::size_t FastCopy = 32;     // pieces up to this long are copied as one 32-byte move

// Copies n bytes; short pieces as one fixed-size move (both ends have 32 bytes to spare).
char *put(char *dst, const char *src, std::size_t n)
{
    if (n <= FastCopy)
        std::memcpy(dst, src, FastCopy);
    else
        std::memcpy(dst, src, n);
    return dst + n;
}

template<std::size_t N>
char *putLiteral(char *dst, const char (&text)[N])
{
    std::memcpy(dst, text, N - 1);
    return dst + N - 1;
}

constexpr double Pow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
constexpr double Exact = 9007199254740992.0; // 2^53: every whole number below is a double

// `digits` (a whole number below 2^53 in magnitude) with `decimals` digits after the point.
char *writeScaled(char *p, double digits, int decimals)
{
    if (std::signbit(digits)) {
        *p++ = '-';
        digits = -digits;
    }
    char buf[24];
    char *const end = std::to_chars(buf, buf + sizeof buf, std::uint64_t(digits)).ptr;
    auto length = int(end - buf);
    if (decimals == 0)
        return static_cast<char *>(std::memcpy(p, buf, std::size_t(length))) + length;
    if (length <= decimals) { // 0.000123: leading zeros
        *p++ = '0';
        *p++ = '.';
        for (int i = length; i < decimals; ++i)
            *p++ = '0';
        return static_cast<char *>(std::memcpy(p, buf, std::size_t(length))) + length;
    }
    std::memcpy(p, buf, std::size_t(length - decimals));
    p += length - decimals;
    *p++ = '.';
    return static_cast<char *>(std::memcpy(p, end - decimals, std::size_t(decimals))) + decimals;
}

char *writeNumber(char *p, double value)
{
    if (!std::isfinite(value))
        return p;
    // Whole numbers as 1000000 (not 1e+06), others with the fewest decimals, up to six, that
    // read back as the same double: d / 10^k == value, both exact and the division correctly
    // rounded, is exactly the double nearest to the decimal d·10^-k, which is what a reader
    // gets. The analysis stores four decimals, so this is nearly every value; the rest get
    // std::to_chars's shortest form.
    for (int k = 0; k < int(std::size(Pow10)); ++k) {
        const double digits = std::nearbyint(value * Pow10[k]);
        if (std::fabs(digits) < Exact && digits / Pow10[k] == value)
            return writeScaled(p, digits == 0 ? value : digits, k); // keeps the sign of -0
    }
    return std::to_chars(p, p + NumberBytes, value).ptr;
}

// At most 2 × size + 2 bytes.
char *writeCsvField(char *p, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return text.empty() ? p : static_cast<char *>(std::memcpy(p, text.data(), text.size())) + text.size();
    *p++ = '"';
    for (const char c : text) {
        if (c == '"')
            *p++ = '"';
        *p++ = c;
    }
    *p++ = '"';
    return p;
}

// At most 6 × size + 2 bytes.
char *writeJsonString(char *p, std::string_view text)
{
    static const char Hex[] = "0123456789abcdef";
    *p++ = '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            *p++ = '\\';
            *p++ = c;
        } else if (u < 0x20) {
            p = putLiteral(p, "\\u00");
            *p++ = Hex[u >> 4];
            *p++ = Hex[u & 15];
        } else {
            *p++ = c;
        }
    }
    *p++ = '"';
    return p;
}

// Appends what `write` puts into at most `most` bytes.
template<typename Write>
void appendWith(std::string &out, std::size_t most, Write &&write)
{
    const std::size_t at = out.size();
    out.resize(at + most);
    out.resize(std::size_t(write(out.data() + at) - out.data()));
}

} // namespace

void appendNumber(std::string &out, double value)
{
    appendWith(out, NumberBytes, [&](char *p) { return writeNumber(p, value); });
}

void appendCsvField(std::string &out, std::string_view text)
{
    appendWith(out, 2 * text.size() + 2, [&](char *p) { return writeCsvField(p, text); });
}

void appendJsonString(std::string &out, std::string_view text)
{
    appendWith(out, 6 * text.size() + 2, [&](char *p) { return writeJsonString(p, text); });
}

char *TextBuffer::reserve(std::size_t bytes)
{
    if (m_size + bytes + Slack > m_data.size())
        m_data.resize(std::max(2 * m_data.size(), m_size + bytes + Slack));
    return m_data.data() + m_size;
}

QStringList TrainingRowWriter::fixedColumns()
{
    return {u"account_id"_s, u"cluster_id"_s, u"label"_s, u"weight"_s, u"split"_s};
}

TrainingRowWriter::TrainingRowWriter(const std::vector<TrainingColumn> &columns)
{
    for (const QString &name : fixedColumns())
        m_names.push_back(name.toStdString());
    for (const TrainingColumn &c : columns)
        m_names.push_back(c.name.toStdString());
    m_rowBytes = 64;
    for (std::size_t i = 1; i < m_names.size(); ++i) {
        std::string key = ",";
        appendJsonString(key, m_names[i]);
        key.push_back(':');
        m_keyAt.emplace_back(m_keys.size(), key.size());
        m_keys.insert(m_keys.end(), key.begin(), key.end());
        m_rowBytes += key.size() + NumberBytes + 2;
    }
    m_keys.resize(m_keys.size() + FastCopy, ' '); // so the last key can be copied as 32 bytes
}

std::string TrainingRowWriter::csvHeader() const
{
    std::string out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        appendCsvField(out, m_names[i]);
    }
    out.append("\r\n");
    return out;
}

void TrainingRowWriter::append(const TrainingRow &row, TextBuffer &csvBuffer, TextBuffer &jsonlBuffer) const
{
    const QByteArray key = row.accountKey.toUtf8();
    const std::string_view keyText(key.constData(), std::size_t(key.size()));
    const std::size_t most = m_rowBytes + 6 * keyText.size() + 16;
    char *csv = csvBuffer.reserve(most);
    char *json = jsonlBuffer.reserve(most);
    csv = writeCsvField(csv, keyText);
    json = putLiteral(json, "{\"account_id\":");
    json = writeJsonString(json, keyText);

    // Each value is formatted once, into the CSV, and copied to the JSON line.
    std::size_t column = 0;
    auto next = [&] {
        const auto [offset, length] = m_keyAt[column++];
        *csv++ = ',';
        json = put(json, m_keys.data() + offset, length);
    };
    auto number = [&](double v) {
        next();
        char *const start = csv;
        csv = writeNumber(csv, v);
        json = csv == start ? putLiteral(json, "null") : put(json, start, std::size_t(csv - start));
    };
    auto word = [&](std::string_view w) { // a fixed word: no quoting or escaping needed
        next();
        csv = put(csv, w.data(), w.size());
        *json++ = '"';
        json = put(json, w.data(), w.size());
        *json++ = '"';
    };
    static constexpr char Words[] = "distillation\0benign\0train\0valid\0test\0"
                                    "                                ";
    static constexpr std::array<std::string_view, 5> Word{
        std::string_view(Words, 12), std::string_view(Words + 13, 6), std::string_view(Words + 20, 5),
        std::string_view(Words + 26, 5), std::string_view(Words + 32, 4)};
    number(row.clusterId != 0 ? double(row.clusterId) : std::nan(""));
    word(Word[row.positive ? 0 : 1]);
    number(row.weight);
    word(Word[2 + std::size_t(row.split)]);
    for (std::size_t i = 0; i + 5 < m_names.size(); ++i) // a row short of features: missing
        number(i < row.features.size() ? row.features[i] : std::nan(""));
    csv = putLiteral(csv, "\r\n");
    json = putLiteral(json, "}\n");
    csvBuffer.setEnd(csv);
    jsonlBuffer.setEnd(json);
}

} // namespace hl
