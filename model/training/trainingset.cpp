#include "trainingset.h"

#include "featureobject.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/trainingdata.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr std::uint32_t NoRow = std::numeric_limits<std::uint32_t>::max();
constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

// Stored feature objects of `ids` (ascending) parsed into `values[i]` (NaN when none).
bool readFeatures(const CaseFile &file, FeatureTable table, const std::vector<std::int64_t> &ids,
                  std::vector<FeatureValues> &values, std::int64_t *unreadable, QString *error)
{
    FeatureValues none;
    none.fill(Missing);
    values.assign(ids.size(), none);
    std::size_t at = 0;
    return forEachFeatureText(file, table, ids, [&](std::int64_t id, std::string_view text) {
        while (ids[at] < id)
            ++at;
        if (!parseFeatureObject(text, values[at]))
            ++*unreadable;
    }, error);
}

// The rows' features: the account's own, then its cluster's.
bool fillFeatures(const CaseFile &file, TrainingSet &set, QString *error)
{
    std::vector<std::int64_t> accounts, clusters;
    for (const TrainingRow &r : set.rows) {
        accounts.push_back(r.accountId);
        if (r.clusterId != 0)
            clusters.push_back(r.clusterId);
    }
    std::sort(accounts.begin(), accounts.end());
    std::sort(clusters.begin(), clusters.end());
    clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
    std::vector<FeatureValues> own, shared;
    std::int64_t unreadable = 0;
    if (!readFeatures(file, FeatureTable::Accounts, accounts, own, &unreadable, error)
        || !readFeatures(file, FeatureTable::Clusters, clusters, shared, &unreadable, error))
        return false;
    for (TrainingRow &r : set.rows) {
        const auto a = std::lower_bound(accounts.begin(), accounts.end(), r.accountId) - accounts.begin();
        r.features.assign(own[std::size_t(a)].begin(), own[std::size_t(a)].end());
        if (r.clusterId != 0) {
            const auto c = std::lower_bound(clusters.begin(), clusters.end(), r.clusterId) - clusters.begin();
            r.features.insert(r.features.end(), shared[std::size_t(c)].begin(), shared[std::size_t(c)].end());
        } else {
            r.features.resize(2 * FeatureCount, Missing);
        }
    }
    if (unreadable > 0)
        set.warnings.append(u"%1 stored feature object(s) could not be read and are left empty; run "
                            "'hydralens analyze' again to rewrite them"_s.arg(unreadable));
    return true;
}

// The links that join accounts (every account's, of splitJoinKinds()), read on a second
// connection while this thread reads the labels and features: the largest read of an export.
class LinkReader
{
public:
    explicit LinkReader(const QString &casePath)
        : m_thread([this, casePath] {
            CaseFile own; // this thread's own connection
            if (own.open(casePath))
                m_links = readAccountLinksOfKinds(own, splitJoinKinds(), {}, &m_error);
        })
    {
    }
    ~LinkReader()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    // The links; read on `file` if the second connection could not.
    std::optional<std::vector<AccountLink>> take(const CaseFile &file, QString *error)
    {
        m_thread.join();
        if (!m_links && m_error.isEmpty())
            return readAccountLinksOfKinds(file, splitJoinKinds(), {}, error);
        if (!m_links)
            *error = m_error;
        return std::move(m_links);
    }

private:
    std::optional<std::vector<AccountLink>> m_links;
    QString m_error;
    std::thread m_thread;
};

// Groups rows that share a cluster, card, device or IP, and splits by group.
bool assignSplits(const CaseFile &file, TrainingSet &set, const std::vector<std::uint32_t> &rowOfAccount,
                  LinkReader &reader, std::int64_t ipCrowd, QString *error)
{
    std::vector<QString> keys;
    std::vector<std::uint8_t> classes;
    std::vector<GroupLink> links;
    keys.reserve(set.rows.size());
    for (std::uint32_t i = 0; i < set.rows.size(); ++i) {
        const TrainingRow &r = set.rows[i];
        keys.push_back(r.accountKey);
        classes.push_back(r.positive ? 1 : 0);
        if (r.clusterId != 0)
            links.push_back({groupKey(GroupKeyKind::Cluster, std::uint64_t(r.clusterId)), i});
    }
    // Cluster keys sort before infrastructure keys, and the links come in infra order: the
    // whole list is then already sorted for the split.
    std::sort(links.begin(), links.end(), [](const GroupLink &a, const GroupLink &b) { return a.key < b.key; });
    const auto infra = reader.take(file, error);
    if (!infra)
        return false;
    // The links (every account's) come ordered by infra id: one run per value. An IP that more
    // than ipCrowd accounts of the case use is a crowd and joins nothing.
    TrainingGroupStats &g = set.groups;
    g.ipCrowd = ipCrowd;
    const auto labelled = [&](const AccountLink &l) { return l.account < rowOfAccount.size() && rowOfAccount[l.account] != NoRow; };
    std::vector<std::pair<std::size_t, std::size_t>> crowds; // [begin, end) runs of crowd IPs
    for (std::size_t i = 0; i < infra->size();) {
        std::size_t j = i;
        while (j < infra->size() && (*infra)[j].infra == (*infra)[i].infra)
            ++j;
        if ((*infra)[i].kind == 1 && ipCrowd > 0 && std::int64_t(j - i) > ipCrowd) {
            crowds.emplace_back(i, j);
        } else {
            for (std::size_t k = i; k < j; ++k)
                if (labelled((*infra)[k]))
                    links.push_back({groupKey(GroupKeyKind::Infra, (*infra)[k].infra), rowOfAccount[(*infra)[k].account]});
        }
        i = j;
    }

    const GroupSplit split = splitByGroups(keys, std::move(links), classes);
    for (std::size_t i = 0; i < set.rows.size(); ++i)
        set.rows[i].split = split.splits[i];
    g.crowdIps = std::int64_t(crowds.size());
    for (const auto &[begin, end] : crowds) { // crowd IPs among labelled accounts of several splits
        std::optional<Split> first;
        for (std::size_t k = begin; k < end; ++k) {
            if (!labelled((*infra)[k]))
                continue;
            const Split s = split.splits[rowOfAccount[(*infra)[k].account]];
            if (first && s != *first) {
                ++g.crowdIpsAcrossSplits;
                break;
            }
            first = s;
        }
    }
    g.groups = std::int64_t(split.groupRows.size());
    g.largestGroupRows = split.groupRows.empty() ? 0 : split.groupRows.front();
    g.largestGroupShare = set.rows.empty() ? 0 : double(g.largestGroupRows) / double(set.rows.size());
    g.groupsPerSplit = split.groups;

    const auto rows = qint64(set.rows.size());
    std::array<std::array<qint64, SplitCount>, 2> perClass{}; // [positive][split]
    for (const TrainingRow &r : set.rows)
        ++perClass[r.positive ? 1 : 0][std::size_t(r.split)];
    for (std::size_t s = 0; s < SplitCount; ++s) {
        if (split.rows[s] == 0)
            set.warnings.append(u"the %1 split is empty: the %2 labelled accounts form only %3 group(s) (accounts that "
                                "share a cluster, card, device or IP stay in one split); label more clusters"_s
                                    .arg(splitName(Split(s))).arg(rows).arg(g.groups));
        else
            for (const bool positive : {true, false})
                if (perClass[positive ? 1 : 0][s] == 0 && perClass[positive ? 1 : 0][0] > 0)
                    set.warnings.append(u"the %1 split has no %2 rows: those accounts form too few groups to spread "
                                        "over three splits; label more clusters"_s
                                            .arg(splitName(Split(s)), positive ? u"distillation"_s : u"benign"_s));
    }
    if (g.largestGroupShare > 0.5)
        set.warnings.append(u"one group holds %1% of the rows (%2 of %3 accounts): they are joined by a shared cluster, "
                            "card, device or IP (one crowded IP, e.g. a carrier gateway, can glue many accounts "
                            "together), so the split cannot reach 70/15/15"_s
                                .arg(100.0 * g.largestGroupShare, 0, 'f', 1).arg(g.largestGroupRows).arg(rows));
    return true;
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

const std::vector<int> &splitJoinKinds()
{
    static const std::vector<int> kinds{1, 3, 5}; // ip, payment, device (schema::InfraKindNames)
    return kinds;
}

std::optional<TrainingSet> readTrainingSet(const CaseFile &file, QString *error, const TrainingSetOptions &options)
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
    LinkReader links(file.path());
    const auto labels = readEffectiveAccountLabels(file, error);
    const auto membership = labels ? readClusterMembership(file, error) : std::nullopt;
    const auto keys = membership ? accountKeys(file, error) : std::nullopt;
    if (!keys)
        return std::nullopt;
    set.caseMeta = sources->meta;
    set.analysisRunId = sources->analysisRunId;
    set.analysisFinishedAt = sources->analysisFinishedAt;
    set.labelSnapshotEventId = sources->labelEventId;
    set.labelSnapshotTime = sources->labelEventTime;
    set.columns = trainingColumns();

    for (std::size_t a = 1; a < labels->size(); ++a) {
        const LabelEvent &e = (*labels)[a];
        if (e.verdict == Verdict::Unsure)
            ++set.excludedUnsure;
        if (e.verdict != Verdict::Distillation && e.verdict != Verdict::Benign)
            continue;
        TrainingRow r;
        r.accountId = std::int64_t(a);
        r.accountKey = a < keys->size() ? (*keys)[a] : QString();
        r.clusterId = a < membership->size() ? (*membership)[a] : 0;
        r.positive = e.verdict == Verdict::Distillation;
        r.weight = labelWeight(e.confidence);
        set.rows.push_back(std::move(r));
    }
    if (set.rows.empty()) {
        *error = set.excludedUnsure > 0
                     ? u"every labelled account in %1 is labelled unsure (%2 accounts): label some clusters "
                       "distillation or benign first ('hydralens label --case %3 --cluster ID --verdict benign')"_s
                           .arg(set.caseFileName).arg(set.excludedUnsure).arg(file.path())
                     : u"%1 has no labels: label some clusters first ('hydralens label --case %2 --cluster ID "
                       "--verdict distillation|benign', or in the window)"_s.arg(set.caseFileName, file.path());
        return std::nullopt;
    }
    std::sort(set.rows.begin(), set.rows.end(),
              [](const TrainingRow &x, const TrainingRow &y) { return x.accountKey < y.accountKey; });
    std::vector<std::uint32_t> rowOfAccount(labels->size(), NoRow);
    for (std::uint32_t i = 0; i < set.rows.size(); ++i)
        rowOfAccount[std::size_t(set.rows[i].accountId)] = i;
    if (!fillFeatures(file, set, error) || !assignSplits(file, set, rowOfAccount, links, options.ipCrowd, error))
        return std::nullopt;
    const auto positives = std::count_if(set.rows.begin(), set.rows.end(), [](const TrainingRow &r) { return r.positive; });
    if (positives == 0 || positives == qint64(set.rows.size()))
        set.warnings.append(u"every row is %1: a classifier needs both distillation and benign labels"_s.arg(
            positives == 0 ? u"benign"_s : u"distillation"_s));
    return set;
}

} // namespace hl
