#include "exchangeblock.h"

#include "statement.h"

using namespace Qt::StringLiterals;

namespace hl {

namespace {

enum : unsigned {
    CapabilityMask = 0x07,
    NoIn = 0x08,
    NoOut = 0x10,
    SameModel = 0x20,
    SameIp = 0x40,
    SameKey = 0x80,
};

void putVarint(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

[[noreturn]] void damaged()
{
    throw StorageError{u"an exchange block in the case is damaged (it cannot be decoded); "
                       "the case file may be corrupt"_s};
}

struct Cursor
{
    const unsigned char *p;
    const unsigned char *end;

    unsigned char byte()
    {
        if (p == end)
            damaged();
        return *p++;
    }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const unsigned char b = byte();
            v |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        damaged();
    }
    std::uint32_t id()
    {
        const std::uint64_t v = varint();
        if (v > 0xffffffffULL)
            damaged();
        return static_cast<std::uint32_t>(v);
    }
};

} // namespace

std::string encodeExchangeBlock(std::span<const ExchangeRecord> records)
{
    std::string out;
    out.reserve(1 + records.size() * 16);
    out.push_back(static_cast<char>(ExchangeBlockFormat));
    std::int64_t prevTs = records.empty() ? 0 : records.front().ts;
    std::uint32_t prevModel = 0, prevIp = 0, prevKey = 0;
    for (const ExchangeRecord &r : records) {
        const bool noIn = r.flags & ExchangeRecord::NoInputTokens;
        const bool noOut = r.flags & ExchangeRecord::NoOutputTokens;
        unsigned flags = r.capability & CapabilityMask;
        if (noIn)
            flags |= NoIn;
        if (noOut)
            flags |= NoOut;
        if (r.model == prevModel)
            flags |= SameModel;
        if (r.ip == prevIp)
            flags |= SameIp;
        if (r.apiKey == prevKey)
            flags |= SameKey;
        out.push_back(static_cast<char>(flags));
        putVarint(out, static_cast<std::uint64_t>(r.ts - prevTs));
        if (!(flags & SameModel))
            putVarint(out, r.model);
        putVarint(out, r.tmpl);
        if (!noIn)
            putVarint(out, static_cast<std::uint64_t>(r.inputTokens));
        if (!noOut)
            putVarint(out, static_cast<std::uint64_t>(r.outputTokens));
        if (!(flags & SameIp))
            putVarint(out, r.ip);
        if (!(flags & SameKey))
            putVarint(out, r.apiKey);
        prevTs = r.ts;
        prevModel = r.model;
        prevIp = r.ip;
        prevKey = r.apiKey;
    }
    return out;
}

ExchangeBlockInserter::ExchangeBlockInserter(sqlite3 *db)
    : m_insert(db, "INSERT INTO exchange_blocks(account_id, import_id, first_ts, last_ts, exchanges, data)"
                   " VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
{
}

void ExchangeBlockInserter::write(std::uint32_t account, std::int64_t importId,
                                  std::span<const ExchangeRecord> sortedRecords)
{
    while (!sortedRecords.empty()) {
        const auto block = sortedRecords.first(std::min(sortedRecords.size(), ExchangeBlockRecords));
        m_insert.bind(1, std::int64_t(account))
            .bind(2, importId)
            .bind(3, block.front().ts)
            .bind(4, block.back().ts)
            .bind(5, static_cast<std::int64_t>(block.size()))
            .bindBlob(6, encodeExchangeBlock(block))
            .exec();
        ++m_blocks;
        sortedRecords = sortedRecords.subspan(block.size());
    }
}

void decodeExchangeBlock(std::string_view data, std::uint32_t account, std::int64_t firstTs, std::int64_t count,
                         std::vector<ExchangeRecord> &out)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(data.data());
    Cursor c{begin, begin + data.size()};
    if (count < 0 || c.byte() != ExchangeBlockFormat)
        damaged();
    out.reserve(out.size() + static_cast<std::size_t>(count));
    ExchangeRecord r;
    r.account = account;
    r.ts = firstTs;
    for (std::int64_t i = 0; i < count; ++i) {
        const unsigned flags = c.byte();
        const std::uint64_t delta = c.varint();
        if (delta > std::uint64_t(INT64_MAX - r.ts))
            damaged();
        r.ts += static_cast<std::int64_t>(delta);
        r.capability = static_cast<std::uint8_t>(flags & CapabilityMask);
        r.flags = 0;
        if (!(flags & SameModel))
            r.model = c.id();
        r.tmpl = c.id();
        r.inputTokens = 0;
        r.outputTokens = 0;
        if (flags & NoIn)
            r.flags |= ExchangeRecord::NoInputTokens;
        else
            r.inputTokens = static_cast<std::int64_t>(c.varint() & INT64_MAX);
        if (flags & NoOut)
            r.flags |= ExchangeRecord::NoOutputTokens;
        else
            r.outputTokens = static_cast<std::int64_t>(c.varint() & INT64_MAX);
        if (!(flags & SameIp))
            r.ip = c.id();
        if (!(flags & SameKey))
            r.apiKey = c.id();
        out.push_back(r);
    }
    if (c.p != c.end)
        damaged();
}

} // namespace hl
