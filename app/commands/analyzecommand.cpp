#include "analysis/infragraph.h"
#include "cli.h"
#include "commandparser.h"
#include "storage/adhocquery.h"
#include "storage/analysisdata.h"
#include "storage/casefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hl::cli {

// Work in progress (issue 3): clusters the accounts and reports them; results are not stored
// in the case yet.
int analyzeCommand(const QStringList &args)
{
    CommandParser parser(u"analyze"_s, u"Cluster the case's accounts by shared infrastructure (work in progress: "
                                       "prints a summary; --members writes account → cluster as JSON)."_s);
    parser.addCaseOption();
    parser.addOption({u"members"_s, u"write {account_id: cluster} as JSON to FILE"_s, u"FILE"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseArgs(args, &code, 0) || !parser.openCase(file, &code))
        return code;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto links = readAccountLinks(file, &error);
    if (!links) {
        printError(error);
        return InternalError;
    }
    const auto profiles = readTemplateProfiles(file, 16, &error);
    if (!profiles) {
        printError(error);
        return InternalError;
    }
    const qint64 readMs = timer.restart();
    const auto clusters = clusterAccounts(maxAccountId(file), *links, *profiles, ClusterOptions());
    if (!clusters) {
        printError(u"cancelled"_s);
        return InternalError;
    }
    std::size_t multi = 0, largest = 0;
    for (const auto &m : clusters->members) {
        multi += m.size() > 1;
        largest = std::max(largest, m.size());
    }
    printOut(u"%1 clusters (%2 with more than one account, largest %3); %4 strong pairs, %5 weak, %6 confirmed; "
              "%7 components split; read %8 ms, clustered %9 ms\n"_s.arg(clusters->members.size()).arg(multi)
                 .arg(largest).arg(clusters->strongPairs).arg(clusters->weakPairs).arg(clusters->confirmedWeakPairs)
                 .arg(clusters->componentsSplit).arg(readMs).arg(timer.elapsed()));
    if (parser.isSet(u"members"_s)) {
        QJsonObject out;
        QStringList columns;
        runReadOnlyQuery(file, u"SELECT id, account_key FROM accounts"_s, &columns, [&](const QStringList &row) {
            const auto id = row[0].toULongLong();
            if (id < clusters->clusterOf.size())
                out.insert(row[1], qint64(clusters->clusterOf[id]));
            return true;
        }, &error);
        QFile f(parser.value(u"members"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(out).toJson(QJsonDocument::Compact)) < 0) {
            printError(u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString()));
            return UserError;
        }
    }
    return Success;
}

} // namespace hl::cli
