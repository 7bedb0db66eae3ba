#include "trainingsplit.h"

#include "storage/trainingdata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<std::vector<AccountJoinKey>> readSplitKeys(const CaseFile &file, const std::vector<bool> &wanted,
                                                         QString *error)
{
    bool stored = false;
    auto keys = readAccountJoinKeys(file, wanted, &stored, error);
    if (!keys || stored)
        return keys;
    const auto links = readAccountLinksOfKinds(file, joinKeyKinds(), {}, error); // every account's: the counts
    if (!links)
        return std::nullopt;
    return joinKeysOfLinks(*links, wanted);
}

namespace {

void warnAboutSplits(TrainingSet &set, const GroupSplit &split)
{
    const TrainingGroupStats &g = set.groups;
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
}

} // namespace

void assignSplits(TrainingSet &set, const std::vector<std::uint32_t> &rowOfAccount,
                  const std::vector<AccountJoinKey> &keys, std::int64_t ipCrowd)
{
    std::vector<QString> names;
    std::vector<std::uint8_t> classes;
    std::vector<GroupLink> links;
    names.reserve(set.rows.size());
    for (std::uint32_t i = 0; i < set.rows.size(); ++i) {
        const TrainingRow &r = set.rows[i];
        names.push_back(r.accountKey);
        classes.push_back(r.positive ? 1 : 0);
        if (r.clusterId != 0)
            links.push_back({groupKey(GroupKeyKind::Cluster, std::uint64_t(r.clusterId)), i});
    }
    // An IP that more than ipCrowd accounts of the case use is a crowd and joins nothing.
    const auto isCrowd = [&](const AccountJoinKey &k) { return k.ip && ipCrowd > 0 && std::int64_t(k.accounts) > ipCrowd; };
    for (const AccountJoinKey &k : keys) {
        const std::uint32_t row = k.account < rowOfAccount.size() ? rowOfAccount[k.account] : NoTrainingRow;
        if (row != NoTrainingRow && !isCrowd(k))
            links.push_back({groupKey(GroupKeyKind::Infra, k.infra), row});
    }
    const GroupSplit split = splitByGroups(names, std::move(links), classes);
    for (std::size_t i = 0; i < set.rows.size(); ++i)
        set.rows[i].split = split.splits[i];

    TrainingGroupStats &g = set.groups;
    g.ipCrowd = ipCrowd;
    std::vector<std::uint8_t> crowdSplits; // by infra id: a bit per split of the crowd IP's labelled accounts
    for (const AccountJoinKey &k : keys) {
        const std::uint32_t row = k.account < rowOfAccount.size() ? rowOfAccount[k.account] : NoTrainingRow;
        if (row == NoTrainingRow || !isCrowd(k))
            continue;
        if (k.infra >= crowdSplits.size())
            crowdSplits.resize(std::size_t(k.infra) + 1 + k.infra / 4, 0);
        crowdSplits[k.infra] |= std::uint8_t(1u << unsigned(split.splits[row]));
    }
    g.crowdIps = std::count_if(crowdSplits.begin(), crowdSplits.end(), [](std::uint8_t bits) { return bits != 0; });
    g.crowdIpsAcrossSplits = std::count_if(crowdSplits.begin(), crowdSplits.end(),
                                           [](std::uint8_t bits) { return (bits & (bits - 1)) != 0; });
    g.groups = std::int64_t(split.groupRows.size());
    g.largestGroupRows = split.groupRows.empty() ? 0 : split.groupRows.front();
    g.largestGroupShare = set.rows.empty() ? 0 : double(g.largestGroupRows) / double(set.rows.size());
    g.groupsPerSplit = split.groups;
    warnAboutSplits(set, split);
}

} // namespace hl
