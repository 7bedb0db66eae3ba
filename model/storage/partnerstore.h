#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Partner indicators from STIX bundles (schema 10: stix_imports, partner_indicators), and which
// clusters hit them. A cluster hits an indicator when one of its accounts used a matching value:
// an IP equal to the indicator's address or inside its CIDR network, an e-mail domain equal to
// the indicator's domain or below it (mail.rival.example hits rival.example), or an IP in the
// indicator's autonomous system (ip_locations.asn) or the AS itself. Matching runs when read, so
// it covers exports imported and analyses run after the bundle.

struct PartnerIndicator
{
    QString stixId;                 // the indicator's id, or the observable's
    int kind = 0;                   // schema::InfraKind: Ip (address or CIDR), Asn, EmailDomain
    QString value;                  // canonical: "203.0.113.7", "198.51.100.0/24", "AS64500", "example.org"
    QString name;                   // the indicator's name; "" for an observable
    QString producer;               // who made it (its created_by_ref identity's name, else that id)
    std::int64_t validFrom = 0, validUntil = 0; // Unix seconds; 0 = not given
    QString tlp;                    // clear, green, amber, amber+strict, red; "" if unmarked
};

struct StixImportRecord
{
    QString fileName, bundleId, sha256;
    std::int64_t importedAt = 0;
    int objects = 0;
    QJsonObject summary; // what was used and skipped
};

struct PartnerSaveResult
{
    bool alreadyImported = false; // the same file was imported before: nothing changed
    QString previousFile;         // then: under which name, and when
    std::int64_t previousAt = 0;
    std::int64_t importId = 0;
    int added = 0, updated = 0, unchanged = 0;
};

// Stores a bundle's indicators in one transaction: new ones added, known ones (same STIX id,
// kind and value) updated to this bundle's version. A file whose SHA-256 was imported before
// changes nothing. nullopt with *error on failure (the case is then unchanged).
std::optional<PartnerSaveResult> savePartnerIndicators(const CaseFile &file, const StixImportRecord &record,
                                                       const std::vector<PartnerIndicator> &indicators,
                                                       QString *error);

// Number of partner indicator values stored.
std::int64_t partnerIndicatorCount(const CaseFile &file);

// Cluster id → how many partner indicators (distinct STIX ids) its accounts hit; clusters
// without hits are left out. Empty (and quick) when the case holds no partner indicators.
std::optional<QHash<std::int64_t, int>> readClusterPartnerHitCounts(const CaseFile &file, QString *error);

// One hit of a cluster: which indicator, and the case's value that matched it.
struct PartnerHit
{
    QString stixId, name, producer, tlp;
    QString source;               // the bundle file it came from (the latest one)
    int kind = 0;                 // the indicator's kind (Ip, Asn, EmailDomain)
    QString indicatorValue;       // as stored: "198.51.100.0/24", "AS64500", …
    QString matchedValue;         // the case's IP, ASN or e-mail domain
    std::int64_t accounts = 0;    // of the cluster that used it
};

// The partner indicators one cluster hits, by producer, name and value.
std::optional<std::vector<PartnerHit>> readClusterPartnerHits(const CaseFile &file, std::int64_t clusterId,
                                                              QString *error);

} // namespace hl
