#include "graphformats.h"

#include "graphattributes.h"
#include "graphdocument.h"

#include <QFileInfo>

#include <charconv>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

template<typename T>
QString shortest(T value)
{
    if (value == 0) // also -0
        return u"0"_s;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? QString::fromLatin1(buffer, end - buffer) : u"0"_s;
}

// A DOT double-quoted string: backslash and quote escaped, line breaks as \n (a new line in a
// Graphviz label), other control characters replaced. Graphviz's lexer reads a backslash just
// before the closing quote as escaping it, so a value ending in a backslash gets a space.
QString dotQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n' || c == u'\r')
            out += u"\\n"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QChar(0xfffd);
        else
            out += c;
    }
    if (text.endsWith(u'\\'))
        out += u' ';
    out += u'"';
    return out;
}

} // namespace

QString graphFormatName(GraphFormat format)
{
    switch (format) {
    case GraphFormat::GraphMl: return u"graphml"_s;
    case GraphFormat::Gexf: return u"gexf"_s;
    case GraphFormat::Dot: return u"dot"_s;
    }
    return QString();
}

QString graphFormatSuffix(GraphFormat format)
{
    return graphFormatName(format);
}

std::optional<GraphFormat> graphFormatFromName(QStringView name)
{
    for (const GraphFormat f : {GraphFormat::GraphMl, GraphFormat::Gexf, GraphFormat::Dot})
        if (name.compare(graphFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

std::optional<GraphFormat> graphFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml"_s)
        return GraphFormat::GraphMl;
    if (suffix == u"gv"_s)
        return GraphFormat::Dot;
    return graphFormatFromName(suffix);
}

QByteArray writeGraphFormat(const GraphDocument &doc, GraphFormat format)
{
    switch (format) {
    case GraphFormat::GraphMl: return writeGraphMl(doc);
    case GraphFormat::Gexf: return writeGexf(doc);
    case GraphFormat::Dot: return writeDot(doc);
    }
    return QByteArray();
}

QByteArray writeDot(const GraphDocument &doc)
{
    using detail::graphNumber;
    const auto &attributes = detail::graphNodeAttributes();
    QString text;
    text += u"// "_s + doc.creator + u": "_s + QString(detail::graphDocumentSummary(doc)).replace(u'\n', u' ') + u'\n';
    text += u"graph "_s + dotQuoted(doc.scope) + u" {\n"_s;
    text += u"  graph [outputorder=edgesfirst, overlap=true, splines=false];\n"_s;
    text += u"  node [shape=circle, fixedsize=shape, fontsize=8];\n"_s;
    for (const GraphDocumentNode &n : doc.nodes) {
        text += u"  "_s + dotQuoted(n.id) + u" [label="_s + dotQuoted(n.label);
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            const QString value = detail::graphNodeValue(n, a);
            if (!value.isNull())
                text += u", "_s + QLatin1StringView(attributes[a].name) + u'=' + dotQuoted(value);
        }
        const QString inches = graphNumber(float(2 * n.size / 72.0));
        text += u", width="_s + inches + u", height="_s + inches;
        if (doc.hasPositions)
            text += u", pos=\""_s + graphNumber(n.x) + u',' + graphNumber(n.y) + u"!\""_s;
        text += u"];\n"_s;
    }
    for (const GraphDocumentEdge &e : doc.edges)
        text += u"  "_s + dotQuoted(doc.nodes[e.source].id) + u" -- "_s + dotQuoted(doc.nodes[e.target].id)
                + u" [weight="_s + graphNumber(e.weight) + u", kind="_s + dotQuoted(e.kind) + u"];\n"_s;
    text += u"}\n"_s;
    return text.toUtf8();
}

namespace detail {

QString graphNumber(float value)
{
    return shortest(value);
}

QString graphNumber(double value)
{
    return shortest(value);
}

QString xmlSafe(const QString &text)
{
    QString out = text;
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = out.at(i).unicode();
        bool bad = (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xfffe || c == 0xffff;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(out.at(i + 1).unicode())) {
                ++i; // a pair: fine
                continue;
            }
            bad = true;
        } else if (QChar::isLowSurrogate(c)) {
            bad = true;
        }
        if (bad)
            out[i] = QChar(0xfffd);
    }
    return out;
}

} // namespace detail

} // namespace hl
