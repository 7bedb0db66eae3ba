#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runGui(int argc, char **argv)
{
    if (!haveDisplay()) {
        QCoreApplication app(argc, argv);
        const QStringList args = app.arguments();
        const int i = args.indexOf(u"--case"_s);
        const QString casePath = i >= 0 ? args.value(i + 1) : QString();
        std::fprintf(stderr,
                     "hydralens: no display found, so the window cannot open here.\n"
                     "Open the case on a machine with a desktop (or over X forwarding) with:\n"
                     "  hydralens --case %s\n"
                     "or run headless with QT_QPA_PLATFORM=offscreen. 'hydralens help' lists the commands.\n",
                     casePath.isEmpty() ? "FILE.hlcase" : casePath.toLocal8Bit().constData());
        return hl::cli::Success; // nothing failed: the case is ready, it just cannot be shown here
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HydraLens"_s);
    QApplication::setOrganizationName(u"HydraLens"_s);
    QApplication::setApplicationVersion(QStringLiteral(HYDRALENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"HydraLens workbench. Commands: run 'hydralens help'."_s);
    parser.addHelpOption();
    parser.addOption({u"case"_s, u"open this case file"_s, u"FILE.hlcase"_s});
    parser.addPositionalArgument(u"case"_s, u"a case file to open"_s, u"[FILE.hlcase]"_s);
    parser.process(app);

    hl::MainWindow window;
    QString casePath = parser.value(u"case"_s);
    if (casePath.isEmpty() && !parser.positionalArguments().isEmpty())
        casePath = parser.positionalArguments().front();
    if (!casePath.isEmpty())
        window.openCase(casePath);
    window.show();
    return app.exec();
}

} // namespace

// A first argument that is neither an option nor a case file is a (possibly mistyped) command:
// answer it on the command line instead of opening a window.
bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (hl::cli::isSubcommand(first))
        return true;
    return !first.startsWith(u'-') && !first.endsWith(u".hlcase"_s) && !QFileInfo::exists(first);
}

int main(int argc, char **argv)
{
    if (isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"hydralens"_s);
        try {
            return hl::cli::run(app.arguments());
        } catch (const std::exception &e) {
            std::fprintf(stderr, "hydralens: internal error: %s\n", e.what());
            return hl::cli::InternalError;
        }
    }
    return runGui(argc, argv);
}
