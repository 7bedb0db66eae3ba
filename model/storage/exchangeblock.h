#pragma once

#include "exchangerecord.h"
#include "statement.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

// Exchanges are stored in blocks: up to ExchangeBlockRecords exchanges of one account from one
// import, in time order, packed into one BLOB of the exchange_blocks table (docs/case-file.md).
// A block costs SQLite one row instead of hundreds, which is what lets the importer write 16
// million exchanges in seconds, and packs them into about 12 bytes each.
//
// Encoding (format byte 1, then one entry per exchange):
//   flags byte: bits 0-2 capability code (0 = none), 3 no input tokens, 4 no output tokens,
//               5 same model as the previous entry, 6 same IP, 7 same API key
//   varint  seconds since the previous entry (the first: since the block's first_ts)
//   varint  model id            (unless "same model")
//   varint  template id         (0 = none)
//   varint  input tokens        (unless "no input tokens")
//   varint  output tokens       (unless "no output tokens")
//   varint  IP id               (unless "same IP"; 0 = none)
//   varint  API key id          (unless "same API key"; 0 = none)
// "Previous" starts as all zero. Varints are unsigned LEB128.
constexpr std::size_t ExchangeBlockRecords = 256;
constexpr unsigned char ExchangeBlockFormat = 1;

// Encodes records of one account sorted by ts (first record's ts = the block's first_ts).
std::string encodeExchangeBlock(std::span<const ExchangeRecord> records);

// Appends the `count` exchanges of a block to `out`, with `account` and `firstTs` from the
// block's row. Throws StorageError if the data is damaged.
void decodeExchangeBlock(std::string_view data, std::uint32_t account, std::int64_t firstTs, std::int64_t count,
                         std::vector<ExchangeRecord> &out);

// Writes exchanges into exchange_blocks: records of one account and import, sorted by ts, go
// into as many blocks as they need.
class ExchangeBlockInserter
{
public:
    explicit ExchangeBlockInserter(sqlite3 *db);
    void write(std::uint32_t account, std::int64_t importId, std::span<const ExchangeRecord> sortedRecords);
    std::int64_t blocksWritten() const { return m_blocks; }

private:
    Statement m_insert;
    std::int64_t m_blocks = 0;
};

} // namespace hl
