#include "exchangewriter.h"

#include "storage/schema.h"
#include "util/timeparse.h"

#include <algorithm>

namespace hl {

namespace {
template<typename Map>
std::vector<std::pair<std::uint32_t, typename Map::mapped_type>> sorted(const Map &map)
{
    std::vector<std::pair<std::uint32_t, typename Map::mapped_type>> v(map.begin(), map.end());
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return v;
}
} // namespace

ExchangeWriter::ExchangeWriter(sqlite3 *db, std::int64_t importId)
    : m_insert(db, "INSERT INTO exchanges(account_id, ts, import_id, seq, model_id, capability, template_id,"
                   " input_tokens, output_tokens, ip_id, api_key_id) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")
    , m_activity(db, "INSERT INTO account_activity VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(account_id) DO UPDATE SET"
                     " exchanges = exchanges + excluded.exchanges, first_ts = min(first_ts, excluded.first_ts),"
                     " last_ts = max(last_ts, excluded.last_ts), input_tokens = input_tokens + excluded.input_tokens,"
                     " output_tokens = output_tokens + excluded.output_tokens")
    , m_daily(db, "INSERT INTO account_daily VALUES(?1,?2,?3,?4,?5,?6,?7)"
                  " ON CONFLICT(account_id, day, model_id, capability) DO UPDATE SET"
                  " exchanges = exchanges + excluded.exchanges, input_tokens = input_tokens + excluded.input_tokens,"
                  " output_tokens = output_tokens + excluded.output_tokens")
    , m_hours(db, "INSERT INTO account_hours VALUES(?1,?2,?3) ON CONFLICT(account_id, hour_of_day) DO UPDATE SET"
                  " exchanges = exchanges + excluded.exchanges")
    , m_link(db, schema::AccountInfraUpsert)
    , m_template(db, "INSERT INTO account_templates VALUES(?1,?2,?3,?4,?5) ON CONFLICT(account_id, template_id)"
                     " DO UPDATE SET exchanges = exchanges + excluded.exchanges,"
                     " first_ts = min(first_ts, excluded.first_ts), last_ts = max(last_ts, excluded.last_ts)")
    , m_hourlyUpsert(db, "INSERT INTO hourly_traffic VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(hour, model_id, capability)"
                   " DO UPDATE SET exchanges = exchanges + excluded.exchanges,"
                   " input_tokens = input_tokens + excluded.input_tokens,"
                   " output_tokens = output_tokens + excluded.output_tokens")
    , m_importId(importId)
{
}

void ExchangeWriter::startAccount(std::uint32_t account)
{
    m_account = account;
    m_seq = 0;
    m_count = 0;
    m_inTok = m_outTok = 0;
    m_day = 0;
    m_dayCells.clear();
    m_hourOfDay.fill(0);
    m_links.clear();
    m_templates.clear();
}

void ExchangeWriter::add(const ExchangeRecord &r)
{
    if (r.account != m_account) {
        if (m_account != 0)
            flushAccount();
        startAccount(r.account);
    }
    if (m_count > 0 && r.ts == m_prevTs)
        ++m_seq;
    else
        m_seq = 0;
    m_prevTs = r.ts;

    const bool noIn = r.flags & ExchangeRecord::NoInputTokens;
    const bool noOut = r.flags & ExchangeRecord::NoOutputTokens;
    m_insert.bind(1, std::int64_t(r.account))
        .bind(2, r.ts)
        .bind(3, m_importId)
        .bind(4, m_seq)
        .bind(5, std::int64_t(r.model))
        .bindOptional(6, r.capability, r.capability == 0)
        .bindOptional(7, r.tmpl, r.tmpl == 0)
        .bindOptional(8, r.inputTokens, noIn)
        .bindOptional(9, r.outputTokens, noOut)
        .bindOptional(10, r.ip, r.ip == 0)
        .bindOptional(11, r.apiKey, r.apiKey == 0)
        .exec();
    ++m_written;

    const std::int64_t in = noIn ? 0 : r.inputTokens;
    const std::int64_t out = noOut ? 0 : r.outputTokens;
    if (m_count == 0)
        m_first = r.ts;
    m_last = r.ts;
    ++m_count;
    m_inTok += in;
    m_outTok += out;

    const std::int64_t day = bucketStart(r.ts, 86400);
    if (day != m_day) {
        flushDay();
        m_day = day;
    }
    auto cell = std::find_if(m_dayCells.begin(), m_dayCells.end(),
                             [&](const Cell &c) { return c.model == r.model && c.capability == r.capability; });
    if (cell == m_dayCells.end())
        m_dayCells.push_back({r.model, r.capability, 1, in, out});
    else {
        ++cell->exchanges;
        cell->inTok += in;
        cell->outTok += out;
    }
    ++m_hourOfDay[static_cast<std::size_t>((r.ts - day) / 3600)];

    auto span = [&](std::unordered_map<std::uint32_t, Span> &map, std::uint32_t id) {
        auto [it, created] = map.try_emplace(id, Span{1, r.ts, r.ts});
        if (!created) {
            ++it->second.count;
            it->second.last = r.ts;
        }
    };
    if (r.ip)
        span(m_links, r.ip);
    if (r.apiKey)
        span(m_links, r.apiKey);
    if (r.tmpl)
        span(m_templates, r.tmpl);

    const std::uint64_t hourKey = (static_cast<std::uint64_t>(floorDiv(r.ts, 3600)) << 32)
        | (static_cast<std::uint64_t>(r.model) << 8) | r.capability;
    Totals &t = m_hourly[hourKey];
    ++t.exchanges;
    t.inTok += in;
    t.outTok += out;
}

void ExchangeWriter::flushDay()
{
    std::sort(m_dayCells.begin(), m_dayCells.end(), [](const Cell &a, const Cell &b) {
        return a.model != b.model ? a.model < b.model : a.capability < b.capability;
    });
    for (const Cell &c : m_dayCells)
        m_daily.bind(1, std::int64_t(m_account))
            .bind(2, m_day)
            .bind(3, std::int64_t(c.model))
            .bind(4, std::int64_t(c.capability))
            .bind(5, c.exchanges)
            .bind(6, c.inTok)
            .bind(7, c.outTok)
            .exec();
    m_dayCells.clear();
}

void ExchangeWriter::flushAccount()
{
    flushDay();
    const std::int64_t account = m_account;
    m_activity.bind(1, account).bind(2, m_count).bind(3, m_first).bind(4, m_last).bind(5, m_inTok).bind(6, m_outTok).exec();
    for (std::size_t h = 0; h < m_hourOfDay.size(); ++h)
        if (m_hourOfDay[h])
            m_hours.bind(1, account).bind(2, std::int64_t(h)).bind(3, m_hourOfDay[h]).exec();
    for (const auto &[infra, s] : sorted(m_links))
        m_link.bind(1, account)
            .bind(2, std::int64_t(infra))
            .bind(3, std::int64_t(schema::FromExchanges))
            .bind(4, s.first)
            .bind(5, s.last)
            .bind(6, s.count)
            .exec();
    for (const auto &[tmpl, s] : sorted(m_templates))
        m_template.bind(1, account).bind(2, std::int64_t(tmpl)).bind(3, s.count).bind(4, s.first).bind(5, s.last).exec();
}

void ExchangeWriter::finish()
{
    if (m_account != 0)
        flushAccount();
    m_account = 0;
    std::vector<std::pair<std::uint64_t, Totals>> rows(m_hourly.begin(), m_hourly.end());
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, t] : rows) {
        const std::int64_t hourIndex = static_cast<std::int32_t>(static_cast<std::uint32_t>(key >> 32));
        m_hourlyUpsert.bind(1, hourIndex * 3600)
            .bind(2, std::int64_t((key >> 8) & 0xffffff))
            .bind(3, std::int64_t(key & 0xff))
            .bind(4, t.exchanges)
            .bind(5, t.inTok)
            .bind(6, t.outTok)
            .exec();
    }
    m_hourly.clear();
}

} // namespace hl
