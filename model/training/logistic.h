#pragma once

#include <QJsonObject>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <vector>

namespace hl {

// Rows of features for a classifier, by reference: row i is rows[i][0 .. columns). NaN = missing.
struct FeatureRows
{
    std::size_t columns = 0;
    std::vector<const double *> rows;
};

// L2-regularised logistic regression, fitted by Newton's method (a handful of iterations on a few
// dozen features: a second on 50,000 rows), with the preprocessing it learnt from its training
// rows: missing values filled with the training median, heavy-tailed columns (counts, days, ratios:
// never negative, some value above 1) squashed with asinh, then standardised. Constant columns get no weight.
// Classes are balanced: each class carries half the total weight, so a 1:20 label mix does not
// teach "always benign". Plain numbers in, a probability out; saved as JSON in the case so a
// stored classifier version can score new accounts later exactly as it did.
struct LogisticModel
{
    QStringList features;       // column names, in order
    std::vector<double> fill;   // per column: value used for NaN
    std::vector<bool> squash;   // per column: asinh applied
    std::vector<double> mean, scale; // per column, after squashing; scale 0 = constant column
    std::vector<double> coef;   // per column, on the standardised value
    double intercept = 0;
    double l2 = 0;              // the regularisation it was fitted with
    int iterations = 0;

    double predict(const double *row) const; // probability of the positive class
    std::vector<double> predict(const FeatureRows &rows) const;
    // The columns that moved this row's log-odds most (name, contribution), strongest first.
    std::vector<std::pair<QString, double>> contributions(const double *row, std::size_t top = 3) const;

    QJsonObject toJson() const;
    static std::optional<LogisticModel> fromJson(const QJsonObject &json, QString *error);
};

struct LogisticOptions
{
    double l2 = 1e-2;          // penalty on the mean loss: larger = simpler model
    int maxIterations = 50;
    double tolerance = 1e-9;   // stop when the loss improves less than this
};

// Fits on `rows` with labels `positive` and per-row `weights` (empty: all 1). Needs both classes.
std::optional<LogisticModel> fitLogistic(const FeatureRows &rows, const std::vector<bool> &positive,
                                         const std::vector<double> &weights, const QStringList &features,
                                         const LogisticOptions &options, QString *error);

} // namespace hl
