#include "timeaxis.h"

#include "timebuckets.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl::timeline {

namespace {

QDateTime utc(std::int64_t t) { return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()); }

QList<AxisTick> fixedStep(std::int64_t from, std::int64_t to, std::int64_t step, const QString &format)
{
    QList<AxisTick> ticks;
    std::int64_t t = bucketFloor(from, step);
    if (t < from)
        t += step;
    for (; t <= to; t += step)
        ticks.append({t, utc(t).toString(format)});
    return ticks;
}

// Ticks every `months` months (on the first of a month whose index is a multiple of `months`).
QList<AxisTick> monthStep(std::int64_t from, std::int64_t to, int months, const QString &format)
{
    QList<AxisTick> ticks;
    const QDate start = utc(from).date();
    const int index = start.year() * 12 + (start.month() - 1);
    int m = (index / months) * months; // years are positive here (QDate years ≥ 1 on the axis)
    for (;; m += months) {
        const QDateTime d(QDate(m / 12, m % 12 + 1, 1), QTime(0, 0), QTimeZone::utc());
        const std::int64_t t = d.toSecsSinceEpoch();
        if (t < from)
            continue;
        if (t > to)
            break;
        ticks.append({t, d.toString(format)});
    }
    return ticks;
}

} // namespace

QList<AxisTick> utcTicks(std::int64_t from, std::int64_t to, int maxTicks)
{
    if (to <= from || maxTicks < 1)
        return {};
    struct Step
    {
        std::int64_t seconds; // fixed steps
        int months;           // calendar steps (seconds = 0)
        QString format;
    };
    const QString hours = u"MM-dd HH:mm"_s, days = u"yyyy-MM-dd"_s;
    const Step steps[] = {
        {Hour, 0, hours},     {2 * Hour, 0, hours}, {3 * Hour, 0, hours}, {6 * Hour, 0, hours},
        {12 * Hour, 0, hours}, {Day, 0, days},      {2 * Day, 0, days},   {Week, 0, days},
        {2 * Week, 0, days},  {0, 1, u"yyyy-MM"_s}, {0, 3, u"yyyy-MM"_s}, {0, 6, u"yyyy-MM"_s},
    };
    for (const Step &s : steps) {
        // Cheap estimate first, so that a span of years does not list every hour.
        const double approx = double(to - from) / double(s.seconds ? s.seconds : s.months * 30 * Day);
        if (approx > maxTicks + 1)
            continue;
        const QList<AxisTick> ticks = s.seconds ? fixedStep(from, to, s.seconds, s.format)
                                                : monthStep(from, to, s.months, s.format);
        if (ticks.size() <= maxTicks)
            return ticks;
    }
    for (int years = 1;; years *= 10) {
        for (const int f : {1, 2, 5}) {
            if (double(to - from) / (double(f * years) * 365 * Day) > maxTicks + 1)
                continue;
            const QList<AxisTick> ticks = monthStep(from, to, 12 * f * years, u"yyyy"_s);
            if (ticks.size() <= maxTicks)
                return ticks;
        }
    }
}

} // namespace hl::timeline
