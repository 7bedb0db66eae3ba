#include "cli.h"
#include "commandparser.h"
#include "storage/caseinfo.h"
#include "storage/casefile.h"

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
    if (!parser.parseArgs(args, &code, 0) || !parser.openCase(file, &code))
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

int hourlyCommand(const QStringList &args)
{
    CommandParser parser(u"hourly"_s, u"Print the case's hourly exchanges as CSV (hour,KEY,exchanges), from the "
                                      "rollups."_s);
    parser.addCaseOption();
    parser.addOption({u"by"_s, u"split by model (default) or capability"_s, u"model|capability"_s, u"model"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    const QString by = parser.value(u"by"_s);
    if (by != u"model"_s && by != u"capability"_s) {
        printError(u"hourly: --by must be model or capability, not '%1'"_s.arg(by));
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    QString error;
    const auto rows = hourlyTraffic(file, by == u"model"_s ? TrafficSplit::ByModel : TrafficSplit::ByCapability, &error);
    if (!rows) {
        printError(error);
        return InternalError;
    }
    QString out = u"hour,%1,exchanges\n"_s.arg(by);
    for (const HourlyCount &r : *rows)
        out += u"%1,%2,%3\n"_s.arg(r.hour).arg(r.key).arg(r.exchanges);
    printOut(out);
    return Success;
}

} // namespace hl::cli
