#pragma once

#include <QCommandLineParser>

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

private:
    QString m_command;
};

} // namespace hl::cli
