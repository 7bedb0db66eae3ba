#pragma once

#include <QStringList>

namespace hl::cli {

// Exit codes of every subcommand.
enum ExitCode { Success = 0, UserError = 1, InternalError = 2 };

// True if argv[1] names a subcommand (which runs headless, without a display).
bool isSubcommand(const QString &name);
// Runs a subcommand; `args` starts with the program name, then the subcommand.
int run(const QStringList &args);
QString usage();

// The subcommands (app/commands/*.cpp).
int importCommand(const QStringList &args);
int infoCommand(const QStringList &args);
int demoExportCommand(const QStringList &args);
int trafficCommand(const QStringList &args);
int queryCommand(const QStringList &args);
int analyzeCommand(const QStringList &args);
int clustersCommand(const QStringList &args);
int pivotsCommand(const QStringList &args);
int explainCommand(const QStringList &args);
int layoutCommand(const QStringList &args);
int labelCommand(const QStringList &args);
int labelsCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int trainCommand(const QStringList &args);
int agreementCommand(const QStringList &args);
int chartCommand(const QStringList &args); // needs a QApplication (main.cpp starts one, off screen)
int briefCommand(const QStringList &args); // as chart
int exportStixCommand(const QStringList &args); // export stix (stixcommand.cpp)
int importStixCommand(const QStringList &args);

// Helpers shared by the subcommands.
void printError(const QString &message);
void printOut(const QString &text);

} // namespace hl::cli
