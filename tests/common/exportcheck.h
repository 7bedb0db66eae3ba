#pragma once

// Checks on exported pictures and documents (tst_charts, tst_briefing; header-only, tests never
// compile ../ sources). PDFs are read with poppler-utils (pdfinfo, pdftoppm, pdftotext; Debian
// package poppler-utils in packaging/debian-test-deps.txt): QPdfDocument is not in Debian 12's
// Qt. Callers QSKIP when havePoppler() is false.
#include "storage/casefile.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>

namespace hltest {

inline bool havePoppler()
{
    for (const char *tool : {"pdfinfo", "pdftoppm", "pdftotext"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

// stdout of a tool, or nullopt when it fails.
inline std::optional<QByteArray> runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

// pdfinfo's "Pages:" (-1 on failure).
inline int pdfPageCount(const QString &pdf)
{
    const auto out = runTool(QStringLiteral("pdfinfo"), {pdf});
    if (!out)
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(*out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Every page's size in points (pdfinfo -f 1 -l N: "Page    1 size: 595.276 x 841.89 pts").
inline QList<QSizeF> pdfPageSizes(const QString &pdf)
{
    QList<QSizeF> sizes;
    const int pages = pdfPageCount(pdf);
    const auto out = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                          QString::number(std::max(pages, 1)), pdf});
    if (!out)
        return sizes;
    const QRegularExpression re(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    auto it = re.globalMatch(QString::fromUtf8(*out));
    while (it.hasNext()) {
        const auto m = it.next();
        sizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    return sizes;
}

// Renders every page at `dpi` with pdftoppm into `dir`; the images, in page order.
inline QList<QImage> renderPdf(const QString &pdf, const QString &dir, int dpi = 40)
{
    QList<QImage> pages;
    const QString prefix = QDir(dir).filePath(QStringLiteral("page"));
    if (!runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, prefix}))
        return pages;
    QStringList files = QDir(dir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        pages.append(QImage(QDir(dir).filePath(f)));
    return pages;
}

inline QString pdfText(const QString &pdf)
{
    const auto out = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                            QStringLiteral("-")});
    return out ? QString::fromUtf8(*out) : QString();
}

// Share of pixels (0..1) that are not (near) white.
inline double inkShare(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += qGray(line[x]) < 235;
    }
    return double(ink) / (double(rgb.width()) * rgb.height());
}

// An SVG's drawing elements (path, rect, line, polyline, polygon, ellipse, circle, text) and the
// text it shows; nullopt if it does not parse.
struct SvgContent
{
    int drawing = 0;
    QString text;
};
inline std::optional<SvgContent> readSvg(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QXmlStreamReader xml(&f);
    SvgContent c;
    static const QStringList drawing{QStringLiteral("path"),    QStringLiteral("rect"),    QStringLiteral("line"),
                                     QStringLiteral("polyline"), QStringLiteral("polygon"), QStringLiteral("ellipse"),
                                     QStringLiteral("circle"),  QStringLiteral("text")};
    int inText = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            c.drawing += drawing.contains(xml.name().toString());
            inText += xml.name() == QStringLiteral("text") || xml.name() == QStringLiteral("title")
                      || xml.name() == QStringLiteral("desc");
        } else if (xml.isEndElement()) {
            if (xml.name() == QStringLiteral("text") || xml.name() == QStringLiteral("title")
                || xml.name() == QStringLiteral("desc"))
                --inText;
        } else if (xml.isCharacters() && inText > 0) {
            c.text += xml.text() + QLatin1Char('\n');
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return c;
}

// Every identifying value of a case: account ids and infrastructure values other than ASNs.
inline QStringList caseIdentifiers(const QString &casePath)
{
    QStringList out;
    hl::CaseFile file;
    if (!file.open(casePath))
        return out;
    hl::Statement a(file.handle(), "SELECT account_key FROM accounts");
    while (a.step())
        out.append(a.columnText(0));
    hl::Statement i(file.handle(), "SELECT value FROM infra WHERE kind != 2");
    while (i.step())
        out.append(i.columnText(0));
    return out;
}

// The identifiers that occur in `text` as whole tokens (not inside a longer run of letters,
// digits, dots or dashes, so "10.0.0.1" is not found in "10.0.0.12").
inline QStringList identifiersIn(const QString &text, const QStringList &identifiers)
{
    QStringList found;
    for (const QString &id : identifiers) {
        qsizetype at = text.indexOf(id);
        while (at >= 0) {
            const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'; };
            const bool before = at > 0 && isWordChar(text.at(at - 1));
            const qsizetype end = at + id.size();
            const bool after = end < text.size() && isWordChar(text.at(end)) && !(text.at(end) == u'.' && (end + 1 >= text.size() || !text.at(end + 1).isLetterOrNumber()));
            if (!before && !after) {
                found.append(id);
                break;
            }
            at = text.indexOf(id, at + 1);
        }
    }
    return found;
}

} // namespace hltest
