#pragma once

#include "graph/graphdata.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The label badge of every node of `graph` (hl::Verdict as a number, 0 = none): clusters their
// own label, accounts their own else their cluster's, infrastructure none. One read of the
// current labels (a few milliseconds with tens of thousands of labels).
std::optional<std::vector<std::uint8_t>> readGraphVerdicts(const CaseFile &file, const GraphData &graph, QString *error);

} // namespace hl
