#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace hl {

// Timestamps in a detection export are ISO 8601 (UTC; fractional seconds allowed) or integer
// Unix seconds. The case stores integer Unix seconds; fractional seconds are truncated.
//
// Accepted ISO forms: YYYY-MM-DDTHH:MM:SS[.frac][Z|±HH:MM|±HHMM|±HH]; 't', 'z' and a single
// space instead of 'T' are accepted as in RFC 3339. A time without a zone designator is
// taken as UTC, as the format defines every timestamp to be UTC.
std::optional<std::int64_t> parseTimestamp(std::string_view text);

// The user-facing reason for a value parseTimestamp() refused.
QString timestampError(std::string_view text);

// ISO 8601 UTC with 'Z', second precision: 2026-02-14T09:31:07Z.
QString formatTimestamp(std::int64_t unixSeconds);

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

// Floor division, for bucketing negative times correctly.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
constexpr std::int64_t bucketStart(std::int64_t ts, std::int64_t width) { return floorDiv(ts, width) * width; }

// A value quoted for a message, shortened to at most 60 characters.
QString quoteValue(std::string_view text);

} // namespace hl
