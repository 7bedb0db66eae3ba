#include "cli.h"
#include "commandparser.h"
#include "graph/graphlayout.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/graphstore.h"
#include "storage/layoutstore.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The graph named by --scope; on failure prints why and sets *exitCode.
std::optional<GraphData> readScope(const CaseFile &file, const QString &scope, int *exitCode)
{
    QString error;
    std::optional<GraphData> graph;
    if (scope == u"overview"_s) {
        graph = readOverviewGraph(file, OverviewOptions(), &error);
    } else if (scope == u"whole"_s) {
        graph = readAccountInfraGraph(file, &error);
    } else if (scope.startsWith(u"cluster:"_s)) {
        bool ok = false;
        const std::int64_t id = scope.mid(8).toLongLong(&ok);
        if (!ok) {
            printError(u"layout: --scope cluster:ID needs a cluster id, e.g. cluster:17 (not '%1')"_s.arg(scope));
            *exitCode = UserError;
            return std::nullopt;
        }
        if (!readCluster(file, id, &error)) {
            printError(error.isEmpty() ? u"layout: %1 has no cluster %2; 'hydralens clusters --case %1' lists them"_s
                                             .arg(file.path()).arg(id)
                                       : error);
            *exitCode = error.isEmpty() ? UserError : InternalError;
            return std::nullopt;
        }
        graph = readClusterGraph(file, {id}, ClusterGraphOptions(), &error);
    } else {
        printError(u"layout: --scope must be overview, cluster:ID or whole, not '%1'"_s.arg(scope));
        *exitCode = UserError;
        return std::nullopt;
    }
    if (!graph) {
        printError(u"layout: cannot read the %1 graph: %2"_s.arg(scope, error));
        *exitCode = InternalError;
    }
    return graph;
}

} // namespace

int layoutCommand(const QStringList &args)
{
    CommandParser parser(u"layout"_s,
                         u"Lay out a graph of the analysed case with Graphviz and store the layout in the case (the "
                         "window then opens it without waiting). Prints the graph's size and the seconds taken. "
                         "--scope whole lays out the whole account-infrastructure graph as one Graphviz call, the "
                         "way plain sfdp would, only to time it (not stored)."_s);
    parser.addCaseOption();
    parser.addOption({u"engine"_s, u"sfdp (default), neato or fdp"_s, u"ENGINE"_s, u"sfdp"_s});
    parser.addOption({u"scope"_s, u"overview (default: all clusters), cluster:ID (one cluster's accounts and "
                                  "infrastructure) or whole"_s, u"SCOPE"_s, u"overview"_s});
    parser.addOption({u"no-cache"_s, u"lay out again even if the case holds a current layout (the new one is stored)"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    const auto engine = layoutEngineFromName(parser.value(u"engine"_s));
    if (!engine) {
        printError(u"layout: --engine must be sfdp, neato or fdp, not '%1'"_s.arg(parser.value(u"engine"_s)));
        return UserError;
    }
    const QString scope = parser.value(u"scope"_s);
    const bool whole = scope == u"whole"_s;
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    if (!whole && analysisRunCount(file) == 0) {
        printError(u"%1 has not been analysed yet. Run: hydralens analyze --case %1"_s.arg(file.path()));
        return UserError;
    }

    QElapsedTimer timer;
    timer.start();
    const auto graph = readScope(file, scope, &code);
    if (!graph)
        return code;
    const double readSeconds = seconds(timer);
    const QString name = layoutEngineName(*engine);
    const QString size = u"%1: %2 nodes, %3 edges"_s.arg(scope).arg(graph->nodes.size()).arg(graph->edges.size());
    // On stderr at once, so a run stopped by a time limit still says how long reading took.
    std::fprintf(stderr, "%s read in %.3f s\n", qPrintable(size), readSeconds);
    QString error;
    const std::uint64_t signature = graphSignature(*graph);
    if (!whole && !parser.isSet(u"no-cache"_s)) {
        timer.restart();
        if (const auto cached = readLayout(file, graph->scope, *engine, signature, &error)) {
            printOut(u"%1; %2 layout from the case's cache in %3 s (graph read %4 s)\n"_s.arg(size, name)
                         .arg(seconds(timer), 0, 'f', 3).arg(readSeconds, 0, 'f', 3));
            return Success;
        }
        if (!error.isEmpty())
            printError(u"warning: "_s + error);
    }

    if (*engine == LayoutEngine::Neato) {
        std::size_t piece = graph->nodes.size(); // whole: one Graphviz call for everything
        if (!whole && piece > 0)
            piece = graphComponents(*graph).front().size();
        if (piece > NeatoMaxNodes) {
            printError(u"layout: neato lays out at most %1 connected nodes (its memory grows with their square), and "
                       "the %2 graph has %3 in one piece. Use --engine sfdp or fdp."_s.arg(NeatoMaxNodes).arg(scope)
                           .arg(piece));
            return UserError;
        }
    }

    LayoutOptions options;
    options.engine = *engine;
    options.splitComponents = !whole;
    // Ctrl+C is checked between components; the single call of `whole` cannot be interrupted
    // cleanly, so there the default signal handling (stop at once) stays.
    std::optional<InterruptFlag> interrupt;
    if (!whole)
        interrupt.emplace();
    StatusLine status;
    timer.restart();
    const auto positions = layoutGraph(*graph, options, &error, [&](double done) {
        status.update(int(done * 100), u"laying out"_s);
        return !interrupt || !interrupt->raised();
    });
    const double layoutSeconds = seconds(timer);
    status.end();
    if (!positions) {
        if (error == u"cancelled"_s) {
            printError(u"The layout was cancelled; the case is unchanged."_s);
            return UserError;
        }
        printError(u"layout: %1"_s.arg(error));
        return InternalError;
    }
    QString stored = u"not stored"_s;
    if (!whole) {
        if (!saveLayout(file, graph->scope, *engine, signature, *positions, &error)) {
            printError(u"layout: cannot store the layout in %1: %2"_s.arg(file.path(), error));
            return InternalError;
        }
        stored = u"stored in the case"_s;
    }
    printOut(u"%1 (%2 components); %3 layout %4 s%5 (graph read %6 s); %7\n"_s.arg(size)
                 .arg(graphComponents(*graph).size()).arg(name).arg(layoutSeconds, 0, 'f', 3)
                 .arg(whole ? u" as one Graphviz call"_s : QString()).arg(readSeconds, 0, 'f', 3).arg(stored));
    return Success;
}

} // namespace hl::cli
