#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace hl::utf8 {

namespace {

bool isValidFrom(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        std::size_t n;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end - p) <= n)
            return false;
        if (p[1] < lo || p[1] > hi)
            return false;
        for (std::size_t i = 2; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += n + 1;
    }
    return true;
}

} // namespace

bool isValid(const char *begin, const char *end)
{
    auto p = reinterpret_cast<const unsigned char *>(begin);
    const auto e = reinterpret_cast<const unsigned char *>(end);
    while (e - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return isValidFrom(p, e);
        p += 8;
    }
    while (p < e) {
        if (*p & 0x80)
            return isValidFrom(p, e);
        ++p;
    }
    return true;
}

std::size_t length(const char *begin, const char *end)
{
    std::size_t count = 0;
    for (auto p = reinterpret_cast<const unsigned char *>(begin);
         p < reinterpret_cast<const unsigned char *>(end); ++p) {
        if ((*p & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace hl::utf8
