#pragma once

#include "storage/partnerstore.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// `hydralens import-stix`: partner indicators from any STIX 2.1 bundle (docs/stix.md). Indicators
// whose patterns name IPs (or CIDR networks), domains, e-mail addresses (their domain) or
// autonomous systems, and ipv4-addr, ipv6-addr, domain-name and email-addr observables (top level
// or inside observed-data), become partner indicators; every other object is counted by type and
// skipped. An autonomous-system observable is context (which network an address is in), not an
// accusation of the whole network: only an indicator's pattern makes an AS a partner indicator.

// What a bundle held, read without touching a case.
struct StixBundleContent
{
    QString bundleId;
    int objects = 0;
    std::vector<PartnerIndicator> indicators; // one per value
    QMap<QString, int> used;      // type → objects that gave values (or context: identities, markings)
    QMap<QString, int> skipped;   // type → objects of types HydraLens does not use
    QMap<QString, int> unusable;  // why → indicators and observables of used types that gave nothing
    int covered = 0;              // observables whose value an indicator of the bundle names already
    QStringList examples;         // the first few unusable ones: "indicator--…: why"
};

// Parses a bundle. `fileName` is for messages. nullopt with *error saying what and where
// ("partner.json: line 3, column 7: …", "partner.json: not a STIX bundle: type is …").
std::optional<StixBundleContent> readStixBundle(const QByteArray &bytes, const QString &fileName, QString *error);

struct StixImportResult
{
    StixBundleContent content;
    PartnerSaveResult saved;
};

// Stores what readStixBundle() read from `bytes` (the file `fileName`) in the case, all or
// nothing. `importedAt` is the time recorded (Unix seconds).
std::optional<StixImportResult> storeStixBundle(const CaseFile &file, StixBundleContent content, const QByteArray &bytes,
                                                const QString &fileName, std::int64_t importedAt, QString *error);
// readStixBundle() then storeStixBundle().
std::optional<StixImportResult> importStixBundle(const CaseFile &file, const QByteArray &bytes, const QString &fileName,
                                                 std::int64_t importedAt, QString *error);

} // namespace hl
