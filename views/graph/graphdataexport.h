#pragma once

#include "export/graphformats.h"

#include <functional>

class QString;
class QWidget;

namespace hl {

class CaseFile;
class GraphModel;

// File > Export Graph Data…: the graph the panel shows as GraphML, GEXF or DOT
// (model/export/graphformats.h): its nodes not hidden, where they are now (the user's moves
// included), with their label badges; `redact` replaces identifiers by the case's pseudonyms.

// Writes it to `path` on a worker thread behind a progress dialog (with its own connection to
// the case); `done` runs on the GUI thread with whether it worked and the line to show.
void exportGraphData(QWidget *parent, const CaseFile &file, const GraphModel &model, const QString &path,
                     GraphFormat format, bool redact, std::function<void(bool ok, const QString &message)> done);

// Asks where to save (the format by the filter or the name's suffix), then exportGraphData.
// `done` gets the status line; a failure is shown in a message box.
void exportGraphDataWithDialog(QWidget *parent, const CaseFile &file, const GraphModel &model, bool redact,
                               const std::function<void(const QString &)> &done);

} // namespace hl
