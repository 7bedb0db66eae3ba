#include "logistic.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hl {

namespace {

double sigmoid(double x)
{
    return x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
}

// log(1 + e^x) without overflow.
double softplus(double x)
{
    return x > 30 ? x : std::log1p(std::exp(x));
}

// Solves a x = b for a symmetric positive definite `a` (n × n, row-major) by Cholesky.
bool solveSpd(std::vector<double> a, std::vector<double> &b, std::size_t n)
{
    for (std::size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (std::size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0)
            return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (std::size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (std::size_t i = 0; i < n; ++i) { // L y = b
        for (std::size_t k = 0; k < i; ++k)
            b[i] -= a[i * n + k] * b[k];
        b[i] /= a[i * n + i];
    }
    for (std::size_t i = n; i-- > 0;) { // Lᵀ x = y
        for (std::size_t k = i + 1; k < n; ++k)
            b[i] -= a[k * n + i] * b[k];
        b[i] /= a[i * n + i];
    }
    return true;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

std::vector<double> fromArray(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

} // namespace

double LogisticModel::predict(const double *row) const
{
    double eta = intercept;
    for (std::size_t j = 0; j < coef.size(); ++j) {
        if (scale[j] <= 0)
            continue;
        double x = std::isnan(row[j]) ? fill[j] : row[j];
        if (squash[j])
            x = std::asinh(x);
        eta += coef[j] * (x - mean[j]) / scale[j];
    }
    return sigmoid(eta);
}

std::vector<double> LogisticModel::predict(const FeatureRows &rows) const
{
    std::vector<double> out(rows.rows.size());
    for (std::size_t i = 0; i < rows.rows.size(); ++i)
        out[i] = predict(rows.rows[i]);
    return out;
}

std::vector<std::pair<QString, double>> LogisticModel::contributions(const double *row, std::size_t top) const
{
    std::vector<std::pair<QString, double>> out;
    for (std::size_t j = 0; j < coef.size(); ++j) {
        if (scale[j] <= 0 || coef[j] == 0)
            continue;
        double x = std::isnan(row[j]) ? fill[j] : row[j];
        if (squash[j])
            x = std::asinh(x);
        out.emplace_back(features.value(qsizetype(j)), coef[j] * (x - mean[j]) / scale[j]);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return std::abs(a.second) > std::abs(b.second); });
    if (out.size() > top)
        out.resize(top);
    return out;
}

QJsonObject LogisticModel::toJson() const
{
    QJsonArray squashed;
    for (bool s : squash)
        squashed.append(s);
    return QJsonObject{{u"kind"_qs, u"logistic_regression"_qs},
                       {u"features"_qs, QJsonArray::fromStringList(features)},
                       {u"fill"_qs, toArray(fill)},
                       {u"asinh"_qs, squashed},
                       {u"mean"_qs, toArray(mean)},
                       {u"scale"_qs, toArray(scale)},
                       {u"coef"_qs, toArray(coef)},
                       {u"intercept"_qs, intercept},
                       {u"l2"_qs, l2},
                       {u"iterations"_qs, iterations}};
}

std::optional<LogisticModel> LogisticModel::fromJson(const QJsonObject &json, QString *error)
{
    LogisticModel m;
    for (const QJsonValue &v : json.value(u"features"_qs).toArray())
        m.features.append(v.toString());
    m.fill = fromArray(json.value(u"fill"_qs));
    for (const QJsonValue &v : json.value(u"asinh"_qs).toArray())
        m.squash.push_back(v.toBool());
    m.mean = fromArray(json.value(u"mean"_qs));
    m.scale = fromArray(json.value(u"scale"_qs));
    m.coef = fromArray(json.value(u"coef"_qs));
    m.intercept = json.value(u"intercept"_qs).toDouble();
    m.l2 = json.value(u"l2"_qs).toDouble();
    m.iterations = json.value(u"iterations"_qs).toInt();
    const auto n = std::size_t(m.features.size());
    if (json.value(u"kind"_qs).toString() != u"logistic_regression"_qs || n == 0 || m.fill.size() != n
        || m.squash.size() != n || m.mean.size() != n || m.scale.size() != n || m.coef.size() != n) {
        if (error)
            *error = QCoreApplication::translate("hl::Training", "the stored classifier is not a logistic regression this version can read");
        return std::nullopt;
    }
    return m;
}

std::optional<LogisticModel> fitLogistic(const FeatureRows &rows, const std::vector<bool> &positive,
                                         const std::vector<double> &weights, const QStringList &features,
                                         const LogisticOptions &options, QString *error)
{
    const std::size_t n = rows.rows.size(), d = rows.columns;
    double wPos = 0, wNeg = 0;
    for (std::size_t i = 0; i < n; ++i)
        (positive[i] ? wPos : wNeg) += weights.empty() ? 1.0 : weights[i];
    if (wPos <= 0 || wNeg <= 0) {
        if (error)
            *error = QCoreApplication::translate("hl::Training",
                "the training rows hold only one class; label both distillation and benign clusters");
        return std::nullopt;
    }

    LogisticModel m;
    m.features = features;
    m.l2 = options.l2;
    m.fill.assign(d, 0);
    m.squash.assign(d, false);
    m.mean.assign(d, 0);
    m.scale.assign(d, 0);
    m.coef.assign(d, 0);

    // Preprocessing learnt from the training rows; z holds the standardised matrix (row-major).
    std::vector<double> z(n * d);
    std::vector<double> column(n);
    for (std::size_t j = 0; j < d; ++j) {
        std::vector<double> present;
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isnan(rows.rows[i][j]))
                present.push_back(rows.rows[i][j]);
        m.fill[j] = median(present);
        m.squash[j] = !present.empty() && *std::min_element(present.begin(), present.end()) >= 0
                      && *std::max_element(present.begin(), present.end()) > 1;
        double sum = 0, sumSq = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double x = std::isnan(rows.rows[i][j]) ? m.fill[j] : rows.rows[i][j];
            column[i] = m.squash[j] ? std::asinh(x) : x;
            sum += column[i];
        }
        m.mean[j] = sum / double(n);
        for (std::size_t i = 0; i < n; ++i)
            sumSq += (column[i] - m.mean[j]) * (column[i] - m.mean[j]);
        const double sd = std::sqrt(sumSq / double(n));
        m.scale[j] = sd > 1e-12 ? sd : 0;
        for (std::size_t i = 0; i < n; ++i)
            z[i * d + j] = m.scale[j] > 0 ? (column[i] - m.mean[j]) / m.scale[j] : 0;
    }

    // Balanced, normalised weights: each class sums to 1/2.
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i)
        w[i] = (weights.empty() ? 1.0 : weights[i]) / (positive[i] ? 2 * wPos : 2 * wNeg);

    // Parameters: beta[0..d) coefficients, beta[d] intercept. Loss = Σ w·logloss + l2/2·|coef|².
    const std::size_t p = d + 1;
    std::vector<double> beta(p, 0), eta(n, 0);
    const auto lossAt = [&](const std::vector<double> &b, std::vector<double> &etaOut) {
        double loss = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double e = b[d];
            const double *zi = &z[i * d];
            for (std::size_t j = 0; j < d; ++j)
                e += b[j] * zi[j];
            etaOut[i] = e;
            loss += w[i] * (softplus(e) - (positive[i] ? e : 0));
        }
        for (std::size_t j = 0; j < d; ++j)
            loss += options.l2 / 2 * b[j] * b[j];
        return loss;
    };
    double loss = lossAt(beta, eta);
    std::vector<double> grad(p), hess(p * p), trial(p), trialEta(n);
    for (m.iterations = 0; m.iterations < options.maxIterations; ++m.iterations) {
        std::fill(grad.begin(), grad.end(), 0);
        std::fill(hess.begin(), hess.end(), 0);
        for (std::size_t i = 0; i < n; ++i) {
            const double pr = sigmoid(eta[i]);
            const double r = w[i] * (pr - (positive[i] ? 1 : 0));
            const double c = w[i] * pr * (1 - pr);
            const double *zi = &z[i * d];
            for (std::size_t a = 0; a < p; ++a) {
                const double za = a < d ? zi[a] : 1;
                grad[a] += r * za;
                if (c == 0)
                    continue;
                for (std::size_t b = 0; b <= a; ++b)
                    hess[a * p + b] += c * za * (b < d ? zi[b] : 1);
            }
        }
        for (std::size_t a = 0; a < p; ++a) {
            for (std::size_t b = 0; b < a; ++b)
                hess[b * p + a] = hess[a * p + b];
            if (a < d) {
                grad[a] += options.l2 * beta[a];
                hess[a * p + a] += options.l2;
            }
            hess[a * p + a] += 1e-10; // keeps the intercept's row positive on separable data
        }
        std::vector<double> step = grad;
        if (!solveSpd(hess, step, p))
            break;
        // Newton step, halved until the loss goes down.
        double t = 1, trialLoss = loss;
        for (int halving = 0; halving < 30; ++halving, t /= 2) {
            for (std::size_t a = 0; a < p; ++a)
                trial[a] = beta[a] - t * step[a];
            trialLoss = lossAt(trial, trialEta);
            if (trialLoss <= loss)
                break;
        }
        if (trialLoss > loss)
            break;
        const double improvement = loss - trialLoss;
        beta.swap(trial);
        eta.swap(trialEta);
        loss = trialLoss;
        if (improvement < options.tolerance)
            break;
    }
    std::copy(beta.begin(), beta.begin() + std::ptrdiff_t(d), m.coef.begin());
    m.intercept = beta[d];
    return m;
}

} // namespace hl
