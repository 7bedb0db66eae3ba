#include "trainingmanifest.h"

#include "trainingrows.h"
#include "util/timeparse.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QJsonValue time(std::int64_t unixSeconds)
{
    return unixSeconds > 0 ? QJsonValue(formatTimestamp(unixSeconds)) : QJsonValue();
}

QJsonArray columnsJson(const std::vector<TrainingColumn> &features)
{
    const QStringList meanings{
        u"the export's account_id (accounts.account_key in the case)"_s,
        u"the account's cluster in the stored analysis (ids are stable across analyses); missing: none"_s,
        u"distillation (the positive class) or benign: the account's own label, else its cluster's"_s,
        u"the label's weight from its confidence (see weights)"_s,
        u"train, valid or test (see split)"_s,
    };
    QJsonArray out;
    const QStringList fixed = TrainingRowWriter::fixedColumns();
    for (qsizetype i = 0; i < fixed.size(); ++i)
        out.append(QJsonObject{{u"name"_s, fixed[i]}, {u"meaning"_s, meanings[i]}, {u"source"_s, u"label"_s}});
    for (const TrainingColumn &c : features)
        out.append(QJsonObject{{u"name"_s, c.name}, {u"unit"_s, c.unit}, {u"meaning"_s, c.meaning}, {u"source"_s, c.source}});
    return out;
}

QJsonObject countsJson(const TrainingSet &set)
{
    std::array<std::array<qint64, SplitCount>, 2> n{}; // [positive][split]
    for (const TrainingRow &r : set.rows)
        ++n[r.positive ? 1 : 0][std::size_t(r.split)];
    QJsonObject bySplit, distillation, benign;
    for (std::size_t s = 0; s < SplitCount; ++s) {
        const QString name = splitName(Split(s));
        bySplit.insert(name, n[0][s] + n[1][s]);
        distillation.insert(name, n[1][s]);
        benign.insert(name, n[0][s]);
    }
    const qint64 positives = n[1][0] + n[1][1] + n[1][2];
    return {{u"rows"_s, qint64(set.rows.size())},
            {u"by_label"_s, QJsonObject{{u"distillation"_s, positives}, {u"benign"_s, qint64(set.rows.size()) - positives}}},
            {u"by_split"_s, bySplit},
            {u"by_label_and_split"_s, QJsonObject{{u"distillation"_s, distillation}, {u"benign"_s, benign}}},
            {u"excluded_unsure"_s, qint64(set.excludedUnsure)},
            {u"excluded_disputed"_s, qint64(set.excludedDisputed)}};
}

QJsonObject splitJson(const TrainingSet &set)
{
    const SplitTargets targets;
    QJsonObject shares, groups;
    for (std::size_t s = 0; s < SplitCount; ++s) {
        shares.insert(splitName(Split(s)), targets.share[s]);
        groups.insert(splitName(Split(s)), qint64(set.groups.groupsPerSplit[s]));
    }
    return {{u"method"_s, u"grouped"_s},
            {u"description"_s,
             u"Labelled accounts that share a cluster, a payment card, a device or an IP are one group "
             "(union-find); a group is never divided between splits. An IP used by more than ip_crowd accounts of "
             "the case is a crowd (proxy exit, carrier or campus gateway) and joins nothing (ip_crowd 0: every IP "
             "joins); crowd_ips_across_splits counts the crowd IPs that ended up in more than one split. Groups are taken largest first (ties: "
             "FNV-1a 64 of the UTF-8 of the group's smallest account_id, then that id), each to the split "
             "furthest below its targets, class by class: the split s with the largest sum over the labels c of "
             "rows(group, c) * (target(s) * rows(c) - rows(s, c)) / rows(c) (ties: train, valid, test)."_s},
            {u"stratified_by"_s, u"label"_s},
            {u"joined_by"_s, QJsonArray{u"cluster"_s, u"ip"_s, u"payment"_s, u"device"_s}},
            {u"targets"_s, shares},
            {u"ip_crowd"_s, qint64(set.groups.ipCrowd)},
            {u"crowd_ips"_s, qint64(set.groups.crowdIps)},
            {u"crowd_ips_across_splits"_s, qint64(set.groups.crowdIpsAcrossSplits)},
            {u"groups"_s, qint64(set.groups.groups)},
            {u"groups_by_split"_s, groups},
            {u"largest_group_rows"_s, qint64(set.groups.largestGroupRows)},
            {u"largest_group_share"_s, std::round(set.groups.largestGroupShare * 1e4) / 1e4},
            {u"warnings"_s, QJsonArray::fromStringList(set.warnings)}};
}

} // namespace

QJsonObject trainingManifest(const TrainingSet &set, const std::vector<TrainingExportFile> &files)
{
    QJsonObject caseInfo{{u"file"_s, set.caseFileName}};
    for (auto it = set.caseMeta.cbegin(); it != set.caseMeta.cend(); ++it)
        caseInfo.insert(it.key(), it.value());
    QJsonArray fileList;
    for (const TrainingExportFile &f : files)
        fileList.append(QJsonObject{{u"name"_s, f.name}, {u"bytes"_s, qint64(f.bytes)}, {u"rows"_s, qint64(f.rows)}, {u"sha256"_s, f.sha256}});
    return {
        {u"format"_s, QString::fromLatin1(TrainingExportFormat)},
        {u"format_version"_s, TrainingExportVersion},
        {u"hydralens_version"_s, QStringLiteral(HYDRALENS_VERSION)},
        {u"case"_s, caseInfo},
        {u"analysis"_s, QJsonObject{{u"run_id"_s, qint64(set.analysisRunId)}, {u"finished_at"_s, time(set.analysisFinishedAt)}}},
        {u"label_snapshot"_s, QJsonObject{{u"event_id"_s, qint64(set.labelSnapshotEventId)},
                                          {u"created_at"_s, time(set.labelSnapshotTime)},
                                          {u"created_at_unix"_s, qint64(set.labelSnapshotTime)}}},
        {u"columns"_s, columnsJson(set.columns)},
        {u"counts"_s, countsJson(set)},
        {u"split"_s, splitJson(set)},
        {u"weights"_s, QJsonObject{{u"rule"_s, u"by the label's confidence"_s},
                                   {u"high"_s, labelWeight(Confidence::High)},
                                   {u"medium"_s, labelWeight(Confidence::Medium)},
                                   {u"low"_s, labelWeight(Confidence::Low)},
                                   {u"unset"_s, labelWeight(Confidence::None)}}},
        {u"missing_values"_s, u"empty field in training.csv, null in training.jsonl"_s},
        {u"files"_s, fileList},
    };
}

QByteArray trainingManifestBytes(const TrainingSet &set, const std::vector<TrainingExportFile> &files)
{
    return QJsonDocument(trainingManifest(set, files)).toJson(QJsonDocument::Indented);
}

} // namespace hl
