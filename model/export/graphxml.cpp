// The XML graph formats of export/graphformats.h: GraphML and GEXF 1.2draft.
#include "graphattributes.h"
#include "graphdocument.h"
#include "graphformats.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

using detail::GraphAttributeType;
using detail::graphNumber;
using detail::xmlSafe;

const char *graphMlType(GraphAttributeType type)
{
    switch (type) {
    case GraphAttributeType::String: return "string";
    case GraphAttributeType::Double: return "double";
    case GraphAttributeType::Long: return "long";
    case GraphAttributeType::Boolean: return "boolean";
    }
    return "string";
}

// GEXF and GraphML name the types alike, except GEXF's "integer" (not needed here).
const char *gexfType(GraphAttributeType type)
{
    return graphMlType(type);
}

void startDocument(QXmlStreamWriter &xml, const GraphDocument &doc)
{
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    QString comment = xmlSafe(doc.creator + u": "_s + detail::graphDocumentSummary(doc));
    while (comment.contains(u"--"_s)) // not allowed in an XML comment
        comment.replace(u"--"_s, u"- -"_s);
    xml.writeComment(u" "_s + comment + u" "_s);
}

void writeKey(QXmlStreamWriter &xml, const QString &id, const char *domain, const char *name, const char *type)
{
    xml.writeEmptyElement(u"key"_s);
    xml.writeAttribute(u"id"_s, id);
    xml.writeAttribute(u"for"_s, QLatin1StringView(domain));
    xml.writeAttribute(u"attr.name"_s, QLatin1StringView(name));
    xml.writeAttribute(u"attr.type"_s, QLatin1StringView(type));
}

void writeData(QXmlStreamWriter &xml, const QString &key, const QString &value)
{
    xml.writeStartElement(u"data"_s);
    xml.writeAttribute(u"key"_s, key);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
}

} // namespace

QByteArray writeGraphMl(const GraphDocument &doc)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, doc);
    xml.writeStartElement(u"graphml"_s);
    xml.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeAttribute(u"xsi:schemaLocation"_s, u"http://graphml.graphdrawing.org/xmlns "
                                                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"_s);
    // Key ids are the attribute names (node keys) or "g_"/"e_" + the name (graph, edge keys).
    for (const char *name : {"scope", "description", "date", "creator"})
        writeKey(xml, u"g_"_s + QLatin1StringView(name), "graph", name, "string");
    writeKey(xml, u"g_redacted"_s, "graph", "redacted", "boolean");
    writeKey(xml, u"label"_s, "node", "label", "string");
    const auto &attributes = detail::graphNodeAttributes();
    for (const auto &a : attributes)
        writeKey(xml, QLatin1StringView(a.name), "node", a.name, graphMlType(a.type));
    writeKey(xml, u"size"_s, "node", "size", "float");
    if (doc.hasPositions) {
        writeKey(xml, u"x"_s, "node", "x", "float");
        writeKey(xml, u"y"_s, "node", "y", "float");
    }
    writeKey(xml, u"e_weight"_s, "edge", "weight", "float");
    writeKey(xml, u"e_kind"_s, "edge", "kind", "string");

    xml.writeStartElement(u"graph"_s);
    xml.writeAttribute(u"id"_s, u"G"_s); // an NMTOKEN; the scope ("overview:2+") is not one
    xml.writeAttribute(u"edgedefault"_s, u"undirected"_s);
    writeData(xml, u"g_scope"_s, doc.scope);
    writeData(xml, u"g_description"_s, doc.description);
    if (!doc.date.isEmpty())
        writeData(xml, u"g_date"_s, doc.date);
    writeData(xml, u"g_creator"_s, doc.creator);
    writeData(xml, u"g_redacted"_s, doc.redacted ? u"true"_s : u"false"_s);
    for (const GraphDocumentNode &n : doc.nodes) {
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, n.id);
        writeData(xml, u"label"_s, n.label);
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            const QString value = detail::graphNodeValue(n, a);
            if (!value.isNull())
                writeData(xml, QLatin1StringView(attributes[a].name), value);
        }
        writeData(xml, u"size"_s, graphNumber(n.size));
        if (doc.hasPositions) {
            writeData(xml, u"x"_s, graphNumber(n.x));
            writeData(xml, u"y"_s, graphNumber(n.y));
        }
        xml.writeEndElement();
    }
    for (std::size_t i = 0; i < doc.edges.size(); ++i) {
        const GraphDocumentEdge &e = doc.edges[i];
        xml.writeStartElement(u"edge"_s);
        xml.writeAttribute(u"id"_s, u"e"_s + QString::number(i));
        xml.writeAttribute(u"source"_s, doc.nodes[e.source].id);
        xml.writeAttribute(u"target"_s, doc.nodes[e.target].id);
        writeData(xml, u"e_weight"_s, graphNumber(e.weight));
        writeData(xml, u"e_kind"_s, e.kind);
        xml.writeEndElement();
    }
    xml.writeEndDocument(); // closes graph and graphml
    return bytes;
}

QByteArray writeGexf(const GraphDocument &doc)
{
    const QString ns = u"http://www.gexf.net/1.2draft"_s;
    const QString viz = u"http://www.gexf.net/1.2draft/viz"_s;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, doc);
    xml.writeStartElement(u"gexf"_s);
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace(viz, u"viz"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeAttribute(u"xsi:schemaLocation"_s, ns + u" "_s + ns + u"/gexf.xsd"_s);
    xml.writeAttribute(u"version"_s, u"1.2"_s);

    xml.writeStartElement(u"meta"_s);
    if (!doc.date.isEmpty())
        xml.writeAttribute(u"lastmodifieddate"_s, doc.date);
    xml.writeTextElement(u"creator"_s, xmlSafe(doc.creator));
    xml.writeTextElement(u"keywords"_s, xmlSafe(doc.scope + (doc.redacted ? u", redacted"_s : QString())));
    xml.writeTextElement(u"description"_s, xmlSafe(detail::graphDocumentSummary(doc)));
    xml.writeEndElement();

    xml.writeStartElement(u"graph"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    xml.writeAttribute(u"defaultedgetype"_s, u"undirected"_s);
    const auto &attributes = detail::graphNodeAttributes();
    xml.writeStartElement(u"attributes"_s);
    xml.writeAttribute(u"class"_s, u"node"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    for (const auto &a : attributes) {
        xml.writeEmptyElement(u"attribute"_s);
        xml.writeAttribute(u"id"_s, QLatin1StringView(a.name));
        xml.writeAttribute(u"title"_s, QLatin1StringView(a.name));
        xml.writeAttribute(u"type"_s, QLatin1StringView(gexfType(a.type)));
    }
    xml.writeEndElement();
    xml.writeStartElement(u"attributes"_s);
    xml.writeAttribute(u"class"_s, u"edge"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    xml.writeEmptyElement(u"attribute"_s);
    xml.writeAttribute(u"id"_s, u"kind"_s);
    xml.writeAttribute(u"title"_s, u"kind"_s);
    xml.writeAttribute(u"type"_s, u"string"_s);
    xml.writeEndElement();

    xml.writeStartElement(u"nodes"_s);
    for (const GraphDocumentNode &n : doc.nodes) {
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, n.id);
        xml.writeAttribute(u"label"_s, xmlSafe(n.label));
        xml.writeStartElement(u"attvalues"_s);
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            const QString value = detail::graphNodeValue(n, a);
            if (value.isNull())
                continue;
            xml.writeEmptyElement(u"attvalue"_s);
            xml.writeAttribute(u"for"_s, QLatin1StringView(attributes[a].name));
            xml.writeAttribute(u"value"_s, xmlSafe(value));
        }
        xml.writeEndElement();
        xml.writeEmptyElement(viz, u"size"_s);
        xml.writeAttribute(u"value"_s, graphNumber(n.size));
        if (doc.hasPositions) {
            xml.writeEmptyElement(viz, u"position"_s);
            xml.writeAttribute(u"x"_s, graphNumber(n.x));
            xml.writeAttribute(u"y"_s, graphNumber(n.y));
            xml.writeAttribute(u"z"_s, u"0"_s);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(u"edges"_s);
    for (std::size_t i = 0; i < doc.edges.size(); ++i) {
        const GraphDocumentEdge &e = doc.edges[i];
        xml.writeStartElement(u"edge"_s);
        xml.writeAttribute(u"id"_s, QString::number(i));
        xml.writeAttribute(u"source"_s, doc.nodes[e.source].id);
        xml.writeAttribute(u"target"_s, doc.nodes[e.target].id);
        xml.writeAttribute(u"weight"_s, graphNumber(e.weight));
        xml.writeStartElement(u"attvalues"_s);
        xml.writeEmptyElement(u"attvalue"_s);
        xml.writeAttribute(u"for"_s, u"kind"_s);
        xml.writeAttribute(u"value"_s, e.kind);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace hl
