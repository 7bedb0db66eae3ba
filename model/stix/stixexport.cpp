#include "stixexport.h"

#include "bundlebuilder.h"
#include "stixjson.h"
#include "storage/casefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<StixExportResult> buildStixBundle(const CaseFile &file, const StixExportOptions &options, QString *error)
{
    const auto tlp = stix::tlpByName(options.tlp);
    if (!tlp) {
        *error = QCoreApplication::translate("hl::StixExport", "unknown TLP level '%1' (use clear, green, amber or red)")
                     .arg(options.tlp);
        return std::nullopt;
    }
    StixExportOptions used = options;
    used.producer = options.producer.simplified();
    if (used.producer.isEmpty()) {
        *error = QCoreApplication::translate("hl::StixExport", "the producer's name is empty (give --producer NAME)");
        return std::nullopt;
    }
    const auto redactor = makeRedactor(file, options.redact, error);
    if (!redactor)
        return std::nullopt;
    const auto data = readStixCaseData(file, options.data, error);
    if (!data)
        return std::nullopt;
    QHash<QString, int> identifiers;
    if (redactor->isEnabled()) {
        QStringList tokens;
        for (const StixCampaign &c : data->campaigns)
            for (const QString &r : c.reasons)
                tokens += stix::BundleBuilder::tokens(r);
        const auto kinds = readIdentifierKinds(file, tokens, error);
        if (!kinds)
            return std::nullopt;
        identifiers = *kinds;
    }
    stix::BundleBuilder builder(*data, used, *tlp, *redactor, identifiers);
    const std::vector<QJsonObject> objects = builder.build();

    // The bundle's id: a digest of what it holds, so the same content has the same id.
    QCryptographicHash content(QCryptographicHash::Sha256);
    for (const QJsonObject &o : objects)
        content.addData(stix::compactObject(o));
    StixExportResult result;
    const QString bundleId =
        stix::objectId(u"bundle"_s, data->caseKey + u'|' + QString::fromLatin1(content.result().toHex()));
    result.bytes = stix::writeBundle(bundleId, objects);
    result.objects = int(objects.size());
    for (const QJsonObject &o : objects)
        ++result.objectsByType[o.value(u"type"_s).toString()];
    result.missingClusters = data->missingClusters;
    return result;
}

std::optional<StixExportResult> exportStixBundle(const CaseFile &file, const StixExportOptions &options,
                                                 const QString &path, QString *error)
{
    auto result = buildStixBundle(file, options, error);
    if (!result)
        return std::nullopt;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(result->bytes) != result->bytes.size() || !out.commit()) {
        *error = QCoreApplication::translate("hl::StixExport", "cannot write %1: %2 (choose another file or folder)")
                     .arg(path, out.errorString());
        return std::nullopt;
    }
    return result;
}

} // namespace hl
