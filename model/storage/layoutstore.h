#pragma once

#include "graph/graphlayout.h"

#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Laid-out graphs cached in the case (table graph_layouts, schema 7): one layout per scope
// ("overview", "cluster:<id>…", see GraphData::scope) and engine. A layout applies only to a
// graph with the same signature (graphSignature()) and only while the analysis it was made
// from is the latest: saveLayout records the latest analysis_runs.id, and a later analysis
// makes it stale. Positions are stored as float32 (plenty for points on a screen).

// The cached positions, or nullopt with an empty *error when nothing usable is cached (none,
// another signature, or an older analysis run); nullopt with *error set on a storage failure
// or a damaged entry.
std::optional<std::vector<QPointF>> readLayout(const CaseFile &file, const QString &scope, LayoutEngine engine,
                                               std::uint64_t signature, QString *error);

// Stores (replaces) the layout of `scope` with `engine`. Returns false with *error on failure.
bool saveLayout(const CaseFile &file, const QString &scope, LayoutEngine engine, std::uint64_t signature,
                const std::vector<QPointF> &positions, QString *error);

} // namespace hl
