#pragma once

#include <QCommandLineParser>

namespace hl {
class CaseFile;
}

namespace hl::cli {

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
    // Opens the case named by --case (required). On failure prints why and sets *exitCode = 1.
    bool openCase(CaseFile &file, int *exitCode);

private:
    QString m_command;
};

} // namespace hl::cli
