// The built-in classifier: metrics against published values, logistic regression against data
// drawn from a known model.
#include "training/logistic.h"
#include "training/metrics.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <random>

using namespace hl;

class tst_Classifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metrics_data();
    void metrics();
    void metricsWithoutPositives();
    void recoversKnownSlope();
    void preprocessing();
    void oneClassRefused();
    void jsonRoundTrip();
};

void tst_Classifier::metrics_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<bool>>("positive");
    QTest::addColumn<double>("prAuc");
    QTest::addColumn<double>("rocAuc");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    // scikit-learn's documentation examples: average_precision_score → 0.8333,
    // roc_auc_score → 0.75 for these four rows.
    QTest::addRow("sklearn docs") << QList<double>{0.1, 0.4, 0.35, 0.8} << QList<bool>{false, false, true, true}
                                  << 0.8333333 << 0.75 << 1.0 << 0.5;
    QTest::addRow("perfect") << QList<double>{0.9, 0.8, 0.2, 0.1} << QList<bool>{true, true, false, false}
                             << 1.0 << 1.0 << 1.0 << 1.0;
    // All tied: one threshold; AP = base rate, AUC = 0.5.
    QTest::addRow("ties") << QList<double>{0.5, 0.5, 0.5, 0.5} << QList<bool>{true, false, false, false}
                          << 0.25 << 0.5 << 0.25 << 1.0;
    QTest::addRow("inverted") << QList<double>{0.1, 0.2, 0.8, 0.9} << QList<bool>{true, true, false, false}
                              << 0.4166667 << 0.0 << 0.0 << 0.0; // 1/2·1/3 + 1/2·2/4
}

void tst_Classifier::metrics()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<bool>, positive);
    QFETCH(double, prAuc);
    QFETCH(double, rocAuc);
    QFETCH(double, precision);
    QFETCH(double, recall);
    const BinaryMetrics m = binaryMetrics(std::vector<double>(scores.begin(), scores.end()),
                                          std::vector<bool>(positive.begin(), positive.end()));
    QCOMPARE(m.rows, std::size_t(scores.size()));
    QVERIFY2(std::abs(m.prAuc - prAuc) < 1e-6, qPrintable(QString::number(m.prAuc)));
    QVERIFY2(std::abs(m.rocAuc - rocAuc) < 1e-6, qPrintable(QString::number(m.rocAuc)));
    QVERIFY2(std::abs(m.precision - precision) < 1e-6, qPrintable(QString::number(m.precision)));
    QVERIFY2(std::abs(m.recall - recall) < 1e-6, qPrintable(QString::number(m.recall)));
}

void tst_Classifier::metricsWithoutPositives()
{
    const BinaryMetrics m = binaryMetrics({0.2, 0.7}, {false, false});
    QVERIFY(std::isnan(m.prAuc));
    QVERIFY(std::isnan(m.recall));
    QCOMPARE(m.precision, 0.0);
}

// y ~ Bernoulli(sigmoid(2x - 0.5)), x uniform in [-1, 1]: without regularisation the fitted slope
// on x's own scale is 2 (class balancing moves only the intercept).
void tst_Classifier::recoversKnownSlope()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> ux(-1, 1), u01(0, 1);
    std::vector<std::array<double, 2>> data(40000);
    std::vector<bool> y;
    FeatureRows rows;
    rows.columns = 2;
    for (auto &r : data) {
        r[0] = ux(rng);
        r[1] = u01(rng) - 0.5; // noise the model must ignore
        y.push_back(u01(rng) < 1 / (1 + std::exp(-(2 * r[0] - 0.5))));
        rows.rows.push_back(r.data());
    }
    LogisticOptions o;
    o.l2 = 0;
    QString error;
    const auto m = fitLogistic(rows, y, {}, {u"x"_qs, u"noise"_qs}, o, &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(!m->squash[0] && !m->squash[1]);
    const double slope = m->coef[0] / m->scale[0];
    QVERIFY2(std::abs(slope - 2) < 0.1, qPrintable(QString::number(slope)));
    QVERIFY2(std::abs(m->coef[1] / m->scale[1]) < 0.15, qPrintable(QString::number(m->coef[1])));
    QVERIFY(m->iterations > 0 && m->iterations < 50);
    // A larger x means a higher probability, and the strongest contribution is x's.
    const double hi[2] = {0.9, 0}, lo[2] = {-0.9, 0};
    QVERIFY(m->predict(hi) > 0.7 && m->predict(lo) < 0.3);
    QCOMPARE(m->contributions(hi, 1).front().first, u"x"_qs);

    // Regularisation shrinks the slope.
    o.l2 = 1;
    const auto shrunk = fitLogistic(rows, y, {}, {u"x"_qs, u"noise"_qs}, o, &error);
    QVERIFY(shrunk && std::abs(shrunk->coef[0]) < std::abs(m->coef[0]));
}

void tst_Classifier::preprocessing()
{
    // Column 0: counts (squashed); 1: missing in some rows (filled with the median); 2: constant.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<std::array<double, 3>> data{{1, 0.2, 5}, {1000, nan, 5}, {3, 0.4, 5}, {50000, 0.9, 5}, {2, nan, 5}};
    FeatureRows rows;
    rows.columns = 3;
    for (const auto &r : data)
        rows.rows.push_back(r.data());
    QString error;
    const auto m = fitLogistic(rows, {false, true, false, true, false}, {}, {u"a"_qs, u"b"_qs, u"c"_qs}, {}, &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->squash[0] && !m->squash[1]);
    QCOMPARE(m->fill[1], 0.4);
    QCOMPARE(m->scale[2], 0.0);
    QCOMPARE(m->coef[2], 0.0);
    QVERIFY(m->coef[0] > 0);
    const double row[3] = {nan, nan, nan}; // every value missing still gives a probability
    QVERIFY(std::isfinite(m->predict(row)));
}

void tst_Classifier::oneClassRefused()
{
    const double r[1] = {1};
    FeatureRows rows{1, {r, r}};
    QString error;
    QVERIFY(!fitLogistic(rows, {true, true}, {}, {u"a"_qs}, {}, &error));
    QVERIFY(error.contains(u"benign"_qs));
}

void tst_Classifier::jsonRoundTrip()
{
    const std::vector<std::array<double, 2>> data{{0, 3}, {1, 7}, {0.5, 2}, {0.9, 9}};
    FeatureRows rows{2, {}};
    for (const auto &r : data)
        rows.rows.push_back(r.data());
    QString error;
    const auto m = fitLogistic(rows, {false, true, false, true}, {1, 1, 0.5, 1}, {u"a"_qs, u"b"_qs}, {}, &error);
    QVERIFY(m);
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(m->toJson()).toJson()).object();
    const auto back = LogisticModel::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    for (const auto &r : data)
        QCOMPARE(back->predict(r.data()), m->predict(r.data()));
    QVERIFY(!LogisticModel::fromJson(QJsonObject{{u"kind"_qs, u"gbt"_qs}}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Classifier)
#include "tst_classifier.moc"
