#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace hl::stix {

// Identifiers, timestamps and markings of STIX 2.1 (OASIS, STIX Version 2.1, 10 June 2021).

// Deterministic ids. SCOs follow the spec (2.9): UUIDv5 under the namespace
// 00abedb4-aa42-466c-9c01-fed23315a9b7 of the canonical JSON (RFC 8785) of their
// id-contributing properties, e.g. ipv4-addr {"value":"198.51.100.3"}, autonomous-system
// {"number":64500}. SDOs and SROs get UUIDv5 under HydraLens's own namespace
// (7cab6e15-018d-4990-9812-095233841d92) of a natural key that includes the case's identity,
// so the same case gives the same ids and two cases never share one by accident.
QString scoId(const QString &type, const QJsonObject &idContributingProperties);
QString objectId(const QString &type, const QString &naturalKey);
// "type--uuid" → true if `id` is a syntactically valid STIX identifier.
bool isIdentifier(const QString &id);
// The type part of an identifier ("indicator" of "indicator--…").
QString idType(const QString &id);

// A STIX timestamp with milliseconds, UTC: "2026-02-14T09:31:07.000Z".
QString timestamp(std::int64_t unixSeconds);
// Parses an RFC 3339 STIX timestamp (any fraction, Z); nullopt if it is not one.
std::optional<std::int64_t> parseTimestamp(const QString &text);

// The TLP 1.0 marking definitions predefined by STIX 2.1 (section 7.2.1.4). "clear" is TLP 2.0's
// name for white; STIX 2.1 defines only the four TLP 1.0 objects, so clear is written as TLP:WHITE.
struct Tlp
{
    const char *name;  // "clear", "green", "amber", "red"
    const char *label; // "TLP:WHITE", …
    const char *tlp;   // definition.tlp: "white", "green", "amber", "red"
    const char *id;    // marking-definition--…
};
std::optional<Tlp> tlpByName(const QString &name);  // clear (or white), green, amber, red
std::optional<Tlp> tlpById(const QString &id);
// The predefined marking-definition object, exactly as the spec prints it.
QJsonObject tlpMarkingObject(const Tlp &tlp);
// TLP 2.0 markings as the OASIS TLP 2.0 extension defines them (by id), for import:
// "clear", "green", "amber", "amber+strict", "red"; empty if `id` is none of them.
QString tlp2NameById(const QString &id);

} // namespace hl::stix
