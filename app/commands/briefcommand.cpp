// hydralens brief: the briefing PDF of a case, and checking a briefing's stamps against the case
// (issue 6; docs/briefing.md).
#include "chartoptions.h"
#include "cli.h"
#include "commandparser.h"
#include "briefing/briefingwriter.h"
#include "export/briefingdata.h"
#include "export/briefingsidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hl::cli {

namespace {

int verify(const QString &casePath, const QString &sidecarPath)
{
    QFile f(sidecarPath);
    if (!f.open(QIODevice::ReadOnly)) {
        printError(u"brief --verify: cannot read %1: %2"_s.arg(sidecarPath, f.errorString()));
        return UserError;
    }
    QJsonParseError parseError;
    const QJsonObject sidecar = QJsonDocument::fromJson(f.readAll(), &parseError).object();
    QString error;
    const auto options = parseError.error == QJsonParseError::NoError ? briefingOptionsFrom(sidecar, &error) : std::nullopt;
    if (!options) {
        printError(u"brief --verify: %1: %2"_s.arg(sidecarPath, error.isEmpty() ? parseError.errorString() : error));
        return UserError;
    }
    InterruptFlag interrupt;
    const auto data = readBriefingData(casePath, *options, [&](double, const QString &) { return !interrupt.raised(); }, &error);
    if (!data) {
        printError(u"brief --verify: "_s + error);
        return UserError;
    }
    int bad = 0;
    QString out;
    for (const BriefingPageCheck &c : verifyBriefing(sidecar, briefingPages(*data))) {
        QString verdict = u"ok"_s;
        if (c.stamped.isEmpty())
            verdict = u"NEW (the case now gives this page; it was not in the briefing)"_s;
        else if (c.stamped != c.ofSidecarData)
            verdict = u"SIDECAR EDITED (its data hashes to %1)"_s.arg(c.ofSidecarData);
        else if (c.now.isEmpty())
            verdict = u"GONE (the case no longer gives this page)"_s;
        else if (c.now != c.stamped)
            verdict = u"CHANGED (the case now gives %1)"_s.arg(c.now);
        bad += !c.ok();
        out += u"page %1 %2 %3: %4\n"_s.arg(c.page, 3).arg(c.kind, -9).arg(c.stamped.isEmpty() ? u"-"_s : c.stamped, verdict);
    }
    printOut(out);
    if (bad > 0) {
        printError(u"brief --verify: %1 page(s) no longer match the case (changed since the briefing, or a different "
                   "case)"_s.arg(bad));
        return UserError;
    }
    printOut(u"all pages match the case\n"_s);
    return Success;
}

} // namespace

int briefCommand(const QStringList &args)
{
    CommandParser parser(u"brief"_s,
                         u"Write a briefing PDF of an analysed case for people outside the investigation: a cover with "
                         "headline figures, a table of the top campaigns with their reasons, the timeline with model "
                         "releases and pivots, one page per campaign with a snapshot of its graph, and the label and "
                         "agreement status. Every page carries a stamp (case, filters, hash of the data shown); the "
                         "data and hashes are written to BRIEF.pdf.json, and --verify checks them against the case "
                         "(docs/briefing.md). Same case, same bytes."_s);
    parser.addCaseOption();
    parser.addOption({u"out"_s, u"the PDF to write (the sidecar goes to FILE.json)"_s, u"BRIEF.pdf"_s});
    parser.addOption({u"cluster"_s, u"brief on this campaign (repeat, or give several separated by commas); default: "
                                    "the top flagged or labelled ones"_s,
                      u"ID"_s});
    parser.addOption({u"top"_s, u"without --cluster: how many campaigns (default 10)"_s, u"N"_s});
    parser.addOption({u"redact"_s, u"show account ids, IPs, e-mail domains, payment, device, phone, org and API-key "
                                   "values as stable pseudonyms, in the PDF and the sidecar"_s});
    parser.addOption({u"verify"_s, u"instead of writing: check a briefing's sidecar against the case, page by page"_s,
                      u"BRIEF.pdf.json"_s});
    addChartOutputOptions(parser, false);
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    QString casePath;
    if (!parser.requireOption(u"case"_s, &casePath, &code))
        return code;
    if (parser.isSet(u"verify"_s))
        return verify(casePath, parser.value(u"verify"_s));
    QString out;
    if (!parser.requireOption(u"out"_s, &out, &code))
        return code;
    BriefingOptions options;
    options.redact = parser.isSet(u"redact"_s);
    for (const QString &value : parser.values(u"cluster"_s))
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printError(u"brief: --cluster %1 is not a cluster id ('hydralens clusters --case FILE' lists them)"_s.arg(part));
                return UserError;
            }
            options.clusters.push_back(id);
        }
    if (parser.isSet(u"top"_s)) {
        bool ok = false;
        options.top = parser.value(u"top"_s).toInt(&ok);
        if (!ok || options.top < 1 || options.top > 500) {
            printError(u"brief: --top %1 is not a number of campaigns from 1 to 500"_s.arg(parser.value(u"top"_s)));
            return UserError;
        }
    }
    ChartOutput output;
    if (!chartOutputFrom(parser, &output, &code))
        return code;
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        printError(u"brief: the briefing is a PDF: give --out a file name ending in .pdf instead of %1"_s.arg(out));
        return UserError;
    }
    InterruptFlag interrupt;
    StatusLine status;
    QString error;
    const auto data = readBriefingData(casePath, options, [&](double f, const QString &phase) {
        status.update(int(f * 100), phase);
        return !interrupt.raised();
    }, &error);
    status.end();
    if (!data) {
        printError(u"brief: "_s + error + (error == u"cancelled"_s ? QString() : u"; nothing was written"_s));
        return UserError;
    }
    if (!BriefingWriter::write(out, *data, output.page.value_or(QPageSize::A4), &error)) {
        printError(u"brief: "_s + error);
        return UserError;
    }
    printOut(u"briefing → %1 (%2 pages, %3 campaigns; stamps and data in %4)\n"_s.arg(QDir::toNativeSeparators(out))
                 .arg(briefingPages(*data).size())
                 .arg(data->campaigns.size())
                 .arg(QDir::toNativeSeparators(BriefingWriter::sidecarPath(out))));
    return Success;
}

} // namespace hl::cli
