#include "cli.h"
#include "commandparser.h"
#include "storage/adhocquery.h"
#include "storage/caseinfo.h"
#include "storage/casefile.h"
#include "storage/traffic.h"

#include <QFile>
#include <QHash>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hl::cli {

int infoCommand(const QStringList &args)
{
    CommandParser parser(u"info"_s, u"Show what a case holds: accounts, exchanges, time span, models, imports."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON (keys: accounts, exchanges, first_ts, last_ts, models, imports, …)"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseAndOpenCase(args, file, &code))
        return code;
    QString error;
    const auto info = readCaseInfo(file, &error);
    if (!info) {
        printError(error);
        return InternalError;
    }
    if (parser.isSet(u"json"_s))
        printOut(QString::fromUtf8(QJsonDocument(caseInfoToJson(*info)).toJson(QJsonDocument::Indented)));
    else
        printOut(caseInfoToText(*info));
    return Success;
}

int trafficCommand(const QStringList &args)
{
    CommandParser parser(u"traffic"_s, u"Print exchanges per hour (or day, or week) and model or capability as CSV "
                                       "(start,KEY,exchanges,input_tokens,output_tokens; start in Unix seconds, "
                                       "UTC). The whole case comes from the hourly rollup; with --accounts, from "
                                       "those accounts' exchanges."_s);
    parser.addCaseOption();
    parser.addOption({u"by"_s, u"split by model (default) or capability"_s, u"model|capability"_s, u"model"_s});
    parser.addOption({u"bucket"_s, u"hour (default), day or week"_s, u"hour|day|week"_s, u"hour"_s});
    parser.addOption({u"accounts"_s, u"only these accounts: a file with one account id (as in the export) per line"_s,
                      u"FILE"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    TrafficQuery query;
    const QString by = parser.value(u"by"_s), bucket = parser.value(u"bucket"_s);
    if (by != u"model"_s && by != u"capability"_s) {
        printError(u"traffic: --by must be model or capability, not '%1'"_s.arg(by));
        return UserError;
    }
    query.split = by == u"model"_s ? TrafficSplit::ByModel : TrafficSplit::ByCapability;
    const QHash<QString, std::int64_t> buckets{{u"hour"_s, 3600}, {u"day"_s, 86400}, {u"week"_s, 7 * 86400}};
    if (!buckets.contains(bucket)) {
        printError(u"traffic: --bucket must be hour, day or week, not '%1'"_s.arg(bucket));
        return UserError;
    }
    query.bucketSeconds = buckets.value(bucket);
    QStringList keys;
    if (parser.isSet(u"accounts"_s)) {
        QFile f(parser.value(u"accounts"_s));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            printError(u"traffic: cannot read the accounts file %1: %2"_s.arg(f.fileName(), f.errorString()));
            return UserError;
        }
        for (const QByteArray &line : f.readAll().split('\n'))
            if (const QByteArray k = line.trimmed(); !k.isEmpty())
                keys.append(QString::fromUtf8(k));
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    QString error;
    if (parser.isSet(u"accounts"_s)) {
        const auto ids = accountIdsForKeys(file, keys, &error);
        if (!ids) {
            printError(u"traffic: %1 (in %2)"_s.arg(error, parser.value(u"accounts"_s)));
            return UserError;
        }
        query.accounts = *ids;
    }
    const auto rows = traffic(file, query, &error);
    if (!rows) {
        printError(error);
        return InternalError;
    }
    QString out = u"start,%1,exchanges,input_tokens,output_tokens\n"_s.arg(by);
    for (const TrafficCount &r : *rows)
        out += u"%1,%2,%3,%4,%5\n"_s.arg(r.start).arg(r.key).arg(r.exchanges).arg(r.inputTokens).arg(r.outputTokens);
    printOut(out);
    return Success;
}

namespace {
QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n') && !v.contains(u'\r'))
        return v;
    QString q = v;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QString csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i ? u","_s : QString()) + csvField(cells[i]);
    return line + u'\n';
}
} // namespace

int queryCommand(const QStringList &args)
{
    CommandParser parser(u"query"_s, u"Run one read-only SQL statement on a case and print the result as CSV. The "
                                     "table `exchanges` (account_id, ts, import_id, model_id, capability, template_id, "
                                     "input_tokens, output_tokens, ip_id, api_key_id) reads the stored exchange "
                                     "blocks as rows; docs/case-file.md lists every table."_s);
    parser.addCaseOption();
    parser.addPositionalArgument(u"SQL"_s, u"the statement, e.g. \"SELECT count(*) FROM exchanges WHERE account_id = 7\""_s);
    int code = Success;
    CaseFile file;
    if (!parser.parseArgs(args, &code, 1) || !parser.openCase(file, &code))
        return code;
    QStringList columns;
    QString error;
    bool headerDone = false;
    const bool ok = runReadOnlyQuery(file, parser.positionalArguments().constFirst(), &columns, [&](const QStringList &row) {
        if (!headerDone) {
            printOut(csvLine(columns));
            headerDone = true;
        }
        printOut(csvLine(row));
        return true;
    }, &error);
    if (!ok) {
        printError(u"query: %1"_s.arg(error));
        return UserError;
    }
    if (!headerDone)
        printOut(csvLine(columns));
    return Success;
}

} // namespace hl::cli
