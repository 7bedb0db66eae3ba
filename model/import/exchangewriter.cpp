#include "exchangewriter.h"

#include "storage/schema.h"
#include "util/timeparse.h"

#include <algorithm>

namespace hl {

namespace {
template<typename Map>
std::vector<std::pair<std::uint64_t, typename Map::mapped_type>> sorted(const Map &map)
{
    std::vector<std::pair<std::uint64_t, typename Map::mapped_type>> v(map.begin(), map.end());
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return v;
}
} // namespace

ExchangeWriter::ExchangeWriter(sqlite3 *db, std::int64_t importId, std::size_t pendingLimit)
    : m_db(db)
    , m_importId(importId)
    , m_pendingLimit(std::max<std::size_t>(pendingLimit, 1))
    , m_blocks(db)
{
}

void ExchangeWriter::growAccounts(std::uint32_t account)
{
    const std::size_t n = std::max<std::size_t>(account + 1, m_pending.size() * 2);
    m_pending.resize(n);
    m_activity.resize(n);
}

void ExchangeWriter::flushAccount(std::uint32_t account)
{
    std::vector<ExchangeRecord> &buffer = m_pending[account];
    if (buffer.empty())
        return;
    auto byTime = [](const ExchangeRecord &a, const ExchangeRecord &b) { return a.ts < b.ts; };
    if (!std::is_sorted(buffer.begin(), buffer.end(), byTime))
        std::stable_sort(buffer.begin(), buffer.end(), byTime);
    m_blocks.write(account, m_importId, buffer);
    rollUp(account, buffer);
    m_pendingTotal -= buffer.size();
    // Give the memory back: most accounts wait a long time for their next exchanges.
    std::vector<ExchangeRecord>().swap(buffer);
}

// Over the memory bound: write the fullest buffers until half the bound is free.
void ExchangeWriter::flushFullest()
{
    std::vector<std::pair<std::size_t, std::uint32_t>> sizes;
    for (std::uint32_t a = 0; a < m_pending.size(); ++a)
        if (!m_pending[a].empty())
            sizes.emplace_back(m_pending[a].size(), a);
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    for (const auto &[size, account] : sizes) {
        if (m_pendingTotal <= m_pendingLimit / 2)
            break;
        flushAccount(account);
    }
}

// Rollups from one block's records (one account, sorted by time).
void ExchangeWriter::rollUp(std::uint32_t account, const std::vector<ExchangeRecord> &records)
{
    Activity &a = m_activity[account];
    if (a.count == 0)
        a.first = a.last = records.front().ts;
    a.first = std::min(a.first, records.front().ts);
    a.last = std::max(a.last, records.back().ts);
    a.count += static_cast<std::int64_t>(records.size());

    // Case-wide hourly traffic: consecutive records mostly share hour, model and capability.
    std::uint64_t runKey = 0;
    Totals run;
    auto endRun = [&] {
        if (run.exchanges == 0)
            return;
        Totals &t = m_hourly[runKey];
        t.exchanges += run.exchanges;
        t.inTok += run.inTok;
        t.outTok += run.outTok;
        run = Totals();
    };
    m_scratch.clear();
    for (const ExchangeRecord &r : records) {
        const std::int64_t in = (r.flags & ExchangeRecord::NoInputTokens) ? 0 : r.inputTokens;
        const std::int64_t out = (r.flags & ExchangeRecord::NoOutputTokens) ? 0 : r.outputTokens;
        a.inTok += in;
        a.outTok += out;
        const std::uint64_t key = (static_cast<std::uint64_t>(floorDiv(r.ts, 3600)) << 32)
            | (static_cast<std::uint64_t>(r.model) << 8) | r.capability;
        if (key != runKey) {
            endRun();
            runKey = key;
        }
        ++run.exchanges;
        run.inTok += in;
        run.outTok += out;
        if (r.ip)
            m_scratch.emplace_back(r.ip, r.ts);
        if (r.apiKey)
            m_scratch.emplace_back(r.apiKey, r.ts);
    }
    endRun();

    // Links: one map update per distinct IP or key in the block.
    std::stable_sort(m_scratch.begin(), m_scratch.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    for (std::size_t i = 0; i < m_scratch.size();) {
        std::size_t j = i;
        while (j < m_scratch.size() && m_scratch[j].first == m_scratch[i].first)
            ++j;
        const std::uint64_t key = (static_cast<std::uint64_t>(account) << 32) | m_scratch[i].first;
        const std::int64_t first = m_scratch[i].second, last = m_scratch[j - 1].second;
        const auto n = static_cast<std::int64_t>(j - i);
        auto [it, created] = m_links.try_emplace(key, Span{n, first, last});
        if (!created) {
            it->second.count += n;
            it->second.first = std::min(it->second.first, first);
            it->second.last = std::max(it->second.last, last);
        }
        i = j;
    }
}

void ExchangeWriter::finish()
{
    for (std::uint32_t a = 0; a < m_pending.size(); ++a)
        flushAccount(a);
    m_pending = {};

    Statement activity(m_db, "INSERT INTO account_activity VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(account_id) DO UPDATE SET"
                             " exchanges = exchanges + excluded.exchanges, first_ts = min(first_ts, excluded.first_ts),"
                             " last_ts = max(last_ts, excluded.last_ts), input_tokens = input_tokens + excluded.input_tokens,"
                             " output_tokens = output_tokens + excluded.output_tokens");
    for (std::uint32_t account = 0; account < m_activity.size(); ++account) {
        const Activity &a = m_activity[account];
        if (a.count > 0)
            activity.bind(1, std::int64_t(account)).bind(2, a.count).bind(3, a.first).bind(4, a.last)
                .bind(5, a.inTok).bind(6, a.outTok).exec();
    }
    m_activity = {};

    Statement link(m_db, schema::AccountInfraUpsert);
    for (const auto &[key, s] : sorted(m_links))
        link.bind(1, std::int64_t(key >> 32))
            .bind(2, std::int64_t(key & 0xffffffffU))
            .bind(3, std::int64_t(schema::FromExchanges))
            .bind(4, s.first)
            .bind(5, s.last)
            .bind(6, s.count)
            .exec();
    m_links = {};

    Statement hourly(m_db, "INSERT INTO hourly_traffic VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT(hour, model_id, capability)"
                           " DO UPDATE SET exchanges = exchanges + excluded.exchanges,"
                           " input_tokens = input_tokens + excluded.input_tokens,"
                           " output_tokens = output_tokens + excluded.output_tokens");
    for (const auto &[key, t] : sorted(m_hourly)) {
        const std::int64_t hourIndex = static_cast<std::int32_t>(static_cast<std::uint32_t>(key >> 32));
        hourly.bind(1, hourIndex * 3600)
            .bind(2, std::int64_t((key >> 8) & 0xffffff))
            .bind(3, std::int64_t(key & 0xff))
            .bind(4, t.exchanges)
            .bind(5, t.inTok)
            .bind(6, t.outTok)
            .exec();
    }
    m_hourly = {};
}

} // namespace hl
