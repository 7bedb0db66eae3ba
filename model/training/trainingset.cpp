#include "trainingset.h"

#include "analysis/agreement.h"
#include "featuretables.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/labelsnapshot.h"
#include "storage/trainingdata.h"
#include "trainingsplit.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

using Target = std::pair<LabelTarget, std::int64_t>;

// Targets whose analysts disagree and no one has resolved it yet: their labels are not ground
// truth until someone does (docs/training-export.md). Only a trail with two raters can hold one.
std::optional<std::set<Target>> openDisagreements(const CaseFile &file, std::int64_t raters, QString *error)
{
    std::set<Target> open;
    if (raters < 2)
        return open;
    const auto agreement = computeAgreement(file, error);
    if (!agreement)
        return std::nullopt;
    for (const Disagreement &d : agreement->disagreements)
        if (!d.resolved)
            open.emplace(d.target, d.targetId);
    return open;
}

// The rows' features: the account's own, then its cluster's (NaN where none is stored).
void fillFeatures(TrainingSet &set, const FeatureTables &tables)
{
    FeatureValues none;
    none.fill(std::numeric_limits<double>::quiet_NaN());
    for (TrainingRow &r : set.rows) {
        const FeatureValues *own = tables.account(r.accountId);
        const FeatureValues *shared = r.clusterId != 0 ? tables.cluster(r.clusterId) : nullptr;
        r.features.resize(2 * FeatureCount);
        std::copy((own ? *own : none).begin(), (own ? *own : none).end(), r.features.begin());
        std::copy((shared ? *shared : none).begin(), (shared ? *shared : none).end(), r.features.begin() + FeatureCount);
    }
    if (tables.unreadable > 0)
        set.warnings.append(u"%1 stored feature object(s) could not be read and are left empty; run "
                            "'hydralens analyze' again to rewrite them"_s.arg(tables.unreadable));
}

} // namespace

double labelWeight(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low:
        return 0.5;
    case Confidence::Medium:
        return 0.75;
    case Confidence::High:
    case Confidence::None:
        break;
    }
    return 1.0;
}

std::vector<TrainingColumn> trainingColumns()
{
    std::vector<TrainingColumn> columns;
    for (const char *source : {"account", "cluster"})
        for (const FeatureInfo &f : featureCatalogue())
            columns.push_back({(std::string_view(source) == "cluster" ? u"cluster_"_s : QString())
                                   + QString::fromLatin1(f.name),
                               QString::fromUtf8(f.unit),
                               QString::fromUtf8(f.meaning)
                                   + (std::string_view(source) == "cluster"
                                          ? u" (of the account's cluster)"_s
                                          : u" (of the account on its own, as a cluster of one)"_s),
                               QString::fromLatin1(source)});
    return columns;
}

std::optional<TrainingSet> readTrainingSet(const CaseFile &file, QString *error, const TrainingSetOptions &options,
                                           FeatureTables *tablesOut)
{
    const auto sources = readTrainingSources(file, error);
    if (!sources)
        return std::nullopt;
    TrainingSet set;
    set.caseFileName = QFileInfo(file.path()).fileName();
    if (sources->analysisRunId == 0) {
        *error = u"%1 has not been analysed: run 'hydralens analyze --case %2' first, then label some clusters"_s
                     .arg(set.caseFileName, file.path());
        return std::nullopt;
    }
    FeatureTablesReader features(file.path()); // meanwhile: labels, keys and the split on this thread
    const auto labels = readEffectiveVerdicts(file, error);
    const auto disputed = labels ? openDisagreements(file, labels->raters, error) : std::nullopt;
    const auto keys = disputed ? accountKeys(file, error) : std::nullopt;
    if (!keys)
        return std::nullopt;
    set.caseMeta = sources->meta;
    set.analysisRunId = sources->analysisRunId;
    set.analysisFinishedAt = sources->analysisFinishedAt;
    set.labelSnapshotEventId = sources->labelEventId;
    set.labelSnapshotTime = sources->labelEventTime;
    set.columns = trainingColumns();

    for (std::size_t a = 1; a < labels->accounts.size(); ++a) {
        const AccountVerdict &v = labels->accounts[a];
        if (v.verdict == Verdict::None)
            continue;
        const std::int64_t target = v.from == LabelTarget::Account ? std::int64_t(a) : labels->clusterOf[a];
        if (disputed->count({v.from, target}) > 0) {
            ++set.excludedDisputed;
            continue;
        }
        if (v.verdict == Verdict::Unsure)
            ++set.excludedUnsure;
        if (v.verdict != Verdict::Distillation && v.verdict != Verdict::Benign)
            continue;
        TrainingRow r;
        r.accountId = std::int64_t(a);
        r.accountKey = a < keys->size() ? (*keys)[a] : QString();
        r.clusterId = labels->clusterOf[a];
        r.positive = v.verdict == Verdict::Distillation;
        r.weight = labelWeight(v.confidence);
        set.rows.push_back(std::move(r));
    }
    if (set.rows.empty()) {
        *error = set.excludedDisputed > 0
                     ? u"the labelled accounts of %1 are unsure or under open disagreements between analysts (%2 "
                       "accounts): resolve the disagreements first ('hydralens agreement --case %3', or the "
                       "Agreement panel)"_s.arg(set.caseFileName).arg(set.excludedDisputed).arg(file.path())
                 : set.excludedUnsure > 0
                     ? u"every labelled account in %1 is labelled unsure (%2 accounts): label some clusters "
                       "distillation or benign first ('hydralens label --case %3 --cluster ID --verdict benign')"_s
                           .arg(set.caseFileName).arg(set.excludedUnsure).arg(file.path())
                     : u"%1 has no labels: label some clusters first ('hydralens label --case %2 --cluster ID "
                       "--verdict distillation|benign', or in the window)"_s.arg(set.caseFileName, file.path());
        return std::nullopt;
    }
    if (set.excludedDisputed > 0)
        set.warnings.append(u"%1 labelled account(s) left out: analysts disagree on their label and no one has "
                            "resolved it (resolve with 'hydralens agreement' or the Agreement panel)"_s
                                .arg(set.excludedDisputed));
    std::sort(set.rows.begin(), set.rows.end(),
              [](const TrainingRow &x, const TrainingRow &y) { return x.accountKey < y.accountKey; });
    std::vector<std::uint32_t> rowOfAccount(labels->accounts.size(), NoTrainingRow);
    std::vector<bool> wanted(labels->accounts.size(), false);
    for (std::uint32_t i = 0; i < set.rows.size(); ++i) {
        rowOfAccount[std::size_t(set.rows[i].accountId)] = i;
        wanted[std::size_t(set.rows[i].accountId)] = true;
    }
    const auto joinKeys = readSplitKeys(file, wanted, error);
    if (!joinKeys)
        return std::nullopt;
    assignSplits(set, rowOfAccount, *joinKeys, options.ipCrowd);
    auto tables = features.take(file, error);
    if (!tables)
        return std::nullopt;
    fillFeatures(set, *tables);
    if (tablesOut)
        *tablesOut = std::move(*tables);
    const auto positives = std::count_if(set.rows.begin(), set.rows.end(), [](const TrainingRow &r) { return r.positive; });
    if (positives == 0 || positives == qint64(set.rows.size()))
        set.warnings.append(u"every row is %1: a classifier needs both distillation and benign labels"_s.arg(
            positives == 0 ? u"benign"_s : u"distillation"_s));
    return set;
}

} // namespace hl
