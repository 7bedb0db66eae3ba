#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace hl {

struct GraphDocument;

// The graph formats (docs/graph-formats.md), for Gephi, Cytoscape, networkx and Graphviz:
// GraphML (typed <key>s), GEXF 1.2draft (Gephi's own format, with viz:position and viz:size;
// 1.2draft rather than 1.3 because networkx 2.8, Debian 12's, reads only 1.1draft and 1.2draft)
// and DOT (Graphviz; pos="x,y!" in points, so `neato -n` draws it where the window did).
//
// All three are UTF-8, undirected, nodes and edges in the document's order, numbers in the
// shortest form that reads back to the same value (C locale), no time of writing: the same
// document gives the same bytes.
enum class GraphFormat { GraphMl, Gexf, Dot };

QString graphFormatName(GraphFormat format);   // "graphml", "gexf", "dot"
QString graphFormatSuffix(GraphFormat format); // "graphml", "gexf", "dot"
std::optional<GraphFormat> graphFormatFromName(QStringView name);
// By the file name's suffix: .graphml (or .xml), .gexf, .dot (or .gv); nullopt for others.
std::optional<GraphFormat> graphFormatFromPath(const QString &path);

QByteArray writeGraphMl(const GraphDocument &doc);
QByteArray writeGexf(const GraphDocument &doc);
QByteArray writeDot(const GraphDocument &doc);
QByteArray writeGraphFormat(const GraphDocument &doc, GraphFormat format);

namespace detail {
// The shortest decimal text that reads back as the same float / double ("0.25", "1e-07").
QString graphNumber(float value);
QString graphNumber(double value);
// `text` with the characters XML 1.0 cannot hold (controls other than tab, LF and CR; lone
// surrogates; U+FFFE and U+FFFF) replaced by U+FFFD.
QString xmlSafe(const QString &text);
} // namespace detail

} // namespace hl
