#include "stixids.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hl::stix {

namespace {

// STIX 2.1, 2.9: the namespace of deterministic SCO ids.
const QUuid ScoNamespace(u"00abedb4-aa42-466c-9c01-fed23315a9b7"_s);
// HydraLens's namespace for its SDO and SRO ids (a random UUIDv4, fixed once).
const QUuid HydraLensNamespace(u"7cab6e15-018d-4990-9812-095233841d92"_s);

// STIX 2.1, 7.2.1.4: the predefined TLP marking definitions.
constexpr Tlp Tlps[] = {
    {"clear", "TLP:WHITE", "white", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"},
    {"green", "TLP:GREEN", "green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"},
    {"amber", "TLP:AMBER", "amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"},
    {"red", "TLP:RED", "red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"},
};

// The OASIS TLP 2.0 extension's marking definitions (extension-definition--60a3c5c5-…).
struct Tlp2
{
    const char *name, *id;
};
constexpr Tlp2 Tlp2s[] = {
    {"clear", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"},
    {"green", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"},
    {"amber", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"},
    {"amber+strict", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"},
    {"red", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"},
};

QString withType(const QString &type, const QUuid &uuid)
{
    return type + u"--"_s + uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QString scoId(const QString &type, const QJsonObject &idContributingProperties)
{
    // QJsonDocument writes keys sorted and compact: RFC 8785 for the strings and integers used here.
    const QByteArray canonical = QJsonDocument(idContributingProperties).toJson(QJsonDocument::Compact);
    return withType(type, QUuid::createUuidV5(ScoNamespace, canonical));
}

QString objectId(const QString &type, const QString &naturalKey)
{
    return withType(type, QUuid::createUuidV5(HydraLensNamespace, (type + u'|' + naturalKey).toUtf8()));
}

bool isIdentifier(const QString &id)
{
    static const QRegularExpression re(
        u"^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"_s);
    return re.match(id).hasMatch();
}

QString idType(const QString &id)
{
    const qsizetype sep = id.indexOf(u"--"_s);
    return sep < 0 ? QString() : id.left(sep);
}

QString timestamp(std::int64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

std::optional<std::int64_t> parseTimestamp(const QString &text)
{
    // By hand: QDateTime::fromString would consult the local time zone (a stat() per call).
    static const QRegularExpression re(u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?Z$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int h = m.captured(4).toInt(), mi = m.captured(5).toInt(), s = m.captured(6).toInt();
    if (!date.isValid() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    return (date.toJulianDay() - UnixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + s;
}

std::optional<Tlp> tlpByName(const QString &name)
{
    const QString n = name.trimmed().toLower() == u"white"_s ? u"clear"_s : name.trimmed().toLower();
    for (const Tlp &t : Tlps)
        if (n == QLatin1StringView(t.name))
            return t;
    return std::nullopt;
}

std::optional<Tlp> tlpById(const QString &id)
{
    for (const Tlp &t : Tlps)
        if (id == QLatin1StringView(t.id))
            return t;
    return std::nullopt;
}

QJsonObject tlpMarkingObject(const Tlp &tlp)
{
    return QJsonObject{{u"type"_s, u"marking-definition"_s},
                       {u"spec_version"_s, u"2.1"_s},
                       {u"id"_s, QString::fromLatin1(tlp.id)},
                       {u"created"_s, u"2017-01-20T00:00:00.000Z"_s},
                       {u"definition_type"_s, u"tlp"_s},
                       {u"name"_s, QString::fromLatin1(tlp.label)},
                       {u"definition"_s, QJsonObject{{u"tlp"_s, QString::fromLatin1(tlp.tlp)}}}};
}

QString tlp2NameById(const QString &id)
{
    for (const Tlp2 &t : Tlp2s)
        if (id == QLatin1StringView(t.id))
            return QString::fromLatin1(t.name);
    return QString();
}

} // namespace hl::stix
