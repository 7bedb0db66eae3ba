#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace hl {

BinaryMetrics binaryMetrics(const std::vector<double> &scores, const std::vector<bool> &positive,
                            const std::vector<double> &weights, double threshold)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    BinaryMetrics m;
    m.rows = scores.size();
    m.threshold = threshold;
    const auto w = [&](std::size_t i) { return weights.empty() ? 1.0 : weights[i]; };

    double pos = 0, neg = 0, tp = 0, fp = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        m.positives += positive[i];
        (positive[i] ? pos : neg) += w(i);
        if (scores[i] >= threshold)
            (positive[i] ? tp : fp) += w(i);
    }
    m.precision = tp + fp > 0 ? tp / (tp + fp) : NaN;
    m.recall = pos > 0 ? tp / pos : NaN;
    m.f1 = (std::isfinite(m.precision) && std::isfinite(m.recall) && m.precision + m.recall > 0)
               ? 2 * m.precision * m.recall / (m.precision + m.recall)
               : NaN;
    if (pos <= 0) {
        m.prAuc = m.rocAuc = NaN;
        return m;
    }

    // Highest score first; rows with equal scores form one threshold.
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    double cumTp = 0, cumFp = 0, ap = 0, lastRecall = 0, rocArea = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        double groupTp = 0, groupFp = 0;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) {
            (positive[order[j]] ? groupTp : groupFp) += w(order[j]);
            ++j;
        }
        rocArea += groupFp * (cumTp + groupTp / 2); // positives above this group, ties count half
        cumTp += groupTp;
        cumFp += groupFp;
        const double recall = cumTp / pos;
        ap += (recall - lastRecall) * (cumTp / (cumTp + cumFp));
        lastRecall = recall;
        i = j;
    }
    m.prAuc = ap;
    m.rocAuc = neg > 0 ? rocArea / (pos * neg) : NaN;
    return m;
}

} // namespace hl
