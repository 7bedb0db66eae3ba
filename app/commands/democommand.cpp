#include "cli.h"
#include "commandparser.h"
#include "demo/demogenerator.h"
#include "demo/demolocation.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {
bool parseCount(const QString &text, const QString &option, std::int64_t min, std::int64_t *out)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min) {
        printError(u"demo-export: --%1 must be a whole number of at least %2, not '%3'"_s.arg(option).arg(min).arg(text));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int demoExportCommand(const QStringList &args)
{
    CommandParser parser(u"demo-export"_s,
                         u"Write a synthetic detection export (format v1): distillation actors and benign look-alikes. "
                         "Deterministic per seed."_s);
    parser.addPositionalArgument(u"OUT_DIR"_s, u"folder to write (created if missing)"_s);
    parser.addOption({u"accounts"_s, u"number of accounts (default 4000)"_s, u"N"_s, u"4000"_s});
    parser.addOption({u"exchanges"_s, u"number of exchanges (default 400000)"_s, u"N"_s, u"400000"_s});
    parser.addOption({u"seed"_s, u"random seed (default 1)"_s, u"S"_s, u"1"_s});
    parser.addOption({u"jsonl"_s, u"write JSON Lines instead of CSV"_s});
    parser.addOption({u"gzip"_s, u"compress every table with gzip"_s});
    parser.addOption({u"truth"_s, u"also write the ground truth (which account belongs to which actor) to FILE, "
                                  "outside OUT_DIR"_s, u"FILE"_s});
    parser.addOption({u"location-db"_s, u"also write a libloc location database of the demo's synthetic internet "
                                        "(its networks, AS numbers and names, countries) to FILE, outside OUT_DIR"_s,
                      u"FILE"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 1))
        return code;

    DemoOptions options;
    options.outDir = parser.positionalArguments().front();
    std::int64_t seed = 0;
    if (!parseCount(parser.value(u"accounts"_s), u"accounts"_s, 1, &options.accounts)
        || !parseCount(parser.value(u"exchanges"_s), u"exchanges"_s, 0, &options.exchanges)
        || !parseCount(parser.value(u"seed"_s), u"seed"_s, 0, &seed))
        return UserError;
    options.seed = std::uint64_t(seed);
    options.jsonl = parser.isSet(u"jsonl"_s);
    options.gzip = parser.isSet(u"gzip"_s);
    options.truthPath = parser.value(u"truth"_s);
    const QString locationDb = parser.value(u"location-db"_s);
    if (parser.isSet(u"location-db"_s) && locationDb.isEmpty()) {
        printError(u"demo-export: --location-db needs a file name"_s);
        return UserError;
    }
    const QString outDir = QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath());
    auto locationDbInside = [&] {
        if (locationDb.isEmpty() || !pathIsInside(locationDb, outDir))
            return false;
        printError(u"demo-export: The location database %1 lies inside the export folder %2. Choose a place outside "
                   "it, so that the export folder holds only the files its manifest lists."_s
                       .arg(QDir::toNativeSeparators(locationDb), QDir::toNativeSeparators(outDir)));
        return true;
    };
    // Checked before the export is written, like the truth file, so a mistake costs nothing.
    if (locationDbInside())
        return UserError;

    int lastPercent = -10;
    const DemoResult result = generateDemoExport(options, [&](double f) {
        const int percent = int(f * 100);
        if (percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "[%3d%%] writing demo export\n", percent);
            lastPercent = percent;
        }
        return true;
    });
    if (!result.ok) {
        printError(u"demo-export: "_s + result.error);
        return UserError;
    }
    printOut(u"Wrote a demo export with %1 accounts and %2 exchanges to %3\n"_s.arg(result.accounts)
                 .arg(result.exchanges).arg(options.outDir));
    if (!locationDb.isEmpty()) {
        // Again now that OUT_DIR exists: a symbolic link into it resolves only now.
        if (locationDbInside())
            return UserError;
        QString error;
        if (!writeDemoLocationDatabase(locationDb, &error)) {
            printError(u"demo-export: "_s + error + u" The export itself is complete."_s);
            return UserError;
        }
        printOut(u"Wrote the location database of the demo's networks to %1\n"_s.arg(QDir::toNativeSeparators(locationDb)));
    }
    return Success;
}

} // namespace hl::cli
