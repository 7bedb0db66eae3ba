#include "stixjson.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hl::stix {

namespace {

class Writer
{
public:
    explicit Writer(bool indent) : m_indent(indent) {}

    void value(const QJsonValue &v, int depth)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += "null";
            break;
        case QJsonValue::Bool:
            m_out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
                m_out += QByteArray::number(qint64(d));
            else
                m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            break;
        }
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array:
            array(v.toArray(), depth);
            break;
        case QJsonValue::Object:
            object(v.toObject(), depth);
            break;
        }
    }

    void object(const QJsonObject &o, int depth)
    {
        if (o.isEmpty()) {
            m_out += "{}";
            return;
        }
        QStringList keys;
        for (const char *first : {"type", "spec_version", "id"})
            if (o.contains(QLatin1StringView(first)))
                keys.append(QString::fromLatin1(first));
        const qsizetype firstCount = keys.size();
        for (auto it = o.begin(); it != o.end(); ++it) // QJsonObject iterates in key order
            if (!keys.mid(0, firstCount).contains(it.key()))
                keys.append(it.key());
        m_out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newline(depth + 1);
            string(keys[i]);
            m_out += m_indent ? ": " : ":";
            value(o.value(keys[i]), depth + 1);
        }
        newline(depth);
        m_out += '}';
    }

    void array(const QJsonArray &a, int depth)
    {
        if (a.isEmpty()) {
            m_out += "[]";
            return;
        }
        m_out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                m_out += ',';
            newline(depth + 1);
            value(a.at(i), depth + 1);
        }
        newline(depth);
        m_out += ']';
    }

    void string(const QString &s)
    {
        m_out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            default:
                if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += "0123456789abcdef"[u >> 4];
                    m_out += "0123456789abcdef"[u & 15];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }

    void newline(int depth)
    {
        if (!m_indent)
            return;
        m_out += '\n';
        m_out.append(QByteArray(2 * depth, ' '));
    }

    void raw(const char *text) { m_out += text; }
    QByteArray take() { return std::move(m_out); }

private:
    bool m_indent;
    QByteArray m_out;
};

} // namespace

QByteArray writeBundle(const QString &bundleId, const std::vector<QJsonObject> &objects)
{
    Writer w(true);
    w.raw("{\n  \"type\": \"bundle\",\n  \"id\": ");
    w.string(bundleId);
    w.raw(",\n  \"objects\": [");
    for (std::size_t i = 0; i < objects.size(); ++i) {
        w.raw(i == 0 ? "\n    " : ",\n    ");
        w.object(objects[i], 2);
    }
    w.raw(objects.empty() ? "]\n}\n" : "\n  ]\n}\n");
    return w.take();
}

QByteArray compactObject(const QJsonObject &object)
{
    Writer w(false);
    w.object(object, 0);
    return w.take();
}

} // namespace hl::stix
