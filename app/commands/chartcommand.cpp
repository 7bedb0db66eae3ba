// hydralens chart: one chart of a case as PNG, SVG or PDF (issue 6; docs/briefing.md).
#include "chartoptions.h"
#include "cli.h"
#include "commandparser.h"
#include "charts/chartrenderer.h"
#include "charts/chartwriter.h"
#include "export/chartsource.h"

#include <QDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hl::cli {

int chartCommand(const QStringList &args)
{
    CommandParser parser(u"chart"_s,
                         u"Draw one chart of a case as PNG, SVG or PDF (by the --out file's suffix): the timeline "
                         "(exchanges over time by model, releases and pivots marked), the post-release pivots (share of "
                         "traffic on each new model after 24 h, 72 h and 7 days, campaigns against the whole case), the "
                         "risk distribution (clusters per risk band by label, flagged threshold marked) or the graph "
                         "(overview, or one cluster's accounts and shared infrastructure). A stamp at the bottom names the "
                         "case, the choices and a hash of the data shown (docs/briefing.md). Same case, same bytes."_s);
    parser.addCaseOption();
    parser.addOption({u"kind"_s, u"what to draw"_s, u"timeline|pivots|risk|graph"_s});
    parser.addOption({u"cluster"_s, u"one cluster instead of the whole case (graph: instead of the overview)"_s, u"ID"_s});
    parser.addOption({u"out"_s, u"the file to write: .png, .svg or .pdf"_s, u"FILE"_s});
    parser.addOption({u"redact"_s, u"show account ids, IPs, e-mail domains, payment and device values as stable "
                                   "pseudonyms (a keyed hash; the same in every export of the case)"_s});
    parser.addOption({u"min-accounts"_s, u"risk chart and graph overview: clusters of at least N accounts (default 2)"_s,
                      u"N"_s});
    addChartOutputOptions(parser, true);
    int code = Success;
    if (!parser.parseArgs(args, &code, 0))
        return code;
    QString kindName, out, casePath;
    if (!parser.requireOption(u"case"_s, &casePath, &code) || !parser.requireOption(u"kind"_s, &kindName, &code)
        || !parser.requireOption(u"out"_s, &out, &code))
        return code;
    ChartRequest request;
    const auto kind = chartKindFromName(kindName);
    if (!kind) {
        printError(u"chart: unknown --kind '%1': use timeline, pivots, risk or graph"_s.arg(kindName));
        return UserError;
    }
    request.kind = *kind;
    request.redact = parser.isSet(u"redact"_s);
    if (parser.isSet(u"cluster"_s)) {
        bool ok = false;
        request.cluster = parser.value(u"cluster"_s).toLongLong(&ok);
        if (!ok || request.cluster <= 0) {
            printError(u"chart: --cluster %1 is not a cluster id ('hydralens clusters --case FILE' lists them)"_s.arg(
                parser.value(u"cluster"_s)));
            return UserError;
        }
        if (request.kind == ChartKind::Risk) {
            printError(u"chart: the risk distribution is about all clusters; leave out --cluster"_s);
            return UserError;
        }
    }
    if (parser.isSet(u"min-accounts"_s)) {
        bool ok = false;
        const int n = parser.value(u"min-accounts"_s).toInt(&ok);
        if (!ok || n < 1) {
            printError(u"chart: --min-accounts %1 is not a whole number of at least 1"_s.arg(parser.value(u"min-accounts"_s)));
            return UserError;
        }
        request.minAccounts = std::size_t(n);
    }
    ChartOutput output;
    if (!chartOutputFrom(parser, &output, &code))
        return code;
    QString error;
    if (!ChartWriter::check(out, output, &error)) {
        printError(u"chart: "_s + error);
        return UserError;
    }
    InterruptFlag interrupt;
    const auto source = readChartSource(casePath, request, [&](double) { return !interrupt.raised(); }, &error);
    if (!source) {
        printError(u"chart: "_s + error + (error == u"cancelled"_s ? QString() : u"; nothing was written"_s));
        return UserError;
    }
    output.pdfDate = QDateTime::fromSecsSinceEpoch(source->caseTimestamp, QTimeZone::utc());
    const ChartRenderer renderer(*source);
    if (!ChartWriter::write(out, output, renderer.title(),
                            [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect); }, &error)) {
        printError(u"chart: "_s + error);
        return UserError;
    }
    const QString what = out.endsWith(u".png"_s, Qt::CaseInsensitive)
                             ? u"%1x%2 px at %3 dpi"_s.arg(ChartWriter::pixelSize(output).width())
                                   .arg(ChartWriter::pixelSize(output).height())
                                   .arg(output.dpi)
                             : u"vector"_s;
    printOut(u"%1 chart → %2 (%3; stamp %4)\n"_s.arg(chartKindName(request.kind), QDir::toNativeSeparators(out), what,
                                                     source->stamp.hash));
    return Success;
}

} // namespace hl::cli
