#pragma once

#include "storage/accountjoinkeys.h"
#include "trainingset.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The IP, card and device keys of the accounts with wanted[account id] set: those the latest
// analysis stored (account_join_keys), or, for a case analysed before they were kept, read from
// every account's links.
std::optional<std::vector<AccountJoinKey>> readSplitKeys(const CaseFile &file, const std::vector<bool> &wanted,
                                                         QString *error);

// Sets each row's split (rows sharing a cluster, or a card, device or non-crowd IP among
// `keys`, are one group; rowOfAccount maps an account id to its row, NoTrainingRow for none),
// and fills set.groups and the split's warnings.
inline constexpr std::uint32_t NoTrainingRow = 0xffff'ffffu;
void assignSplits(TrainingSet &set, const std::vector<std::uint32_t> &rowOfAccount,
                  const std::vector<AccountJoinKey> &keys, std::int64_t ipCrowd);

} // namespace hl
