#include "values.h"

#include <arpa/inet.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<std::int64_t> parseInteger(std::string_view s)
{
    if (s.empty() || s.front() == '+')
        return std::nullopt;
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<double> parseReal(std::string_view s)
{
    if (s.empty() || s.front() == '+')
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<std::string> canonicalIp(std::string_view text)
{
    if (text.empty() || text.size() > 45)
        return std::nullopt;
    char buf[64];
    std::memcpy(buf, text.data(), text.size());
    buf[text.size()] = '\0';
    char out[INET6_ADDRSTRLEN];
    unsigned char addr[16];
    if (inet_pton(AF_INET, buf, addr) == 1) {
        inet_ntop(AF_INET, addr, out, sizeof out);
        return std::string(out);
    }
    if (inet_pton(AF_INET6, buf, addr) == 1) {
        static constexpr unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::memcmp(addr, mapped, 12) == 0) {
            inet_ntop(AF_INET, addr + 12, out, sizeof out);
            return std::string(out);
        }
        inet_ntop(AF_INET6, addr, out, sizeof out);
        return std::string(out);
    }
    return std::nullopt;
}

std::optional<std::string> canonicalAsn(std::string_view s)
{
    if (s.size() > 2 && (s[0] == 'A' || s[0] == 'a') && (s[1] == 'S' || s[1] == 's'))
        s.remove_prefix(2);
    if (s.empty() || s.size() > 10)
        return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9')
            return std::nullopt;
    std::uint64_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    if (n > 0xffffffffULL)
        return std::nullopt;
    return "AS" + std::to_string(n);
}

int enumIndex(std::string_view text, const char *const *names)
{
    for (int i = 0; names[i]; ++i)
        if (text == names[i])
            return i;
    for (int i = 0; names[i]; ++i) {
        const std::size_t n = std::strlen(names[i]);
        if (n == text.size() && strncasecmp(names[i], text.data(), n) == 0)
            return i;
    }
    return -1;
}

QString enumChoices(const char *const *names)
{
    QString out;
    for (int i = 0; names[i]; ++i) {
        if (i > 0)
            out += names[i + 1] ? u", "_s : u" or "_s;
        out += QLatin1StringView(names[i]);
    }
    return out;
}

} // namespace hl
