#pragma once

#include <cstddef>
#include <vector>

namespace hl {

// How well scores separate positives from negatives on held-out rows.
struct BinaryMetrics
{
    std::size_t rows = 0, positives = 0;
    double threshold = 0.5;
    double precision = 0;    // at `threshold`; NaN when nothing scores at or above it
    double recall = 0;       // at `threshold`; NaN without positives
    double f1 = 0;
    double prAuc = 0;        // average precision (the area under the precision–recall curve, step-wise)
    double rocAuc = 0;       // probability a random positive outscores a random negative (ties: half)
};

// Metrics of `scores` against `positive` with optional per-row `weights` (empty: all 1).
// PR-AUC is average precision as scikit-learn computes it: sum over distinct score thresholds,
// from the highest, of (recall step) × precision there. NaN where undefined (no positives).
BinaryMetrics binaryMetrics(const std::vector<double> &scores, const std::vector<bool> &positive,
                            const std::vector<double> &weights = {}, double threshold = 0.5);

} // namespace hl
