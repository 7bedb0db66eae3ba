#pragma once

#include <string_view>

namespace hl {

// A position in one line of JSON text, with the JSON grammar pieces the JSONL reader needs.
// The byte at `end` must be a NUL sentinel, so the scanners can look one byte ahead without
// a bounds check. Strings are unescaped in place (the result is never longer than the source).
// On a syntax error the functions return false and set errorAt/error (an untranslated detail
// in the "hl::JsonlReader" context).
struct JsonCursor
{
    char *p;
    char *end;
    const char *line;               // start of the line, for "character N" in messages
    const char *errorAt = nullptr;
    const char *error = nullptr;

    bool fail(const char *at, const char *what)
    {
        errorAt = at;
        error = what;
        return false;
    }

    void skipSpace()
    {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            ++p;
    }

    // At a '"': reads the string, unescaping it in place.
    bool readString(std::string_view *out);
    // At '-' or a digit: validates a number; *out is its text.
    bool readNumber(std::string_view *out);
    // At 't', 'f' or 'n': reads true, false or null; *out is "true", "false" or empty (null).
    bool readLiteral(std::string_view *out);
    // Skips any JSON value (objects and arrays nested up to a limit).
    bool skipValue(int depth = 0);
};

} // namespace hl
