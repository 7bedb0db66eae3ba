#pragma once

#include "storage/stixdata.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// `hydralens export stix`: the clusters labelled distillation as a STIX 2.1 bundle for partners
// (docs/stix.md has the mapping). Campaigns, their actors (intrusion-set, threat-actor), their
// proxy infrastructure (infrastructure, ipv4-addr/ipv6-addr, autonomous-system), indicators for
// their IPs and sign-up e-mail domains, relationships, one TLP marking and the producer's
// identity. The same case, labels and options give the same bytes: ids are UUIDv5, timestamps
// come from the case (label events, account activity), never from the clock.
struct StixExportOptions
{
    QString tlp = QStringLiteral("amber");         // clear (white), green, amber, red
    QString producer = QStringLiteral("HydraLens analyst"); // the identity that made the bundle
    bool redact = false; // pseudonyms for IPs, domains and fingerprints (model/export/redactor.h)
    StixDataOptions data;
};

struct StixExportResult
{
    QByteArray bytes;                  // the bundle
    QMap<QString, int> objectsByType;  // "campaign" → 3, …
    int objects = 0;
    std::vector<std::int64_t> missingClusters; // labelled distillation, no longer in the analysis
};

// Builds the bundle. nullopt with *error (what and what to do) on a bad option or a storage
// failure. With --redact the case's redaction key is created on first use (written to the case).
std::optional<StixExportResult> buildStixBundle(const CaseFile &file, const StixExportOptions &options, QString *error);

// Builds the bundle and writes it to `path` (replaced whole, or left as it was on failure).
std::optional<StixExportResult> exportStixBundle(const CaseFile &file, const StixExportOptions &options,
                                                 const QString &path, QString *error);

} // namespace hl
