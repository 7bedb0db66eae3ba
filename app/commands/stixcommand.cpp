// hydralens export stix / import-stix: STIX 2.1 bundles out to partners and in from them
// (model/stix, docs/stix.md).
#include "cli.h"
#include "commandparser.h"
#include "stix/stixexport.h"
#include "stix/stiximport.h"
#include "storage/casefile.h"
#include "storage/partnerstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl::cli {

int exportStixCommand(const QStringList &args)
{
    CommandParser parser(u"export stix"_s,
                         u"Write the clusters labelled distillation as a STIX 2.1 bundle for partners: campaigns, the "
                         "actors named in labels (intrusion-set, threat-actor), their proxy infrastructure "
                         "(infrastructure, ipv4-addr/ipv6-addr, autonomous-system), indicators for their IPs and "
                         "sign-up e-mail domains, relationships, a TLP marking and the producer's identity "
                         "(docs/stix.md). The same case and labels give the same bytes."_s);
    parser.addCaseOption();
    parser.addOption({u"out"_s, u"the bundle to write (replaced if it exists)"_s, u"BUNDLE.json"_s});
    parser.addOption({u"tlp"_s, u"the TLP marking: clear, green, amber or red (default amber)"_s, u"LEVEL"_s, u"amber"_s});
    parser.addOption({u"producer"_s, u"the identity that made the bundle (default 'HydraLens analyst')"_s, u"NAME"_s,
                      u"HydraLens analyst"_s});
    parser.addOption({u"redact"_s, u"pseudonyms instead of IPs, e-mail domains and fingerprints (docs/stix.md)"_s});
    parser.addOption({u"max-per-kind"_s, u"at most N IPs, domains, cards and devices per campaign (default 100)"_s,
                      u"N"_s, u"100"_s});
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    QString out;
    if (!parser.requireOption(u"out"_s, &out, &code))
        return code;
    StixExportOptions options;
    options.tlp = parser.value(u"tlp"_s);
    options.producer = parser.value(u"producer"_s);
    options.redact = parser.isSet(u"redact"_s);
    bool ok = false;
    options.data.maxPerKind = parser.value(u"max-per-kind"_s).toInt(&ok);
    if (!ok || options.data.maxPerKind < 1) {
        printError(u"export stix: --max-per-kind takes a whole number, 1 or more (got '%1')"_s.arg(parser.value(u"max-per-kind"_s)));
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    QString error;
    const auto result = exportStixBundle(file, options, out, &error);
    if (!result) {
        printError(u"export stix: %1; nothing was written"_s.arg(error));
        return UserError;
    }
    if (!result->missingClusters.empty()) {
        QStringList ids;
        for (std::int64_t id : result->missingClusters)
            ids.append(QString::number(id));
        printError(u"export stix: warning: clusters %1 are labelled distillation but not in the stored analysis "
                   "(re-analysed since?); left out"_s.arg(ids.join(u", "_s)));
    }
    QStringList counts;
    for (auto it = result->objectsByType.cbegin(); it != result->objectsByType.cend(); ++it)
        counts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    printOut(u"%1 objects → %2 (%3)\n"_s.arg(result->objects).arg(QDir::toNativeSeparators(out), counts.join(u", "_s)));
    if (result->objectsByType.value(u"campaign"_s) == 0)
        printError(u"export stix: warning: no cluster is labelled distillation, so the bundle holds no campaign "
                   "(label clusters with 'hydralens label … --verdict distillation')"_s);
    return Success;
}

namespace {

QString countsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
    return parts.join(u", "_s);
}

} // namespace

int importStixCommand(const QStringList &args)
{
    CommandParser parser(u"import-stix"_s,
                         u"Read a partner's STIX 2.1 bundle into the case as partner indicators: indicators whose "
                         "patterns name IPs or CIDR networks, domains, e-mail addresses (their domain) or autonomous "
                         "systems, and observables of those types. Other objects are counted and skipped. The "
                         "window's campaigns table and inspector show which clusters hit them (docs/stix.md). "
                         "Importing the same file again changes nothing."_s);
    parser.addCaseOption();
    parser.addPositionalArgument(u"BUNDLE.json"_s, u"the STIX 2.1 bundle"_s);
    int code = Success;
    if (!parser.parseArgs(args, &code, 1))
        return code;
    const QString path = parser.positionalArguments().front();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        printError(u"import-stix: cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), in.errorString()));
        return UserError;
    }
    const QByteArray bytes = in.readAll();
    const QString name = QFileInfo(path).fileName();
    QString error;
    // Read before the case is opened: a bad bundle leaves the case untouched.
    auto content = readStixBundle(bytes, name, &error);
    if (!content) {
        printError(u"import-stix: %1. Nothing was imported."_s.arg(error));
        return UserError;
    }
    CaseFile file;
    if (!parser.openCase(file, &code))
        return code;
    const auto result = storeStixBundle(file, std::move(*content), bytes, name, QDateTime::currentSecsSinceEpoch(), &error);
    if (!result) {
        printError(u"import-stix: %1; nothing was imported"_s.arg(error));
        return UserError;
    }
    const StixBundleContent &c = result->content;
    if (result->saved.alreadyImported) {
        printOut(u"%1 was already imported (as %2, %3); nothing changed.\n"_s.arg(
            name, result->saved.previousFile,
            QDateTime::fromSecsSinceEpoch(result->saved.previousAt, QTimeZone::utc()).toString(Qt::ISODate)));
        return Success;
    }
    printOut(u"%1: %2 objects; %3 partner indicator values (%4 new, %5 updated, %6 unchanged)\n"_s.arg(name)
                 .arg(c.objects).arg(qint64(c.indicators.size())).arg(result->saved.added).arg(result->saved.updated)
                 .arg(result->saved.unchanged));
    if (!c.used.isEmpty())
        printOut(u"  used: %1\n"_s.arg(countsText(c.used)));
    if (c.covered > 0)
        printOut(u"  observables already named by an indicator: %1\n"_s.arg(c.covered));
    if (!c.skipped.isEmpty())
        printOut(u"  skipped (types HydraLens does not use): %1\n"_s.arg(countsText(c.skipped)));
    if (!c.unusable.isEmpty())
        printOut(u"  skipped (nothing to match): %1\n"_s.arg(countsText(c.unusable)));
    for (const QString &e : c.examples)
        printOut(u"    %1\n"_s.arg(e));
    const auto hits = readClusterPartnerHitCounts(file, &error);
    if (!hits) {
        printError(u"import-stix: imported, but cannot match the clusters: %1"_s.arg(error));
        return InternalError;
    }
    printOut(u"Clusters hitting partner indicators: %1 (of all %2 indicator values in the case)\n"_s.arg(hits->size())
                 .arg(partnerIndicatorCount(file)));
    return Success;
}

} // namespace hl::cli
