#include "featureobject.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace hl {

namespace {

constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

// The catalogue's names sorted (stored objects list their keys in this order, so the next
// key is almost always the one after the last match).
struct SortedNames
{
    std::array<std::string_view, FeatureCount> names;
    std::array<std::size_t, FeatureCount> feature;

    SortedNames()
    {
        std::array<std::size_t, FeatureCount> order;
        for (std::size_t i = 0; i < FeatureCount; ++i)
            order[i] = i;
        const auto &cat = featureCatalogue();
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return std::string_view(cat[a].name) < cat[b].name; });
        for (std::size_t i = 0; i < FeatureCount; ++i) {
            names[i] = cat[order[i]].name;
            feature[i] = order[i];
        }
    }

    // Index into `names`, FeatureCount if unknown; `hint` is where to look first.
    std::size_t find(std::string_view name, std::size_t hint) const
    {
        if (hint < FeatureCount && names[hint] == name)
            return hint;
        const auto it = std::lower_bound(names.begin(), names.end(), name);
        return it != names.end() && *it == name ? std::size_t(it - names.begin()) : FeatureCount;
    }
};

const SortedNames &sortedNames()
{
    static const SortedNames names;
    return names;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A plain decimal (-?digits[.digits], no exponent) with at most 15 significant digits and 22
// decimals, as the analysis writes them: digits / 10^decimals, both exact doubles and the
// division correctly rounded, is exactly the double from_chars would give (Clinger's fast
// path). Returns nullptr for anything else, for from_chars to read.
const char *parsePlainDecimal(const char *p, const char *end, double &value)
{
    static constexpr double Pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const bool negative = p < end && *p == '-';
    p += negative;
    std::uint64_t digits = 0;
    int count = 0, decimals = 0;
    const char *const first = p;
    while (p < end && *p >= '0' && *p <= '9' && count < 16) {
        digits = digits * 10 + std::uint64_t(*p++ - '0');
        count += digits != 0;
    }
    if (p == first || (*first == '0' && p - first > 1))
        return nullptr; // no digits, or a leading zero JSON does not allow
    if (p < end && *p == '.') {
        const char *const point = ++p;
        while (p < end && *p >= '0' && *p <= '9' && count < 16) {
            digits = digits * 10 + std::uint64_t(*p++ - '0');
            count += digits != 0;
        }
        decimals = int(p - point);
        if (decimals == 0 || decimals > 22)
            return nullptr;
    }
    if (count > 15 || (p < end && ((*p >= '0' && *p <= '9') || *p == 'e' || *p == 'E' || *p == '.')))
        return nullptr; // more digits than the fast path keeps exact, or an exponent
    value = double(digits) / Pow10[decimals];
    if (negative)
        value = -value;
    return p;
}

enum class Fast { Done, Malformed, Unusual };

// The common case: keys without escapes, values that are numbers or null.
Fast parseFast(std::string_view s, FeatureValues &out)
{
    const SortedNames &names = sortedNames();
    const char *p = s.data();
    const char *const end = p + s.size();
    auto skip = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    skip();
    if (p == end || *p++ != '{')
        return Fast::Malformed;
    skip();
    if (p < end && *p == '}')
        ++p;
    else {
        std::size_t hint = 0;
        for (;;) {
            if (p == end || *p++ != '"')
                return Fast::Malformed;
            const char *const nameStart = p;
            while (p < end && *p != '"' && *p != '\\')
                ++p;
            if (p == end)
                return Fast::Malformed;
            if (*p == '\\')
                return Fast::Unusual;
            const std::string_view name(nameStart, std::size_t(p - nameStart));
            ++p;
            skip();
            if (p == end || *p++ != ':')
                return Fast::Malformed;
            skip();
            double value = Missing;
            if (end - p >= 4 && std::string_view(p, 4) == "null") {
                p += 4;
            } else {
                if (p == end || (*p != '-' && (*p < '0' || *p > '9')))
                    return Fast::Unusual; // a string, true, an object …: QJsonDocument decides
                if (const char *next = parsePlainDecimal(p, end, value)) {
                    p = next;
                } else {
                    const auto [after, ec] = std::from_chars(p, end, value);
                    if (ec != std::errc() || !std::isfinite(value))
                        return Fast::Unusual; // out of range, "-inf": not ours to guess
                    p = after;
                }
            }
            const std::size_t at = names.find(name, hint);
            if (at < FeatureCount) {
                out[names.feature[at]] = value;
                hint = at + 1;
            }
            skip();
            if (p == end)
                return Fast::Malformed;
            if (*p == '}') {
                ++p;
                break;
            }
            if (*p++ != ',')
                return Fast::Malformed;
            skip();
        }
    }
    skip();
    return p == end ? Fast::Done : Fast::Malformed;
}

bool parseSlow(std::string_view s, FeatureValues &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(s.data(), qsizetype(s.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const auto &cat = featureCatalogue();
    for (std::size_t i = 0; i < FeatureCount; ++i) {
        const QJsonValue v = o.value(QLatin1StringView(cat[i].name));
        out[i] = v.isDouble() ? v.toDouble() : Missing;
    }
    return true;
}

} // namespace

bool parseFeatureObject(std::string_view json, FeatureValues &out)
{
    out.fill(Missing);
    const Fast fast = parseFast(json, out);
    if (fast == Fast::Done)
        return true;
    out.fill(Missing);
    if (fast == Fast::Unusual && parseSlow(json, out))
        return true;
    out.fill(Missing);
    return false;
}

} // namespace hl
