#pragma once

// Runs the hydralens binary (HL_BINARY, defined for every test by hl_add_test) and keeps what
// it said (header-only; tests never compile ../ sources).
#include <QProcess>
#include <QString>
#include <QStringList>

namespace hltest {

struct CliRun
{
    int code = -1; // -1: did not finish in time (then killed)
    QString out, err;
};

inline CliRun runHydralens(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(HL_BINARY), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString(), QStringLiteral("hydralens did not finish within %1 ms").arg(timeoutMs)};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace hltest
