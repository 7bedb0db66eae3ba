#include "chartoptions.h"
#include "cli.h"
#include "campaigns/campaignsview.h"
#include "graph/graphpanel.h"
#include "mainwindow.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHashFunctions>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// --screenshot: select the cluster, open it in the graph, let the graph's layout and the
// timeline load, save the window, exit. Works offscreen (QT_QPA_PLATFORM=offscreen), for docs
// and tests.
int takeScreenshot(hl::MainWindow &window, const QString &out, qint64 cluster, bool overview, const QString &dock)
{
    if (!dock.isEmpty()) {
        auto *d = window.findChild<QDockWidget *>(dock);
        if (!d) {
            std::fprintf(stderr, "hydralens: no panel named %s (campaigns, timeline, inspector, summary, review, "
                                 "training)\n", dock.toLocal8Bit().constData());
            return hl::cli::UserError;
        }
        d->show();
        d->raise();
    }
    window.selectCluster(cluster);
    if (!overview)
        window.openClusterGraph(window.campaigns()->currentCluster());
    // Run the event loop (not just processEvents: Qt delivers future continuations through it)
    // until the background work is done: the cluster's timeline and the capability names.
    auto *timeline = window.timeline()->model();
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    while (waited.elapsed() < 60000) {
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
        if (!timeline->isLoading() && !window.campaigns()->isScanning() && !window.graph()->isBusy()
            && waited.elapsed() > 200)
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

// The languages the window speaks: English (the source) and every hydralens_<code>.qm built from
// translations/*.ts and embedded under :/i18n.
QStringList availableLanguages()
{
    const QString prefix = u"hydralens_"_s, suffix = u".qm"_s;
    QStringList codes{u"en"_s};
    for (const QString &file : QDir(u":/i18n"_s).entryList({prefix + u'*' + suffix}, QDir::Files, QDir::Name))
        codes.append(file.mid(prefix.size()).chopped(suffix.size()));
    return codes;
}

// The window follows --lang CODE, or else the user's languages in order of preference (LANGUAGE,
// LC_ALL, LANG). Only the window is translated: the command-line subcommands stay English on
// purpose, since their output goes into scripts, logs and bug reports. An unknown or untranslated
// --lang is reported on stderr and the window continues in English.
void installTranslations(QApplication &app, const QString &requested)
{
    QLocale locale = QLocale::system();
    if (!requested.isEmpty()) {
        locale = QLocale(requested);
        if (locale.language() == QLocale::C) {
            std::fprintf(stderr, "hydralens: unknown language '%s' for --lang (use a code such as %s); "
                                 "continuing in English.\n",
                         requested.toLocal8Bit().constData(), availableLanguages().join(u", "_s).toLocal8Bit().constData());
            return;
        }
        QLocale::setDefault(locale); // numbers and dates in that language's format too
    }
    // The first preferred language the window speaks; English, the source, needs no translator.
    // (QTranslator::load(QLocale) alone would pick German for LANGUAGE=en:de.)
    auto *ours = new QTranslator(&app);
    QLocale found(QLocale::English);
    for (const QString &name : locale.uiLanguages()) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::English)
            break;
        if (ours->load(candidate, u"hydralens"_s, u"_"_s, u":/i18n"_s)) {
            found = candidate;
            break;
        }
    }
    if (found.language() == QLocale::English) {
        delete ours;
        if (!requested.isEmpty() && locale.language() != QLocale::English)
            std::fprintf(stderr, "hydralens: the window has no %s translation (available: %s); continuing in English.\n",
                         QLocale::languageToString(locale.language()).toLocal8Bit().constData(),
                         availableLanguages().join(u", "_s).toLocal8Bit().constData());
        return;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (dialog buttons, key names), when the system has them (qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(found, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
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
    parser.addOption({u"overview"_s, u"with --screenshot: show the overview of all clusters (the cluster selected in it) "
                                     "instead of the cluster's accounts and infrastructure"_s});
    parser.addOption({u"dock"_s, u"with --screenshot: bring this panel to the front (review, training, summary, …)"_s,
                      u"NAME"_s});
    parser.addOption({u"lang"_s, u"the window's language, such as de or en (default: the system's)"_s, u"CODE"_s});
    parser.addPositionalArgument(u"case"_s, u"a case file to open"_s, u"[FILE.hlcase]"_s);
    parser.process(app);
    installTranslations(app, parser.value(u"lang"_s));

    hl::MainWindow window;
    QString casePath = parser.value(u"case"_s);
    if (casePath.isEmpty() && !parser.positionalArguments().isEmpty())
        casePath = parser.positionalArguments().front();
    if (!casePath.isEmpty())
        window.openCase(casePath);
    window.show();
    if (parser.isSet(u"screenshot"_s))
        return takeScreenshot(window, parser.value(u"screenshot"_s), parser.value(u"cluster"_s).toLongLong(),
                              parser.isSet(u"overview"_s), parser.value(u"dock"_s));
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

// A command on the command line, under `App` (QCoreApplication, or QApplication for the
// commands that paint).
template<typename App>
int runCommand(int argc, char **argv)
{
    App app(argc, argv);
    QCoreApplication::setApplicationName(u"hydralens"_s);
    try {
        return hl::cli::run(app.arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "hydralens: internal error: %s\n", e.what());
        return hl::cli::InternalError;
    }
}

int main(int argc, char **argv)
{
    // The same case gives the same bytes, from the command line and from the window alike:
    // QPdfWriter orders a PDF's fonts by QHash order. (The bulk maps are std::unordered_map,
    // whose hashing never had a per-process seed.)
    QHashSeed::setDeterministicGlobalSeed();
    if (isCommandLine(argc, argv) && hl::cli::drawsCharts(QString::fromLocal8Bit(argv[1]))) {
        // Charts and briefings paint with Qt's GUI classes, always off screen (chartoptions.h).
        hl::cli::useOffscreenPlatformUnlessSet();
        return runCommand<QApplication>(argc, argv);
    }
    if (isCommandLine(argc, argv))
        return runCommand<QCoreApplication>(argc, argv);
    return runGui(argc, argv);
}
