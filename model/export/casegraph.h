#pragma once

#include "export/graphformats.h"
#include "graph/graphlayout.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;
struct GraphData;
struct GraphDocument;

// `hydralens export graph` (docs/graph-formats.md): a graph of the analysed case as the window
// draws it, in a graph format.

struct CaseGraphOptions
{
    std::vector<std::int64_t> clusters;  // empty: the overview; else these clusters' drill-in (first = focus)
    std::size_t overviewMinAccounts = 2; // the overview's smallest cluster, as the window's default
    LayoutEngine engine = LayoutEngine::Sfdp;
    GraphFormat format = GraphFormat::GraphMl;
    bool redact = false;
};

struct CaseGraphExport
{
    QByteArray bytes;
    QString scope;
    std::size_t nodes = 0, edges = 0;
    bool layoutFromCache = false; // false: laid out now with Graphviz (and stored in the case)
    double readSeconds = 0, layoutSeconds = 0, writeSeconds = 0;
};

// Reads the graph (readOverviewGraph / readClusterGraph, as the window), takes its layout from
// the case's cache or lays it out with Graphviz and stores it (loadGraph), reads the labels,
// and writes it in options.format. Refuses (nullopt, *error saying what to do) a case never
// analysed and a cluster id the case does not have. `progress` gets 0..1 and a phase
// ("reading", "layout", "writing"); returning false cancels (*error = "cancelled").
std::optional<CaseGraphExport> exportCaseGraph(const CaseFile &file, const CaseGraphOptions &options, QString *error,
                                               const std::function<bool(double, const QString &)> &progress = {});

// Fills the document's description, date (of the latest analysis) and creator. Returns false
// with *error when the case cannot be read.
bool describeGraphDocument(const CaseFile &file, GraphDocument &doc, QString *error);

// Writes `bytes` to `path` under a temporary name and renames it when complete (the folder is
// created if missing). An existing file is refused unless `overwrite`.
bool saveGraphFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error);

} // namespace hl
