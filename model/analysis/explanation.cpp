#include "explanation.h"

#include "features.h"
#include "storage/analysisstore.h"
#include "storage/nodedetails.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hl", text); // the context lupdate files a free tr() in hl under
}
// Counts in full (2999609, not 3e+06); shares and ratios to four significant digits.
QString number(double v)
{
    return std::abs(v) >= 1000 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 4);
}
QString when(std::int64_t ts)
{
    return ts ? QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(Qt::ISODate) : u"-"_s;
}

QString kindName(int kind)
{
    return kind >= 1 && kind <= 8 ? QString::fromLatin1(schema::InfraKindNames[kind - 1]) : u"?"_s;
}

QString whereIs(const std::optional<StoredLocation> &l)
{
    if (!l)
        return QString();
    QStringList parts;
    if (l->asn)
        parts << u"AS%1 %2"_s.arg(l->asn).arg(l->asName).trimmed();
    if (!l->country.isEmpty())
        parts << l->country;
    if (l->anonymousProxy)
        parts << tr("anonymous proxy");
    if (l->hostile)
        parts << tr("hostile network");
    return parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u')';
}

QString indicatorLines(const std::vector<IndicatorHit> &hits, const QString &indent)
{
    QString out;
    for (const IndicatorHit &h : hits)
        out += indent + tr("partner indicator from %1, confidence %2, shared %3%4")
                            .arg(h.source, h.confidence >= 0 ? QString::number(h.confidence) : u"-"_s, when(h.sharedAt),
                                 h.note.isEmpty() ? QString() : u": "_s + h.note) + u'\n';
    return out;
}

QString featureLines(const QJsonObject &features)
{
    QString out;
    for (const FeatureInfo &f : featureCatalogue()) {
        const QJsonValue v = features.value(QLatin1StringView(f.name));
        out += u"  %1 %2  %3 (%4)\n"_s.arg(QString::fromLatin1(f.name), -28)
                   .arg(v.isNull() || v.isUndefined() ? u"-"_s : number(v.toDouble()), 10)
                   .arg(QString::fromLatin1(f.meaning), QString::fromLatin1(f.unit));
    }
    return out;
}

} // namespace

std::optional<QString> explainAccount(const CaseFile &file, std::int64_t id, QString *error)
{
    const auto d = readAccountDetails(file, id, error);
    if (!d)
        return std::nullopt;
    QString out = tr("Account %1 (case id %2), created %3, sign-up %4, status %5, country %6.")
                      .arg(d->key).arg(id).arg(when(d->createdAt), d->signupPath.isEmpty() ? u"-"_s : d->signupPath,
                                               d->status.isEmpty() ? u"-"_s : d->status,
                                               d->country.isEmpty() ? u"-"_s : d->country) + u'\n';
    if (!d->org.isEmpty() || !d->emailDomain.isEmpty())
        out += tr("Organisation %1, e-mail domain %2.").arg(d->org.isEmpty() ? u"-"_s : d->org,
                                                            d->emailDomain.isEmpty() ? u"-"_s : d->emailDomain) + u'\n';
    out += d->cluster ? tr("In cluster %1 (%2 accounts, risk %3).").arg(d->cluster).arg(d->clusterSize)
                            .arg(d->clusterRisk, 0, 'f', 2) + u'\n'
                      : tr("In no cluster (the case was not analysed).") + u'\n';
    out += tr("%1 exchanges from %2 to %3; %4 input and %5 output tokens.").arg(d->exchanges)
               .arg(when(d->firstTs), when(d->lastTs)).arg(d->inputTokens).arg(d->outputTokens) + u'\n';
    out += std::isnan(d->score) ? tr("No upstream score.") + u'\n'
                                : tr("Latest upstream score %1 (%2).").arg(d->score, 0, 'f', 3).arg(d->scoreClassifier)
                                      + u'\n';
    out += u'\n' + tr("Infrastructure it used (most shared first):") + u'\n';
    if (d->links.empty())
        out += u"  "_s + tr("none recorded") + u'\n';
    for (const AccountDetails::Link &l : d->links) {
        out += u"  %1 %2  "_s.arg(kindName(l.kind), -13).arg(l.value)
            + tr("%1 observations, %2 other accounts").arg(l.observations).arg(l.otherAccounts) + whereIs(l.location)
            + u'\n';
        out += indicatorLines(l.indicators, u"      "_s);
    }
    out += u'\n' + tr("Features of this account on its own:") + u'\n' + featureLines(d->features);
    return out;
}

std::optional<QString> explainInfra(const CaseFile &file, std::int64_t id, QString *error)
{
    const auto d = readInfraDetails(file, id, error);
    if (!d)
        return std::nullopt;
    QString out = u"%1 %2"_s.arg(kindName(d->kind), d->value) + whereIs(d->location) + u'\n';
    out += tr("Used by %1 accounts, %2 observations, from %3 to %4.").arg(d->accounts).arg(d->observations)
               .arg(when(d->firstSeen), when(d->lastSeen)) + u'\n';
    out += d->pagerank > 0 ? tr("Hub rank %1 (1 = an average value; a campaign's hubs rank far higher).")
                                 .arg(d->pagerank, 0, 'f', 1) + u'\n'
                           : tr("Not ranked as a hub (used by fewer than two accounts).") + u'\n';
    out += u'\n' + tr("Clusters whose accounts used it:") + u'\n';
    if (d->clusters.empty())
        out += u"  "_s + tr("none (the case was not analysed)") + u'\n';
    constexpr std::size_t Listed = 15;
    for (std::size_t i = 0; i < d->clusters.size() && i < Listed; ++i)
        out += u"  "_s + tr("cluster %1: %2 accounts").arg(d->clusters[i].first).arg(d->clusters[i].second) + u'\n';
    if (d->clusters.size() > Listed)
        out += u"  "_s + tr("… and %1 more clusters").arg(qint64(d->clusters.size() - Listed)) + u'\n';
    out += u'\n' + tr("Partner indicators:") + u'\n';
    out += d->indicators.empty() ? u"  "_s + tr("none") + u'\n' : indicatorLines(d->indicators, u"  "_s);
    return out;
}

std::optional<QString> explainCluster(const CaseFile &file, std::int64_t id, QString *error)
{
    error->clear();
    const auto cluster = readCluster(file, id, error);
    if (!cluster)
        return std::nullopt;
    const auto shared = readSharedValues(file, id, 18, error);
    const auto pivots = readPivots(file, error);
    const auto models = modelNamesById(file, error);
    if (!shared || !pivots || !models)
        return std::nullopt;

    QString out = tr("Cluster %1: %2 accounts, %3 exchanges. Risk %4 (%5).").arg(id).arg(qint64(cluster->accounts.size()))
                      .arg(cluster->exchanges).arg(cluster->risk, 0, 'f', 2)
                      .arg(cluster->flagged ? tr("flagged") : tr("not flagged")) + u'\n';
    out += u'\n' + tr("What raises its risk:") + u'\n';
    if (cluster->reasons.isEmpty())
        out += u"  "_s + tr("nothing stands out") + u'\n';
    for (const QString &r : cluster->reasons)
        out += u"  - "_s + r + u'\n';
    out += u'\n' + tr("Why these accounts are one cluster (values used by two or more of them):") + u'\n';
    if (shared->empty())
        out += u"  "_s + tr("none: a single account, or linked only through IPs or e-mail domains with the same "
                            "prompt templates") + u'\n';
    for (const SharedValue &v : *shared) {
        QString where;
        if (v.asn || !v.country.isEmpty())
            where = u"  (AS%1 %2, %3%4)"_s.arg(v.asn).arg(v.asName, v.country.isEmpty() ? u"?"_s : v.country,
                                                            v.anonymousProxy ? u", "_s + tr("anonymous proxy") : QString());
        out += u"  %1 %2  "_s.arg(QString::fromLatin1(schema::InfraKindNames[v.kind - 1]), -13).arg(v.value)
            + tr("shared by %1 accounts, hub rank %2").arg(v.accounts).arg(v.pagerank, 0, 'f', 1) + where + u'\n';
    }
    out += u'\n' + tr("Features:") + u'\n' + featureLines(cluster->features);
    QString pivotText;
    for (const StoredPivot &p : *pivots)
        if (p.cluster == id)
            pivotText += u"  %1 %2: %3\n"_s.arg(models->value(p.modelId), p.flagged ? tr("FLAGGED") : u"-"_s, p.reason);
    out += u'\n' + tr("After model releases:") + u'\n'
        + (pivotText.isEmpty() ? u"  "_s + tr("not tested (fewer than 3 accounts or no traffic near a release)") + u'\n'
                               : pivotText);
    out += u'\n' + tr("Lineage: %1").arg(cluster->lineage.value(u"kind"_s).toString()) + u'\n';
    return out;
}

} // namespace hl
