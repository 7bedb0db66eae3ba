#pragma once

#include "labelstore.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// What the STIX export (model/stix/stixexport.h) reads from a case: the clusters labelled
// distillation, with the infrastructure their accounts share. Raw values: the exporter redacts.

// Which shared values a campaign exports. A value counts when at least `minAccounts` of the
// cluster's accounts used it and the cluster holds at least `minOwnShare` of all the case's
// accounts that used it (so a webmail domain or a carrier gateway that half the case uses is not
// reported as the campaign's). At most `maxPerKind` values of each kind, most shared first.
struct StixDataOptions
{
    int minAccounts = 2;
    double minOwnShare = 0.5;
    int maxPerKind = 100;
};

struct StixValue
{
    int kind = 0;               // schema::InfraKind: Ip, Payment, EmailDomain, Device
    QString value;              // as stored (canonical)
    std::int64_t accounts = 0;  // of the cluster that used it
    std::int64_t caseAccounts = 0; // of the whole case
    std::int64_t firstSeen = 0, lastSeen = 0; // by the cluster's accounts; 0 = unknown
    std::int64_t asn = 0;       // IPs: from ip_locations (0 = unknown)
    QString asName;
    bool anonymousProxy = false;
};

struct StixCampaign
{
    std::int64_t clusterId = 0;
    std::int64_t accounts = 0, exchanges = 0;
    double risk = 0;
    bool flagged = false;
    QStringList reasons;
    std::int64_t firstSeen = 0, lastSeen = 0; // the accounts' first and last exchange; 0 = none
    LabelEvent label;                         // the current label (verdict distillation)
    std::int64_t firstLabelledAt = 0;         // the first event that labelled it distillation
    std::vector<StixValue> values;            // by kind, then most shared first, capped
    QHash<int, std::int64_t> qualifying;      // kind → values meeting the rule before the cap
};

struct StixCaseData
{
    QString caseKey;            // the case's identity: meta created_at and its first import's file hashes
    std::int64_t createdAt = 0; // meta created_at (Unix seconds)
    std::int64_t analysedAt = 0; // the latest analysis run's end
    std::vector<StixCampaign> campaigns; // by cluster id
    std::vector<std::int64_t> missingClusters; // labelled distillation, not in the stored analysis
};

// Reads the labelled distillation clusters. nullopt with *error on a storage failure.
std::optional<StixCaseData> readStixCaseData(const CaseFile &file, const StixDataOptions &options, QString *error);

// Which of `tokens` are identifiers of the case: 0 for an account id (accounts.account_key),
// else the infrastructure kind of a stored value (ASNs left out). Tokens that are neither are
// not in the result. For redacting free text.
std::optional<QHash<QString, int>> readIdentifierKinds(const CaseFile &file, const QStringList &tokens, QString *error);

} // namespace hl
