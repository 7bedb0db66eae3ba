#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace hl {

// Which part of a training set a row belongs to.
enum class Split : std::uint8_t { Train, Valid, Test };
constexpr std::size_t SplitCount = 3;
QString splitName(Split split); // "train", "valid", "test"

// A value rows can share (a cluster, a payment card, a device, an IP): rows that share one are
// one group, and a group never straddles two splits, so a model cannot meet in validation or
// test the very card or IP it was trained on. Keys are opaque; groupKey() keeps the id spaces
// apart (cluster 7 and infrastructure value 7 are different keys).
enum class GroupKeyKind : std::uint8_t { Cluster = 0, Infra = 1 };
constexpr std::uint64_t groupKey(GroupKeyKind kind, std::uint64_t id)
{
    return (std::uint64_t(kind) << 56) | (id & 0x00FF'FFFF'FFFF'FFFFull);
}

struct GroupLink
{
    std::uint64_t key = 0;
    std::uint32_t row = 0; // index into the rows
};

struct SplitTargets
{
    std::array<double, SplitCount> share{0.70, 0.15, 0.15}; // train, valid, test; sum 1
};

struct GroupSplit
{
    std::vector<Split> splits;              // per row
    std::vector<std::uint32_t> groupOf;     // per row: its group, 0 = the first assigned (largest)
    std::vector<std::int64_t> groupRows;    // per group, in assignment order (largest first)
    std::array<std::int64_t, SplitCount> rows{};   // rows per split
    std::array<std::int64_t, SplitCount> groups{}; // groups per split
};

// Splits rows into train/valid/test by groups (union-find over the links), stratified by
// class. Groups are taken largest first (ties: a 64-bit FNV-1a hash of the UTF-8 of the group's
// smallest row key, then that key), each to the split furthest below its targets: the split s
// with the largest sum over classes c of rows(group, c) × (share(s) × rows(c) − rows(s, c)) /
// rows(c) (ties: train, valid, test), so each class comes close to 70/15/15 on its own.
// `rowKeys` are the rows' unique names (account keys); `classes` one small number per row (e.g.
// 1 distillation, 0 benign; empty: one class). Links may come in any order and may name a row
// several times. The result depends only on the sets of rows, classes and links: not on their
// order, on hash-map iteration or on time.
GroupSplit splitByGroups(const std::vector<QString> &rowKeys, std::vector<GroupLink> links,
                         const std::vector<std::uint8_t> &classes = {}, const SplitTargets &targets = {});

// The hash used for tie-breaks (exposed for the tests).
std::uint64_t stableHash(const QString &text);

} // namespace hl
