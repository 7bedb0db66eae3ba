#include "graphdataexport.h"

#include "export/casegraph.h"
#include "export/graphdocument.h"
#include "export/redactor.h"
#include "graph/graphmodel.h"
#include "storage/casefile.h"
#include "tasks/backgroundtask.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

namespace hl {

void exportGraphData(QWidget *parent, const CaseFile &file, const GraphModel &model, const QString &path,
                     GraphFormat format, bool redact, std::function<void(bool ok, const QString &message)> done)
{
    const std::shared_ptr<const GraphData> graph = model.graph();
    if (!graph) {
        done(false, QCoreApplication::translate("hl::GraphDataExport", "There is no graph to export."));
        return;
    }
    // What the panel shows, copied for the worker: positions (with the user's moves), badges,
    // and which nodes are visible.
    const std::vector<QPointF> positions = model.positions();
    std::vector<std::uint8_t> verdicts(std::size_t(model.rowCount()));
    std::vector<bool> visible(verdicts.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        verdicts[std::size_t(row)] = model.verdict(row);
        visible[std::size_t(row)] = !model.isHidden(row);
    }
    const QString casePath = file.path();
    auto ok = std::make_shared<bool>(false);
    const QString title = QCoreApplication::translate("hl::GraphDataExport", "Exporting Graph Data");
    BackgroundTask::run(parent, title, [=](const BackgroundTask::Report &report, const std::atomic<bool> &) {
        report(0, QCoreApplication::translate("hl::GraphDataExport", "Writing %1…").arg(QFileInfo(path).fileName()));
        CaseFile own; // this thread's own connection
        QString error;
        std::optional<Redactor> redactor;
        if (own.open(casePath))
            redactor = makeRedactor(own, redact, &error);
        else
            error = own.errorString();
        std::size_t nodes = 0;
        if (redactor) {
            GraphDocument doc = makeGraphDocument(*graph, positions, verdicts, *redactor, visible);
            nodes = doc.nodes.size();
            *ok = describeGraphDocument(own, doc, &error)
                  && saveGraphFile(path, writeGraphFormat(doc, format), true, &error);
        }
        return *ok ? QCoreApplication::translate("hl::GraphDataExport", "Graph data (%L1 nodes) saved to %2")
                         .arg(nodes).arg(path)
                   : QCoreApplication::translate("hl::GraphDataExport", "Cannot export the graph data to %1: %2")
                         .arg(path, error);
    }, [ok, done = std::move(done)](const QString &message) { done(*ok, message); });
}

void exportGraphDataWithDialog(QWidget *parent, const CaseFile &file, const GraphModel &model, bool redact,
                               const std::function<void(const QString &)> &done)
{
    const std::shared_ptr<const GraphData> graph = model.graph();
    if (!graph || graph->nodes.empty())
        return;
    const QString title = redact ? QCoreApplication::translate("hl::GraphDataExport", "Export Graph Data, Redacted")
                                 : QCoreApplication::translate("hl::GraphDataExport", "Export Graph Data");
    const QStringList filters = {QCoreApplication::translate("hl::GraphDataExport", "GraphML (*.graphml)"),
                                 QCoreApplication::translate("hl::GraphDataExport", "GEXF for Gephi (*.gexf)"),
                                 QCoreApplication::translate("hl::GraphDataExport", "Graphviz DOT (*.dot)")};
    const GraphFormat formats[] = {GraphFormat::GraphMl, GraphFormat::Gexf, GraphFormat::Dot};
    QString base = graph->scope; // "overview:2+" → "overview-2", "cluster:17+4" → "cluster-17-4"
    base.replace(u':', u'-').replace(u'+', u'-');
    while (base.endsWith(u'-'))
        base.chop(1);
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title, base + (redact ? u"-redacted"_s : QString()) + u".graphml"_s,
                                                filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    auto format = graphFormatFromPath(path);
    if (!format) { // no or another suffix: the chosen filter's
        format = formats[std::max<qsizetype>(0, filters.indexOf(selected))];
        path += u'.' + graphFormatSuffix(*format);
    }
    exportGraphData(parent, file, model, path, *format, redact, [parent, title, done](bool ok, const QString &message) {
        if (ok)
            done(message);
        else
            QMessageBox::warning(parent, title, message);
    });
}

} // namespace hl
