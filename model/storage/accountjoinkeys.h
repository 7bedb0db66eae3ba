#pragma once

#include "analysisdata.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hl {

class CaseFile;

// What may join two labelled accounts in the training export's split, besides their cluster:
// a shared IP, payment card or device (schema::InfraKind codes 1, 3, 5).
const std::vector<int> &joinKeyKinds();

// One of an account's join values and how many accounts of the case use it.
struct AccountJoinKey
{
    std::uint32_t account = 0;
    std::uint32_t infra = 0;
    std::uint32_t accounts = 0; // accounts of the case that use the value (at most 2^31 - 1)
    bool ip = false;
};

// The join keys in `links` (ordered by infra id, as readAccountLinks and
// readAccountLinksOfKinds give them; links of other kinds are skipped) of the accounts with
// wanted[account id] set (every account's when `wanted` is empty), by infra then account id.
// The count of a value is over every account in `links`; values only one account uses join
// nothing and are left out.
std::vector<AccountJoinKey> joinKeysOfLinks(const std::vector<AccountLink> &links, const std::vector<bool> &wanted);

// The stored form (account_join_keys.keys) of every account that has a join value, from the
// links the analysis reads (ordered by infra id, as readAccountLinks gives them): per account,
// little-endian uint32 pairs (infra id, accounts using it, bit 31 set for an IP), by infra id,
// for the values (joinKeysOfLinks) two or more accounts use.
std::vector<std::pair<std::uint32_t, std::string>> encodeJoinKeys(const std::vector<AccountLink> &links);

// The stored join keys of the accounts with wanted[account id] set, by account then infra id.
// *stored is false when the case holds none (analysed before schema 10, or no account has a
// join value): callers then read the links themselves (readAccountLinksOfKinds).
std::optional<std::vector<AccountJoinKey>> readAccountJoinKeys(const CaseFile &file, const std::vector<bool> &wanted,
                                                               bool *stored, QString *error);

} // namespace hl
