#include "timeparse.h"

#include <charconv>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

inline bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        const unsigned d = static_cast<unsigned char>(s[i]) - '0';
        if (d > 9)
            return false;
        v = v * 10 + static_cast<int>(d);
    }
    out = v;
    return true;
}

constexpr bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

std::optional<std::int64_t> parseUnix(std::string_view s)
{
    std::int64_t v = 0;
    const char *first = s.data();
    const char *last = s.data() + s.size();
    if (first != last && *first == '+')
        return std::nullopt;
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> parseIso(std::string_view s)
{
    int year, month, day, hour, minute, second;
    if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day))
        return std::nullopt;
    const char sep = s[10];
    if (sep != 'T' && sep != 't' && sep != ' ')
        return std::nullopt;
    if (!digits(s, 11, 2, hour) || s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':'
        || !digits(s, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        const std::size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
            ++pos;
        if (pos == start)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (pos < s.size()) {
        const char z = s[pos];
        if (z == 'Z' || z == 'z') {
            ++pos;
        } else if (z == '+' || z == '-') {
            int oh = 0, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            pos += 3;
            if (pos < s.size()) {
                if (s[pos] == ':')
                    ++pos;
                if (!digits(s, pos, 2, om))
                    return std::nullopt;
                pos += 2;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
}

} // namespace

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<std::int64_t> parseTimestamp(std::string_view text)
{
    if (text.size() >= 19 && text[4] == '-')
        return parseIso(text);
    return parseUnix(text);
}

QString quoteValue(std::string_view text)
{
    QString v = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (v.size() > 60)
        v = v.left(57) + u"…"_s;
    return u'"' + v + u'"';
}

QString timestampError(std::string_view text)
{
    return u"not a valid timestamp "_s + quoteValue(text)
        + u" (use ISO 8601 UTC such as 2026-02-14T09:31:07Z, or integer Unix seconds)"_s;
}

QString formatTimestamp(std::int64_t t)
{
    const std::int64_t z0 = floorDiv(t, 86400);
    const std::int64_t secs = t - z0 * 86400;
    // civil_from_days (H. Hinnant)
    const std::int64_t z = z0 + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), m, d,
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return QString::fromLatin1(buf);
}

} // namespace hl
