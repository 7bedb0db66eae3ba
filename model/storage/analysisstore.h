#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Analysis results as the case stores them (schema 4). The analysis layer fills these; the
// GUI and the command line read them back without recomputing anything.

struct StoredCluster
{
    std::int64_t id = 0;
    std::vector<std::uint32_t> accounts; // case account ids, sorted
    std::int64_t exchanges = 0;
    double risk = 0;
    bool flagged = false;
    QStringList reasons;
    QJsonObject features;
    QJsonObject lineage; // {"kind": …, "from": [ids]}
};

struct StoredIpLocation
{
    std::uint32_t infra = 0;
    std::uint32_t asn = 0; // 0 = unknown
    QString asName, country;
    bool anonymousProxy = false, satellite = false, anycast = false, hostile = false;
};

struct StoredPivot
{
    std::int64_t cluster = 0, modelId = 0, releasedAt = 0;
    double share24h = 0, share72h = 0, share7d = 0;
    std::optional<double> hoursToPivot;
    double population24h = 0, population72h = 0, population7d = 0;
    std::int64_t exchangesBefore = 0, exchanges24h = 0, exchanges7d = 0;
    bool flagged = false;
    QString reason;
};

struct StoredAnalysis
{
    std::int64_t startedAt = 0, finishedAt = 0;
    QJsonObject parameters;
    QString locationDb;
    QJsonObject summary;
    std::vector<StoredCluster> clusters;
    std::vector<StoredIpLocation> ipLocations;
    std::vector<StoredPivot> pivots;
    std::vector<std::pair<std::uint32_t, double>> infraRanks; // (infra id, PageRank)
    std::vector<std::pair<std::uint32_t, QJsonObject>> accountFeatures; // (account id, features)
    std::vector<std::pair<std::uint32_t, std::string>> accountJoinKeys; // (account id, encodeJoinKeys() bytes)
};

// Replaces the stored results with `analysis` and appends a run, in one transaction. Returns
// the run id, or nullopt with *error (the case is then unchanged).
std::optional<std::int64_t> saveAnalysis(const CaseFile &file, const StoredAnalysis &analysis, QString *error);

// account id → cluster id of the stored analysis (0 = none); index = account id.
std::optional<std::vector<std::int64_t>> readClusterMembership(const CaseFile &file, QString *error);

// The stored clusters (members included), largest risk first; `minSize` skips smaller ones.
std::optional<std::vector<StoredCluster>> readClusters(const CaseFile &file, std::size_t minSize, QString *error);
std::optional<std::vector<StoredPivot>> readPivots(const CaseFile &file, QString *error);

// One stored cluster by id (nullopt with an empty *error when there is no such cluster).
std::optional<StoredCluster> readCluster(const CaseFile &file, std::int64_t id, QString *error);

// Why a cluster hangs together: infrastructure values used by two or more of its accounts,
// most shared first, with where an IP is.
struct SharedValue
{
    int kind = 0; // schema::InfraKind
    QString value;
    std::int64_t accounts = 0;
    std::int64_t asn = 0;
    QString asName, country;
    bool anonymousProxy = false;
    double pagerank = 0; // 0 = not ranked
};
std::optional<std::vector<SharedValue>> readSharedValues(const CaseFile &file, std::int64_t clusterId, int limit,
                                                         QString *error);

// The stored features of one account (empty if none).
QJsonObject readAccountFeatures(const CaseFile &file, std::uint32_t account);

// Export account ids (accounts.account_key) by case account id.
std::optional<std::vector<QString>> accountKeys(const CaseFile &file, QString *error);

// Model names by id.
std::optional<QHash<std::int64_t, QString>> modelNamesById(const CaseFile &file, QString *error);

// Number of analysis runs stored (0: never analysed).
std::int64_t analysisRunCount(const CaseFile &file);

} // namespace hl
