#include "explanation.h"

#include "features.h"
#include "storage/analysisstore.h"
#include "storage/schema.h"

#include <QCoreApplication>

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
} // namespace

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
    out += u'\n' + tr("Features:") + u'\n';
    for (const FeatureInfo &f : featureCatalogue()) {
        const QJsonValue v = cluster->features.value(QLatin1StringView(f.name));
        out += u"  %1 %2  %3 (%4)\n"_s.arg(QString::fromLatin1(f.name), -28)
                   .arg(v.isNull() || v.isUndefined() ? u"-"_s : number(v.toDouble()), 10)
                   .arg(QString::fromLatin1(f.meaning), QString::fromLatin1(f.unit));
    }
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
