#pragma once

#include <cstddef>

namespace hl::utf8 {

// True if [begin, end) is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF). Pure ASCII, the common case, is checked eight bytes at a time.
bool isValid(const char *begin, const char *end);

// Number of characters in [begin, end): the bytes that are not UTF-8 continuation bytes.
std::size_t length(const char *begin, const char *end);

} // namespace hl::utf8
