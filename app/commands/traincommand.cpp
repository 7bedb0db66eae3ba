// hydralens train: fit the built-in classifier on the case's labels, measure it on the test
// split, store its scores as a new classifier version and re-rank the clusters
// (model/training/training.h).
#include "cli.h"
#include "commandparser.h"
#include "storage/casefile.h"
#include "training/training.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

QJsonObject runJson(const TrainingRun &r)
{
    return QJsonObject{{u"run"_s, qint64(r.id)},
                       {u"classifier"_s, QString::fromLatin1(RetrainedClassifierName)},
                       {u"version"_s, r.version},
                       {u"created_at"_s, QDateTime::fromSecsSinceEpoch(r.createdAt, QTimeZone::utc()).toString(Qt::ISODate)},
                       {u"analysis_run"_s, qint64(r.analysisRunId)},
                       {u"label_event_id"_s, qint64(r.labelEventId)},
                       {u"metrics"_s, r.metrics}};
}

int printHistory(const CaseFile &file, bool json)
{
    QString error;
    const auto runs = readTrainingRuns(file, &error);
    if (!runs) {
        printError(error);
        return InternalError;
    }
    if (json) {
        QJsonArray list;
        for (const TrainingRun &r : *runs)
            list.append(runJson(r));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"runs"_s, list}}).toJson(QJsonDocument::Compact)) + u'\n');
        return Success;
    }
    QString text;
    for (const TrainingRun &r : *runs)
        text += u"%1  %2  labels up to event %3  %4\n"_s.arg(r.version, -4)
                    .arg(QDateTime::fromSecsSinceEpoch(r.createdAt, QTimeZone::utc()).toString(Qt::ISODate))
                    .arg(r.labelEventId)
                    .arg(trainingSummary(r.metrics));
    printOut(text.isEmpty() ? u"No classifier trained yet. 'hydralens train --case FILE' trains one.\n"_s : text);
    return Success;
}

} // namespace

int trainCommand(const QStringList &args)
{
    CommandParser parser(u"train"_s, u"Fit the built-in classifier (logistic regression) on the labelled accounts, "
                                     "report precision, recall and PR-AUC on the test split, store its scores as a "
                                     "new classifier version and re-rank the clusters' risk."_s);
    parser.addCaseOption();
    parser.addOption({u"json"_s, u"print JSON"_s});
    parser.addOption({u"dry-run"_s, u"measure only: write nothing to the case"_s});
    parser.addOption({u"history"_s, u"list the classifier versions trained so far, with their metrics"_s});
    parser.addIpCrowdOption();
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    TrainOptions options;
    if (!parser.ipCrowd(&options.set.ipCrowd, &code))
        return code;
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    if (parser.isSet(u"history"_s))
        return printHistory(file, parser.isSet(u"json"_s));

    options.dryRun = parser.isSet(u"dry-run"_s);
    QString error;
    const auto report = trainClassifier(file, options, &error);
    if (!report) {
        printError(u"train: "_s + error);
        return UserError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = report->run.id ? runJson(report->run) : QJsonObject{{u"dry_run"_s, true}};
        o.insert(u"metrics"_s, report->metricsJson());
        QJsonArray moves;
        for (const RiskChange &m : report->moves)
            moves.append(QJsonObject{{u"cluster"_s, qint64(m.clusterId)}, {u"before"_s, m.before}, {u"after"_s, m.after}});
        o.insert(u"moves"_s, moves);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        printOut(report->toText());
    }
    return Success;
}

} // namespace hl::cli
