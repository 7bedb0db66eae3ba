#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace hl {

class CaseFile;

// What an identifier is, for its pseudonym's prefix (and so that the same text as an IP and
// as a domain gets two different pseudonyms).
enum class RedactKind : std::uint8_t {
    Account,     // the export's account_id (accounts.account_key)
    EmailDomain, // infra kind email_domain
    Payment,     // payment fingerprint
    Ip,          // IPv4 or IPv6 address
    Device,      // device fingerprint
    ApiKey,      // API key
    Phone,       // phone number hash
    Org,         // organisation id
};

// Stable pseudonyms for `--redact` (every output: briefing, charts, graph formats, STIX).
// A pseudonym is a keyed hash (HMAC-SHA256 with the case's redaction key) of the kind and the
// value, cut to 48 bits: "acct-1f3a9c0b2d4e", "ip-…", "dom-…", "pay-…", "dev-…", "key-…",
// "tel-…", "org-…". The same case gives the same pseudonym for the same value in every output and every
// run; without the key a reader cannot reverse it or test a guess. A Redactor that is not
// enabled returns values unchanged, so writers call it unconditionally.
class Redactor
{
public:
    Redactor() = default; // disabled: pseudonym() returns the value unchanged
    explicit Redactor(QByteArray key);

    bool isEnabled() const { return !m_key.isEmpty(); }
    QString pseudonym(RedactKind kind, const QString &value) const;
    // By schema::InfraKindNames code (1 ip, 2 asn, 3 payment, 4 email_domain, 5 device, 6 phone,
    // 7 org, 8 api_key); ASNs are public routing facts and stay as they are.
    QString infraValue(int infraKind, const QString &value) const;

    // The prefix of every pseudonym of `kind`, e.g. "acct-".
    static QString prefix(RedactKind kind);

private:
    QByteArray m_key;
};

// The case's redaction key (32 random bytes, in the meta table under "redaction_key",
// hex), created and committed on first use. Returns nullopt with *error if the case cannot be
// read or written.
std::optional<QByteArray> caseRedactionKey(const CaseFile &file, QString *error);

// A Redactor for `file` when `redact` is set (reads or creates the key), else a disabled one.
std::optional<Redactor> makeRedactor(const CaseFile &file, bool redact, QString *error);

} // namespace hl
