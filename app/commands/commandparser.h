#pragma once

#include <atomic>
#include <cstdint>
#include <optional>

#include <QCommandLineParser>

namespace hl {
class CaseFile;
struct GraphSearchHit;
}

namespace hl::cli {

// While alive, Ctrl+C (SIGINT) and SIGTERM set a flag instead of killing the process, so long
// work (import, analyze) can stop cleanly and leave the case as it was.
class InterruptFlag
{
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;
    const std::atomic<bool> *flag() const;
    bool raised() const { return flag()->load(); }
};

// Progress on stderr: a line redrawn in place on a terminal; otherwise (logs, CI) a new line
// when the phase changes and every 10 percent.
class StatusLine
{
public:
    StatusLine();
    // `phase` names what is being done; `detail` may change on every call.
    void update(int percent, const QString &phase, const QString &detail = QString());
    void end();

private:
    bool m_tty;
    QString m_phase = QStringLiteral("-");
    int m_lastPercent = -100;
};

// QCommandLineParser set up the same way for every subcommand: --help, and errors printed as
// "hydralens COMMAND: …" with exit code 1.
class CommandParser : public QCommandLineParser
{
public:
    CommandParser(const QString &command, const QString &description);
    // Parses; on --help prints help and sets *exitCode = 0; on a bad command line prints why
    // and sets *exitCode = 1. Returns false in both cases.
    bool parseArgs(const QStringList &args, int *exitCode, int positional = -1);
    // The value of a required option, or an error message and false.
    bool requireOption(const QString &name, QString *value, int *exitCode);

    // Adds the --case option every case command takes.
    void addCaseOption();
    // Adds --cluster ID and --account ACCOUNT_ID (commands about one cluster or account).
    void addTargetOptions();
    // Adds --ip-crowd N (how the training split treats crowded IPs; training/trainingset.h).
    void addIpCrowdOption();
    // Its value (default 20); a bad value prints why, sets *exitCode = 1 and returns false.
    bool ipCrowd(std::int64_t *value, int *exitCode);
    // Opens the case named by --case (required). On failure prints why and sets *exitCode = 1.
    bool openCase(CaseFile &file, int *exitCode);
    // parseArgs (no positional arguments) then openCase: how a command about one case starts.
    bool parseAndOpenCase(const QStringList &args, CaseFile &file, int *exitCode);

private:
    QString m_command;
};

// The account (by the export's id, `account`) or infrastructure value (by its text) named exactly
// `text` (case-insensitive); nullopt when none, with *error set only on a storage failure.
std::optional<GraphSearchHit> findExactly(const CaseFile &file, const QString &text, bool account, QString *error);

} // namespace hl::cli
