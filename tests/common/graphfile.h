#pragma once

// Reads the graph formats (model/export/graphformats.h) back, header-only: GraphML and GEXF with
// QXmlStreamReader (checking every value against its declared type), DOT with Graphviz's own
// parser (cgraph: a test using it links PkgConfig::GRAPHVIZ). Each gives the nodes and edges in
// file order with their attributes as text.
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include <graphviz/cgraph.h>

#include <vector>

namespace hltest {

using namespace Qt::StringLiterals;

struct ReadNode
{
    QString id, label;
    QHash<QString, QString> attributes; // by name; only those present
    bool hasPosition = false;
    double x = 0, y = 0, size = 0;
};

struct ReadEdge
{
    QString source, target, kind;
    double weight = 0;
};

struct ReadGraph
{
    std::vector<ReadNode> nodes;
    std::vector<ReadEdge> edges;
    QHash<QString, QString> graphAttributes;
    QString error; // empty: read fine
};

// A value of a declared GraphML/GEXF type that does not parse as that type: an error text.
inline QString checkType(const QString &type, const QString &value)
{
    bool ok = true;
    if (type == u"double" || type == u"float")
        value.toDouble(&ok);
    else if (type == u"long" || type == u"int" || type == u"integer")
        value.toLongLong(&ok);
    else if (type == u"boolean")
        ok = value == u"true" || value == u"false";
    return ok ? QString() : QStringLiteral("'%1' is not a %2").arg(value, type);
}

inline ReadGraph readGraphMl(const QByteArray &bytes)
{
    ReadGraph g;
    QXmlStreamReader xml(bytes);
    struct Key { QString name, domain, type; };
    QHash<QString, Key> keys;
    ReadNode *node = nullptr;
    ReadEdge *edge = nullptr;
    bool inGraph = false;
    while (!xml.atEnd() && g.error.isEmpty()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"node"_s)
            node = nullptr;
        if (token == QXmlStreamReader::EndElement && xml.name() == u"edge"_s)
            edge = nullptr;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"key") {
            keys.insert(a.value(u"id"_s).toString(), {a.value(u"attr.name"_s).toString(), a.value(u"for"_s).toString(),
                                                    a.value(u"attr.type"_s).toString()});
        } else if (xml.name() == u"graph") {
            inGraph = true;
            if (a.value(u"edgedefault"_s) != u"undirected")
                g.error = QStringLiteral("the graph is not undirected");
        } else if (xml.name() == u"node") {
            g.nodes.push_back({});
            node = &g.nodes.back();
            node->id = a.value(u"id"_s).toString();
        } else if (xml.name() == u"edge") {
            g.edges.push_back({});
            edge = &g.edges.back();
            edge->source = a.value(u"source"_s).toString();
            edge->target = a.value(u"target"_s).toString();
        } else if (xml.name() == u"data") {
            const QString keyId = a.value(u"key"_s).toString();
            const QString text = xml.readElementText();
            if (!keys.contains(keyId)) {
                g.error = QStringLiteral("data for the undeclared key '%1'").arg(keyId);
                break;
            }
            const Key &k = keys[keyId];
            const QString domain = node ? u"node"_s : edge ? u"edge"_s : u"graph"_s;
            if (k.domain != domain)
                g.error = QStringLiteral("key '%1' is for %2, used on a %3").arg(keyId, k.domain, domain);
            else
                g.error = checkType(k.type, text);
            if (node) {
                if (k.name == u"label")
                    node->label = text;
                else if (k.name == u"x")
                    node->x = text.toDouble(), node->hasPosition = true;
                else if (k.name == u"y")
                    node->y = text.toDouble();
                else if (k.name == u"size")
                    node->size = text.toDouble();
                else
                    node->attributes.insert(k.name, text);
            } else if (edge) {
                if (k.name == u"weight")
                    edge->weight = text.toDouble();
                else if (k.name == u"kind")
                    edge->kind = text;
            } else if (inGraph) {
                g.graphAttributes.insert(k.name, text);
            }
        }
    }
    if (g.error.isEmpty() && xml.hasError())
        g.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return g;
}

inline ReadGraph readGexf(const QByteArray &bytes)
{
    ReadGraph g;
    QXmlStreamReader xml(bytes);
    const QString viz = QStringLiteral("http://www.gexf.net/1.2draft/viz");
    QHash<QString, std::pair<QString, QString>> nodeAttrs, edgeAttrs; // id → (title, type)
    QString attributeClass;
    ReadNode *node = nullptr;
    ReadEdge *edge = nullptr;
    while (!xml.atEnd() && g.error.isEmpty()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"node"_s)
            node = nullptr;
        if (token == QXmlStreamReader::EndElement && xml.name() == u"edge"_s)
            edge = nullptr;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"gexf") {
            if (xml.namespaceUri() != u"http://www.gexf.net/1.2draft" || a.value(u"version"_s) != u"1.2")
                g.error = QStringLiteral("not GEXF 1.2draft");
        } else if (xml.name() == u"graph") {
            if (a.value(u"defaultedgetype"_s) != u"undirected")
                g.error = QStringLiteral("the graph is not undirected");
        } else if (xml.name() == u"meta") {
            g.graphAttributes.insert(u"date"_s, a.value(u"lastmodifieddate"_s).toString());
        } else if (xml.name() == u"attributes") {
            attributeClass = a.value(u"class"_s).toString();
        } else if (xml.name() == u"attribute") {
            (attributeClass == u"node" ? nodeAttrs : edgeAttrs)
                .insert(a.value(u"id"_s).toString(), {a.value(u"title"_s).toString(), a.value(u"type"_s).toString()});
        } else if (xml.name() == u"node") {
            g.nodes.push_back({});
            node = &g.nodes.back();
            node->id = a.value(u"id"_s).toString();
            node->label = a.value(u"label"_s).toString();
        } else if (xml.name() == u"edge") {
            g.edges.push_back({});
            edge = &g.edges.back();
            edge->source = a.value(u"source"_s).toString();
            edge->target = a.value(u"target"_s).toString();
            edge->weight = a.value(u"weight"_s).toDouble();
        } else if (xml.name() == u"attvalue") {
            const auto &declared = node ? nodeAttrs : edgeAttrs;
            const QString id = a.value(u"for"_s).toString(), value = a.value(u"value"_s).toString();
            if (!declared.contains(id)) {
                g.error = QStringLiteral("attvalue for the undeclared attribute '%1'").arg(id);
                break;
            }
            g.error = checkType(declared[id].second, value);
            if (node)
                node->attributes.insert(declared[id].first, value);
            else if (edge && declared[id].first == u"kind")
                edge->kind = value;
        } else if (xml.namespaceUri() == viz && node && xml.name() == u"position") {
            node->hasPosition = true;
            node->x = a.value(u"x"_s).toDouble();
            node->y = a.value(u"y"_s).toDouble();
        } else if (xml.namespaceUri() == viz && node && xml.name() == u"size") {
            node->size = a.value(u"value"_s).toDouble();
        }
    }
    if (g.error.isEmpty() && xml.hasError())
        g.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return g;
}

// Graphviz keeps a backslash before another in a quoted string; a label shows one.
inline QString dotText(const char *value)
{
    return QString::fromUtf8(value ? value : "").replace(u"\\\\"_s, u"\\"_s);
}

inline ReadGraph readDot(const QByteArray &bytes)
{
    ReadGraph g;
    Agraph_t *graph = agmemread(bytes.constData());
    if (!graph) {
        g.error = QStringLiteral("Graphviz cannot parse the DOT text: %1").arg(QString::fromUtf8(aglasterr()));
        return g;
    }
    if (agisdirected(graph))
        g.error = QStringLiteral("the graph is directed");
    const char *names[] = {"kind", "risk", "verdict", "cluster", "flagged", "accounts", "exchanges"};
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        ReadNode r;
        r.id = QString::fromUtf8(agnameof(n));
        r.label = dotText(agget(n, const_cast<char *>("label")));
        for (const char *name : names) {
            const QString v = dotText(agget(n, const_cast<char *>(name)));
            if (!v.isEmpty())
                r.attributes.insert(QString::fromLatin1(name), v);
        }
        QString pos = dotText(agget(n, const_cast<char *>("pos")));
        if (pos.endsWith(u'!')) {
            pos.chop(1);
            r.hasPosition = true;
            r.x = pos.section(u',', 0, 0).toDouble();
            r.y = pos.section(u',', 1, 1).toDouble();
        }
        r.size = dotText(agget(n, const_cast<char *>("width"))).toDouble() * 72 / 2;
        g.nodes.push_back(std::move(r));
    }
    // Edges in file order: cgraph lists them per node; their sequence numbers keep file order.
    std::vector<std::pair<IDTYPE, ReadEdge>> edges;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n))
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e))
            edges.emplace_back(IDTYPE(AGSEQ(e)), ReadEdge{QString::fromUtf8(agnameof(agtail(e))),
                                                  QString::fromUtf8(agnameof(aghead(e))),
                                                  dotText(agget(e, const_cast<char *>("kind"))),
                                                  dotText(agget(e, const_cast<char *>("weight"))).toDouble()});
    std::sort(edges.begin(), edges.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (auto &e : edges)
        g.edges.push_back(std::move(e.second));
    agclose(graph);
    return g;
}

} // namespace hltest
