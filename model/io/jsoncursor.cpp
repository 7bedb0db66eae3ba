#include "jsoncursor.h"

#include "charscan.h"

#include <QtGlobal>

#include <cstring>

namespace hl {

namespace {

constexpr int MaxDepth = 128;

// Four hex digits at p (stops at the first non-hex byte, so the NUL sentinel is safe).
bool readHex4(const char *p, unsigned *value)
{
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        unsigned digit;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<unsigned>(c - 'A' + 10);
        else
            return false;
        v = (v << 4) | digit;
    }
    *value = v;
    return true;
}

char *writeUtf8(unsigned cp, char *out)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool JsonCursor::readString(std::string_view *out)
{
    char *const start = p + 1;
    char *r = const_cast<char *>(charscan::findStringSpecial(start, end));
    if (r < end && *r == '"') { // fast path: no escapes
        *out = std::string_view(start, static_cast<std::size_t>(r - start));
        p = r + 1;
        return true;
    }
    char *w = r;
    for (;;) {
        if (r >= end)
            return fail(start - 1, QT_TRANSLATE_NOOP("hl::JsonlReader", "the string is not closed"));
        const char c = *r;
        if (c == '"')
            break;
        if (static_cast<unsigned char>(c) < 0x20) {
            return fail(r, QT_TRANSLATE_NOOP("hl::JsonlReader",
                                             "control character in a string (escape it, e.g. \\n)"));
        }
        if (c != '\\') {
            const char *next = charscan::findStringSpecial(r, end);
            const auto n = static_cast<std::size_t>(next - r);
            std::memmove(w, r, n);
            w += n;
            r += n;
            continue;
        }
        const char kind = r[1];
        char simple = 0;
        switch (kind) {
        case '"': simple = '"'; break;
        case '\\': simple = '\\'; break;
        case '/': simple = '/'; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 't': simple = '\t'; break;
        case 'u': break;
        default:
            return fail(r, QT_TRANSLATE_NOOP("hl::JsonlReader", "invalid escape in a string"));
        }
        if (simple) {
            *w++ = simple;
            r += 2;
            continue;
        }
        unsigned cp;
        if (!readHex4(r + 2, &cp)) {
            return fail(r, QT_TRANSLATE_NOOP("hl::JsonlReader",
                                             "invalid \\u escape (expected four hex digits)"));
        }
        const char *escape = r;
        r += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low;
            if (r[0] != '\\' || r[1] != 'u' || !readHex4(r + 2, &low) || low < 0xDC00 || low > 0xDFFF) {
                return fail(escape, QT_TRANSLATE_NOOP("hl::JsonlReader",
                                                      "unpaired surrogate in a \\u escape"));
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            r += 6;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail(escape, QT_TRANSLATE_NOOP("hl::JsonlReader",
                                                  "unpaired surrogate in a \\u escape"));
        }
        w = writeUtf8(cp, w);
    }
    *out = std::string_view(start, static_cast<std::size_t>(w - start));
    p = r + 1;
    return true;
}

bool JsonCursor::readNumber(std::string_view *out)
{
    char *const start = p;
    char *q = p;
    if (*q == '-')
        ++q;
    if (*q == '0') {
        ++q;
    } else if (*q >= '1' && *q <= '9') {
        while (isDigit(*q))
            ++q;
    } else {
        return fail(q, QT_TRANSLATE_NOOP("hl::JsonlReader", "invalid number"));
    }
    if (*q == '.') {
        ++q;
        if (!isDigit(*q))
            return fail(q, QT_TRANSLATE_NOOP("hl::JsonlReader", "invalid number"));
        while (isDigit(*q))
            ++q;
    }
    if (*q == 'e' || *q == 'E') {
        ++q;
        if (*q == '+' || *q == '-')
            ++q;
        if (!isDigit(*q))
            return fail(q, QT_TRANSLATE_NOOP("hl::JsonlReader", "invalid number"));
        while (isDigit(*q))
            ++q;
    }
    *out = std::string_view(start, static_cast<std::size_t>(q - start));
    p = q;
    return true;
}

bool JsonCursor::readLiteral(std::string_view *out)
{
    // Compare byte by byte: the NUL sentinel stops a comparison before it runs past the line.
    const auto matches = [this](const char *word) {
        std::size_t i = 0;
        for (; word[i]; ++i) {
            if (p[i] != word[i])
                return std::size_t(0);
        }
        return i;
    };
    if (std::size_t n = matches("true")) {
        *out = std::string_view(p, n);
    } else if ((n = matches("false"))) {
        *out = std::string_view(p, n);
    } else if ((n = matches("null"))) {
        *out = std::string_view();
    } else {
        return fail(p, QT_TRANSLATE_NOOP("hl::JsonlReader", "expected a value"));
    }
    p += (*out).empty() ? 4 : (*out).size();
    return true;
}

bool JsonCursor::skipValue(int depth)
{
    std::string_view ignored;
    const char c = *p;
    if (c == '"')
        return readString(&ignored);
    if (c == '-' || isDigit(c))
        return readNumber(&ignored);
    if (c != '{' && c != '[')
        return readLiteral(&ignored);
    if (depth >= MaxDepth)
        return fail(p, QT_TRANSLATE_NOOP("hl::JsonlReader", "objects or arrays nested too deeply"));

    const bool object = c == '{';
    const char close = object ? '}' : ']';
    ++p;
    skipSpace();
    if (*p == close) {
        ++p;
        return true;
    }
    for (;;) {
        if (object) {
            if (*p != '"')
                return fail(p, QT_TRANSLATE_NOOP("hl::JsonlReader", "expected a key in double quotes"));
            if (!readString(&ignored))
                return false;
            skipSpace();
            if (*p != ':')
                return fail(p, QT_TRANSLATE_NOOP("hl::JsonlReader", "expected ':' after a key"));
            ++p;
            skipSpace();
        }
        if (!skipValue(depth + 1))
            return false;
        skipSpace();
        if (*p == ',') {
            ++p;
            skipSpace();
        } else if (*p == close) {
            ++p;
            return true;
        } else {
            return fail(p, object
                               ? QT_TRANSLATE_NOOP("hl::JsonlReader", "expected ',' or '}' after a value")
                               : QT_TRANSLATE_NOOP("hl::JsonlReader", "expected ',' or ']' after a value"));
        }
    }
}

} // namespace hl
