#include "training/training.h"

#include "storage/analysisstore.h"
#include "training/featuretables.h"
#include "training/logistic.h"
#include "training/retrainedrisk.h"
#include "training/trainingset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("hl::Training", text);
}
#define HL_TR(text) QT_TRANSLATE_NOOP("hl::Training", text)

struct Part
{
    FeatureRows rows;
    std::vector<bool> positive;
    std::vector<double> weights;
    void add(const TrainingRow &r, std::size_t columns)
    {
        rows.columns = columns;
        rows.rows.push_back(r.features.data());
        positive.push_back(r.positive);
        weights.push_back(r.weight);
    }
    bool bothClasses() const
    {
        return std::find(positive.begin(), positive.end(), true) != positive.end()
               && std::find(positive.begin(), positive.end(), false) != positive.end();
    }
};

QJsonObject metricsToJson(const BinaryMetrics &m)
{
    const auto num = [](double v) { return std::isfinite(v) ? QJsonValue(std::round(v * 1e4) / 1e4) : QJsonValue(); };
    return QJsonObject{{u"rows"_s, qint64(m.rows)},          {u"positives"_s, qint64(m.positives)},
                       {u"precision"_s, num(m.precision)},   {u"recall"_s, num(m.recall)},
                       {u"f1"_s, num(m.f1)},                 {u"pr_auc"_s, num(m.prAuc)},
                       {u"roc_auc"_s, num(m.rocAuc)},        {u"threshold"_s, m.threshold}};
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 3) : u"-"_s;
}

} // namespace

QJsonObject TrainReport::metricsJson() const
{
    QJsonObject rowsJson, positivesJson;
    const char *names[] = {"train", "valid", "test"};
    for (std::size_t i = 0; i < 3; ++i) {
        rowsJson.insert(QLatin1StringView(names[i]), qint64(rows[i]));
        positivesJson.insert(QLatin1StringView(names[i]), qint64(positives[i]));
    }
    QJsonArray warningsJson;
    for (const QString &w : warnings)
        warningsJson.append(w);
    return QJsonObject{{u"rows"_s, rowsJson},
                       {u"positives"_s, positivesJson},
                       {u"features"_s, qint64(features)},
                       {u"l2"_s, l2},
                       {u"test"_s, QJsonObject{{u"trained"_s, metricsToJson(trained)},
                                               {u"upstream"_s, metricsToJson(upstream)},
                                               {u"rules"_s, metricsToJson(rules)}}},
                       {u"scored_accounts"_s, qint64(scoredAccounts)},
                       {u"reranked_clusters"_s, qint64(rerankedClusters)},
                       {u"flagged_before"_s, qint64(flaggedBefore)},
                       {u"flagged_after"_s, qint64(flaggedAfter)},
                       {u"warnings"_s, warningsJson}};
}

QString trainingSummary(const QJsonObject &metrics)
{
    const QJsonObject test = metrics.value(u"test"_s).toObject();
    const auto pr = [&](const char *which) {
        const QJsonValue v = test.value(QLatin1StringView(which)).toObject().value(u"pr_auc"_s);
        return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 2) : u"–"_s;
    };
    return tr(HL_TR("PR-AUC %1 (upstream score %2, rules %3)")).arg(pr("trained"), pr("upstream"), pr("rules"));
}

QString TrainReport::toText() const
{
    QString out;
    out += run.id ? u"Trained classifier %1 %2 (run %3)\n"_s.arg(QLatin1StringView(RetrainedClassifierName), run.version).arg(run.id)
                  : u"Dry run: nothing was written to the case\n"_s;
    out += u"Rows: train %1 (%2 distillation), valid %3 (%4), test %5 (%6); %7 features; L2 %8\n"_s
               .arg(rows[0]).arg(positives[0]).arg(rows[1]).arg(positives[1]).arg(rows[2]).arg(positives[2])
               .arg(features).arg(l2);
    out += u"\nTest split          precision  recall  PR-AUC  ROC-AUC\n"_s;
    const auto line = [&](const QString &name, const BinaryMetrics &m) {
        out += u"%1 %2 %3 %4 %5\n"_s.arg(name, -18).arg(number(m.precision), 10).arg(number(m.recall), 7)
                   .arg(number(m.prAuc), 7).arg(number(m.rocAuc), 8);
    };
    line(u"retrained"_s, trained);
    line(u"upstream score"_s, upstream);
    line(u"rules (cluster)"_s, rules);
    if (run.id) {
        out += u"\nScored %1 accounts; re-ranked %2 clusters; flagged %3 -> %4\n"_s
                   .arg(scoredAccounts).arg(rerankedClusters).arg(flaggedBefore).arg(flaggedAfter);
        if (!moves.empty())
            out += u"Largest risk moves:\n"_s;
        for (const RiskChange &m : moves)
            out += u"  cluster %1  %2 -> %3\n"_s.arg(m.clusterId, -8).arg(number(m.before)).arg(number(m.after));
    }
    for (const QString &w : warnings)
        out += u"warning: "_s + w + u'\n';
    return out;
}

std::optional<TrainReport> trainClassifier(const CaseFile &file, const TrainOptions &options, QString *error)
{
    const auto step = [&](double f, const char *what) {
        if (options.progress && !options.progress(f, tr(what))) {
            *error = u"cancelled"_s;
            return false;
        }
        return true;
    };
    if (!step(0, HL_TR("Reading the labelled accounts…")))
        return std::nullopt;
    FeatureTables tables; // every stored feature object, read once for the set and the scoring
    auto set = readTrainingSet(file, error, options.set, &tables);
    if (!set)
        return std::nullopt;
    TrainReport report;
    report.warnings = set->warnings;
    const std::size_t columns = set->columns.size();
    report.features = std::int64_t(columns);
    QStringList names;
    for (const TrainingColumn &c : set->columns)
        names.append(c.name);

    std::array<Part, 3> parts;
    Part trainValid;
    for (const TrainingRow &r : set->rows) {
        const auto s = std::size_t(r.split);
        parts[s].add(r, columns);
        report.rows[s] += 1;
        report.positives[s] += r.positive;
        if (r.split != Split::Test)
            trainValid.add(r, columns);
    }
    if (!parts[0].bothClasses()) {
        *error = tr(HL_TR("the training split needs both distillation and benign accounts; label more clusters of both kinds"
                    " (the split keeps accounts that share a cluster, card, device or IP together)"));
        return std::nullopt;
    }

    // The regularisation: the best PR-AUC on the validation split.
    LogisticOptions fit;
    if (parts[1].bothClasses()) {
        double best = -1;
        for (std::size_t i = 0; i < options.l2Grid.size(); ++i) {
            if (!step(0.1 + 0.4 * double(i) / double(options.l2Grid.size()), HL_TR("Choosing the regularisation…")))
                return std::nullopt;
            LogisticOptions o;
            o.l2 = options.l2Grid[i];
            const auto m = fitLogistic(parts[0].rows, parts[0].positive, parts[0].weights, names, o, error);
            if (!m)
                return std::nullopt;
            const double ap = binaryMetrics(m->predict(parts[1].rows), parts[1].positive, parts[1].weights).prAuc;
            if (ap > best + 1e-9) { // ties keep the smaller penalty tried first
                best = ap;
                fit.l2 = o.l2;
            }
        }
    } else {
        report.warnings.append(tr(HL_TR("the validation split lacks one class: the regularisation was not tuned")));
    }
    if (!step(0.5, HL_TR("Fitting the classifier…")))
        return std::nullopt;
    report.l2 = fit.l2;
    const auto model = fitLogistic(trainValid.rows, trainValid.positive, trainValid.weights, names, fit, error);
    if (!model)
        return std::nullopt;

    // The clusters as the analysis left them: rules risk (a baseline) and features.
    const auto clusters = readClusters(file, 1, error);
    if (!clusters)
        return std::nullopt;
    std::unordered_map<std::int64_t, const StoredCluster *> clusterById;
    for (const StoredCluster &c : *clusters)
        clusterById.emplace(c.id, &c);

    // Test metrics: retrained, upstream score (the account's own latest one), rules.
    const Part &test = parts[2];
    std::vector<double> upstream, rules;
    for (const double *row : test.rows.rows) {
        const double s = row[std::size_t(Feature::MeanScore)];
        upstream.push_back(std::isfinite(s) ? s : 0);
    }
    for (const TrainingRow &r : set->rows)
        if (r.split == Split::Test) {
            const auto c = clusterById.find(r.clusterId);
            rules.push_back(c == clusterById.end() ? 0 : c->second->risk);
        }
    report.trained = binaryMetrics(model->predict(test.rows), test.positive, test.weights);
    report.upstream = binaryMetrics(upstream, test.positive, test.weights);
    report.rules = binaryMetrics(rules, test.positive, test.weights);
    if (report.positives[2] == 0 || report.positives[2] == report.rows[2])
        report.warnings.append(tr(HL_TR("the test split lacks one class: its metrics are undefined; label more clusters")));

    // Every clustered account, scored; each cluster's risk = its accounts' mean probability.
    if (!step(0.7, HL_TR("Scoring every account…")))
        return std::nullopt;
    RetrainedRanking ranking{*model, QString()}; // the version is known once the run is stored
    FeatureValues none;
    none.fill(Missing);
    std::unordered_map<std::int64_t, double> probability;
    std::vector<ClusterRerank> reranks;
    for (const StoredCluster &c : *clusters) {
        const FeatureValues *shared = tables.cluster(c.id);
        double sum = 0;
        for (std::uint32_t a : c.accounts) {
            const FeatureValues *own = tables.account(a);
            const double p = ranking.probability(own ? *own : none, shared ? *shared : none);
            probability.emplace(a, p);
            sum += p;
        }
        ClusterRerank r;
        r.clusterId = c.id;
        r.risk = c.accounts.empty() ? 0 : sum / double(c.accounts.size());
        r.flagged = RetrainedRanking::flagged(r.risk, c.accounts.size());
        report.flaggedBefore += c.flagged;
        report.flaggedAfter += r.flagged;
        reranks.push_back(std::move(r));
    }
    report.scoredAccounts = std::int64_t(probability.size());
    report.rerankedClusters = std::int64_t(reranks.size());
    if (options.dryRun)
        return report;

    // Reasons: the retrained view first, then the rules' own (an older retrained line replaced).
    const auto version = nextTrainingVersion(file, error);
    if (!version)
        return std::nullopt;
    ranking.version = *version;
    for (std::size_t i = 0; i < reranks.size(); ++i)
        reranks[i].reasons = ranking.reasons(reranks[i].risk, (*clusters)[i].risk, (*clusters)[i].reasons);
    if (!step(0.85, HL_TR("Writing the scores and the new ranking…")))
        return std::nullopt;
    TrainingRun run;
    run.version = *version;
    run.analysisRunId = set->analysisRunId;
    run.labelEventId = set->labelSnapshotEventId;
    run.metrics = report.metricsJson();
    run.model = model->toJson();
    std::vector<std::pair<std::int64_t, double>> scores(probability.begin(), probability.end());
    std::sort(scores.begin(), scores.end());
    const auto saved = saveTrainingRun(file, run, scores, reranks, error);
    if (!saved)
        return std::nullopt;
    report.run = *saved;
    const auto moves = readRiskChanges(file, saved->id, options.movesToReport, error);
    if (!moves)
        return std::nullopt;
    report.moves = *moves;
    step(1, HL_TR("Done"));
    error->clear();
    return report;
}

} // namespace hl
