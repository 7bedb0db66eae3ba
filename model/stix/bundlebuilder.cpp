#include "bundlebuilder.h"

#include "stixpattern.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl::stix {

namespace {

const QString Redacted = u"x-hydralens-pseudonym:value"_s; // the pattern path of a pseudonym

// STIX 2.1 Appendix A, "None/Low/Med/High" scale.
int stixConfidence(Confidence c)
{
    switch (c) {
    case Confidence::Low: return 15;
    case Confidence::Medium: return 50;
    case Confidence::High: return 85;
    case Confidence::None: break;
    }
    return -1;
}

QString day(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(u"yyyy-MM-dd"_s);
}

std::int64_t created(const StixCampaign &c)
{
    return c.firstLabelledAt;
}

std::int64_t modified(const StixCampaign &c)
{
    return std::max(c.firstLabelledAt, c.label.createdAt);
}

QString actorKey(const QString &actor)
{
    return actor.simplified().toLower();
}

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression token(u"[A-Za-z0-9][A-Za-z0-9._:@+/-]*[A-Za-z0-9]|[A-Za-z0-9]"_s);
    return token;
}

} // namespace

BundleBuilder::BundleBuilder(const StixCaseData &data, const StixExportOptions &options, const Tlp &tlp,
                             const Redactor &redactor, QHash<QString, int> identifiers)
    : m_data(data), m_options(options), m_tlp(tlp), m_redactor(redactor), m_identifiers(std::move(identifiers))
{
    m_identityId = objectId(u"identity"_s, data.caseKey + u'|' + options.producer);
}

std::vector<QJsonObject> BundleBuilder::build()
{
    QJsonObject identity = core(u"identity"_s, m_identityId, m_data.createdAt, m_data.createdAt);
    identity.remove(u"created_by_ref"_s);
    identity.insert(u"name"_s, m_options.producer);
    add(identity);
    add(tlpMarkingObject(m_tlp));
    collectIndicators();
    actors();
    for (const StixCampaign &c : m_data.campaigns)
        campaign(c);
    return std::move(m_objects);
}

void BundleBuilder::add(QJsonObject o)
{
    const QString id = o.value(u"id"_s).toString();
    if (m_emitted.contains(id))
        return;
    m_emitted.insert(id);
    m_objects.push_back(std::move(o));
}

QString BundleBuilder::sdoId(const QString &type, const QString &key) const
{
    return objectId(type, m_data.caseKey + u'|' + key);
}

QJsonObject BundleBuilder::core(const QString &type, const QString &id, std::int64_t created, std::int64_t modified) const
{
    return QJsonObject{{u"type"_s, type},
                       {u"spec_version"_s, u"2.1"_s},
                       {u"id"_s, id},
                       {u"created"_s, timestamp(created)},
                       {u"modified"_s, timestamp(std::max(created, modified))},
                       {u"created_by_ref"_s, m_identityId},
                       {u"object_marking_refs"_s, QJsonArray{QString::fromLatin1(m_tlp.id)}}};
}

void BundleBuilder::relate(const QString &type, const QString &source, const QString &target, std::int64_t created,
                           std::int64_t modified)
{
    QJsonObject r = core(u"relationship"_s, sdoId(u"relationship"_s, type + u'|' + source + u'|' + target), created, modified);
    r.insert(u"relationship_type"_s, type);
    r.insert(u"source_ref"_s, source);
    r.insert(u"target_ref"_s, target);
    add(r);
}

QString BundleBuilder::observable(const QString &type, const QJsonObject &idProperties, const QJsonObject &more)
{
    QJsonObject o = idProperties;
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    const QString id = scoId(type, idProperties);
    o.insert(u"type"_s, type);
    o.insert(u"spec_version"_s, u"2.1"_s);
    o.insert(u"id"_s, id);
    o.insert(u"object_marking_refs"_s, QJsonArray{QString::fromLatin1(m_tlp.id)});
    add(o);
    return id;
}

QStringList BundleBuilder::tokens(const QString &text)
{
    QStringList out;
    for (auto it = tokenPattern().globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

QString BundleBuilder::scrub(const QString &text, const Redactor &redactor, const QHash<QString, int> &identifiers)
{
    if (!redactor.isEnabled())
        return text;
    static const QRegularExpression ipv4(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = tokenPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString t = m.captured();
        const auto kind = identifiers.constFind(t);
        QString replacement;
        if (kind != identifiers.cend())
            replacement = *kind == 0 ? redactor.pseudonym(RedactKind::Account, t) : redactor.infraValue(*kind, t);
        else if (ipv4.match(t).hasMatch())
            replacement = redactor.pseudonym(RedactKind::Ip, t);
        else
            continue;
        out += text.mid(last, m.capturedStart() - last) + replacement;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

void BundleBuilder::collectIndicators()
{
    for (const StixCampaign &c : m_data.campaigns)
        for (const StixValue &v : c.values) {
            if (v.kind != schema::Ip && v.kind != schema::EmailDomain)
                continue;
            const QString shown = m_redactor.infraValue(v.kind, v.value);
            auto [it, fresh] = m_indicators.try_emplace(std::pair(v.kind, shown));
            IndicatorInfo &info = it->second;
            const std::int64_t validFrom = v.firstSeen > 0 ? v.firstSeen : created(c);
            if (fresh) {
                info.kind = v.kind;
                info.shown = shown;
                info.v6 = v.value.contains(u':');
                info.created = created(c);
                info.modified = modified(c);
                info.validFrom = validFrom;
            } else {
                info.created = std::min(info.created, created(c));
                info.modified = std::max(info.modified, modified(c));
                info.validFrom = std::min(info.validFrom, validFrom);
            }
            info.clusters.push_back(c.clusterId);
        }
}

// One threat-actor and intrusion-set per actor named in a label, attributed to each other.
void BundleBuilder::actors()
{
    struct Actor { QString name; std::int64_t created = 0, modified = 0; };
    std::map<QString, Actor> actors;
    for (const StixCampaign &c : m_data.campaigns) {
        const QString key = actorKey(c.label.actor);
        if (key.isEmpty())
            continue;
        auto [it, fresh] = actors.try_emplace(key, Actor{c.label.actor.simplified(), created(c), modified(c)});
        it->second.created = std::min(it->second.created, created(c));
        it->second.modified = std::max(it->second.modified, modified(c));
    }
    for (const auto &[key, a] : actors) {
        QJsonObject threatActor = core(u"threat-actor"_s, sdoId(u"threat-actor"_s, key), a.created, a.modified);
        threatActor.insert(u"name"_s, a.name);
        threatActor.insert(u"threat_actor_types"_s, QJsonArray{u"competitor"_s});
        threatActor.insert(u"description"_s, u"Named by HydraLens analysts as behind model-distillation campaigns."_s);
        QJsonObject set = core(u"intrusion-set"_s, sdoId(u"intrusion-set"_s, key), a.created, a.modified);
        set.insert(u"name"_s, a.name);
        set.insert(u"goals"_s, QJsonArray{u"train a rival model on another provider's outputs"_s});
        add(threatActor);
        add(set);
        relate(u"attributed-to"_s, set.value(u"id"_s).toString(), threatActor.value(u"id"_s).toString(), a.created,
               a.modified);
    }
}

void BundleBuilder::campaign(const StixCampaign &c)
{
    const QString id = sdoId(u"campaign"_s, u"cluster|"_s + QString::number(c.clusterId));
    QJsonObject o = core(u"campaign"_s, id, created(c), modified(c));
    const QString actor = c.label.actor.simplified();
    o.insert(u"name"_s, actor.isEmpty() ? u"Distillation campaign, HydraLens cluster %1"_s.arg(c.clusterId)
                                        : u"%1: distillation campaign, HydraLens cluster %2"_s.arg(actor).arg(c.clusterId));
    QStringList reasons;
    for (const QString &r : c.reasons)
        reasons.append(scrub(r, m_redactor, m_identifiers));
    QString description = u"Model-distillation campaign: %1 %2, %3 exchanges, risk %4%5. Labelled distillation "
                          "by an analyst on %6."_s.arg(c.accounts).arg(c.accounts == 1 ? u"account"_s : u"accounts"_s)
                              .arg(c.exchanges).arg(c.risk, 0, 'f', 2)
                              .arg(c.flagged ? u" (flagged)"_s : QString(), day(c.label.createdAt));
    if (!reasons.isEmpty())
        description += u" Why: "_s + reasons.join(u"; "_s) + u'.';
    o.insert(u"description"_s, description);
    o.insert(u"objective"_s, u"Harvest model outputs at scale to train a rival model (model distillation)."_s);
    if (c.firstSeen > 0) {
        o.insert(u"first_seen"_s, timestamp(c.firstSeen));
        o.insert(u"last_seen"_s, timestamp(std::max(c.firstSeen, c.lastSeen)));
    }
    if (const int confidence = stixConfidence(c.label.confidence); confidence >= 0)
        o.insert(u"confidence"_s, confidence);
    o.insert(u"x_hydralens_cluster_id"_s, qint64(c.clusterId));
    o.insert(u"x_hydralens_accounts"_s, qint64(c.accounts));
    o.insert(u"x_hydralens_exchanges"_s, qint64(c.exchanges));
    o.insert(u"x_hydralens_risk"_s, std::round(c.risk * 1000) / 1000);
    if (!reasons.isEmpty())
        o.insert(u"x_hydralens_reasons"_s, QJsonArray::fromStringList(reasons));
    QJsonObject label{{u"verdict"_s, u"distillation"_s},
                      {u"analyst"_s, c.label.analyst},
                      {u"labelled_at"_s, timestamp(c.label.createdAt)}};
    if (c.label.confidence != Confidence::None)
        label.insert(u"confidence"_s, confidenceName(c.label.confidence));
    o.insert(u"x_hydralens_label"_s, label);
    QJsonArray fingerprints;
    for (const StixValue &v : c.values)
        if (v.kind == schema::Payment || v.kind == schema::Device)
            fingerprints.append(QJsonObject{{u"kind"_s, QString::fromLatin1(schema::InfraKindNames[v.kind - 1])},
                                            {u"value"_s, m_redactor.infraValue(v.kind, v.value)},
                                            {u"accounts"_s, qint64(v.accounts)}});
    if (!fingerprints.isEmpty())
        o.insert(u"x_hydralens_shared_fingerprints"_s, fingerprints);
    QJsonObject limits{{u"max_per_kind"_s, m_options.data.maxPerKind}};
    for (int kind : {int(schema::Ip), int(schema::Payment), int(schema::EmailDomain), int(schema::Device)})
        limits.insert(QString::fromLatin1(schema::InfraKindNames[kind - 1]), qint64(c.qualifying.value(kind)));
    o.insert(u"x_hydralens_shared_values"_s, limits);
    if (m_redactor.isEnabled())
        o.insert(u"x_hydralens_redacted"_s, true);
    add(o);

    const QString actorKeyText = actorKey(c.label.actor);
    if (!actorKeyText.isEmpty())
        relate(u"attributed-to"_s, id, sdoId(u"intrusion-set"_s, actorKeyText), created(c), modified(c));
    const QString infra = infrastructure(c);
    if (!infra.isEmpty())
        relate(u"uses"_s, id, infra, created(c), modified(c));
    indicators(c, id);
}

// The campaign's proxy infrastructure: its shared IPs and their autonomous systems. Without
// redaction the IPs are observables; with it they are pseudonyms in a custom property (an
// ipv4-addr must hold an address, and its id would be a hash of the real one).
QString BundleBuilder::infrastructure(const StixCampaign &c)
{
    std::vector<const StixValue *> ips;
    for (const StixValue &v : c.values)
        if (v.kind == schema::Ip)
            ips.push_back(&v);
    if (ips.empty())
        return QString();
    const QString id = sdoId(u"infrastructure"_s, u"cluster|"_s + QString::number(c.clusterId));
    QJsonObject o = core(u"infrastructure"_s, id, created(c), modified(c));
    o.insert(u"name"_s, u"Proxy infrastructure of HydraLens cluster %1"_s.arg(c.clusterId));
    o.insert(u"infrastructure_types"_s, QJsonArray{u"anonymization"_s});
    const std::int64_t total = c.qualifying.value(schema::Ip);
    o.insert(u"description"_s,
             u"IP addresses shared by two or more of the campaign's accounts (and used mostly by them): %1 of %2, "
             "most shared first, with their autonomous systems."_s.arg(qint64(ips.size())).arg(total));
    std::int64_t first = 0, last = 0;
    QJsonArray pseudonyms;
    for (const StixValue *v : ips) {
        if (v->firstSeen > 0)
            first = first == 0 ? v->firstSeen : std::min(first, v->firstSeen);
        last = std::max(last, v->lastSeen);
        if (m_redactor.isEnabled())
            pseudonyms.append(m_redactor.infraValue(v->kind, v->value));
    }
    if (first > 0) {
        o.insert(u"first_seen"_s, timestamp(first));
        o.insert(u"last_seen"_s, timestamp(std::max(first, last)));
    }
    if (!pseudonyms.isEmpty()) {
        o.insert(u"x_hydralens_ip_pseudonyms"_s, pseudonyms);
        o.insert(u"x_hydralens_redacted"_s, true);
    }
    add(o);
    std::map<std::int64_t, QString> asIds;
    for (const StixValue *v : ips)
        if (v->asn > 0 && !asIds.count(v->asn)) {
            QJsonObject more;
            if (!v->asName.isEmpty())
                more.insert(u"name"_s, v->asName);
            asIds[v->asn] = observable(u"autonomous-system"_s, QJsonObject{{u"number"_s, qint64(v->asn)}}, more);
        }
    if (!m_redactor.isEnabled())
        for (const StixValue *v : ips) {
            const QString ip = observable(v->value.contains(u':') ? u"ipv6-addr"_s : u"ipv4-addr"_s,
                                          QJsonObject{{u"value"_s, v->value}});
            relate(u"consists-of"_s, id, ip, created(c), modified(c));
            if (v->asn > 0)
                relate(u"belongs-to"_s, ip, asIds[v->asn], created(c), modified(c));
        }
    for (const auto &[asn, asId] : asIds)
        relate(u"consists-of"_s, id, asId, created(c), modified(c));
    return id;
}

void BundleBuilder::indicators(const StixCampaign &c, const QString &campaign)
{
    for (const StixValue &v : c.values) {
        if (v.kind != schema::Ip && v.kind != schema::EmailDomain)
            continue;
        const IndicatorInfo &info = m_indicators.at(std::pair(v.kind, m_redactor.infraValue(v.kind, v.value)));
        const bool ip = v.kind == schema::Ip;
        QString pattern;
        if (m_redactor.isEnabled())
            pattern = equalsPattern(Redacted, info.shown);
        else if (ip)
            pattern = equalsPattern(info.v6 ? u"ipv6-addr:value"_s : u"ipv4-addr:value"_s, info.shown);
        else
            pattern = emailDomainPattern(info.shown);
        const QString id = sdoId(u"indicator"_s, pattern);
        if (!m_emitted.contains(id)) {
            QJsonObject o = core(u"indicator"_s, id, info.created, info.modified);
            o.insert(u"name"_s, ip ? u"Distillation proxy IP %1"_s.arg(info.shown)
                                   : u"Distillation sign-up e-mail domain %1"_s.arg(info.shown));
            QStringList clusters;
            for (std::int64_t cluster : info.clusters)
                clusters.append(QString::number(cluster));
            o.insert(u"description"_s,
                     (ip ? u"An IP address shared by accounts of model-distillation campaigns (HydraLens clusters %1)."_s
                         : u"The e-mail domain of accounts of model-distillation campaigns (HydraLens clusters %1)."_s)
                             .arg(clusters.join(u", "_s)));
            o.insert(u"indicator_types"_s, ip ? QJsonArray{u"anonymization"_s, u"malicious-activity"_s}
                                              : QJsonArray{u"malicious-activity"_s});
            o.insert(u"pattern"_s, pattern);
            o.insert(u"pattern_type"_s, u"stix"_s);
            o.insert(u"pattern_version"_s, u"2.1"_s);
            o.insert(u"valid_from"_s, timestamp(info.validFrom));
            if (m_redactor.isEnabled())
                o.insert(u"x_hydralens_redacted"_s, true);
            add(o);
        }
        relate(u"indicates"_s, id, campaign, created(c), modified(c));
    }
}


} // namespace hl::stix
