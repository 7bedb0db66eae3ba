// hydralens export graph …: the overview or clusters' drill-in as GraphML, GEXF or DOT
// (model/export/casegraph.h, docs/graph-formats.md). A kind of `export` (exportcommand.cpp).
#include "cli.h"
#include "commandparser.h"
#include "export/casegraph.h"
#include "storage/casefile.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

const QString Command = u"export graph"_s;

// --cluster values, repeated or comma-separated; on a bad one prints why and returns nullopt.
std::optional<std::vector<std::int64_t>> clusterIds(const QStringList &values)
{
    std::vector<std::int64_t> ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const std::int64_t id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printError(u"%1: --cluster takes a cluster id (a whole number, from 'hydralens clusters'), not '%2'"_s
                               .arg(Command, part));
                return std::nullopt;
            }
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
        }
    }
    return ids;
}

} // namespace

int exportGraph(const QStringList &args)
{
    CommandParser parser(Command,
                         u"Write a graph of the analysed case for Gephi, Cytoscape, networkx or Graphviz: without "
                         "--cluster the overview the window shows (one node per cluster, linked by shared "
                         "infrastructure), with --cluster those clusters' accounts and the infrastructure they share "
                         "(the window's drill-in). Nodes carry kind, label, risk, verdict, cluster and the window's "
                         "layout positions; edges their weight and kind. A graph the case has no layout for is laid "
                         "out with Graphviz first and the layout stored, as the window does. Same case, same bytes. "
                         "Attributes and how to open the files: docs/graph-formats.md."_s);
    parser.addCaseOption();
    parser.addOption({u"cluster"_s, u"a cluster to draw with its accounts and infrastructure (repeat, or separate "
                                    "ids by commas, for several; the first is the focus). Default: the overview"_s,
                      u"ID"_s});
    parser.addOption({u"format"_s, u"graphml, gexf (1.2draft) or dot; default: from the --out file's suffix"_s,
                      u"FORMAT"_s});
    parser.addOption({u"out"_s, u"the file to write"_s, u"FILE"_s});
    parser.addOption({u"force"_s, u"replace the --out file if it exists"_s});
    parser.addOption({u"redact"_s, u"replace account ids, IPs, e-mail domains, cards, devices, phones, orgs and API "
                                   "keys by the case's stable pseudonyms (acct-…, ip-…, dom-…)"_s});
    parser.addOption({u"min-size"_s, u"the overview draws clusters of at least N accounts (default 2, as the window)"_s,
                      u"N"_s, u"2"_s});
    parser.addOption({u"engine"_s, u"Graphviz engine for a graph without a stored layout: sfdp (default), neato or "
                                   "fdp"_s, u"ENGINE"_s, u"sfdp"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    CaseGraphOptions options;
    QString out;
    if (!parser.requireOption(u"out"_s, &out, &code))
        return code;
    const QString formatName = parser.value(u"format"_s);
    const auto format = formatName.isEmpty() ? graphFormatFromPath(out) : graphFormatFromName(formatName);
    if (!format) {
        printError(formatName.isEmpty()
                       ? u"%1: cannot tell the format from the file name '%2'; give --format graphml, gexf or dot, or "
                         "end the name in .graphml, .gexf or .dot"_s.arg(Command, out)
                       : u"%1: --format must be graphml, gexf or dot, not '%2'"_s.arg(Command, formatName));
        return UserError;
    }
    options.format = *format;
    const auto clusters = clusterIds(parser.values(u"cluster"_s));
    if (!clusters)
        return UserError;
    options.clusters = *clusters;
    bool ok = false;
    const qint64 minSize = parser.value(u"min-size"_s).toLongLong(&ok);
    if (!ok || minSize < 1) {
        printError(u"%1: --min-size takes a whole number of accounts, 1 or more (got '%2')"_s.arg(Command,
                                                                                                parser.value(u"min-size"_s)));
        return UserError;
    }
    options.overviewMinAccounts = std::size_t(minSize);
    const auto engine = layoutEngineFromName(parser.value(u"engine"_s));
    if (!engine) {
        printError(u"%1: --engine must be sfdp, neato or fdp, not '%2'"_s.arg(Command, parser.value(u"engine"_s)));
        return UserError;
    }
    options.engine = *engine;
    options.redact = parser.isSet(u"redact"_s);
    const bool force = parser.isSet(u"force"_s);
    if (QFileInfo::exists(out) && !force) { // before the work, not after it
        printError(u"%1: %2 exists; give another file name, or --force to replace it"_s.arg(Command, out));
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;

    InterruptFlag interrupt;
    StatusLine status;
    QString error;
    const auto result = exportCaseGraph(file, options, &error, [&](double f, const QString &phase) {
        status.update(int(f * 100), phase == u"layout"_s ? u"laying out"_s : phase);
        return !interrupt.raised();
    });
    status.end();
    if (!result) {
        printError(error == u"cancelled"_s ? u"%1: cancelled; nothing was written"_s.arg(Command)
                                           : u"%1: %2; nothing was written"_s.arg(Command, error));
        return error.startsWith(u"cannot read"_s) ? InternalError : UserError;
    }
    if (!saveGraphFile(out, result->bytes, force, &error)) {
        printError(u"%1: %2"_s.arg(Command, error));
        return UserError;
    }
    printOut(u"%1: %2 nodes, %3 edges; layout %4; %5 (%6, %7 bytes%8)\n"_s.arg(result->scope)
                 .arg(result->nodes).arg(result->edges)
                 .arg(result->layoutFromCache ? u"from the case's cache"_s
                                              : u"made with %1 in %2 s and stored in the case"_s
                                                    .arg(layoutEngineName(options.engine))
                                                    .arg(result->layoutSeconds, 0, 'f', 2))
                 .arg(QDir::toNativeSeparators(out), graphFormatName(options.format))
                 .arg(result->bytes.size())
                 .arg(options.redact ? u", identifiers redacted"_s : QString()));
    return Success;
}

} // namespace hl::cli
