#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace hl {

// A map from byte strings to nonzero 32-bit ids, built for millions of short keys (template
// hashes, IP addresses, account ids) with little memory and few cache misses per lookup.
//
// Layout. Each key is copied once into an arena as a record: [length, LEB128][id, 4 bytes]
// [key bytes], with no per-key allocation. The slot table is a power-of-two open-addressing
// table with linear probing; a slot holds a 32-bit tag (the upper half of the key's 64-bit
// hash, never 0) and the record's 32-bit arena offset. A lookup compares tags first, so it
// normally touches one slot cache line and one arena cache line. The table grows by doubling
// at a load factor of 0.7; growing rehashes the keys by walking the arena in order.
//
// The arena is a list of blocks of 1 MiB (the first grows from small, so a map with few keys
// stays small; a key longer than a block gets a block of its own), so it never copies its
// contents and wastes at most one record per block. Offsets are 32-bit: the arena holds at
// most 4 GiB, which is about 200 million 16-byte keys.
//
// Keys are arbitrary bytes (empty, with NUL, any length). There is no erase and no iteration.
// The map is movable, not copyable. Not thread-safe for writes; concurrent const lookups are.
class StringIdMap
{
public:
    StringIdMap();
    ~StringIdMap();
    StringIdMap(StringIdMap &&other) noexcept;
    StringIdMap &operator=(StringIdMap &&other) noexcept;
    StringIdMap(const StringIdMap &) = delete;
    StringIdMap &operator=(const StringIdMap &) = delete;

    // Id of `key`, 0 when absent.
    std::uint32_t find(std::string_view key) const;
    // Adds key → id. `id` must not be 0 and `key` must not be present yet (both are debug
    // asserts; in a release build a duplicate is stored but find() returns the first id).
    // Throws std::length_error if the arena would pass 4 GiB; the map is then unchanged.
    void insert(std::string_view key, std::uint32_t id);
    // The existing id of `key`, or, when absent, inserts key → newId (newId != 0) and returns
    // newId. `inserted` (may be null) tells which. One probe sequence; throws as insert().
    std::uint32_t findOrInsert(std::string_view key, std::uint32_t newId, bool *inserted = nullptr);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Makes room for `n` keys without growing the slot table (the arena still grows as keys
    // come, as their lengths are not known).
    void reserve(std::size_t n);
    // Removes all keys and frees all memory.
    void clear();
    // Heap bytes held (arena blocks and tables), for benchmarks and memory reports.
    std::size_t memoryBytes() const;

    // The 64-bit hash the map uses (wyhash-style; not stable across versions, never persist
    // it). Public for tests that need keys with chosen hash bits.
    static std::uint64_t hash(std::string_view key) noexcept;

private:
    struct Slot
    {
        std::uint32_t tag; // 0 = empty
        std::uint32_t offset; // of the key's record in the arena
    };
    struct Block
    {
        std::unique_ptr<char[]> data;
        std::uint64_t base; // arena offset of data[0]; a multiple of the chunk size
        std::size_t capacity;
        std::size_t used;
    };

    const char *record(std::uint32_t offset) const;
    std::size_t probe(std::string_view key, std::uint64_t h, std::uint32_t *id) const;
    std::uint32_t appendRecord(std::string_view key, std::uint32_t id);
    void addBlock(std::size_t recordBytes);
    void rehash(std::size_t slotCount);
    std::size_t emptySlot(std::uint64_t h) const;
    void growIfFull();

    std::unique_ptr<Slot[]> m_slots;
    std::size_t m_mask = 0; // slot count - 1, or 0 with no table
    std::size_t m_size = 0;
    std::size_t m_growAt = 0; // size at which the next insert grows the table
    std::vector<Block> m_blocks;
    std::vector<char *> m_chunks; // arena offset >> chunk shift → address of that chunk
};

} // namespace hl
