#pragma once

#include <QJsonObject>
#include <QString>

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// What the inspector shows for one account or one infrastructure value, read from the case.

struct StoredLocation
{
    std::int64_t asn = 0; // 0 = unknown
    QString asName, country;
    bool anonymousProxy = false, satellite = false, anycast = false, hostile = false;
};

struct IndicatorHit
{
    QString source, note;
    std::int64_t confidence = -1; // 0..100, -1 = not given
    std::int64_t sharedAt = 0;    // 0 = not given
};

struct AccountDetails
{
    std::int64_t id = 0;
    QString key; // the export's account id
    std::int64_t createdAt = 0;
    QString signupPath, country, status, org, emailDomain;
    std::int64_t cluster = 0, clusterSize = 0;
    double clusterRisk = 0;
    std::int64_t exchanges = 0, firstTs = 0, lastTs = 0, inputTokens = 0, outputTokens = 0;
    double score = std::nan(""); // the latest upstream score, NaN = none
    QString scoreClassifier;
    struct Link
    {
        std::int64_t infra = 0;
        int kind = 0; // schema::InfraKind
        QString value;
        std::int64_t observations = 0, firstSeen = 0, lastSeen = 0;
        std::int64_t otherAccounts = 0; // other accounts of the case using the same value
        std::optional<StoredLocation> location;
        std::vector<IndicatorHit> indicators;
    };
    std::vector<Link> links; // most shared first
    QJsonObject features;
};

struct InfraDetails
{
    std::int64_t id = 0;
    int kind = 0;
    QString value;
    std::optional<StoredLocation> location;
    double pagerank = 0; // 0 = not ranked
    std::int64_t accounts = 0, observations = 0, firstSeen = 0, lastSeen = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> clusters; // (cluster id, its accounts using the value), most first
    std::vector<IndicatorHit> indicators;
};

// nullopt with an empty *error when there is no such account / value.
std::optional<AccountDetails> readAccountDetails(const CaseFile &file, std::int64_t account, QString *error);
std::optional<InfraDetails> readInfraDetails(const CaseFile &file, std::int64_t infra, QString *error);

} // namespace hl
