#include "stiximport.h"

#include "stixids.h"
#include "stixpattern.h"
#include "storage/schema.h"
#include "util/ipnetwork.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr int MaxExamples = 10;
const QString Tlp2Extension = u"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"_s;

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Array: return QCoreApplication::translate("hl::StixImport", "an array");
    case QJsonValue::String: return QCoreApplication::translate("hl::StixImport", "a string");
    case QJsonValue::Double: return QCoreApplication::translate("hl::StixImport", "a number");
    case QJsonValue::Bool: return QCoreApplication::translate("hl::StixImport", "a boolean");
    case QJsonValue::Null: return QCoreApplication::translate("hl::StixImport", "null");
    default: return QCoreApplication::translate("hl::StixImport", "an object");
    }
}

// The value an observable (SCO) names, if it is of a type HydraLens matches.
std::optional<stix::PatternValue> observableValue(const QJsonObject &o)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"autonomous-system"_s) {
        const qint64 number = o.value(u"number"_s).toInteger();
        if (number <= 0)
            return std::nullopt;
        return stix::PatternValue{stix::PatternValue::Asn, u"AS"_s + QString::number(number), type};
    }
    const QString value = o.value(u"value"_s).toString();
    QString pattern;
    if (type == u"ipv4-addr"_s || type == u"ipv6-addr"_s || type == u"domain-name"_s)
        pattern = stix::equalsPattern(type + u":value"_s, value);
    else if (type == u"email-addr"_s)
        pattern = stix::equalsPattern(u"email-addr:value"_s, value);
    else
        return std::nullopt;
    const stix::PatternValues parsed = stix::parsePattern(pattern);
    if (parsed.values.size() != 1)
        return std::nullopt;
    stix::PatternValue v = parsed.values.front();
    v.path = type;
    return v;
}

bool isObservableType(const QString &type)
{
    return type == u"ipv4-addr"_s || type == u"ipv6-addr"_s || type == u"domain-name"_s || type == u"email-addr"_s
        || type == u"autonomous-system"_s;
}

class BundleReader
{
public:
    explicit BundleReader(StixBundleContent &out) : m_out(out) {}

    void read(const QJsonArray &objects)
    {
        // The latest version of every object (a bundle may hold several, by `modified`).
        QHash<QString, qsizetype> latest;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects[i].toObject();
            const QString id = o.value(u"id"_s).toString();
            const auto it = latest.find(id);
            if (it == latest.end())
                latest.insert(id, i);
            else if (o.value(u"modified"_s).toString() > objects[*it].toObject().value(u"modified"_s).toString())
                *it = i;
        }
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects[i].toObject();
            const QString type = o.value(u"type"_s).toString();
            if (type == u"identity"_s)
                m_identities.insert(o.value(u"id"_s).toString(), o.value(u"name"_s).toString());
            else if (type == u"marking-definition"_s)
                m_markings.insert(o.value(u"id"_s).toString(), tlpOfMarking(o));
        }
        std::vector<PartnerIndicator> observables;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects[i].toObject();
            const QString type = o.value(u"type"_s).toString();
            if (latest.value(o.value(u"id"_s).toString()) != i) {
                ++m_out.skipped[QCoreApplication::translate("hl::StixImport", "%1 (older version)").arg(type)];
                continue;
            }
            if (type == u"indicator"_s)
                indicator(o);
            else if (type == u"autonomous-system"_s)
                ++m_out.skipped[QCoreApplication::translate(
                    "hl::StixImport", "autonomous-system (context; an AS counts only in an indicator's pattern)")];
            else if (isObservableType(type))
                observable(o, o, observables);
            else if (type == u"observed-data"_s)
                observedData(o, observables);
            else if (type == u"identity"_s || type == u"marking-definition"_s)
                ++m_out.used[type];
            else
                ++m_out.skipped[type];
        }
        // An observable whose value an indicator names adds nothing but a second count.
        QSet<QPair<int, QString>> named;
        for (const PartnerIndicator &p : m_out.indicators)
            named.insert({p.kind, p.value});
        for (PartnerIndicator &p : observables) {
            if (named.contains({p.kind, p.value})) {
                ++m_out.covered;
                continue;
            }
            m_out.indicators.push_back(std::move(p));
        }
    }

private:
    static QString tlpOfMarking(const QJsonObject &o)
    {
        const QString id = o.value(u"id"_s).toString();
        if (const auto v1 = stix::tlpById(id))
            return QString::fromLatin1(v1->name);
        if (const QString v2 = stix::tlp2NameById(id); !v2.isEmpty())
            return v2;
        if (o.value(u"definition_type"_s).toString() == u"tlp"_s) {
            const QString t = o.value(u"definition"_s).toObject().value(u"tlp"_s).toString().toLower();
            return t == u"white"_s ? u"clear"_s : t;
        }
        const QJsonObject tlp2 = o.value(u"extensions"_s).toObject().value(Tlp2Extension).toObject();
        return tlp2.value(u"tlp_2_0"_s).toString().toLower();
    }

    QString tlpOf(const QJsonObject &o) const
    {
        for (const QJsonValue &ref : o.value(u"object_marking_refs"_s).toArray()) {
            const QString id = ref.toString();
            QString tlp = m_markings.value(id);
            if (tlp.isEmpty()) {
                if (const auto v1 = stix::tlpById(id))
                    tlp = QString::fromLatin1(v1->name);
                else
                    tlp = stix::tlp2NameById(id);
            }
            if (!tlp.isEmpty())
                return tlp;
        }
        return QString();
    }

    QString producerOf(const QJsonObject &o) const
    {
        const QString ref = o.value(u"created_by_ref"_s).toString();
        const QString name = m_identities.value(ref);
        return name.isEmpty() ? ref : name;
    }

    void unusable(const QString &id, const QString &why)
    {
        ++m_out.unusable[why];
        if (m_out.examples.size() < MaxExamples)
            m_out.examples.append(id + u": "_s + why);
    }

    void indicator(const QJsonObject &o)
    {
        const QString id = o.value(u"id"_s).toString();
        if (o.value(u"revoked"_s).toBool()) {
            unusable(id, QCoreApplication::translate("hl::StixImport", "revoked"));
            return;
        }
        const QString patternType = o.value(u"pattern_type"_s).toString(u"stix"_s);
        if (patternType != u"stix"_s) {
            unusable(id, QCoreApplication::translate("hl::StixImport", "pattern type %1, not stix").arg(patternType));
            return;
        }
        const stix::PatternValues parsed = stix::parsePattern(o.value(u"pattern"_s).toString());
        if (parsed.values.empty()) {
            unusable(id, parsed.problem);
            return;
        }
        ++m_out.used[u"indicator"_s];
        PartnerIndicator base;
        base.stixId = id;
        base.name = o.value(u"name"_s).toString();
        base.producer = producerOf(o);
        base.tlp = tlpOf(o);
        base.validFrom = stix::parseTimestamp(o.value(u"valid_from"_s).toString()).value_or(0);
        base.validUntil = stix::parseTimestamp(o.value(u"valid_until"_s).toString()).value_or(0);
        QSet<QPair<int, QString>> seen;
        for (const stix::PatternValue &v : parsed.values) {
            if (seen.contains({int(v.kind), v.value}))
                continue;
            seen.insert({int(v.kind), v.value});
            PartnerIndicator p = base;
            p.kind = int(v.kind);
            p.value = v.value;
            m_out.indicators.push_back(std::move(p));
        }
    }

    // `o` is the observable; `context` the object that carries its markings (itself, or the
    // observed-data that embeds it).
    bool observable(const QJsonObject &o, const QJsonObject &context, std::vector<PartnerIndicator> &out)
    {
        const auto v = observableValue(o);
        const QString id = context.value(u"id"_s).toString();
        if (!v) {
            unusable(id, QCoreApplication::translate("hl::StixImport",
                                                     "%1 without a usable value").arg(o.value(u"type"_s).toString()));
            return false;
        }
        if (&o == &context)
            ++m_out.used[o.value(u"type"_s).toString()];
        PartnerIndicator p;
        p.stixId = id;
        p.kind = int(v->kind);
        p.value = v->value;
        p.producer = producerOf(context);
        p.tlp = tlpOf(context);
        p.validFrom = stix::parseTimestamp(context.value(u"first_observed"_s).toString()).value_or(0);
        p.validUntil = stix::parseTimestamp(context.value(u"last_observed"_s).toString()).value_or(0);
        out.push_back(std::move(p));
        return true;
    }

    // observed-data: its embedded objects (STIX 2.0 style, still allowed); object_refs point to
    // top-level observables, which are read on their own.
    void observedData(const QJsonObject &o, std::vector<PartnerIndicator> &out)
    {
        const QJsonObject embedded = o.value(u"objects"_s).toObject();
        bool any = false;
        for (auto it = embedded.begin(); it != embedded.end(); ++it) {
            const QJsonObject sco = it.value().toObject();
            const QString type = sco.value(u"type"_s).toString();
            if (isObservableType(type) && type != u"autonomous-system"_s)
                any = observable(sco, o, out) || any;
        }
        ++(any ? m_out.used : m_out.skipped)[u"observed-data"_s];
    }

    StixBundleContent &m_out;
    QHash<QString, QString> m_identities; // id → name
    QHash<QString, QString> m_markings;   // id → TLP name ("" for other markings)
};

} // namespace

std::optional<StixBundleContent> readStixBundle(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        *error = QCoreApplication::translate("hl::StixImport", "%1: line %2, column %3: %4; the file is not valid JSON")
                     .arg(fileName).arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        const QString held = doc.isArray() ? QCoreApplication::translate("hl::StixImport", "an array")
                                           : QCoreApplication::translate("hl::StixImport", "no JSON object");
        *error = QCoreApplication::translate("hl::StixImport", "%1: not a STIX bundle: the file holds %2, not an object "
                                                                "with \"type\": \"bundle\"")
                     .arg(fileName, held);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue type = root.value(u"type"_s);
    if (type.toString() != u"bundle"_s) {
        *error = type.isString()
            ? QCoreApplication::translate("hl::StixImport", "%1: not a STIX bundle: type is \"%2\" (a bundle has \"type\": "
                                                            "\"bundle\" and its objects in \"objects\"; wrap a single "
                                                            "object in a bundle)")
                  .arg(fileName, type.toString())
            : QCoreApplication::translate("hl::StixImport", "%1: not a STIX bundle: it has no \"type\": \"bundle\"")
                  .arg(fileName);
        return std::nullopt;
    }
    StixBundleContent out;
    out.bundleId = root.value(u"id"_s).toString();
    if (!stix::isIdentifier(out.bundleId) || stix::idType(out.bundleId) != u"bundle"_s) {
        *error = QCoreApplication::translate("hl::StixImport",
                                             "%1: not a STIX bundle: its id \"%2\" is not \"bundle--\" and a UUID")
                     .arg(fileName, out.bundleId);
        return std::nullopt;
    }
    const QJsonValue objects = root.value(u"objects"_s);
    if (!objects.isUndefined() && !objects.isArray()) {
        *error = QCoreApplication::translate("hl::StixImport", "%1: \"objects\" is %2, not an array of STIX objects")
                     .arg(fileName, jsonTypeName(objects));
        return std::nullopt;
    }
    const QJsonArray list = objects.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        if (!list[i].isObject() || !o.value(u"type"_s).isString() || !stix::isIdentifier(o.value(u"id"_s).toString())) {
            *error = QCoreApplication::translate("hl::StixImport", "%1: objects[%2] is not a STIX object (it needs a "
                                                                    "\"type\" and an \"id\" such as \"indicator--\" and a UUID)")
                         .arg(fileName)
                         .arg(i);
            return std::nullopt;
        }
    }
    out.objects = int(list.size());
    BundleReader(out).read(list);
    return out;
}

std::optional<StixImportResult> importStixBundle(const CaseFile &file, const QByteArray &bytes, const QString &fileName,
                                                 std::int64_t importedAt, QString *error)
{
    auto content = readStixBundle(bytes, fileName, error);
    if (!content)
        return std::nullopt;
    return storeStixBundle(file, std::move(*content), bytes, fileName, importedAt, error);
}

std::optional<StixImportResult> storeStixBundle(const CaseFile &file, StixBundleContent content, const QByteArray &bytes,
                                                const QString &fileName, std::int64_t importedAt, QString *error)
{
    StixImportRecord record;
    record.fileName = fileName;
    record.bundleId = content.bundleId;
    record.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    record.importedAt = importedAt;
    record.objects = content.objects;
    auto counts = [](const QMap<QString, int> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    record.summary = QJsonObject{{u"used"_s, counts(content.used)},
                                 {u"skipped"_s, counts(content.skipped)},
                                 {u"unusable"_s, counts(content.unusable)},
                                 {u"values"_s, qint64(content.indicators.size())}};
    const auto saved = savePartnerIndicators(file, record, content.indicators, error);
    if (!saved)
        return std::nullopt;
    return StixImportResult{std::move(content), *saved};
}

} // namespace hl
