#include "analysis/pivots.h"
#include "demo/demogenerator.h"
#include "democase.h"
#include "exportfixture.h"
#include "import/importer.h"
#include "storage/casefile.h"
#include "storage/traffic.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace hltest;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 T0 = 1767225600;      // 2026-01-01 00:00 UTC: the synthetic cases' first hour
constexpr int CaseHours = 30 * 24;     // traffic for 30 days
constexpr int ReleaseHour = 10 * 24 + 17; // m-new is released on day 10 at 17:00
constexpr qint64 Release = T0 + ReleaseHour * Hour;

// A synthetic cluster: `perHour` exchanges in every `everyHours`-th hour (counted from the
// release hour), of which onNew(h) go to m-new in hour h after the release, the rest to older
// models; it stops `stopHour` hours after the release (negative: before).
struct Shape
{
    int perHour = 10;
    int everyHours = 1;
    std::function<int(int)> onNew;
    int stopHour = std::numeric_limits<int>::max();
    QList<QByteArray> oldModels{"m-old"};
};

// Four background accounts send 20 exchanges an hour for the whole 30 days; from the release
// on, one of them an hour goes to m-new (the rest of the case: 5 %). Releases: m-new inside
// the window, m-future after it and m-ancient before it.
MiniExport syntheticExport(const Shape &s)
{
    MiniExport e;
    QByteArray accounts = "account_id,created_at\n";
    for (const char *a : {"bg1", "bg2", "bg3", "bg4", "c1", "c2", "c3", "c4"})
        accounts += QByteArray(a) + ",2025-12-01T00:00:00Z\n";
    QByteArray ex = "ts,account_id,model\n";
    for (int h = 0; h < CaseHours; ++h) {
        const qint64 start = T0 + h * Hour;
        const int rel = h - ReleaseHour;
        for (int a = 0; a < 4; ++a)
            for (int j = 0; j < 5; ++j)
                ex += QByteArray::number(start + j * 600 + a * 60) + ",bg" + QByteArray::number(a + 1) + ','
                      + (rel >= 0 && a == 0 && j == 0 ? "m-new" : "m-old") + '\n';
        if (rel >= s.stopHour || ((rel % s.everyHours) + s.everyHours) % s.everyHours != 0)
            continue;
        const int k = rel >= 0 ? s.onNew(rel) : 0;
        for (int i = 0; i < s.perHour; ++i)
            ex += QByteArray::number(start + 30 + i * 50) + ",c" + QByteArray::number(i % 4 + 1) + ','
                  + (i < k ? QByteArray("m-new") : s.oldModels[i % s.oldModels.size()]) + '\n';
    }
    e.files[u"accounts.csv"_s] = accounts;
    e.files[u"exchanges.csv"_s] = ex;
    e.files[u"releases.csv"_s] = "model,released_at\n"
                                 "m-new," + QByteArray::number(Release) + "\n"
                                 "m-future," + QByteArray::number(T0 + 40 * 24 * Hour) + "\n"
                                 "m-ancient,2025-06-01T00:00:00Z\n";
    return e;
}

QString table(const QList<hl::PivotResult> &results, const QHash<qint64, QString> &names)
{
    auto pct = [](double v) { return QString::number(v * 100.0, 'f', 1).rightJustified(5); };
    QString out = u"\n%1 %2  sh24h sh72h  sh7d  last  pivot h   pop24 pop72 pop7d  rest24 restLast  before    24h     7d  flag\n"_s
                      .arg(u"cluster"_s, -26).arg(u"model"_s, -13);
    for (const hl::PivotResult &r : results) {
        out += u"%1 %2  %3 %4 %5 %6  %7   %8 %9 %10  %11  %12    %13 %14 %15  %16  %17\n"_s
                   .arg(names.value(r.cluster, QString::number(r.cluster)), -26)
                   .arg(r.model, -13)
                   .arg(pct(r.share24h), pct(r.share72h), pct(r.share7d), pct(r.shareLastDay))
                   .arg(r.hoursToPivot ? QString::number(*r.hoursToPivot, 'f', 0).rightJustified(7) : u"      -"_s)
                   .arg(pct(r.population24h), pct(r.population72h), pct(r.population7d), pct(r.rest24h))
                   .arg(pct(r.restLastDay))
                   .arg(r.exchangesBefore, 6)
                   .arg(r.exchanges24h, 6)
                   .arg(r.exchanges7d, 6)
                   .arg(r.flagged ? u"FLAG"_s : u"   -"_s, r.reason);
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::function<int(int)>)

class tst_Pivots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString importCase(const MiniExport &e)
    {
        const QString dir = m_tmp.filePath(u"export%1"_s.arg(++m_counter));
        const QString path = m_tmp.filePath(u"case%1.hlcase"_s.arg(m_counter));
        if (!e.write(dir))
            return {};
        hl::ImportOptions o;
        o.exportDir = dir;
        o.casePath = path;
        const hl::ImportResult r = hl::importExport(o);
        if (!r.ok())
            qWarning("%s %s", qPrintable(r.message), qPrintable(r.errors.join(u'\n')));
        return r.ok() ? path : QString();
    }

    std::optional<QList<hl::PivotResult>> detect(const QString &casePath, const QList<hl::PivotCluster> &clusters,
                                                QString *error, const std::function<bool(double)> &progress = {})
    {
        hl::CaseFile file;
        if (!file.open(casePath)) {
            *error = file.errorString();
            return std::nullopt;
        }
        return hl::detectPivots(file, clusters, hl::PivotOptions(), error, progress);
    }

    QList<std::int64_t> ids(const QString &casePath, const QStringList &keys)
    {
        hl::CaseFile file;
        if (!file.open(casePath))
            return {};
        QString error;
        return hl::accountIdsForKeys(file, keys, &error).value_or(QList<std::int64_t>());
    }

private slots:
    void synthetic_data();
    void synthetic();
    void cancel();
    void demoTruth();
};

void tst_Pivots::synthetic_data()
{
    QTest::addColumn<int>("perHour");
    QTest::addColumn<int>("everyHours");
    QTest::addColumn<std::function<int(int)>>("onNew");
    QTest::addColumn<int>("stopHour");
    QTest::addColumn<bool>("hasResult");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<double>("share24h");
    QTest::addColumn<double>("share7d");
    QTest::addColumn<double>("shareLastDay");
    QTest::addColumn<int>("hoursToPivot"); // -1: none
    QTest::addColumn<qint64>("exchangesBefore");
    QTest::addColumn<qint64>("exchanges7d");

    const int never = std::numeric_limits<int>::max();
    using F = std::function<int(int)>;
    // Step: 8 of 10 on m-new from hour 5 on. 24 h: 19 × 8 / 240; week: 163 × 8 / 1680.
    QTest::addRow("step pivot") << 10 << 1 << F([](int h) { return h >= 5 ? 8 : 0; }) << never << true << true
                                << 152.0 / 240 << 1304.0 / 1680 << 0.8 << 5 << qint64(1680) << qint64(1680);
    // Scripted ramp from 30 h: one more in ten every 16 h, up to 7 (loom's shape). Above 25 %
    // (3 of 10) from hour 78; week: 16 × (1 + … + 6) + 26 × 7 = 518 of 1680.
    QTest::addRow("late ramp within a week") << 10 << 1 << F([](int h) { return std::clamp((h - 30) / 16, 0, 7); })
                                             << never << true << true << 0.0 << 518.0 / 1680 << 0.7 << 78
                                             << qint64(1680) << qint64(1680);
    // One more in ten every three days: 30 % only from day 9 (216 h). Week: 72 × 1 + 24 × 2.
    QTest::addRow("slow ramp over weeks") << 10 << 1 << F([](int h) { return std::min(7, h / 72); }) << never << true
                                          << false << 0.0 << 120.0 / 1680 << 0.2 << 216 << qint64(1680)
                                          << qint64(1680);
    // Reseller: 20 an hour over four older models; one more in twenty on m-new every 4 h up to
    // 11 (55 %). 24 h: 4 × (0 + … + 5) = 60 of 480; above 25 % (6 of 20) from hour 24; week:
    // 4 × (0 + … + 10) + 124 × 11 = 1584 of 3360.
    QTest::addRow("reseller-like moderate adoption") << 20 << 1 << F([](int h) { return std::min(11, h / 4); })
                                                     << never << true << false << 60.0 / 480 << 1584.0 / 3360
                                                     << 0.55 << 24 << qint64(3360) << qint64(3360);
    QTest::addRow("no pivot") << 10 << 1 << F([](int) { return 0; }) << never << true << false << 0.0 << 0.0 << 0.0
                              << -1 << qint64(1680) << qint64(1680);
    // Stops two days before the release: 120 hours of the week before.
    QTest::addRow("no traffic after release") << 10 << 1 << F([](int) { return 10; }) << -48 << true << false << 0.0
                                              << 0.0 << 0.0 << -1 << qint64(1200) << qint64(0);
    QTest::addRow("gone long before release") << 10 << 1 << F([](int) { return 10; }) << -200 << false << false
                                              << 0.0 << 0.0 << 0.0 << -1 << qint64(0) << qint64(0);
    // One exchange every other hour: a clear step (9 of 12 in 24 h) but 84 in the week.
    QTest::addRow("cluster too small") << 1 << 2 << F([](int h) { return h >= 5 ? 1 : 0; }) << never << true << false
                                       << 9.0 / 12 << 81.0 / 84 << 1.0 << 6 << qint64(84) << qint64(84);
}

void tst_Pivots::synthetic()
{
    QFETCH(int, perHour);
    QFETCH(int, everyHours);
    QFETCH(std::function<int(int)>, onNew);
    QFETCH(int, stopHour);
    QFETCH(bool, hasResult);
    QFETCH(bool, flagged);
    QFETCH(double, share24h);
    QFETCH(double, share7d);
    QFETCH(double, shareLastDay);
    QFETCH(int, hoursToPivot);
    QFETCH(qint64, exchangesBefore);
    QFETCH(qint64, exchanges7d);

    Shape s;
    s.perHour = perHour;
    s.everyHours = everyHours;
    s.onNew = onNew;
    s.stopHour = stopHour;
    if (QByteArray(QTest::currentDataTag()).startsWith("reseller"))
        s.oldModels = {"m-a", "m-b", "m-c", "m-old"};
    const QString path = importCase(syntheticExport(s));
    QVERIFY(!path.isEmpty());
    const QList<std::int64_t> cluster = ids(path, {u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s});
    QCOMPARE(cluster.size(), 4);

    QString error;
    const auto results = detect(path, {{7, cluster}}, &error);
    QVERIFY2(results, qPrintable(error));
    qInfo().noquote() << table(*results, {{7, QString::fromLatin1(QTest::currentDataTag())}});
    // m-future (after the traffic) and m-ancient (before it) give no result.
    QCOMPARE(results->size(), hasResult ? 1 : 0);
    if (!hasResult)
        return;
    const hl::PivotResult &r = results->first();
    QCOMPARE(r.cluster, std::int64_t(7));
    QCOMPARE(r.model, u"m-new"_s);
    QCOMPARE(r.releasedAt, Release);
    QCOMPARE(r.flagged, flagged);
    QVERIFY(!r.reason.isEmpty());
    QCOMPARE(r.share24h, share24h);
    QCOMPARE(r.share7d, share7d);
    QCOMPARE(r.shareLastDay, shareLastDay);
    QCOMPARE(r.hoursToPivot.has_value(), hoursToPivot >= 0);
    if (hoursToPivot >= 0)
        QCOMPARE(*r.hoursToPivot, double(hoursToPivot));
    QCOMPARE(r.exchangesBefore, exchangesBefore);
    QCOMPARE(r.exchanges7d, exchanges7d);
    // The rest of the case: the background's one exchange in twenty.
    if (r.exchanges24h > 0)
        QCOMPARE(r.rest24h, 0.05);
    const double n24 = double(r.exchanges24h), newIn24 = r.share24h * n24;
    QCOMPARE(r.population24h, (newIn24 + 24) / (n24 + 480));
}

void tst_Pivots::cancel()
{
    Shape s;
    s.onNew = [](int h) { return h >= 5 ? 8 : 0; };
    const QString path = importCase(syntheticExport(s));
    QVERIFY(!path.isEmpty());
    const QList<std::int64_t> cluster = ids(path, {u"c1"_s, u"c2"_s});
    QString error;
    QVERIFY(!detect(path, {{1, cluster}, {2, cluster}}, &error, [](double f) { return f < 0.5; }));
    QCOMPARE(error, u"cancelled"_s);
    // Two clusters, the same accounts: both flagged, in the given order.
    const auto results = detect(path, {{2, cluster}, {1, cluster}}, &error);
    QVERIFY2(results, qPrintable(error));
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->at(0).cluster, std::int64_t(2));
    QCOMPARE(results->at(1).cluster, std::int64_t(1));
    QVERIFY(results->at(0).flagged && results->at(1).flagged);
}

void tst_Pivots::demoTruth()
{
    QElapsedTimer timer;
    timer.start();
    const QString dir = m_tmp.filePath(u"demo"_s), truthPath = m_tmp.filePath(u"demo-truth.json"_s);
    const QString path = m_tmp.filePath(u"demo.hlcase"_s);
    hltest::DemoCase demo(3000, 600000, 3);
    demo.truthPath = truthPath;
    const QString prepareError = hltest::makeDemoCase(dir, path, demo);
    QVERIFY2(prepareError.isEmpty(), qPrintable(prepareError));
    const qint64 prepared = timer.restart();

    // Clusters: each actor, each look-alike kind, and ordinary users in four chunks.
    QFile truthFile(truthPath);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    QMap<QString, QStringList> groups;
    const QJsonObject accounts = truth.value(u"accounts"_s).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it)
        groups[it.value().toString()].append(it.key());
    QVERIFY(groups.contains(u"actor:quarry"_s) && groups.contains(u"benign:api_reseller"_s));
    const QStringList ordinary = groups.take(u"benign:ordinary"_s);
    for (qsizetype i = 0; i < ordinary.size(); ++i)
        groups[u"benign:ordinary#%1"_s.arg(i % 4 + 1)].append(ordinary[i]);

    hl::CaseFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    QList<hl::PivotCluster> clusters;
    QHash<qint64, QString> names;
    QString error;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto accountIds = hl::accountIdsForKeys(file, it.value(), &error);
        QVERIFY2(accountIds, qPrintable(error));
        clusters.append({clusters.size() + 1, *accountIds});
        names.insert(clusters.size(), it.key());
    }
    int calls = 0;
    const auto results = hl::detectPivots(file, clusters, hl::PivotOptions(), &error, [&](double) { return ++calls > 0; });
    const qint64 detected = timer.elapsed();
    QVERIFY2(results, qPrintable(error));
    qInfo().noquote() << table(*results, names);
    qInfo("demo: generate + import %lld ms, detectPivots %lld ms (%lld clusters)", prepared, detected,
          qint64(clusters.size()));
    QCOMPARE(calls, int(clusters.size()) + 1);

    QStringList flagged;
    QSet<QString> models;
    for (const hl::PivotResult &r : *results) {
        models.insert(r.model);
        if (r.flagged)
            flagged.append(names.value(r.cluster) + u" → "_s + r.model);
    }
    // Releases before the 90-day window (atlas-2, atlas-3, atlas-3.5-fast) give no result.
    QCOMPARE(models, (QSet<QString>{u"atlas-4"_s, u"atlas-4-mini"_s}));
    flagged.sort();
    QCOMPARE(flagged, (QStringList{u"actor:ember → atlas-4-mini"_s, u"actor:loom → atlas-4"_s,
                                   u"actor:quarry → atlas-4"_s}));
}

QTEST_GUILESS_MAIN(tst_Pivots)
#include "tst_pivots.moc"
