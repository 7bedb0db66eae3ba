#include "export/textscrubber.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(u"[^\\s\"'`()\\[\\]{}<>,;]+"_s);
    return re;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression re(u"^(?:\\d{1,3}\\.){3}\\d{1,3}(?:/\\d{1,2})?$"_s);
    return re;
}

const QRegularExpression &ipv6Pattern()
{
    // "::" or at least three colons, and only hex digits, colons and dots (an IPv4 tail): not a
    // clock time such as 09:31:07.
    static const QRegularExpression re(u"^(?=.*::|(?:[^:]*:){3})[0-9A-Fa-f:.]{2,45}(?:/\\d{1,3})?$"_s);
    return re;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(u"^[^@\\s]+@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})$"_s);
    return re;
}

const QRegularExpression &domainAtEndPattern() // "@example.org" without a local part
{
    static const QRegularExpression re(u"^@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})$"_s);
    return re;
}

RedactKind kindForInfra(int kind)
{
    switch (kind) {
    case 1:
        return RedactKind::Ip;
    case 3:
        return RedactKind::Payment;
    case 4:
        return RedactKind::EmailDomain;
    case 5:
        return RedactKind::Device;
    case 6:
        return RedactKind::Phone;
    case 7:
        return RedactKind::Org;
    case 8:
        return RedactKind::ApiKey;
    default:
        return RedactKind::Account;
    }
}

} // namespace

TextScrubber::TextScrubber(Redactor redactor, const std::vector<IdentifierValue> &values)
    : m_redactor(std::move(redactor))
{
    if (!m_redactor.isEnabled())
        return;
    m_kindOf.reserve(qsizetype(values.size()));
    for (const IdentifierValue &v : values) {
        if (v.value.isEmpty())
            continue;
        if (std::any_of(v.value.cbegin(), v.value.cend(), [](QChar c) { return c.isSpace(); }))
            m_spaced.emplace_back(v.value, v.kind);
        else if (!m_kindOf.contains(v.value))
            m_kindOf.insert(v.value, v.kind);
    }
    std::sort(m_spaced.begin(), m_spaced.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

std::optional<TextScrubber> TextScrubber::forCase(const CaseFile &file, const Redactor &redactor, QString *error)
{
    if (!redactor.isEnabled())
        return TextScrubber();
    const auto values = readIdentifierValues(file, error);
    if (!values)
        return std::nullopt;
    return TextScrubber(redactor, *values);
}

QString TextScrubber::replacement(const QString &token) const
{
    const auto known = m_kindOf.constFind(token);
    if (known != m_kindOf.cend())
        return *known == 0 ? m_redactor.pseudonym(RedactKind::Account, token)
                           : m_redactor.pseudonym(kindForInfra(*known), token);
    if (ipv4Pattern().match(token).hasMatch() || ipv6Pattern().match(token).hasMatch())
        return m_redactor.pseudonym(RedactKind::Ip, token);
    if (const auto m = emailPattern().match(token); m.hasMatch())
        return token.left(m.capturedStart(1)) + m_redactor.pseudonym(RedactKind::EmailDomain, m.captured(1));
    if (const auto m = domainAtEndPattern().match(token); m.hasMatch())
        return u"@"_s + m_redactor.pseudonym(RedactKind::EmailDomain, m.captured(1));
    return QString();
}

QString TextScrubber::scrub(const QString &text) const
{
    if (!isEnabled() || text.isEmpty())
        return text;
    QString spaced = text;
    for (const auto &[value, kind] : m_spaced)
        if (spaced.contains(value))
            spaced.replace(value, kind == 0 ? account(value) : infra(kind, value));
    QString out;
    out.reserve(spaced.size());
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(spaced);
    while (it.hasNext()) {
        const auto m = it.next();
        QString token = m.captured(0);
        // Trailing punctuation (end of a sentence, "…:") is tried off, one character at a time.
        QString tail;
        QString found = replacement(token);
        while (found.isEmpty() && token.size() > 1 && QStringView(u".:!?…").contains(token.back())) {
            tail.prepend(token.back());
            token.chop(1);
            found = replacement(token);
        }
        if (found.isEmpty())
            continue;
        out += QStringView(spaced).mid(last, m.capturedStart(0) - last);
        out += found + tail;
        last = m.capturedEnd(0);
    }
    out += QStringView(spaced).mid(last);
    return out;
}

QStringList TextScrubber::scrub(const QStringList &texts) const
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(scrub(t));
    return out;
}

} // namespace hl
