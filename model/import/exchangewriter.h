#pragma once

#include "storage/exchangeblock.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace hl {

// Streams one import's exchanges into the case as they are read, in any order: each account's
// exchanges collect in a small buffer, and a full buffer (ExchangeBlockRecords) becomes one
// block of exchange_blocks. Memory is bounded: when more than `pendingLimit` exchanges wait,
// the fullest buffers are written early (as smaller blocks). finish() writes what is left and
// the rollups kept on the way: per-account activity, account↔IP/API-key links and the
// case-wide hourly traffic. Rollups merge with what earlier imports left (upserts).
class ExchangeWriter
{
public:
    ExchangeWriter(sqlite3 *db, std::int64_t importId, std::size_t pendingLimit);

    void add(const ExchangeRecord &r)
    {
        if (r.account >= m_pending.size())
            growAccounts(r.account);
        std::vector<ExchangeRecord> &buffer = m_pending[r.account];
        buffer.push_back(r);
        ++m_added;
        ++m_pendingTotal;
        if (buffer.size() >= ExchangeBlockRecords)
            flushAccount(r.account);
        else if (m_pendingTotal > m_pendingLimit)
            flushFullest();
    }
    void finish();

    std::int64_t added() const { return m_added; }
    std::int64_t pending() const { return static_cast<std::int64_t>(m_pendingTotal); }
    std::int64_t blocksWritten() const { return m_blocks.blocksWritten(); }

private:
    struct Activity { std::int64_t count = 0, first = 0, last = 0, inTok = 0, outTok = 0; };
    struct Span { std::int64_t count, first, last; };
    struct Totals { std::int64_t exchanges = 0, inTok = 0, outTok = 0; };

    void growAccounts(std::uint32_t account);
    void flushAccount(std::uint32_t account);
    void flushFullest();
    void rollUp(std::uint32_t account, const std::vector<ExchangeRecord> &records);

    sqlite3 *m_db;
    std::int64_t m_importId;
    std::size_t m_pendingLimit;
    ExchangeBlockInserter m_blocks;
    std::vector<std::vector<ExchangeRecord>> m_pending; // by account id
    std::size_t m_pendingTotal = 0;                     // exchanges in buffers not yet full
    std::int64_t m_added = 0;

    std::vector<Activity> m_activity;                   // by account id
    std::unordered_map<std::uint64_t, Span> m_links;    // account << 32 | infra id
    std::unordered_map<std::uint64_t, Totals> m_hourly; // hour index << 32 | model << 8 | capability
    std::vector<std::pair<std::uint32_t, std::int64_t>> m_scratch; // (infra, ts) of one block
};

} // namespace hl
