#include "util/stringidmap.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <utility>

namespace hl {

namespace {

// The arena is addressed in chunks of 1 MiB: offset >> kChunkShift picks a chunk pointer.
constexpr unsigned kChunkShift = 20;
constexpr std::size_t kChunkBytes = std::size_t(1) << kChunkShift;
constexpr std::size_t kMaxChunks = std::size_t((std::uint64_t(1) << 32) >> kChunkShift); // 4 GiB
constexpr std::size_t kFirstBlockBytes = 256;
constexpr std::size_t kIdBytes = sizeof(std::uint32_t);
constexpr std::size_t kMinSlots = 16;
// Slot positions use the low 31 bits of the hash and tags the high 32, so they stay
// independent. 4 GiB of records of at least 5 bytes never need more slots than this.
constexpr std::size_t kMaxSlots = std::size_t(1) << 31;

constexpr std::size_t keysFitting(std::size_t slots) { return slots / 10 * 7 + slots % 10 * 7 / 10; }

// --- Hash: wyhash (Wang Yi, public domain), final version 4 layout, default secret. ---

#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 U128;
constexpr void multiply(std::uint64_t *a, std::uint64_t *b)
{
    const U128 r = U128(*a) * *b;
    *a = std::uint64_t(r);
    *b = std::uint64_t(r >> 64);
}
#else
constexpr void multiply(std::uint64_t *a, std::uint64_t *b)
{
    const std::uint64_t ha = *a >> 32, hb = *b >> 32, la = std::uint32_t(*a), lb = std::uint32_t(*b);
    const std::uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb;
    const std::uint64_t t = rl + (rm0 << 32);
    std::uint64_t carry = t < rl;
    const std::uint64_t lo = t + (rm1 << 32);
    carry += lo < t;
    *a = lo;
    *b = rh + (rm0 >> 32) + (rm1 >> 32) + carry;
}
#endif

constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    multiply(&a, &b);
    return a ^ b;
}

constexpr std::uint64_t kSecret[4] = {0xa0761d6478bd642full, 0xe7037ed1a0b428dbull, 0x8ebc6af09c88c6e3ull,
                                      0x589965cc75374cc3ull};
constexpr std::uint64_t kSeed = mix(kSecret[0], kSecret[1]); // wyhash with seed 0

// Native byte order: the hash is only ever used in memory.
inline std::uint64_t read64(const unsigned char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline std::uint64_t read32(const unsigned char *p)
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

inline std::uint32_t tagOf(std::uint64_t h)
{
    const auto tag = std::uint32_t(h >> 32);
    return tag != 0 ? tag : 1;
}

// --- Records: [length, LEB128][id, 4 bytes, native order][key bytes] ---

inline std::size_t lengthBytes(std::uint32_t length)
{
    std::size_t n = 1;
    while (length >= 0x80) {
        length >>= 7;
        ++n;
    }
    return n;
}

inline char *writeLength(char *p, std::uint32_t length)
{
    while (length >= 0x80) {
        *p++ = char(length | 0x80);
        length >>= 7;
    }
    *p++ = char(length);
    return p;
}

inline const char *readLength(const char *p, std::uint32_t *length)
{
    std::uint32_t byte = static_cast<unsigned char>(*p++);
    if (byte < 0x80) {
        *length = byte;
        return p;
    }
    std::uint32_t value = byte & 0x7f;
    for (unsigned shift = 7;; shift += 7) {
        byte = static_cast<unsigned char>(*p++);
        value |= (byte & 0x7f) << shift;
        if (byte < 0x80)
            break;
    }
    *length = value;
    return p;
}

// The record's id if its key is `key`, else 0.
inline std::uint32_t idIfMatch(const char *rec, std::string_view key)
{
    std::uint32_t length;
    const char *p = readLength(rec, &length);
    if (length != key.size() || (length != 0 && std::memcmp(p + kIdBytes, key.data(), length) != 0))
        return 0;
    std::uint32_t id;
    std::memcpy(&id, p, kIdBytes);
    return id;
}

} // namespace

std::uint64_t StringIdMap::hash(std::string_view key) noexcept
{
    const auto *p = reinterpret_cast<const unsigned char *>(key.data());
    const std::size_t len = key.size();
    std::uint64_t seed = kSeed;
    std::uint64_t a;
    std::uint64_t b;
    if (len <= 16) {
        if (len >= 4) {
            const std::size_t step = (len >> 3) << 2;
            a = (read32(p) << 32) | read32(p + step);
            b = (read32(p + len - 4) << 32) | read32(p + len - 4 - step);
        } else if (len > 0) {
            a = (std::uint64_t(p[0]) << 16) | (std::uint64_t(p[len >> 1]) << 8) | p[len - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        std::size_t i = len;
        if (i > 48) {
            std::uint64_t seed1 = seed;
            std::uint64_t seed2 = seed;
            do {
                seed = mix(read64(p) ^ kSecret[1], read64(p + 8) ^ seed);
                seed1 = mix(read64(p + 16) ^ kSecret[2], read64(p + 24) ^ seed1);
                seed2 = mix(read64(p + 32) ^ kSecret[3], read64(p + 40) ^ seed2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= seed1 ^ seed2;
        }
        while (i > 16) {
            seed = mix(read64(p) ^ kSecret[1], read64(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        // At least 16 bytes were consumed, so reading back from p + i - 16 stays inside the key.
        a = read64(p + i - 16);
        b = read64(p + i - 8);
    }
    a ^= kSecret[1];
    b ^= seed;
    multiply(&a, &b);
    return mix(a ^ kSecret[0] ^ len, b ^ kSecret[1]);
}

StringIdMap::StringIdMap() = default;
StringIdMap::~StringIdMap() = default;

StringIdMap::StringIdMap(StringIdMap &&other) noexcept
    : m_slots(std::move(other.m_slots))
    , m_mask(std::exchange(other.m_mask, 0))
    , m_size(std::exchange(other.m_size, 0))
    , m_growAt(std::exchange(other.m_growAt, 0))
    , m_blocks(std::move(other.m_blocks))
    , m_chunks(std::move(other.m_chunks))
{
    other.m_blocks.clear();
    other.m_chunks.clear();
}

StringIdMap &StringIdMap::operator=(StringIdMap &&other) noexcept
{
    if (this != &other) {
        m_slots = std::move(other.m_slots);
        m_mask = std::exchange(other.m_mask, 0);
        m_size = std::exchange(other.m_size, 0);
        m_growAt = std::exchange(other.m_growAt, 0);
        m_blocks = std::move(other.m_blocks);
        m_chunks = std::move(other.m_chunks);
        other.m_blocks.clear();
        other.m_chunks.clear();
    }
    return *this;
}

const char *StringIdMap::record(std::uint32_t offset) const
{
    return m_chunks[offset >> kChunkShift] + (offset & (kChunkBytes - 1));
}

// The slot holding `key` (its id in *id), or the empty slot that ends its probe run (*id = 0).
std::size_t StringIdMap::probe(std::string_view key, std::uint64_t h, std::uint32_t *id) const
{
    const std::uint32_t tag = tagOf(h);
    for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const Slot slot = m_slots[i];
        if (slot.tag == 0) {
            *id = 0;
            return i;
        }
        if (slot.tag == tag) {
            if (const std::uint32_t found = idIfMatch(record(slot.offset), key)) {
                *id = found;
                return i;
            }
        }
    }
}

std::size_t StringIdMap::emptySlot(std::uint64_t h) const
{
    std::size_t i = h & m_mask;
    while (m_slots[i].tag != 0)
        i = (i + 1) & m_mask;
    return i;
}

std::uint32_t StringIdMap::find(std::string_view key) const
{
    if (m_size == 0)
        return 0;
    std::uint32_t id;
    probe(key, hash(key), &id);
    return id;
}

void StringIdMap::insert(std::string_view key, std::uint32_t id)
{
    assert(id != 0 && "StringIdMap: id 0 means absent");
    assert(find(key) == 0 && "StringIdMap::insert: key already present");
    growIfFull();
    const std::uint64_t h = hash(key);
    const std::size_t i = emptySlot(h);
    const std::uint32_t offset = appendRecord(key, id);
    m_slots[i] = Slot{tagOf(h), offset};
    ++m_size;
}

std::uint32_t StringIdMap::findOrInsert(std::string_view key, std::uint32_t newId, bool *inserted)
{
    assert(newId != 0 && "StringIdMap: id 0 means absent");
    const std::uint64_t h = hash(key);
    std::size_t i = 0;
    if (m_slots) {
        std::uint32_t id;
        i = probe(key, h, &id);
        if (id != 0) {
            if (inserted)
                *inserted = false;
            return id;
        }
    }
    if (m_size >= m_growAt) {
        growIfFull();
        i = emptySlot(h);
    }
    const std::uint32_t offset = appendRecord(key, newId);
    m_slots[i] = Slot{tagOf(h), offset};
    ++m_size;
    if (inserted)
        *inserted = true;
    return newId;
}

void StringIdMap::growIfFull()
{
    if (m_size < m_growAt)
        return;
    const std::size_t slots = m_slots ? (m_mask + 1) * 2 : kMinSlots;
    if (slots > kMaxSlots)
        throw std::length_error("StringIdMap: too many keys");
    rehash(slots);
}

void StringIdMap::reserve(std::size_t n)
{
    if (n <= m_growAt)
        return;
    if (n > keysFitting(kMaxSlots))
        throw std::length_error("StringIdMap: too many keys");
    std::size_t slots = std::max(kMinSlots, m_mask + 1);
    while (keysFitting(slots) < n)
        slots *= 2;
    rehash(slots);
}

void StringIdMap::clear()
{
    m_slots.reset();
    m_mask = 0;
    m_size = 0;
    m_growAt = 0;
    std::vector<Block>().swap(m_blocks);
    std::vector<char *>().swap(m_chunks);
}

std::size_t StringIdMap::memoryBytes() const
{
    std::size_t bytes = m_blocks.capacity() * sizeof(Block) + m_chunks.capacity() * sizeof(char *);
    if (m_slots)
        bytes += (m_mask + 1) * sizeof(Slot);
    for (const Block &block : m_blocks)
        bytes += block.capacity;
    return bytes;
}

// Rebuilds the slot table from the arena, read in order: every record is a live key.
void StringIdMap::rehash(std::size_t slotCount)
{
    auto slots = std::make_unique<Slot[]>(slotCount); // zeroed: all empty
    const std::size_t mask = slotCount - 1;
    for (const Block &block : m_blocks) {
        const char *const begin = block.data.get();
        const char *p = begin;
        const char *const end = begin + block.used;
        while (p < end) {
            std::uint32_t length;
            const char *key = readLength(p, &length) + kIdBytes;
            const std::uint64_t h = hash(std::string_view(key, length));
            std::size_t i = h & mask;
            while (slots[i].tag != 0)
                i = (i + 1) & mask;
            slots[i] = Slot{tagOf(h), std::uint32_t(block.base + std::uint64_t(p - begin))};
            p = key + length;
        }
    }
    m_slots = std::move(slots);
    m_mask = mask;
    m_growAt = keysFitting(slotCount);
}

std::uint32_t StringIdMap::appendRecord(std::string_view key, std::uint32_t id)
{
    if (key.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("StringIdMap: arena would pass 4 GiB");
    const auto length = std::uint32_t(key.size());
    const std::size_t bytes = lengthBytes(length) + kIdBytes + key.size();
    if (m_blocks.empty() || m_blocks.back().capacity - m_blocks.back().used < bytes)
        addBlock(bytes);
    Block &block = m_blocks.back();
    const std::uint64_t offset = block.base + block.used;
    char *p = writeLength(block.data.get() + block.used, length);
    std::memcpy(p, &id, kIdBytes);
    if (length != 0)
        std::memcpy(p + kIdBytes, key.data(), length);
    block.used += bytes;
    return std::uint32_t(offset);
}

// Makes room for a record of `bytes` at the end of the last block. Leaves the map unchanged
// when it throws.
void StringIdMap::addBlock(std::size_t bytes)
{
    // The first block starts small and doubles up to a chunk, so a map with few keys stays small.
    if (m_blocks.size() == 1 && m_blocks[0].capacity < kChunkBytes && m_blocks[0].used + bytes <= kChunkBytes) {
        Block &first = m_blocks[0];
        const std::size_t capacity = std::max(first.capacity * 2, std::bit_ceil(first.used + bytes));
        auto data = std::make_unique_for_overwrite<char[]>(capacity);
        std::memcpy(data.get(), first.data.get(), first.used);
        first.data = std::move(data);
        first.capacity = capacity;
        m_chunks[0] = first.data.get();
        return;
    }
    // A new block starts at a chunk boundary and spans as many chunks as the record needs.
    const std::size_t chunks = (bytes + kChunkBytes - 1) >> kChunkShift;
    if (chunks > kMaxChunks - m_chunks.size())
        throw std::length_error("StringIdMap: arena would pass 4 GiB");
    std::size_t capacity = chunks << kChunkShift;
    if (m_blocks.empty() && bytes <= kChunkBytes)
        capacity = std::max(kFirstBlockBytes, std::bit_ceil(bytes));
    if (m_chunks.capacity() - m_chunks.size() < chunks)
        m_chunks.reserve(std::max(m_chunks.size() + chunks, m_chunks.capacity() * 2));
    Block block{std::make_unique_for_overwrite<char[]>(capacity), std::uint64_t(m_chunks.size()) << kChunkShift,
                capacity, 0};
    char *const data = block.data.get();
    m_blocks.push_back(std::move(block));
    for (std::size_t c = 0; c < chunks; ++c)
        m_chunks.push_back(data + (c << kChunkShift)); // reserved above: cannot throw
}

} // namespace hl
