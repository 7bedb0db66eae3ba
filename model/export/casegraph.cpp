#include "casegraph.h"

#include "export/graphdocument.h"
#include "export/redactor.h"
#include "graph/graphjob.h"
#include "graph/graphlabels.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/graphstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// What the scope (GraphData::scope) shows, in one line without any identifier of the case.
QString describeScope(const QString &scope)
{
    if (scope.startsWith(u"overview"_s)) {
        const QString min = scope.section(u':', 1).chopped(scope.endsWith(u'+') ? 1 : 0);
        return u"Overview: one node per cluster"_s
               + (min.isEmpty() ? QString() : u" of %1 or more accounts"_s.arg(min))
               + u", linked where their accounts share infrastructure"_s;
    }
    if (scope.startsWith(u"cluster:"_s)) {
        const QStringList ids = scope.mid(8).split(u'+', Qt::SkipEmptyParts);
        QString text = u"Drill-in: the accounts of cluster "_s + ids.value(0);
        if (ids.size() > 1)
            text += u" (and of "_s + ids.mid(1).join(u", "_s) + u')';
        return text + u" and the infrastructure they share"_s;
    }
    return u"Graph "_s + scope;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

bool describeGraphDocument(const CaseFile &file, GraphDocument &doc, QString *error)
{
    const auto finished = latestAnalysisTime(file, error);
    if (!finished)
        return false;
    doc.description = describeScope(doc.scope);
    doc.date = *finished > 0 ? QDateTime::fromSecsSinceEpoch(*finished, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s)
                             : QString();
    doc.creator = u"HydraLens "_s + QLatin1StringView(HYDRALENS_VERSION);
    return true;
}

std::optional<CaseGraphExport> exportCaseGraph(const CaseFile &file, const CaseGraphOptions &options, QString *error,
                                               const std::function<bool(double, const QString &)> &progress)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (analysisRunCount(file) == 0) {
        *error = u"%1 has not been analysed yet, so it has no graph; run: hydralens analyze --case %1"_s.arg(file.path());
        return std::nullopt;
    }
    for (const std::int64_t id : options.clusters) {
        if (!readCluster(file, id, error)) {
            if (error->isEmpty())
                *error = u"%1 has no cluster %2; 'hydralens clusters --case %1' lists them"_s.arg(file.path()).arg(id);
            return std::nullopt;
        }
    }
    // Redaction first: a new key is written to the case before the (long) layout.
    const auto redactor = makeRedactor(file, options.redact, error);
    if (!redactor)
        return std::nullopt;

    GraphRequest request;
    request.clusters = options.clusters;
    request.overviewMinAccounts = options.overviewMinAccounts;
    request.engine = options.engine;
    const GraphResult loaded = loadGraph(file.path(), request, [&](double f, const QString &phase) {
        return !progress || progress(0.9 * f, phase);
    });
    if (!loaded.graph) {
        *error = loaded.error == u"cancelled"_s ? loaded.error : u"cannot read or lay out the graph: "_s + loaded.error;
        return std::nullopt;
    }
    if (progress && !progress(0.9, u"writing"_s)) {
        *error = u"cancelled"_s;
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    const GraphData &graph = *loaded.graph;
    GraphVerdicts verdicts;
    if (!verdicts.read(file, graph, error))
        return std::nullopt;
    GraphDocument doc = makeGraphDocument(graph, graph.positions, verdicts.verdicts(), *redactor);
    if (!describeGraphDocument(file, doc, error))
        return std::nullopt;

    CaseGraphExport out;
    out.bytes = writeGraphFormat(doc, options.format);
    out.scope = graph.scope;
    out.nodes = doc.nodes.size();
    out.edges = doc.edges.size();
    out.layoutFromCache = loaded.fromCache;
    out.readSeconds = loaded.readSeconds;
    out.layoutSeconds = loaded.layoutSeconds;
    out.writeSeconds = seconds(timer);
    if (progress)
        progress(1, u"writing"_s);
    return out;
}

bool saveGraphFile(const QString &path, const QByteArray &bytes, bool overwrite, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = u"%1 is a folder: give a file name, e.g. %1/graph.graphml"_s.arg(path);
        return false;
    }
    if (info.exists() && !overwrite) {
        *error = u"%1 exists: give another file name, or --force to replace it"_s.arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = u"cannot create the folder %1"_s.arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hl
