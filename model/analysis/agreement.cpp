#include "agreement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace hl {

PairStatistics cohensKappa(const std::vector<int> &a, const std::vector<int> &b)
{
    PairStatistics s;
    std::map<int, std::pair<std::int64_t, std::int64_t>> marginals; // category → (a's count, b's count)
    std::int64_t alike = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] == NoRating || b[i] == NoRating)
            continue;
        ++s.items;
        alike += a[i] == b[i];
        ++marginals[a[i]].first;
        ++marginals[b[i]].second;
    }
    if (s.items == 0)
        return s;
    const double n = double(s.items);
    s.observed = double(alike) / n;
    double expected = 0;
    for (const auto &[category, counts] : marginals)
        expected += double(counts.first) * double(counts.second) / (n * n);
    if (expected < 1.0 - 1e-12)
        s.kappa = (s.observed - expected) / (1.0 - expected);
    return s;
}

double krippendorffAlpha(const std::vector<std::vector<int>> &units)
{
    // Nominal metric: only the coincidences off the diagonal (c != k) count as disagreement.
    // A unit with m values, n_uc of them in category c, adds (m^2 - sum n_uc^2) / (m - 1) to
    // them, and n_uc to the category's total n_c.
    std::map<int, double> totals; // n_c
    double disagreeing = 0;
    double n = 0;
    for (const std::vector<int> &unit : units) {
        std::map<int, double> counts;
        double m = 0;
        for (int value : unit)
            if (value != NoRating) {
                ++counts[value];
                ++m;
            }
        if (m < 2)
            continue; // not pairable
        double sumSquares = 0;
        for (const auto &[category, count] : counts) {
            sumSquares += count * count;
            totals[category] += count;
        }
        disagreeing += (m * m - sumSquares) / (m - 1);
        n += m;
    }
    double expected = n * n; // sum over c != k of n_c * n_k
    for (const auto &[category, total] : totals)
        expected -= total * total;
    if (n < 2 || expected <= 0)
        return Undefined;
    return 1.0 - (n - 1) * disagreeing / expected;
}

Reliability reliabilityOf(double alpha)
{
    if (std::isnan(alpha))
        return Reliability::Undefined;
    if (alpha >= 0.800)
        return Reliability::Reliable;
    if (alpha >= 0.667)
        return Reliability::Tentative;
    return Reliability::Unreliable;
}

int Agreement::openCount() const
{
    return int(std::count_if(disagreements.begin(), disagreements.end(),
                             [](const Disagreement &d) { return !d.resolved; }));
}

namespace {

struct ItemState
{
    std::map<QString, Verdict> verdicts; // analyst → current verdict (None never stored)
    const LabelEvent *latest = nullptr;  // the latest event of all, adjudication included
};

Disagreement disagreement(LabelTarget target, std::int64_t id, const std::vector<int> &row, const LabelEvent &latest)
{
    Disagreement d;
    d.target = target;
    d.targetId = id;
    d.verdicts.reserve(row.size());
    for (int r : row)
        d.verdicts.push_back(r == NoRating ? Verdict::None : Verdict(r));
    d.resolved = latest.origin == ResolveOrigin && latest.verdict != Verdict::None;
    if (d.resolved) {
        d.resolution = latest.verdict;
        d.resolvedBy = latest.analyst;
        d.resolvedAt = latest.createdAt;
    }
    return d;
}

} // namespace

Agreement agreementFromEvents(const std::vector<LabelEvent> &events)
{
    std::map<std::pair<LabelTarget, std::int64_t>, ItemState> items; // ordered by kind, then id
    for (const LabelEvent &e : events) {
        ItemState &item = items[{e.target, e.targetId}];
        item.latest = &e;
        if (e.origin == ResolveOrigin || e.origin == UnresolveOrigin)
            continue; // adjudication: nobody's rating
        if (e.verdict == Verdict::None)
            item.verdicts.erase(e.analyst);
        else
            item.verdicts[e.analyst] = e.verdict;
    }

    Agreement out;
    std::set<QString> names;
    for (const auto &[key, item] : items)
        for (const auto &[analyst, verdict] : item.verdicts)
            names.insert(analyst);
    for (const QString &name : names)
        out.analysts.append(name);

    // The ratings: one row per item, one column per analyst.
    std::vector<std::vector<int>> ratings;
    for (const auto &[key, item] : items) {
        if (item.verdicts.empty())
            continue;
        std::vector<int> row(std::size_t(out.analysts.size()), NoRating);
        for (const auto &[analyst, verdict] : item.verdicts)
            row[std::size_t(out.analysts.indexOf(analyst))] = int(verdict);
        ++out.items;
        if (item.verdicts.size() >= 2) {
            ++out.pairableItems;
            const Verdict first = item.verdicts.begin()->second;
            if (std::any_of(item.verdicts.begin(), item.verdicts.end(), [&](const auto &v) { return v.second != first; }))
                out.disagreements.push_back(disagreement(key.first, key.second, row, *item.latest));
        }
        ratings.push_back(std::move(row));
    }
    std::stable_partition(out.disagreements.begin(), out.disagreements.end(),
                          [](const Disagreement &d) { return !d.resolved; });

    const auto column = [&](int analyst) {
        std::vector<int> c;
        c.reserve(ratings.size());
        for (const std::vector<int> &row : ratings)
            c.push_back(row[std::size_t(analyst)]);
        return c;
    };
    for (int a = 0; a < out.analysts.size(); ++a) {
        const std::vector<int> first = column(a);
        for (int b = a + 1; b < out.analysts.size(); ++b)
            out.pairs.push_back({a, b, cohensKappa(first, column(b))});
    }
    if (out.analysts.size() >= 2)
        out.alpha = krippendorffAlpha(ratings);
    return out;
}

std::optional<Agreement> computeAgreement(const CaseFile &file, QString *error)
{
    const auto events = readLabelEvents(file, error);
    if (!events)
        return std::nullopt;
    return agreementFromEvents(*events);
}

} // namespace hl
