#pragma once

#include "export/redactor.h"
#include "storage/exportdata.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Redacts free text (cluster reasons, pivot sentences, label notes, actors) for --redact:
// every identifying value of the case that appears in it (account ids, IPs, e-mail domains,
// payment, device, phone, org and API-key values) is replaced by its Redactor pseudonym, the
// same one the value gets everywhere else. Anything that looks like an IPv4 or IPv6 address or
// an e-mail address is replaced too, even when the case does not hold it. A scrubber whose
// Redactor is disabled returns the text unchanged.
//
// Values are found as whole tokens (runs of characters other than white space, quotes and
// brackets; trailing punctuation is tried off), so "10.0.0.1" inside "10.0.0.12" is left alone;
// values that contain white space are replaced as substrings.
class TextScrubber
{
public:
    TextScrubber() = default; // disabled
    TextScrubber(Redactor redactor, const std::vector<IdentifierValue> &values);

    // A scrubber for `file`: reads the case's identifiers only when `redactor` is enabled.
    static std::optional<TextScrubber> forCase(const CaseFile &file, const Redactor &redactor, QString *error);

    bool isEnabled() const { return m_redactor.isEnabled(); }
    const Redactor &redactor() const { return m_redactor; }
    QString scrub(const QString &text) const;
    QStringList scrub(const QStringList &texts) const;
    // An account id (accounts.account_key) or an infrastructure value of a kind (1 ip … 8 api_key).
    QString account(const QString &key) const { return m_redactor.pseudonym(RedactKind::Account, key); }
    QString infra(int kind, const QString &value) const { return m_redactor.infraValue(kind, value); }

private:
    QString replacement(const QString &token) const;

    Redactor m_redactor;
    QHash<QString, int> m_kindOf;  // value → kind (0 account, else InfraKind); first kind wins
    std::vector<std::pair<QString, int>> m_spaced; // values containing white space, longest first
};

} // namespace hl
