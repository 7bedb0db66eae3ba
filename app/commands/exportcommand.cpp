// hydralens export KIND …: exports for use outside HydraLens: `training`
// (model/training/trainingexport.h), `graph` (exportgraphcommand.cpp), `stix` (stixcommand.cpp);
// a kind is one entry in the table below.
#include "cli.h"
#include "commandparser.h"
#include "storage/casefile.h"
#include "training/trainingexport.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace hl::cli {

int exportGraph(const QStringList &args); // exportgraphcommand.cpp

namespace {

int exportTraining(const QStringList &args)
{
    CommandParser parser(u"export training"_s,
                         u"Write the labelled accounts of an analysed case as a training set: training.csv, "
                         "training.jsonl and manifest.json in DIR (docs/training-export.md). One row per account "
                         "labelled distillation or benign (its own label, else its cluster's), with the account's "
                         "and its cluster's features, a weight from the label's confidence and a train/valid/test "
                         "split in which no cluster, card, device or IP appears in two splits."_s);
    parser.addCaseOption();
    parser.addOption({u"out"_s, u"the folder to write (created if missing; must be empty)"_s, u"DIR"_s});
    parser.addOption({u"force"_s, u"write into a folder that is not empty, replacing the export's files"_s});
    parser.addIpCrowdOption();
    parser.addOption({u"redact"_s, u"write account ids as stable pseudonyms (keyed hash; docs/training-export.md)"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    TrainingExportOptions options;
    if (!parser.requireOption(u"out"_s, &options.outDir, &code))
        return code;
    options.force = parser.isSet(u"force"_s);
    options.redact = parser.isSet(u"redact"_s);
    if (!parser.ipCrowd(&options.set.ipCrowd, &code))
        return code;
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    QString error;
    const auto result = exportTrainingSet(file, options, &error);
    if (!result) {
        printError(u"export training: %1; nothing was exported"_s.arg(error));
        return UserError;
    }
    for (const QString &w : result->warnings)
        printError(u"export training: warning: "_s + w);
    const TrainingExportFile &csv = result->files.front();
    printOut(u"%1 rows → %2 (training.csv %3 bytes, training.jsonl, manifest.json)\n"_s.arg(csv.rows)
                 .arg(QDir::toNativeSeparators(options.outDir))
                 .arg(csv.bytes));
    return Success;
}

struct ExportKind
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const ExportKind Kinds[] = {
    {"training", exportTraining,
     "training --case FILE --out DIR [--force] [--ip-crowd N]   labelled accounts, features and a leak-free split"},
    {"graph", exportGraph,
     "graph --case FILE [--cluster ID ...] [--format graphml|gexf|dot] --out FILE [--redact] [--force]\n"
     "        the overview or clusters' drill-in for Gephi, Cytoscape, networkx, Graphviz"},
    {"stix", exportStixCommand,
     "stix --case FILE --out BUNDLE.json [--tlp LEVEL] [--producer NAME] [--redact]   distillation campaigns as STIX 2.1"},
};

QString kindsText()
{
    QString text = u"Usage: hydralens export KIND [options]   ('hydralens export KIND --help' for one kind)\n\nKinds:\n"_s;
    for (const ExportKind &k : Kinds)
        text += u"  "_s + QString::fromUtf8(k.summary) + u'\n';
    return text;
}

} // namespace

int exportCommand(const QStringList &args)
{
    const QString kind = args.value(1);
    if (kind == u"--help"_s || kind == u"-h"_s || kind == u"help"_s) {
        printOut(kindsText());
        return Success;
    }
    for (const ExportKind &k : Kinds)
        if (kind == QLatin1StringView(k.name))
            return k.run(args.mid(1));
    printError((kind.isEmpty() ? u"export: which export? Give a kind.\n"_s
                               : u"export: unknown kind '%1'.\n"_s.arg(kind)) + kindsText());
    return UserError;
}

} // namespace hl::cli
