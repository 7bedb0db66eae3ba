#include "cli.h"
#include "campaigns/campaignsview.h"
#include "mainwindow.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// --screenshot: select the cluster, let the timeline load, save the window, exit. Works
// offscreen (QT_QPA_PLATFORM=offscreen), for docs and tests.
int takeScreenshot(hl::MainWindow &window, const QString &out, qint64 cluster)
{
    window.selectCluster(cluster);
    // Run the event loop (not just processEvents: Qt delivers future continuations through it)
    // until the background work is done: the cluster's timeline and the capability names.
    auto *timeline = window.timeline()->model();
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    while (waited.elapsed() < 60000) {
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
        if (!timeline->isLoading() && !window.campaigns()->isScanning() && waited.elapsed() > 200)
            break;
    }
    for (int i = 0; i < 4; ++i) { // deliver what the finished work queued
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QPixmap shot = window.grab();
    if (shot.isNull() || !shot.save(out)) {
        std::fprintf(stderr, "hydralens: cannot save the screenshot to %s\n", out.toLocal8Bit().constData());
        return hl::cli::UserError;
    }
    return hl::cli::Success;
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
    parser.addOption({u"screenshot"_s, u"open the case, select the riskiest cluster (or --cluster), wait for the "
                                       "views, save the window as PNG and exit"_s, u"OUT.png"_s});
    parser.addOption({u"cluster"_s, u"with --screenshot: the cluster to select"_s, u"ID"_s});
    parser.addPositionalArgument(u"case"_s, u"a case file to open"_s, u"[FILE.hlcase]"_s);
    parser.process(app);

    hl::MainWindow window;
    QString casePath = parser.value(u"case"_s);
    if (casePath.isEmpty() && !parser.positionalArguments().isEmpty())
        casePath = parser.positionalArguments().front();
    if (!casePath.isEmpty())
        window.openCase(casePath);
    window.show();
    if (parser.isSet(u"screenshot"_s))
        return takeScreenshot(window, parser.value(u"screenshot"_s), parser.value(u"cluster"_s).toLongLong());
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
