#include "chartoptions.h"

#include "cli.h"
#include "commandparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hl::cli {

void addChartOutputOptions(CommandParser &parser, bool sizeAndDpi)
{
    if (sizeAndDpi) {
        parser.addOption({u"dpi"_s, u"PNG resolution in dots per inch (default 150; 300 for print)"_s, u"N"_s});
        parser.addOption({u"size"_s, u"the picture's width and height in millimetres (default 254x143, a 16:9 slide; "
                                     "at 150 dpi 1500x844 pixels)"_s,
                          u"WxH"_s});
        parser.addOption({u"page"_s, u"PDF only: a landscape A4 or Letter page instead of a page of --size"_s,
                          u"a4|letter"_s});
    } else {
        parser.addOption({u"page"_s, u"the paper size (default a4)"_s, u"a4|letter"_s});
    }
}

bool chartOutputFrom(const CommandParser &parser, ChartOutput *output, int *exitCode)
{
    auto bad = [&](const QString &message) {
        printError(message);
        *exitCode = UserError;
        return false;
    };
    if (parser.optionNames().contains(u"dpi"_s)) {
        bool ok = false;
        output->dpi = parser.value(u"dpi"_s).toInt(&ok);
        if (!ok || output->dpi < 30 || output->dpi > 1200)
            return bad(u"--dpi %1 is not a resolution from 30 to 1200 (dots per inch; 150 for slides, 300 for print)"_s
                           .arg(parser.value(u"dpi"_s)));
    }
    if (parser.optionNames().contains(u"size"_s)) {
        static const QRegularExpression re(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*[xX×]\\s*(\\d+(?:\\.\\d+)?)\\s*(?:mm)?\\s*$"_s);
        const auto m = re.match(parser.value(u"size"_s));
        const double w = m.hasMatch() ? m.captured(1).toDouble() : 0, h = m.hasMatch() ? m.captured(2).toDouble() : 0;
        if (w < 30 || h < 30 || w > 2000 || h > 2000)
            return bad(u"--size %1 is not WIDTHxHEIGHT in millimetres from 30 to 2000 each, such as 254x143"_s.arg(
                parser.value(u"size"_s)));
        output->sizeMm = QSizeF(w, h);
    }
    // optionNames(): the options given (isSet() of an option a command lacks would warn).
    if (parser.optionNames().contains(u"page"_s)) {
        const QString page = parser.value(u"page"_s).toLower();
        if (page == u"a4"_s)
            output->page = QPageSize::A4;
        else if (page == u"letter"_s)
            output->page = QPageSize::Letter;
        else
            return bad(u"--page %1 is not a paper size: use a4 or letter"_s.arg(parser.value(u"page"_s)));
    }
    return true;
}

bool drawsCharts(const QString &command)
{
    return command == u"chart"_s || command == u"brief"_s;
}

void useOffscreenPlatformUnlessSet()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace hl::cli
