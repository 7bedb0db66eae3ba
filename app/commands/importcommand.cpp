#include "cli.h"
#include "commandparser.h"
#include "import/importer.h"

#include <QLocale>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

std::atomic<bool> s_cancel{false};

extern "C" void onInterrupt(int)
{
    s_cancel.store(true);
}

// Progress on stderr: a line redrawn in place on a terminal; otherwise (logs, CI) a line per
// phase and every 10 percent.
class ProgressPrinter
{
public:
    ProgressPrinter() : m_tty(::isatty(STDERR_FILENO)) {}

    void operator()(const ImportProgress &p)
    {
        const int percent = int(p.fraction * 100);
        const bool phaseChanged = p.phase != m_phase || p.file != m_file;
        if (!m_tty && !phaseChanged && percent / 10 == m_lastPercent / 10)
            return;
        m_phase = p.phase;
        m_file = p.file;
        m_lastPercent = percent;
        QString line;
        const QLocale en(QLocale::English);
        switch (p.phase) {
        case ImportProgress::Phase::Checking: line = u"checking %1"_s.arg(p.file); break;
        case ImportProgress::Phase::Reading:
            line = u"reading %1  %2% of bytes  %3 rows  %4 rows/s"_s.arg(p.file)
                       .arg(p.bytesTotal ? 100.0 * double(p.bytesDone) / double(p.bytesTotal) : 0.0, 0, 'f', 0)
                       .arg(en.toString(qlonglong(p.rows)), en.toString(qlonglong(p.rowsPerSecond)));
            break;
        case ImportProgress::Phase::Writing:
            line = u"writing the last %1 exchanges and the summaries"_s.arg(en.toString(qlonglong(p.rowsTotal)));
            break;
        case ImportProgress::Phase::Committing: line = u"committing"_s; break;
        }
        line = u"[%1%] "_s.arg(percent, 3) + line;
        if (m_tty)
            std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
        else
            std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }

    void end()
    {
        if (m_tty)
            std::fprintf(stderr, "\r\033[K");
    }

private:
    bool m_tty;
    ImportProgress::Phase m_phase = ImportProgress::Phase::Checking;
    QString m_file = u"-"_s;
    int m_lastPercent = -100;
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
    options.cancel = &s_cancel;
    if (!parser.isSet(u"quiet"_s))
        options.progress = [&printer](const ImportProgress &p) { printer(p); };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    const ImportResult result = importExport(options);
    printer.end();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

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
