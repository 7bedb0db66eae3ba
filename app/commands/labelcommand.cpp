// hydralens label / labels: ground-truth labels from the command line (the same audit trail
// the window writes to, model/storage/labelstore.h).
#include "analysis/agreement.h"
#include "cli.h"
#include "commandparser.h"
#include "storage/casefile.h"
#include "storage/graphstore.h"
#include "storage/labelstore.h"
#include "util/username.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

QJsonObject toJson(const LabelEvent &e)
{
    QJsonObject o{{u"id"_s, qint64(e.id)},
                  {u"target"_s, e.target == LabelTarget::Cluster ? u"cluster"_s : u"account"_s},
                  {u"target_id"_s, qint64(e.targetId)},
                  {u"verdict"_s, e.verdict == Verdict::None ? QJsonValue() : QJsonValue(verdictName(e.verdict))},
                  {u"analyst"_s, e.analyst},
                  {u"created_at"_s, QDateTime::fromSecsSinceEpoch(e.createdAt, QTimeZone::utc()).toString(Qt::ISODate)},
                  {u"origin"_s, e.origin}};
    if (!e.actor.isEmpty())
        o.insert(u"actor"_s, e.actor);
    if (e.confidence != Confidence::None)
        o.insert(u"confidence"_s, confidenceName(e.confidence));
    if (!e.note.isEmpty())
        o.insert(u"note"_s, e.note);
    return o;
}

} // namespace

int labelCommand(const QStringList &args)
{
    CommandParser parser(u"label"_s, u"Label a cluster or an account as ground truth (appended to the case's audit "
                                     "trail; an account's label overrides its cluster's)."_s);
    parser.addCaseOption();
    parser.addTargetOptions();
    parser.addOption({u"verdict"_s, u"distillation, benign or unsure; none removes the label"_s, u"V"_s});
    parser.addOption({u"actor"_s, u"who is behind it (free text)"_s, u"A"_s});
    parser.addOption({u"confidence"_s, u"low, medium or high"_s, u"C"_s});
    parser.addOption({u"analyst"_s, u"who labels (default: the user name, %1)"_s.arg(osUserName()), u"NAME"_s});
    parser.addOption({u"note"_s, u"a note for the record"_s, u"TEXT"_s});
    parser.addOption({u"resolve"_s, u"settle the analysts' disagreement on this target with this verdict (an "
                                    "adjudication: sets the label, counts as no one's rating)"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    if (parser.isSet(u"cluster"_s) == parser.isSet(u"account"_s)) {
        printError(u"label: give exactly one of --cluster ID or --account ACCOUNT_ID"_s);
        return UserError;
    }
    QString verdictText;
    if (!parser.requireOption(u"verdict"_s, &verdictText, &code))
        return code;
    const auto verdict = verdictText == u"none"_s ? std::optional(Verdict::None) : verdictFromName(verdictText);
    if (!verdict || (verdict == Verdict::None && verdictText != u"none"_s)) {
        printError(u"label: --verdict must be distillation, benign, unsure or none, not '%1'"_s.arg(verdictText));
        return UserError;
    }
    const auto confidence = confidenceFromName(parser.value(u"confidence"_s));
    if (!confidence) {
        printError(u"label: --confidence must be low, medium or high, not '%1'"_s.arg(parser.value(u"confidence"_s)));
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;

    LabelEvent e;
    e.verdict = *verdict;
    e.actor = parser.value(u"actor"_s);
    e.confidence = *confidence;
    e.note = parser.value(u"note"_s);
    e.analyst = parser.isSet(u"analyst"_s) ? parser.value(u"analyst"_s) : osUserName();
    e.origin = parser.isSet(u"resolve"_s) ? QString(ResolveOrigin) : u"cli"_s;
    if (parser.isSet(u"resolve"_s) && e.verdict == Verdict::None) {
        printError(u"label: --resolve needs a verdict (distillation, benign or unsure), not none"_s);
        return UserError;
    }
    QString error;
    if (parser.isSet(u"cluster"_s)) {
        bool ok = false;
        e.target = LabelTarget::Cluster;
        e.targetId = parser.value(u"cluster"_s).toLongLong(&ok);
        if (!ok) {
            printError(u"label: --cluster must be a cluster id (a whole number), not '%1'"_s.arg(parser.value(u"cluster"_s)));
            return UserError;
        }
    } else {
        const QString key = parser.value(u"account"_s);
        const auto account = findExactly(file, key, true, &error);
        if (!account && !error.isEmpty()) {
            printError(error);
            return InternalError;
        }
        if (!account) {
            printError(u"label: there is no account '%1' in %2 (give the export's account_id exactly)"_s.arg(key, file.path()));
            return UserError;
        }
        e.target = LabelTarget::Account;
        e.targetId = account->id;
    }
    const auto saved = appendLabel(file, e, &error);
    if (!saved) {
        printError(u"label: %1; the case is unchanged"_s.arg(error));
        return UserError;
    }
    printOut(u"%1 %2 %3 by %4 (event %5)\n"_s
                 .arg(saved->target == LabelTarget::Cluster ? u"cluster"_s : u"account"_s)
                 .arg(saved->targetId)
                 .arg(saved->verdict == Verdict::None ? u"unlabelled"_s : u"labelled " + verdictName(saved->verdict))
                 .arg(saved->analyst)
                 .arg(saved->id));
    return Success;
}

int labelsCommand(const QStringList &args)
{
    CommandParser parser(u"labels"_s, u"The current ground-truth labels (and with --history, every labelling event)."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON"_s});
    parser.addOption({u"history"_s, u"the whole audit trail, oldest first"_s});
    int code = Success;
    CaseFile file;
    if (!parser.parseAndOpenCase(args, file, &code))
        return code;
    QString error;
    const bool history = parser.isSet(u"history"_s);
    const auto events = history ? readLabelEvents(file, &error) : readCurrentLabels(file, &error);
    if (!events) {
        printError(error);
        return InternalError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const LabelEvent &e : *events)
            list.append(toJson(e));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{history ? u"events"_s : u"labels"_s, list}})
                                       .toJson(QJsonDocument::Compact)) + u'\n');
        return Success;
    }
    QString text;
    for (const LabelEvent &e : *events)
        text += u"%1 %2  %3  %4%5%6  %7 %8\n"_s
                    .arg(e.target == LabelTarget::Cluster ? u"cluster"_s : u"account"_s, -7)
                    .arg(e.targetId, -8)
                    .arg(e.verdict == Verdict::None ? u"(removed)"_s : verdictName(e.verdict), -12)
                    .arg(e.actor.isEmpty() ? QString() : u"actor " + e.actor + u"  ")
                    .arg(e.confidence == Confidence::None ? QString() : confidenceName(e.confidence) + u"  ")
                    .arg(e.note.isEmpty() ? QString() : u"\"" + e.note + u"\"  ")
                    .arg(e.analyst, QDateTime::fromSecsSinceEpoch(e.createdAt, QTimeZone::utc()).toString(Qt::ISODate));
    printOut(text.isEmpty() ? u"No labels yet. 'hydralens label --case FILE --cluster ID --verdict V' adds one.\n"_s : text);
    return Success;
}

} // namespace hl::cli
