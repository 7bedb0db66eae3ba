#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hl {

// Value parsing shared by the importer and the command line. Each returns nullopt for a value
// that breaks the format; the importer turns that into a FILE:LINE: column C: reason message.

// A whole number in [min, max] (decimal digits, optional leading '-'; no spaces, no '+').
std::optional<std::int64_t> parseInteger(std::string_view text);
// A finite real number (JSON/CSV decimal notation, exponent allowed).
std::optional<double> parseReal(std::string_view text);

// An IPv4 or IPv6 address in canonical text form: IPv4 dotted quad, IPv6 as inet_ntop writes
// it (lower case, longest zero run compressed). IPv4-mapped IPv6 (::ffff:a.b.c.d) becomes the
// IPv4 address, since it is the same client.
std::optional<std::string> canonicalIp(std::string_view text);

// "AS4134", "as4134" or "4134" → "AS4134".
std::optional<std::string> canonicalAsn(std::string_view text);

// Index of `text` in the null-terminated list `names` (exact match, then ASCII case-insensitive),
// or -1.
int enumIndex(std::string_view text, const char *const *names);

// "a, b or c" from a null-terminated list, for messages.
QString enumChoices(const char *const *names);


} // namespace hl
