#include "redactor.h"

#include "storage/metavalue.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr int KeyBytes = 32;
constexpr int PseudonymBytes = 6; // 48 bits: no collision among millions of values in practice

} // namespace

Redactor::Redactor(QByteArray key)
    : m_key(std::move(key))
{
}

QString Redactor::prefix(RedactKind kind)
{
    switch (kind) {
    case RedactKind::Account:
        return u"acct-"_s;
    case RedactKind::EmailDomain:
        return u"dom-"_s;
    case RedactKind::Payment:
        return u"pay-"_s;
    case RedactKind::Ip:
        return u"ip-"_s;
    case RedactKind::Device:
        return u"dev-"_s;
    case RedactKind::ApiKey:
        return u"key-"_s;
    case RedactKind::Phone:
        return u"tel-"_s;
    case RedactKind::Org:
        return u"org-"_s;
    }
    return u"id-"_s;
}

QString Redactor::pseudonym(RedactKind kind, const QString &value) const
{
    if (!isEnabled())
        return value;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    const char k = char('0' + int(kind));
    mac.addData(&k, 1);
    mac.addData("", 1); // the NUL between kind and value
    mac.addData(value.toUtf8());
    return prefix(kind) + QString::fromLatin1(mac.result().left(PseudonymBytes).toHex());
}

QString Redactor::infraValue(int infraKind, const QString &value) const
{
    switch (infraKind) {
    case 1:
        return pseudonym(RedactKind::Ip, value);
    case 3:
        return pseudonym(RedactKind::Payment, value);
    case 4:
        return pseudonym(RedactKind::EmailDomain, value);
    case 5:
        return pseudonym(RedactKind::Device, value);
    case 6:
        return pseudonym(RedactKind::Phone, value);
    case 7:
        return pseudonym(RedactKind::Org, value);
    case 8:
        return pseudonym(RedactKind::ApiKey, value);
    default: // 2 asn: public
        return value;
    }
}

std::optional<QByteArray> caseRedactionKey(const CaseFile &file, QString *error)
{
    QByteArray fresh(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(fresh.begin(), fresh.end());
    const auto stored = metaValueOrInsert(file, u"redaction_key"_s, QString::fromLatin1(fresh.toHex()), error);
    if (!stored)
        return std::nullopt;
    const QByteArray key = QByteArray::fromHex(stored->toLatin1());
    if (key.size() < 16) {
        if (error)
            *error = u"the case's redaction key (meta 'redaction_key') is damaged; delete that row to make a new "
                     "one (pseudonyms will then change)"_s;
        return std::nullopt;
    }
    return key;
}

std::optional<Redactor> makeRedactor(const CaseFile &file, bool redact, QString *error)
{
    if (!redact)
        return Redactor();
    const auto key = caseRedactionKey(file, error);
    if (!key)
        return std::nullopt;
    return Redactor(*key);
}

} // namespace hl
