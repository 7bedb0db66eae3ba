#pragma once

#include <cstdint>
#include <string>

namespace hl {

// Unix seconds <-> civil UTC time, and a fast ISO-8601 writer for the exchange stream: the date
// part is cached per day, so writing a timestamp is a handful of digit copies.
class DemoTimeFormat
{
public:
    static constexpr int Length = 20; // "2026-02-14T09:31:07Z"
    static constexpr std::int64_t Day = 86400;
    static constexpr std::int64_t Hour = 3600;

    // Writes exactly Length characters (no terminator).
    void write(std::int64_t unixSeconds, char *out);

    static std::int64_t fromCivil(int year, int month, int day, int hour = 0, int minute = 0,
                                  int second = 0);
    static std::string iso(std::int64_t unixSeconds);
    static int weekday(std::int64_t unixSeconds); // 0 = Monday ... 6 = Sunday (UTC)
    static std::int64_t floorDiv(std::int64_t a, std::int64_t b);

private:
    static void civilFromDays(std::int64_t days, int &year, int &month, int &day);

    std::int64_t m_day = INT64_MIN;
    char m_date[11] = {};
};

} // namespace hl
