#pragma once

#include "charts/chartwriter.h"

namespace hl::cli {

class CommandParser;

// The output options `chart` and `brief` share: --dpi N, --size WxH (millimetres) and
// --page a4|letter.
void addChartOutputOptions(CommandParser &parser, bool sizeAndDpi);
// Reads them; a bad value prints what is wrong and returns false with *exitCode = 1.
bool chartOutputFrom(const CommandParser &parser, ChartOutput *output, int *exitCode);

// Commands that draw (chart, brief) need a QApplication even on the command line. They always
// draw off screen: unless QT_QPA_PLATFORM names a platform, it is set to "offscreen" before the
// application starts, so they work the same with a display, without one, and over ssh.
bool drawsCharts(const QString &command);
void useOffscreenPlatformUnlessSet();

} // namespace hl::cli
