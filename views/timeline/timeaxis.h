#pragma once

#include <QList>
#include <QString>

#include <cstdint>

// Tick marks for the timeline's time axis, in UTC. QtCharts' QDateTimeAxis labels in the
// machine's local time zone, and case times are UTC (evidence is exchanged across countries),
// so the chart uses a value axis in Unix seconds with these ticks as its labelled grid. Pure
// logic, tested in tests/tst_timeline.
namespace hl::timeline {

struct AxisTick
{
    std::int64_t at = 0; // Unix seconds, UTC
    QString label;       // unambiguous and locale-free: "02-17 18:00", "2026-02-17", "2026-02", "2026"
};

// Ticks on round UTC times inside [from, to]: the finest calendar step (1, 2, 3, 6, 12 hours;
// 1, 2 days; 1, 2 weeks starting on Mondays; 1, 3, 6 months; 1, 2, 5, 10… years) that gives at
// most `maxTicks` ticks. Labels within one call are distinct.
QList<AxisTick> utcTicks(std::int64_t from, std::int64_t to, int maxTicks);

} // namespace hl::timeline
