#include "cli.h"
#include "commandparser.h"
#include "import/importer.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

// Import progress as a status line.
class ProgressPrinter
{
public:
    void operator()(const ImportProgress &p)
    {
        const QLocale en(QLocale::English);
        switch (p.phase) {
        case ImportProgress::Phase::Checking: m_line.update(int(p.fraction * 100), u"checking %1"_s.arg(p.file)); break;
        case ImportProgress::Phase::Reading:
            m_line.update(int(p.fraction * 100), u"reading %1"_s.arg(p.file),
                          u"%1% of bytes  %2 rows  %3 rows/s"_s
                              .arg(p.bytesTotal ? 100.0 * double(p.bytesDone) / double(p.bytesTotal) : 0.0, 0, 'f', 0)
                              .arg(en.toString(qlonglong(p.rows)), en.toString(qlonglong(p.rowsPerSecond))));
            break;
        case ImportProgress::Phase::Writing:
            m_line.update(int(p.fraction * 100),
                          u"writing the last %1 exchanges and the summaries"_s.arg(en.toString(qlonglong(p.rowsTotal))));
            break;
        case ImportProgress::Phase::Committing: m_line.update(int(p.fraction * 100), u"committing"_s); break;
        }
    }
    void end() { m_line.end(); }

private:
    StatusLine m_line;
};

} // namespace

int importCommand(const QStringList &args)
{
    CommandParser parser(u"import"_s, u"Load a detection export (format v1) into a case file. All or nothing: on any "
                                      "problem the case is left exactly as it was."_s);
    parser.addPositionalArgument(u"EXPORT_DIR"_s, u"folder holding manifest.json and the table files"_s);
    parser.addOption({u"case"_s, u"the case file (created if missing)"_s, u"FILE.hlcase"_s});
    parser.addOption({u"quiet"_s, u"no progress output"_s});
    int code = Success;
    QString casePath;
    if (!parser.parseArgs(args, &code, 1) || !parser.requireOption(u"case"_s, &casePath, &code))
        return code;

    ProgressPrinter printer;
    ImportOptions options;
    options.exportDir = parser.positionalArguments().front();
    options.casePath = casePath;
    const InterruptFlag interrupt;
    options.cancel = interrupt.flag();
    if (!parser.isSet(u"quiet"_s))
        options.progress = [&printer](const ImportProgress &p) { printer(p); };
    const ImportResult result = importExport(options);
    printer.end();

    for (const QString &w : result.warnings)
        printError(u"warning: "_s + w);
    if (result.ok()) {
        printOut(result.message + u'\n');
        return Success;
    }
    if (result.status == ImportResult::Status::InvalidExport && result.errors.size() > 0
        && result.errors.front() != result.message) {
        for (const QString &e : result.errors)
            std::fprintf(stderr, "%s\n", e.toLocal8Bit().constData());
    }
    printError(result.message);
    return result.status == ImportResult::Status::CaseError ? InternalError : UserError;
}

} // namespace hl::cli
