#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {
struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command Commands[] = {
    {"import", importCommand, "import EXPORT_DIR --case FILE.hlcase   load a detection export (creates the case)"},
    {"info", infoCommand, "info --case FILE [--json]               what a case holds"},
    {"demo-export", demoExportCommand,
     "demo-export OUT_DIR [--accounts N] [--exchanges N] [--seed S] [--jsonl] [--gzip] [--truth FILE]\n"
     "                                          write a synthetic detection export"},
    {"traffic", trafficCommand,
     "traffic --case FILE [--by model|capability] [--bucket hour|day|week] [--accounts FILE]\n"
     "                                          exchanges over time as CSV"},
    {"analyze", analyzeCommand, "analyze --case FILE [--location-db FILE]   (re)compute clusters, IP locations, pivots"},
    {"clusters", clustersCommand, "clusters --case FILE [--json] [--min-size N]   the stored clusters"},
    {"explain", explainCommand,
     "explain --case FILE (--cluster ID | --account ACCOUNT_ID | --value TEXT)\n"
     "                                          why a cluster is linked and risky; one account or value"},
    {"pivots", pivotsCommand, "pivots --case FILE [--json] [--all]     post-release pivots per cluster"},
    {"layout", layoutCommand,
     "layout --case FILE [--engine sfdp|neato|fdp] [--scope overview|cluster:ID|whole] [--no-cache]\n"
     "                                          lay out a graph with Graphviz, store it in the case"},
    {"label", labelCommand,
     "label --case FILE (--cluster ID | --account ACCOUNT_ID) --verdict distillation|benign|unsure|none\n"
     "      [--actor A] [--confidence low|medium|high] [--analyst NAME] [--note TEXT] [--resolve]\n"
     "                                          record a ground-truth label (append-only audit trail)"},
    {"labels", labelsCommand, "labels --case FILE [--json] [--history]   current labels, or every labelling event"},
    {"export", exportCommand,
     "export training --case FILE --out DIR [--force] [--ip-crowd N] [--redact]\n"
     "                                          labelled accounts as a training set (CSV, JSONL, manifest)\n"
     "  hydralens export graph --case FILE [--cluster ID ...] [--format graphml|gexf|dot] --out FILE [--redact] [--force]\n"
     "                                          the overview or clusters' drill-in for Gephi, Cytoscape, networkx\n"
     "  hydralens export stix --case FILE --out BUNDLE.json [--tlp LEVEL] [--producer NAME] [--redact]\n"
     "                                          labelled distillation campaigns as a STIX 2.1 bundle"},
    {"import-stix", importStixCommand,
     "import-stix BUNDLE.json --case FILE     partner indicators from a STIX 2.1 bundle"},
    {"train", trainCommand,
     "train --case FILE [--json] [--dry-run] [--history] [--ip-crowd N]\n"
     "                                          fit the built-in classifier on the labels, re-rank risk"},
    {"agreement", agreementCommand, "agreement --case FILE [--json]          analysts' kappa, alpha and disagreements"},
    {"chart", chartCommand,
     "chart --case FILE --kind timeline|pivots|risk|graph [--cluster ID] --out FILE.png|svg|pdf\n"
     "      [--dpi N] [--size WxH] [--page a4|letter] [--redact]\n"
     "                                          one chart as PNG, SVG or PDF"},
    {"brief", briefCommand,
     "brief --case FILE --out BRIEF.pdf [--cluster ID ...] [--top N] [--redact] [--page a4|letter]\n"
     "      | brief --case FILE --verify BRIEF.pdf.json\n"
     "                                          briefing PDF with stamped pages; check its stamps"},
    {"query", queryCommand, "query --case FILE SQL                   run one read-only SQL statement, print CSV"},
};
} // namespace

void printError(const QString &message)
{
    std::fprintf(stderr, "hydralens: %s\n", message.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

bool isSubcommand(const QString &name)
{
    if (name == u"help"_s || name == u"--help"_s || name == u"-h"_s || name == u"--version"_s)
        return true;
    for (const Command &c : Commands)
        if (name == QLatin1StringView(c.name))
            return true;
    return false;
}

QString usage()
{
    QString text = u"HydraLens %1 — workbench for investigating model-distillation campaigns\n\n"
                   "Usage:\n  hydralens [--case FILE.hlcase] [--lang CODE] [--screenshot OUT.png [--cluster ID]]\n"
                   "                                          open the workbench window\n"_s.arg(
                       QLatin1StringView(HYDRALENS_VERSION));
    for (const Command &c : Commands)
        text += u"  hydralens "_s + QString::fromUtf8(c.summary) + u'\n';
    text += u"\nExit codes: 0 success, 1 bad input or refused (the message says why), 2 internal error.\n"
            "'hydralens COMMAND --help' describes a command.\n"_s;
    return text;
}

int run(const QStringList &args)
{
    const QString name = args.value(1);
    if (name == u"help"_s || name == u"--help"_s || name == u"-h"_s) {
        printOut(usage());
        return Success;
    }
    if (name == u"--version"_s) {
        printOut(u"hydralens %1\n"_s.arg(QLatin1StringView(HYDRALENS_VERSION)));
        return Success;
    }
    for (const Command &c : Commands)
        if (name == QLatin1StringView(c.name))
            return c.run(args.mid(1));
    printError(u"unknown command '%1'.\n\n"_s.arg(name) + usage());
    return UserError;
}

} // namespace hl::cli
