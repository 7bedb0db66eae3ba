#include "demotimeformat.h"

#include <cstring>

namespace hl {

namespace {
inline void put2(char *out, int v)
{
    out[0] = static_cast<char>('0' + v / 10);
    out[1] = static_cast<char>('0' + v % 10);
}
} // namespace

std::int64_t DemoTimeFormat::floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
std::int64_t DemoTimeFormat::fromCivil(int year, int month, int day, int hour, int minute, int second)
{
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const std::int64_t days = era * 146097 + doe - 719468;
    return days * Day + hour * Hour + minute * 60 + second;
}

void DemoTimeFormat::civilFromDays(std::int64_t days, int &year, int &month, int &day)
{
    days += 719468;
    const std::int64_t era = floorDiv(days, 146097);
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void DemoTimeFormat::write(std::int64_t unixSeconds, char *out)
{
    const std::int64_t day = floorDiv(unixSeconds, Day);
    if (day != m_day) {
        int y = 0, m = 0, d = 0;
        civilFromDays(day, y, m, d);
        put2(m_date, y / 100);
        put2(m_date + 2, y % 100);
        m_date[4] = '-';
        put2(m_date + 5, m);
        m_date[7] = '-';
        put2(m_date + 8, d);
        m_date[10] = 'T';
        m_day = day;
    }
    std::memcpy(out, m_date, 11);
    const int sec = static_cast<int>(unixSeconds - day * Day);
    put2(out + 11, sec / 3600);
    out[13] = ':';
    put2(out + 14, (sec / 60) % 60);
    out[16] = ':';
    put2(out + 17, sec % 60);
    out[19] = 'Z';
}

std::string DemoTimeFormat::iso(std::int64_t unixSeconds)
{
    DemoTimeFormat f;
    std::string s(Length, ' ');
    f.write(unixSeconds, s.data());
    return s;
}

int DemoTimeFormat::weekday(std::int64_t unixSeconds)
{
    // 1970-01-01 was a Thursday (3 when Monday = 0).
    return static_cast<int>((floorDiv(unixSeconds, Day) % 7 + 7 + 3) % 7);
}

} // namespace hl
