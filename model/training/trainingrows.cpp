#include "trainingrows.h"

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hl {

void appendNumber(std::string &out, double value)
{
    if (!std::isfinite(value))
        return;
    char buf[40];
    // Whole numbers as 1000000, not 1e+06 (to_chars would pick the shorter exponent form).
    const bool whole = std::fabs(value) < 1e15 && value == std::trunc(value);
    const auto r = whole ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                         : std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

void appendCsvField(std::string &out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (const char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendJsonString(std::string &out, std::string_view text)
{
    static const char Hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u < 0x20) {
            out.append("\\u00");
            out.push_back(Hex[u >> 4]);
            out.push_back(Hex[u & 15]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

QStringList TrainingRowWriter::fixedColumns()
{
    return {u"account_id"_s, u"cluster_id"_s, u"label"_s, u"weight"_s, u"split"_s};
}

TrainingRowWriter::TrainingRowWriter(const std::vector<TrainingColumn> &columns)
{
    for (const QString &name : fixedColumns())
        m_names.push_back(name.toStdString());
    for (const TrainingColumn &c : columns)
        m_names.push_back(c.name.toStdString());
    for (std::size_t i = 1; i < m_names.size(); ++i) {
        std::string key = ",";
        appendJsonString(key, m_names[i]);
        key.push_back(':');
        m_jsonKeys.push_back(std::move(key));
    }
}

std::string TrainingRowWriter::csvHeader() const
{
    std::string out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        appendCsvField(out, m_names[i]);
    }
    out.append("\r\n");
    return out;
}

void TrainingRowWriter::append(const TrainingRow &row, std::string &csv, std::string &jsonl) const
{
    const QByteArray key = row.accountKey.toUtf8();
    appendCsvField(csv, std::string_view(key.constData(), std::size_t(key.size())));
    jsonl.append("{");
    appendJsonString(jsonl, m_names[0]);
    jsonl.push_back(':');
    appendJsonString(jsonl, std::string_view(key.constData(), std::size_t(key.size())));

    // Each value is formatted once, for both files.
    std::size_t column = 0;
    auto value = [&](std::string_view text, bool quoted) {
        csv.push_back(',');
        csv.append(text);
        jsonl.append(m_jsonKeys[column++]);
        if (text.empty())
            jsonl.append("null");
        else if (quoted)
            appendJsonString(jsonl, text);
        else
            jsonl.append(text);
    };
    std::string number;
    auto numberValue = [&](double v) {
        number.clear();
        appendNumber(number, v);
        value(number, false);
    };
    numberValue(row.clusterId != 0 ? double(row.clusterId) : std::nan(""));
    value(row.positive ? "distillation" : "benign", true);
    numberValue(row.weight);
    value(row.split == Split::Train ? "train" : row.split == Split::Valid ? "valid" : "test", true);
    for (std::size_t i = 0; i + 5 < m_names.size(); ++i) // a row short of features: missing
        numberValue(i < row.features.size() ? row.features[i] : std::nan(""));
    csv.append("\r\n");
    jsonl.append("}\n");
}

} // namespace hl
