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

} // namespace hl
