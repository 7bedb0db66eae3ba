#include "analysis/analysis.h"
#include "analysis/explanation.h"
#include "storage/graphstore.h"
#include "cli.h"
#include "commandparser.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {
// The export's account ids of a cluster's accounts (the ids the user knows).
// The commands that read stored results say what to run when there are none.
bool isAnalysed(const CaseFile &file, int *exitCode)
{
    if (analysisRunCount(file) > 0)
        return true;
    printError(u"%1 has not been analysed yet. Run: hydralens analyze --case %1"_s.arg(file.path()));
    *exitCode = UserError;
    return false;
}

QJsonArray accountsJson(const std::vector<std::uint32_t> &ids, const std::vector<QString> &keys)
{
    QJsonArray a;
    for (const std::uint32_t id : ids)
        a.append(id < keys.size() ? keys[id] : QString::number(id));
    return a;
}
} // namespace

int analyzeCommand(const QStringList &args)
{
    CommandParser parser(u"analyze"_s, u"(Re)compute the case's analysis and store it in the case: clusters of "
                                       "accounts with stable ids, their features, risk and reasons, IP locations and "
                                       "post-release pivots."_s);
    parser.addCaseOption();
    parser.addOption({u"location-db"_s, u"libloc database for IP locations (default: the system one, from the "
                                        "Debian package libloc-database)"_s, u"FILE"_s});
    parser.addOption({u"graph-out"_s, u"also write the weighted account graph that was clustered (TSV: account, "
                                      "account, weight), e.g. to compare community detection with other tools"_s,
                      u"FILE"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseAndOpenCase(args, file, &code))
        return code;
    AnalysisOptions options;
    options.locationDb = parser.value(u"location-db"_s);
    options.graphOut = parser.value(u"graph-out"_s);
    const InterruptFlag interrupt;
    StatusLine status;
    QString error;
    const auto report = runAnalysis(file, options, &error, [&](double f, const QString &what) {
        status.update(int(f * 100), what);
        return !interrupt.raised();
    });
    status.end();
    if (!report) {
        if (error == u"cancelled"_s) {
            printError(u"The analysis was cancelled; the stored results are unchanged."_s);
            return UserError;
        }
        printError(u"The analysis failed: %1"_s.arg(error));
        return InternalError;
    }
    for (const QString &w : report->warnings)
        printError(u"warning: "_s + w);
    QStringList lineage;
    for (auto it = report->lineage.cbegin(); it != report->lineage.cend(); ++it)
        lineage.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    printOut(u"Analysis #%1 in %2 s: %3 clusters (%4 with several accounts, largest %5); %6; %7 vanished. "
              "%8 of %9 IPs located. %10 clusters flagged, %11 post-release pivots flagged. Community detection %12 s.\n"_s
                 .arg(report->runId)
                 .arg(report->seconds, 0, 'f', 1).arg(report->clusters).arg(report->multiAccountClusters)
                 .arg(report->largest).arg(lineage.join(u", "_s)).arg(report->vanished).arg(report->ipsLocated)
                 .arg(report->ips).arg(report->flaggedClusters).arg(report->flaggedPivots)
                 .arg(report->communitySeconds, 0, 'f', 3));
    for (qsizetype i = 0; i < report->changes.size() && i < 10; ++i)
        printOut(u"  "_s + report->changes[i] + u'\n');
    if (report->changes.size() > 10)
        printOut(u"  … and %1 more changed clusters (clusters --json shows each one's lineage)\n"_s.arg(report->changes.size() - 10));
    if (!report->retrainedVersion.isEmpty())
        printOut(u"Risk ranked by the retrained classifier hydralens %1 (fitted on an earlier analysis's features); "
                 "'hydralens train --case %2' refits it on these.\n"_s.arg(report->retrainedVersion, file.path()));
    return Success;
}

int clustersCommand(const QStringList &args)
{
    CommandParser parser(u"clusters"_s, u"Print the stored clusters (run analyze first), riskiest first."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON: {\"clusters\":[{\"id\",\"accounts\" (the export's account ids),\"size\","
                                 "\"exchanges\",\"risk\",\"flagged\",\"reasons\",\"features\",\"lineage\"}]}"_s});
    parser.addOption({u"min-size"_s, u"only clusters with at least N accounts (default 1)"_s, u"N"_s, u"1"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    bool ok = false;
    const qint64 minSize = parser.value(u"min-size"_s).toLongLong(&ok);
    if (!ok || minSize < 1) {
        printError(u"clusters: --min-size must be a whole number of at least 1"_s);
        return UserError;
    }
    if (!parser.openCase(file, &code))
        return code;
    if (!isAnalysed(file, &code))
        return code;
    QString error;
    const auto clusters = readClusters(file, std::size_t(minSize), &error);
    if (!clusters) {
        printError(error);
        return InternalError;
    }
    if (parser.isSet(u"json"_s)) {
        const auto keys = accountKeys(file, &error);
        if (!keys) {
            printError(error);
            return InternalError;
        }
        QJsonArray out;
        for (const StoredCluster &c : *clusters)
            out.append(QJsonObject{{u"id"_s, qint64(c.id)},
                                   {u"accounts"_s, accountsJson(c.accounts, *keys)},
                                   {u"size"_s, qint64(c.accounts.size())},
                                   {u"exchanges"_s, qint64(c.exchanges)},
                                   {u"risk"_s, c.risk},
                                   {u"flagged"_s, c.flagged},
                                   {u"reasons"_s, QJsonArray::fromStringList(c.reasons)},
                                   {u"features"_s, c.features},
                                   {u"lineage"_s, c.lineage}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"clusters"_s, out}}).toJson(QJsonDocument::Compact)) + u'\n');
        return Success;
    }
    QString text = u"cluster   accounts   exchanges   risk  flagged  lineage\n"_s;
    for (const StoredCluster &c : *clusters)
        text += u"%1 %2 %3 %4  %5  %6\n"_s.arg(c.id, 7).arg(qint64(c.accounts.size()), 10).arg(c.exchanges, 11)
                    .arg(c.risk, 5, 'f', 2).arg(c.flagged ? u"yes    "_s : u"no     "_s)
                    .arg(c.lineage.value(u"kind"_s).toString());
    printOut(text);
    return Success;
}

int pivotsCommand(const QStringList &args)
{
    CommandParser parser(u"pivots"_s, u"Print the stored post-release pivots (run analyze first): per release and "
                                      "cluster, how fast its traffic moved to the new model."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON: {\"pivots\":[{\"cluster\",\"model\",\"released_at\",\"share_24h\","
                                 "\"share_72h\",\"share_7d\",\"hours_to_pivot\",\"flagged\",\"reason\", …}]}"_s});
    parser.addOption({u"all"_s, u"also clusters that were not flagged (default: flagged only, unless --json)"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseAndOpenCase(args, file, &code))
        return code;
    if (!isAnalysed(file, &code))
        return code;
    QString error;
    const auto pivots = readPivots(file, &error);
    const auto models = modelNamesById(file, &error);
    if (!pivots || !models) {
        printError(error);
        return InternalError;
    }
    const bool json = parser.isSet(u"json"_s);
    QJsonArray out;
    QString text;
    for (const StoredPivot &p : *pivots) {
        const QString model = models->value(p.modelId);
        if (json) {
            out.append(QJsonObject{{u"cluster"_s, qint64(p.cluster)},
                                   {u"model"_s, model},
                                   {u"released_at"_s, QDateTime::fromSecsSinceEpoch(p.releasedAt, Qt::UTC).toString(Qt::ISODate)},
                                   {u"share_24h"_s, p.share24h},
                                   {u"share_72h"_s, p.share72h},
                                   {u"share_7d"_s, p.share7d},
                                   {u"hours_to_pivot"_s, p.hoursToPivot ? QJsonValue(*p.hoursToPivot) : QJsonValue()},
                                   {u"population_24h"_s, p.population24h},
                                   {u"population_72h"_s, p.population72h},
                                   {u"population_7d"_s, p.population7d},
                                   {u"exchanges_before"_s, qint64(p.exchangesBefore)},
                                   {u"exchanges_24h"_s, qint64(p.exchanges24h)},
                                   {u"exchanges_7d"_s, qint64(p.exchanges7d)},
                                   {u"flagged"_s, p.flagged},
                                   {u"reason"_s, p.reason}});
        } else if (p.flagged || parser.isSet(u"all"_s)) {
            text += u"cluster %1  %2  %3  %4\n"_s.arg(p.cluster, 6).arg(model, -14)
                        .arg(p.flagged ? u"FLAGGED"_s : u"-      "_s, p.reason);
        }
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"pivots"_s, out}}).toJson(QJsonDocument::Compact)) + u'\n');
    else
        printOut(text.isEmpty() ? u"No post-release pivot was flagged.\n"_s : text);
    return Success;
}

int explainCommand(const QStringList &args)
{
    CommandParser parser(u"explain"_s, u"Say why a stored cluster hangs together and why it is (or is not) risky; or "
                                       "what is known about one account or infrastructure value."_s);
    parser.addCaseOption();
    parser.addTargetOptions();
    parser.addOption({u"value"_s, u"an infrastructure value: IP, payment fingerprint, device, e-mail domain, ..."_s,
                      u"TEXT"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    const int given = int(parser.isSet(u"cluster"_s)) + int(parser.isSet(u"account"_s)) + int(parser.isSet(u"value"_s));
    if (given != 1) {
        printError(u"explain: give exactly one of --cluster ID, --account ACCOUNT_ID or --value TEXT"_s);
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    QString error;
    std::optional<QString> text;
    QString missing;
    if (parser.isSet(u"cluster"_s)) {
        const QString idText = parser.value(u"cluster"_s);
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok) {
            printError(u"explain: --cluster must be a cluster id (a whole number), not '%1'"_s.arg(idText));
            return UserError;
        }
        text = explainCluster(file, id, &error);
        missing = u"There is no cluster %1 in %2. 'hydralens clusters --case %2' lists them (run analyze first)."_s
                      .arg(id).arg(file.path());
    } else {
        const bool account = parser.isSet(u"account"_s);
        const QString wanted = parser.value(account ? u"account"_s : u"value"_s);
        if (const auto node = findExactly(file, wanted, account, &error))
            text = account ? explainAccount(file, node->id, &error) : explainInfra(file, node->id, &error);
        missing = account ? u"There is no account '%1' in %2 (give the export's account_id exactly)."_s.arg(wanted, file.path())
                          : u"No infrastructure value '%1' in %2 (give the IP, domain or fingerprint exactly)."_s
                                .arg(wanted, file.path());
    }
    if (!text) {
        if (!error.isEmpty()) {
            printError(error);
            return InternalError;
        }
        printError(missing);
        return UserError;
    }
    printOut(*text);
    return Success;
}

} // namespace hl::cli
