#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

// Why a stored cluster hangs together and why it is (or is not) risky, as plain text: its
// reasons, the values its accounts share (with where each IP is and its hub rank), every
// feature with unit and meaning, and what it did after each model release. Used by `explain`
// and the window's inspector. Returns nullopt with *error set on failure, or with *error empty
// when there is no such cluster.
std::optional<QString> explainCluster(const CaseFile &file, std::int64_t clusterId, QString *error);

// One account: who it is (export id, sign-up, status), its cluster, activity, latest upstream
// score, every infrastructure value it used with how many other accounts share it (IPs with
// their AS, country and proxy flag; partner-indicator hits marked), and its own features.
std::optional<QString> explainAccount(const CaseFile &file, std::int64_t accountId, QString *error);

// One infrastructure value: kind, where an IP is, hub rank, how many accounts used it and in
// which clusters, and partner-indicator reports.
std::optional<QString> explainInfra(const CaseFile &file, std::int64_t infraId, QString *error);

} // namespace hl
