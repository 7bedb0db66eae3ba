#include "commandparser.h"

#include "storage/graphstore.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "cli.h"
#include "storage/casefile.h"

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {
std::atomic<bool> s_interrupted{false};
extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}
} // namespace

InterruptFlag::InterruptFlag()
{
    s_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptFlag::~InterruptFlag()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic<bool> *InterruptFlag::flag() const
{
    return &s_interrupted;
}

StatusLine::StatusLine()
    : m_tty(::isatty(STDERR_FILENO))
{
}

void StatusLine::update(int percent, const QString &phase, const QString &detail)
{
    const bool phaseChanged = phase != m_phase;
    if (!phaseChanged && (m_tty ? percent == m_lastPercent && detail.isEmpty() : percent / 10 == m_lastPercent / 10))
        return;
    m_phase = phase;
    m_lastPercent = percent;
    const QString line = u"[%1%] "_s.arg(percent, 3) + phase + (detail.isEmpty() ? QString() : u"  "_s + detail);
    if (m_tty)
        std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    else
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void StatusLine::end()
{
    if (m_tty)
        std::fprintf(stderr, "\r\033[K");
}

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    setApplicationDescription(description);
    addHelpOption();
}

bool CommandParser::parseArgs(const QStringList &args, int *exitCode, int positional)
{
    QStringList full = args;
    full[0] = u"hydralens "_s + m_command;
    if (!parse(full)) {
        printError(u"%1: %2 (see 'hydralens %1 --help')"_s.arg(m_command, errorText()));
        *exitCode = UserError;
        return false;
    }
    if (isSet(u"help"_s)) {
        printOut(helpText());
        *exitCode = Success;
        return false;
    }
    if (positional >= 0 && positionalArguments().size() != positional) {
        printError(u"%1: expected %2 argument(s), got %3 (see 'hydralens %1 --help')"_s.arg(m_command)
                       .arg(positional).arg(positionalArguments().size()));
        *exitCode = UserError;
        return false;
    }
    return true;
}

bool CommandParser::requireOption(const QString &name, QString *value, int *exitCode)
{
    *value = this->value(name);
    if (!value->isEmpty())
        return true;
    printError(u"%1: --%2 is required (see 'hydralens %1 --help')"_s.arg(m_command, name));
    *exitCode = UserError;
    return false;
}

void CommandParser::addIpCrowdOption()
{
    addOption({u"ip-crowd"_s,
               u"an IP used by more than N accounts of the case (a proxy exit, a carrier gateway) does not join "
               "accounts into one split group; 0: every IP does (default 20)"_s,
               u"N"_s, u"20"_s});
}

bool CommandParser::ipCrowd(std::int64_t *value, int *exitCode)
{
    bool ok = false;
    *value = this->value(u"ip-crowd"_s).toLongLong(&ok);
    if (ok && *value >= 0)
        return true;
    printError(u"%1: --ip-crowd takes a whole number of accounts, 0 or more (got '%2')"_s.arg(m_command, this->value(u"ip-crowd"_s)));
    *exitCode = UserError;
    return false;
}

void CommandParser::addCaseOption()
{
    addOption({u"case"_s, u"the case file"_s, u"FILE.hlcase"_s});
}

bool CommandParser::openCase(CaseFile &file, int *exitCode)
{
    QString path;
    if (!requireOption(u"case"_s, &path, exitCode))
        return false;
    if (file.open(path))
        return true;
    printError(file.errorString());
    *exitCode = UserError;
    return false;
}

bool CommandParser::parseAndOpenCase(const QStringList &args, CaseFile &file, int *exitCode)
{
    return parseArgs(args, exitCode, 0) && openCase(file, exitCode);
}

void CommandParser::addTargetOptions()
{
    addOption({QStringLiteral("cluster"), QStringLiteral("the cluster id (from clusters)"), QStringLiteral("ID")});
    addOption({QStringLiteral("account"), QStringLiteral("an account, by the export's account id"),
               QStringLiteral("ACCOUNT_ID")});
}

std::optional<GraphSearchHit> findExactly(const CaseFile &file, const QString &text, bool account, QString *error)
{
    error->clear();
    const auto hits = searchGraphNodes(file, text, 50, error);
    if (!hits)
        return std::nullopt;
    for (const GraphSearchHit &h : *hits)
        if ((h.kind == GraphNodeKind::Account) == account && h.label.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return h;
    return std::nullopt;
}

} // namespace hl::cli
