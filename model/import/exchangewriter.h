#pragma once

#include "exchangerecord.h"
#include "storage/statement.h"

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace hl {

// Writes exchanges that arrive in storage order (account, ts) and keeps every rollup of schema
// version 2 up to date on the way: per-account activity, daily traffic by model and capability,
// hour-of-day profile, template use, account↔IP and account↔API-key links, and the case-wide
// hourly traffic. Because input is sorted by account, per-account state is small and every
// table is written in key order (appends, not random B-tree inserts). Rollups merge with what
// earlier imports left (upserts), so appending an export keeps them exact.
class ExchangeWriter
{
public:
    ExchangeWriter(sqlite3 *db, std::int64_t importId);

    void add(const ExchangeRecord &r);
    void finish();

    std::int64_t written() const { return m_written; }

private:
    struct Cell { std::uint32_t model; std::uint8_t capability; std::int64_t exchanges, inTok, outTok; };
    struct Span { std::int64_t count, first, last; };

    void startAccount(std::uint32_t account);
    void flushAccount();
    void flushDay();

    Statement m_insert, m_activity, m_daily, m_hours, m_link, m_template, m_hourlyUpsert;
    std::int64_t m_importId;
    std::int64_t m_written = 0;

    // current account
    std::uint32_t m_account = 0;
    std::int64_t m_prevTs = 0;
    std::int64_t m_seq = 0;
    std::int64_t m_count = 0, m_first = 0, m_last = 0, m_inTok = 0, m_outTok = 0;
    std::int64_t m_day = 0;
    std::vector<Cell> m_dayCells;
    std::array<std::int64_t, 24> m_hourOfDay{};
    std::unordered_map<std::uint32_t, Span> m_links;
    std::unordered_map<std::uint32_t, Span> m_templates;

    // whole case: (hour index, model, capability) → counts
    struct Totals { std::int64_t exchanges = 0, inTok = 0, outTok = 0; };
    std::unordered_map<std::uint64_t, Totals> m_hourly;
};

} // namespace hl
