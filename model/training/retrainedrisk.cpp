#include "retrainedrisk.h"

#include "storage/trainingstore.h"
#include "trainingset.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

const QString RetrainedPrefix = u"retrained classifier"_s;

} // namespace

double RetrainedRanking::probability(const FeatureValues &own, const FeatureValues &cluster) const
{
    double row[2 * FeatureCount];
    std::copy(own.begin(), own.end(), row);
    std::copy(cluster.begin(), cluster.end(), row + FeatureCount);
    return model.predict(row);
}

QStringList RetrainedRanking::reasons(double risk, double rulesRisk, const QStringList &rulesReasons) const
{
    QStringList out{u"%1 %2 rates its accounts %3 on average (rules said %4)"_s.arg(
        RetrainedPrefix, version, QString::number(risk, 'f', 2), QString::number(rulesRisk, 'f', 2))};
    for (const QString &reason : rulesReasons)
        if (!reason.startsWith(RetrainedPrefix) && out.size() < 5)
            out.append(reason);
    return out;
}

std::optional<RetrainedRanking> latestRetrainedRanking(const CaseFile &file, QString *error)
{
    const auto runs = readTrainingRuns(file, error);
    if (!runs || runs->empty())
        return std::nullopt;
    RetrainedRanking r;
    r.version = runs->back().version;
    auto model = LogisticModel::fromJson(runs->back().model, error);
    if (!model)
        return std::nullopt;
    QStringList columns;
    for (const TrainingColumn &c : trainingColumns())
        columns.append(c.name);
    if (model->features != columns) {
        *error = u"the retrained classifier %1 was fitted on other features than this HydraLens computes; run "
                 "'hydralens train' again"_s.arg(r.version);
        return std::nullopt;
    }
    r.model = std::move(*model);
    return r;
}

} // namespace hl
