// The timeline: bucket choice, re-bucketing and series assembly (pure logic, data-driven), the
// table model (QAbstractItemModelTester), and the view on a demo case: totals, splits, account
// selections, zoom, release and pivot markers, export.
#include "analysis/analysis.h"
#include "democase.h"
#include "demo/demogenerator.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/caseinfo.h"
#include "storage/timelinedata.h"
#include "util/timeparse.h"
#include "timeline/timeaxis.h"
#include "timeline/timebuckets.h"
#include "timeline/timelinechartview.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hl::timeline;
using hl::TrafficCount;

namespace {

std::int64_t utc(int y, int m, int d, int h = 0)
{
    return hl::daysFromCivil(y, unsigned(m), unsigned(d)) * Day + h * Hour;
}

std::int64_t sumExchanges(const QList<TrafficCount> &counts)
{
    std::int64_t n = 0;
    for (const TrafficCount &c : counts)
        n += c.exchanges;
    return n;
}

// Counts written compactly in the data tables: "start:key:exchanges".
QList<TrafficCount> counts(const QStringList &spec)
{
    QList<TrafficCount> out;
    for (const QString &s : spec) {
        const QStringList p = s.split(u':');
        out.append({p.at(0).toLongLong(), p.at(1), p.at(2).toLongLong(), p.at(2).toLongLong() * 10, 1});
    }
    return out;
}

QStringList describe(const QList<TrafficCount> &list)
{
    QStringList out;
    for (const TrafficCount &c : list)
        out.append(u"%1:%2:%3"_s.arg(c.start).arg(c.key).arg(c.exchanges));
    return out;
}

std::int64_t modelTotal(const QAbstractItemModel &model)
{
    std::int64_t n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            n += model.index(r, c).data(hl::TimelineModel::ExchangesRole).toLongLong();
    return n;
}

bool waitLoaded(hl::TimelineModel *model)
{
    if (!model->isLoading())
        return model->errorString().isEmpty();
    QSignalSpy loaded(model, &hl::TimelineModel::loaded);
    QSignalSpy failed(model, &hl::TimelineModel::loadFailed);
    QElapsedTimer timer;
    timer.start();
    while (loaded.isEmpty() && failed.isEmpty() && timer.elapsed() < 60000)
        QTest::qWait(10);
    return !loaded.isEmpty() && failed.isEmpty();
}

// Pixels that differ from the top-left (background) pixel.
qint64 nonBackgroundPixels(const QImage &image)
{
    const QRgb bg = image.pixel(0, 0);
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != bg;
    return n;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_casePath;
    std::unique_ptr<hl::CaseFile> m_file;
    std::int64_t m_caseExchanges = 0;

private Q_SLOTS:
    // ---- bucket size ----------------------------------------------------------------------
    void chooseBucket_data()
    {
        QTest::addColumn<std::int64_t>("from");
        QTest::addColumn<std::int64_t>("to");
        QTest::addColumn<std::int64_t>("maxHourly");
        QTest::addColumn<std::int64_t>("expected");
        const std::int64_t t0 = utc(2026, 1, 5), max = MaxHourlyBuckets;
        QTest::addRow("empty span") << t0 << t0 << max << Hour;
        QTest::addRow("reversed span") << t0 << t0 - Day << max << Hour;
        QTest::addRow("one hour") << t0 << t0 + Hour << max << Hour;
        QTest::addRow("10 days") << t0 << t0 + 10 * Day << max << Hour;
        QTest::addRow("2,000 hours") << t0 << t0 + 2000 * Hour << max << Hour;
        QTest::addRow("2,000 hours off the hour: 2,001 buckets") << t0 + 1800 << t0 + 1800 + 2000 * Hour << max << Day;
        QTest::addRow("2,001 hours") << t0 << t0 + 2001 * Hour << max << Day;
        QTest::addRow("90 days (the demo)") << t0 << t0 + 90 * Day << max << Day;
        QTest::addRow("2 years") << t0 << t0 + WeeklyFromSpan << max << Day;
        QTest::addRow("2 years and an hour") << t0 << t0 + WeeklyFromSpan + Hour << max << Week;
        QTest::addRow("5 years") << t0 << t0 + 5 * 365 * Day << max << Week;
        QTest::addRow("before 1970, 5 days") << -10 * Day << -5 * Day << max << Hour;
        QTest::addRow("across 1970, 100 days") << -50 * Day << 50 * Day << max << Day;
        QTest::addRow("small budget, 10 days") << t0 << t0 + 10 * Day << std::int64_t(100) << Hour;
        QTest::addRow("small budget, 11 days") << t0 << t0 + 11 * Day << std::int64_t(100) << Day;
    }

    void chooseBucket()
    {
        QFETCH(std::int64_t, from);
        QFETCH(std::int64_t, to);
        QFETCH(std::int64_t, maxHourly);
        QFETCH(std::int64_t, expected);
        QCOMPARE(chooseBucketSeconds(from, to, maxHourly), expected);
    }

    void bucketFloor_data()
    {
        QTest::addColumn<std::int64_t>("ts");
        QTest::addColumn<std::int64_t>("bucket");
        QTest::addColumn<std::int64_t>("expected");
        QTest::addRow("hour, epoch") << std::int64_t(0) << Hour << std::int64_t(0);
        QTest::addRow("hour, last second") << std::int64_t(3599) << Hour << std::int64_t(0);
        QTest::addRow("hour, next") << std::int64_t(3600) << Hour << std::int64_t(3600);
        QTest::addRow("hour, one second before 1970") << std::int64_t(-1) << Hour << -Hour;
        QTest::addRow("hour, exactly -1 h") << -Hour << Hour << -Hour;
        QTest::addRow("hour, -1 h - 1 s") << -Hour - 1 << Hour << -2 * Hour;
        QTest::addRow("day, -1 s") << std::int64_t(-1) << Day << -Day;
        QTest::addRow("day, 23:59:59") << Day - 1 << Day << std::int64_t(0);
        QTest::addRow("week, the epoch (Thursday)") << std::int64_t(0) << Week << -3 * Day; // Monday 1969-12-29
        QTest::addRow("week, first Monday") << WeekOrigin << Week << WeekOrigin;
        QTest::addRow("week, Sunday 23:59:59") << WeekOrigin - 1 << Week << -3 * Day;
        QTest::addRow("week, Tuesday 2026-02-17") << utc(2026, 2, 17, 17) << Week << utc(2026, 2, 16);
        QTest::addRow("week, Monday 1960-02-01") << utc(1960, 2, 1, 5) << Week << utc(1960, 2, 1);
    }

    void bucketFloor()
    {
        QFETCH(std::int64_t, ts);
        QFETCH(std::int64_t, bucket);
        QFETCH(std::int64_t, expected);
        QCOMPARE(hl::timeline::bucketFloor(ts, bucket), expected);
    }

    void weeksStartOnMonday()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            const qint64 ts = qint64(rng.bounded(4000000000.0)) - 2000000000;
            const qint64 w = hl::timeline::bucketFloor(ts, Week);
            QVERIFY(w <= ts && ts < w + Week);
            const QDateTime d = QDateTime::fromSecsSinceEpoch(w, QTimeZone::utc());
            QCOMPARE(d.date().dayOfWeek(), 1);
            QCOMPARE(d.time(), QTime(0, 0));
        }
    }

    // ---- regroup ---------------------------------------------------------------------------
    void regroup_data()
    {
        QTest::addColumn<QStringList>("hourly");
        QTest::addColumn<std::int64_t>("bucket");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty") << QStringList() << Day << QStringList();
        QTest::addRow("hours of one day") << QStringList{u"0:a:1"_s, u"3600:a:2"_s, u"82800:a:4"_s} << Day
                                          << QStringList{u"0:a:7"_s};
        QTest::addRow("midnight is the next day")
            << QStringList{u"82800:a:1"_s, u"86400:a:2"_s} << Day << QStringList{u"0:a:1"_s, u"86400:a:2"_s};
        QTest::addRow("keys kept apart, ordered")
            << QStringList{u"0:b:1"_s, u"0:a:2"_s, u"7200:b:3"_s} << Day << QStringList{u"0:a:2"_s, u"0:b:4"_s};
        QTest::addRow("before 1970") << QStringList{u"-3600:a:1"_s, u"-86400:a:2"_s, u"-86401:a:4"_s, u"0:a:8"_s}
                                     << Day << QStringList{u"-172800:a:4"_s, u"-86400:a:3"_s, u"0:a:8"_s};
        QTest::addRow("week: Sunday night and Monday")
            << QStringList{u"%1:a:1"_s.arg(utc(2026, 2, 15, 23)), u"%1:a:2"_s.arg(utc(2026, 2, 16))} << Week
            << QStringList{u"%1:a:1"_s.arg(utc(2026, 2, 9)), u"%1:a:2"_s.arg(utc(2026, 2, 16))};
        QTest::addRow("week across 1970") << QStringList{u"-3600:a:1"_s, u"0:a:2"_s, u"%1:a:4"_s.arg(WeekOrigin)}
                                          << Week << QStringList{u"-259200:a:3"_s, u"345600:a:4"_s};
        QTest::addRow("unordered input") << QStringList{u"90000:a:1"_s, u"0:a:2"_s, u"3600:a:4"_s} << Day
                                         << QStringList{u"0:a:6"_s, u"86400:a:1"_s};
    }

    void regroup()
    {
        QFETCH(QStringList, hourly);
        QFETCH(std::int64_t, bucket);
        QFETCH(QStringList, expected);
        const QList<TrafficCount> out = hl::timeline::regroup(counts(hourly), bucket);
        QCOMPARE(describe(out), expected);
        for (const TrafficCount &c : out) {
            QCOMPARE(c.inputTokens, c.exchanges * 10); // tokens summed alongside
            QCOMPARE(c.start, hl::timeline::bucketFloor(c.start, bucket));
        }
    }

    void regroupPreservesSums_data()
    {
        QTest::addColumn<std::int64_t>("bucket");
        QTest::addRow("day") << Day;
        QTest::addRow("week") << Week;
        QTest::addRow("hour (no-op)") << Hour;
    }

    void regroupPreservesSums()
    {
        QFETCH(std::int64_t, bucket);
        QRandomGenerator rng(42);
        QList<TrafficCount> hourly;
        const QStringList keys{u"atlas-3"_s, u"atlas-4"_s, u""_s};
        for (std::int64_t h = -500; h < 3000; ++h)
            for (const QString &k : keys)
                if (rng.bounded(3) != 0)
                    hourly.append({h * Hour, k, std::int64_t(rng.bounded(1000)), 0, 0});
        const QList<TrafficCount> out = hl::timeline::regroup(hourly, bucket);
        QCOMPARE(sumExchanges(out), sumExchanges(hourly));
        for (const QString &k : keys) {
            auto only = [&](const QList<TrafficCount> &l) {
                QList<TrafficCount> o;
                std::copy_if(l.cbegin(), l.cend(), std::back_inserter(o), [&](const TrafficCount &c) { return c.key == k; });
                return sumExchanges(o);
            };
            QCOMPARE(only(out), only(hourly));
        }
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].start < out[i].start || (out[i - 1].start == out[i].start && out[i - 1].key < out[i].key));
    }

    // ---- series assembly ------------------------------------------------------------------
    void rankKeys_data()
    {
        QTest::addColumn<int>("keyCount");
        QTest::addColumn<int>("named");
        QTest::addColumn<int>("merged");
        QTest::addRow("one") << 1 << 1 << 0;
        QTest::addRow("eight") << 8 << 8 << 0;
        QTest::addRow("nine: no 'other' of one") << 9 << 9 << 0;
        QTest::addRow("ten") << 10 << 8 << 2;
        QTest::addRow("thirty") << 30 << 8 << 22;
    }

    void rankKeys()
    {
        QFETCH(int, keyCount);
        QFETCH(int, named);
        QFETCH(int, merged);
        // key k has k+1 exchanges spread over two hours: largest is the last key.
        QList<TrafficCount> data;
        for (int k = 0; k < keyCount; ++k) {
            const QString key = u"m%1"_s.arg(k, 2, 10, QLatin1Char('0'));
            data.append({0, key, 1, 0, 0});
            data.append({Hour, key, k, 0, 0});
        }
        const SeriesKeys keys = hl::timeline::rankKeys(data);
        QCOMPARE(keys.named.size(), named);
        QCOMPARE(keys.merged.size(), merged);
        QStringList all = keys.named + keys.merged;
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), u"m%1"_s.arg(keyCount - 1 - i, 2, 10, QLatin1Char('0'))); // by volume

        const SeriesTable table = assembleSeries(data, keys, 0, 2 * Hour, Hour);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.columnCount(), named + (merged ? 1 : 0));
        QCOMPARE(table.total(), sumExchanges(data));
        if (merged) {
            // "other" holds exactly the smallest keys: 1 + k each for k < merged.
            qint64 expected = 0;
            for (int k = 0; k < merged; ++k)
                expected += 1 + k;
            QCOMPARE(table.at(0, named) + table.at(1, named), expected);
        }
    }

    void rankKeysTiesByName()
    {
        const QList<TrafficCount> data = counts({u"0:b:5"_s, u"0:c:5"_s, u"0:a:5"_s, u"0:d:9"_s});
        QCOMPARE(hl::timeline::rankKeys(data).named, (QStringList{u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
    }

    void assembleFillsGapsAndClips()
    {
        const QList<TrafficCount> data =
            counts({u"-3600:a:100"_s, u"0:a:1"_s, u"0:b:2"_s, u"18000:a:3"_s, u"21600:b:100"_s});
        const SeriesKeys keys{{u"b"_s, u"a"_s}, {}};
        const SeriesTable t = assembleSeries(data, keys, 0, 6 * Hour, Hour); // hours 0..5
        QCOMPARE(t.rowCount(), 6);
        QCOMPARE(t.starts.front(), qint64(0));
        QCOMPARE(t.starts.back(), 5 * Hour);
        QCOMPARE(t.at(0, 0), qint64(2));
        QCOMPARE(t.at(0, 1), qint64(1));
        for (int r = 1; r < 5; ++r)
            QCOMPARE(t.rowTotal(r), qint64(0));
        QCOMPARE(t.at(5, 1), qint64(3));
        QCOMPARE(t.total(), qint64(6)); // -1 h and +6 h are outside
        // A range off the hour covers whole buckets.
        QCOMPARE(assembleSeries(data, keys, 1800, 2 * Hour + 1, Hour).rowCount(), 3);
        QCOMPARE(assembleSeries(data, keys, 10, 10, Hour).rowCount(), 0);
    }

    // ---- time axis -------------------------------------------------------------------------
    void utcTicks_data()
    {
        QTest::addColumn<std::int64_t>("from");
        QTest::addColumn<std::int64_t>("to");
        QTest::addColumn<int>("maxTicks");
        const std::int64_t t0 = utc(2026, 1, 5, 7) + 1234;
        QTest::addRow("6 hours") << t0 << t0 + 6 * Hour << 10;
        QTest::addRow("3 days") << t0 << t0 + 3 * Day << 10;
        QTest::addRow("90 days") << t0 << t0 + 90 * Day << 10;
        QTest::addRow("90 days, 3 ticks") << t0 << t0 + 90 * Day << 3;
        QTest::addRow("3 years") << t0 << t0 + 3 * 365 * Day << 8;
        QTest::addRow("40 years") << t0 - 40 * 365 * Day << t0 << 8;
        QTest::addRow("before 1970") << -30 * Day << -Day << 8;
    }

    void utcTicks()
    {
        QFETCH(std::int64_t, from);
        QFETCH(std::int64_t, to);
        QFETCH(int, maxTicks);
        const QList<AxisTick> ticks = hl::timeline::utcTicks(from, to, maxTicks);
        QVERIFY(!ticks.isEmpty());
        QVERIFY(ticks.size() <= maxTicks);
        QSet<QString> labels;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks[i].at >= from && ticks[i].at <= to);
            QCOMPARE(ticks[i].at % Hour, 0); // on round UTC times
            if (i > 0)
                QVERIFY(ticks[i].at > ticks[i - 1].at);
            labels.insert(ticks[i].label);
        }
        QCOMPARE(labels.size(), ticks.size());
    }

    // ---- the model on synthetic data ---------------------------------------------------------
    void modelTester()
    {
        hl::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        hl::TimelineData data;
        const qint64 t0 = utc(2026, 1, 5);
        QRandomGenerator rng(3);
        for (qint64 h = 0; h < 24 * 120; ++h) { // 120 days: days when whole, hours when zoomed
            for (int k = 0; k < 11; ++k)
                if (rng.bounded(2))
                    data.hourlyByModel.append({t0 + h * Hour, u"model-%1"_s.arg(k, 2, 10, QLatin1Char('0')), k + 1, 0, 0});
            data.hourlyByCapability.append({t0 + h * Hour, u"coding"_s, 1, 0, 0});
        }
        std::sort(data.hourlyByModel.begin(), data.hourlyByModel.end(), [](const TrafficCount &a, const TrafficCount &b) {
            return a.start != b.start ? a.start < b.start : a.key < b.key;
        });
        data.releases = {{u"model-10"_s, t0 + 30 * Day + 17 * Hour, u"Model 10"_s}};
        hl::PivotMark pivot;
        pivot.cluster = 4;
        pivot.model = u"model-10"_s;
        pivot.releasedAt = t0 + 30 * Day + 17 * Hour + 1200;
        pivot.hoursToPivot = 5;
        pivot.flagged = true;
        data.pivots = {pivot};
        const qint64 total = sumExchanges(data.hourlyByModel);
        model.setTimelineData(data);
        QCOMPARE(model.bucketSeconds(), Day);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.columnCount(), 9); // 8 named + other
        QCOMPARE(modelTotal(model), total);
        QCOMPARE(model.headerData(8, Qt::Horizontal, hl::TimelineModel::OtherSeriesRole).toBool(), true);
        QCOMPARE(model.headerData(8, Qt::Horizontal, hl::TimelineModel::MergedKeysRole).toStringList(),
                 (QStringList{u"model-02"_s, u"model-01"_s, u"model-00"_s}));
        QCOMPARE(model.headerData(0, Qt::Horizontal, hl::TimelineModel::SeriesKeyRole).toString(), u"model-10"_s);
        QCOMPARE(model.index(1, 0).data(hl::TimelineModel::BucketStartRole).toLongLong(), t0 + Day);
        QCOMPARE(model.visibleReleases().size(), 1);
        QCOMPARE(model.visiblePivots().size(), 1);
        QCOMPARE(model.visiblePivots().front().pivotAt(), t0 + 30 * Day + 22 * Hour);

        model.setVisibleRange(t0 + 29 * Day, t0 + 33 * Day);
        QVERIFY(model.isZoomed());
        QCOMPARE(model.bucketSeconds(), Hour);
        QCOMPARE(model.rowCount(), 4 * 24);
        QCOMPARE(model.columnCount(), 9); // same keys (and colours) when zoomed
        QCOMPARE(model.visibleReleases().size(), 1);
        model.setVisibleRange(t0 + 40 * Day, t0 + 41 * Day);
        QCOMPARE(model.visibleReleases().size(), 0);
        QCOMPARE(model.visiblePivots().size(), 0);

        model.setSplit(hl::TrafficSplit::ByCapability);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(modelTotal(model), 24);
        model.resetVisibleRange();
        QVERIFY(!model.isZoomed());
        QCOMPARE(modelTotal(model), 24 * 120);
        model.setVisibleRange(t0 + 5 * Day + 10, t0 + 5 * Day + 20); // under an hour: one hour
        QCOMPARE(model.rowCount(), 1);
        model.setVisibleRange(t0 - 100 * Day, t0 + 500 * Day); // clamped to the data
        QVERIFY(!model.isZoomed());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // ---- on a demo case ------------------------------------------------------------------------
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(u"demo"_s);
        m_casePath = dir + u".hlcase"_s;
        QString error = hltest::makeDemoCase(dir, m_casePath, hltest::DemoCase(1000, 100000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_file = std::make_unique<hl::CaseFile>();
        QVERIFY2(m_file->open(m_casePath), qPrintable(m_file->errorString()));
        const auto info = hl::readCaseInfo(*m_file, &error);
        QVERIFY2(info, qPrintable(error));
        m_caseExchanges = info->exchanges;
        QCOMPARE(m_caseExchanges, qint64(100000));
    }

    void wholeCaseTotals()
    {
        hl::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(*m_file, std::nullopt);
        QVERIFY(model.isLoading()); // loads in the background: setSource() returned at once
        QVERIFY(waitLoaded(&model));
        QCOMPARE(model.bucketSeconds(), Day); // the demo spans 90 days
        QCOMPARE(modelTotal(model), m_caseExchanges);
        QCOMPARE(model.totalExchanges(), m_caseExchanges);
        model.setSplit(hl::TrafficSplit::ByCapability);
        QCOMPARE(modelTotal(model), m_caseExchanges);
        QVERIFY(model.columnCount() >= 2);
        model.setSplit(hl::TrafficSplit::ByModel);
        QCOMPARE(modelTotal(model), m_caseExchanges);
    }

    void zoomRebucketsToHours()
    {
        hl::TimelineModel model;
        model.setSource(*m_file, std::nullopt);
        QVERIFY(waitLoaded(&model));
        const qint64 release = utc(2026, 2, 17, 17); // atlas-4
        model.setVisibleRange(release - 3 * Day, release + 4 * Day);
        QCOMPARE(model.bucketSeconds(), Hour);
        QCOMPARE(model.rowCount(), 7 * 24);
        QSqlQuery q(m_file->database());
        QVERIFY(q.prepare(u"SELECT coalesce(sum(exchanges), 0) FROM hourly_traffic WHERE hour >= ? AND hour < ?"_s));
        q.addBindValue(qint64(model.rowsFrom()));
        q.addBindValue(qint64(model.rowsTo()));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(model.totalExchanges(), q.value(0).toLongLong());
        QCOMPARE(model.visibleReleases().size(), 1);
        QCOMPARE(model.visibleReleases().front().model, u"atlas-4"_s);
    }

    void accountSelection()
    {
        QSqlQuery q(m_file->database());
        QVERIFY(q.exec(u"SELECT account_id, exchanges FROM account_activity ORDER BY exchanges DESC, account_id LIMIT 60"_s));
        QList<std::int64_t> ids;
        qint64 expected = 0;
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
            expected += q.value(1).toLongLong();
        }
        QCOMPARE(ids.size(), 60);
        hl::TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(*m_file, ids);
        QVERIFY(waitLoaded(&model));
        QCOMPARE(modelTotal(model), expected);
        model.setSplit(hl::TrafficSplit::ByCapability);
        QCOMPARE(modelTotal(model), expected);
    }

    void supersededLoadIsDropped()
    {
        hl::TimelineModel model;
        QSignalSpy loaded(&model, &hl::TimelineModel::loaded);
        model.setSource(*m_file, QList<std::int64_t>{1, 2, 3});
        model.setSource(*m_file, std::nullopt);
        QVERIFY(waitLoaded(&model));
        QTest::qWait(200); // the first load finishing late must not replace the second
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(modelTotal(model), m_caseExchanges);
    }

    void unopenedCaseFails()
    {
        hl::TimelineModel model;
        QSignalSpy failed(&model, &hl::TimelineModel::loadFailed);
        hl::CaseFile closed;
        model.setSource(closed, std::nullopt);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void clusterPivotsAndReleaseMarkers()
    {
        QString error;
        const auto pivots = hl::readPivotMarks(*m_file, std::nullopt, true, &error);
        QVERIFY2(pivots, qPrintable(error));
        const auto releases = hl::readReleases(*m_file, &error);
        QVERIFY(releases);
        QVERIFY(releases->size() >= 2);

        hl::TimelineView view;
        view.resize(1200, 600);
        view.showWholeCase(*m_file);
        QVERIFY(waitLoaded(view.model()));
        int inWindow = 0;
        for (const hl::ReleaseMark &r : *releases)
            inWindow += r.releasedAt >= view.model()->rowsFrom() && r.releasedAt < view.model()->rowsTo();
        QCOMPARE(inWindow, 2); // atlas-4 and atlas-4-mini; the older releases are before the data
        QCOMPARE(view.releaseMarkerCount(), inWindow);
        QCOMPARE(view.pivotMarkerCount(), int(pivots->size()));

        // Zoomed away from every release: no markers.
        view.zoomTo(utc(2026, 1, 10), utc(2026, 1, 14));
        QCOMPARE(view.releaseMarkerCount(), 0);
        view.resetZoom();
        QCOMPARE(view.releaseMarkerCount(), 2);

        // A flagged cluster's accounts show that cluster's pivots.
        if (pivots->isEmpty())
            QSKIP("no flagged pivot in this small demo");
        const auto cluster = hl::readCluster(*m_file, pivots->front().cluster, &error);
        QVERIFY(cluster);
        QList<std::int64_t> members(cluster->accounts.cbegin(), cluster->accounts.cend());
        view.showAccounts(*m_file, members, u"cluster"_s);
        QVERIFY(waitLoaded(view.model()));
        QVERIFY(view.pivotMarkerCount() >= 1);
        for (const hl::PivotMark &p : view.model()->visiblePivots())
            QCOMPARE(p.cluster, cluster->id);
    }

private:
    // Drags across the shown chart from `start` to `end` (shares of the plot's width).
    static void dragAcross(hl::TimelineView &view, double start, double end, Qt::KeyboardModifiers modifiers = {})
    {
        auto *chartView = view.findChild<hl::TimelineChartView *>();
        QVERIFY(chartView);
        QCoreApplication::processEvents();
        const QRectF plot = chartView->mapFromScene(chartView->chart()->mapToScene(chartView->chart()->plotArea()))
                                .boundingRect();
        QVERIFY(plot.width() > 100);
        const int y = int(plot.center().y());
        const QPoint a(int(plot.left() + plot.width() * start), y), b(int(plot.left() + plot.width() * end), y);
        QTest::mousePress(chartView->viewport(), Qt::LeftButton, modifiers, a);
        QMouseEvent move(QEvent::MouseMove, b, chartView->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                         modifiers);
        QCoreApplication::sendEvent(chartView->viewport(), &move);
        QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, modifiers, b);
    }

    // The whole case in `view`, shown on screen and loaded (the drag tests need real geometry).
    bool showWholeCaseOnScreen(hl::TimelineView &view)
    {
        view.resize(1200, 600);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        view.showWholeCase(*m_file);
        return waitLoaded(view.model());
    }

private Q_SLOTS:
    void dragZoomsAndReportsRange()
    {
        hl::TimelineView view;
        QVERIFY(showWholeCaseOnScreen(view));
        QSignalSpy selected(&view, &hl::TimelineView::rangeSelected);
        dragAcross(view, 0.40, 0.45);
        QCOMPARE(selected.size(), 1);
        const qint64 from = selected.front().at(0).toLongLong(), to = selected.front().at(1).toLongLong();
        QVERIFY(from < to);
        QVERIFY(to - from < 10 * Day); // 5 % of 90 days
        QCOMPARE(view.model()->bucketSeconds(), Hour);
        QCOMPARE(view.model()->visibleFrom(), from);
        view.resetZoom();
        QCOMPARE(selected.size(), 2);
        QCOMPARE(view.model()->bucketSeconds(), Day);
    }

    // Shift+drag brushes a range for the other views instead of zooming; Clear brush reports it.
    void shiftDragBrushes()
    {
        hl::TimelineView view;
        QVERIFY(showWholeCaseOnScreen(view));
        QSignalSpy selected(&view, &hl::TimelineView::rangeSelected);
        QSignalSpy brushed(&view, &hl::TimelineView::rangeBrushed);
        QSignalSpy cleared(&view, &hl::TimelineView::brushCleared);
        dragAcross(view, 0.20, 0.30, Qt::ShiftModifier);
        QCOMPARE(brushed.size(), 1);
        QCOMPARE(selected.size(), 0); // not a zoom
        QVERIFY(!view.model()->isZoomed());
        QVERIFY(view.hasBrush());
        const qint64 from = brushed.front().at(0).toLongLong(), to = brushed.front().at(1).toLongLong();
        QVERIFY(from < to && to - from < 20 * Day);
        QVERIFY(from >= view.model()->dataFrom());
        view.clearBrush();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!view.hasBrush());
        view.clearBrush(); // nothing to clear: no signal
        QCOMPARE(cleared.size(), 1);
    }

    void exportImage_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("png") << u"png"_s;
        QTest::addRow("svg") << u"svg"_s;
        QTest::addRow("pdf") << u"pdf"_s;
    }

    void exportImage()
    {
        QFETCH(QString, suffix);
        hl::TimelineView view;
        view.resize(900, 500);
        const QString path = m_tmp.filePath(u"timeline."_s + suffix);
        QVERIFY(!view.exportImage(path)); // nothing loaded yet
        QVERIFY(!view.lastError().isEmpty());
        view.showWholeCase(*m_file);
        QVERIFY(waitLoaded(view.model()));
        QVERIFY2(view.exportImage(path, QSize(1920, 1080)), qPrintable(view.lastError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        if (suffix == u"png"_s) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QCOMPARE(image.size(), QSize(3840, 2160)); // 1920×1080 at pixel ratio 2
            QVERIFY(nonBackgroundPixels(image) > 3840 * 2160 / 10); // the stacked areas fill much of it
        } else if (suffix == u"svg"_s) {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("<path"));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
    }

    void exportRefusesUnknownSuffix()
    {
        hl::TimelineView view;
        view.showWholeCase(*m_file);
        QVERIFY(waitLoaded(view.model()));
        QVERIFY(!view.exportImage(m_tmp.filePath(u"timeline.bmpx"_s)));
        QVERIFY(view.lastError().contains(u".png"_s));
        QVERIFY(!view.exportImage(m_tmp.filePath(u"no-such-folder/timeline.png"_s)));
        QVERIFY(view.lastError().contains(u"no-such-folder"_s));
    }

    // Set HL_TIMELINE_SCREENSHOT=/tmp/timeline.png to look at the view.
    void screenshot()
    {
        hl::TimelineView view;
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showWholeCase(*m_file);
        QVERIFY(waitLoaded(view.model()));
        QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        QVERIFY(nonBackgroundPixels(image) > image.width() * image.height() / 10);
        const QString path = qEnvironmentVariable("HL_TIMELINE_SCREENSHOT");
        if (!path.isEmpty()) {
            QVERIFY(image.save(path));
            view.zoomTo(utc(2026, 2, 14), utc(2026, 2, 24));
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(QString(path).replace(u".png"_s, u"-zoomed.png"_s)));
            view.resetZoom();
            view.setSplit(hl::TrafficSplit::ByCapability);
            QCoreApplication::processEvents();
            QVERIFY(view.grab().save(QString(path).replace(u".png"_s, u"-capability.png"_s)));
            for (const QString &suffix : {u".png"_s, u".svg"_s, u".pdf"_s})
                QVERIFY(view.exportImage(QString(path).replace(u".png"_s, u"-export"_s + suffix)));
        }
    }

    void cleanupTestCase() { m_file.reset(); }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
