#include "util/timeparse.h"
#include "util/values.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("iso Z") << QByteArray("2026-02-14T09:31:07Z") << true << qint64(1771061467);
        QTest::addRow("fraction") << QByteArray("2026-02-14T09:31:07.999Z") << true << qint64(1771061467);
        QTest::addRow("nanoseconds") << QByteArray("2026-02-14T09:31:07.123456789Z") << true << qint64(1771061467);
        QTest::addRow("lower t z") << QByteArray("2026-02-14t09:31:07z") << true << qint64(1771061467);
        QTest::addRow("space") << QByteArray("2026-02-14 09:31:07Z") << true << qint64(1771061467);
        QTest::addRow("offset +00:00") << QByteArray("2026-02-14T09:31:07+00:00") << true << qint64(1771061467);
        QTest::addRow("offset +02:00") << QByteArray("2026-02-14T11:31:07+02:00") << true << qint64(1771061467);
        QTest::addRow("offset -0130") << QByteArray("2026-02-14T08:01:07-0130") << true << qint64(1771061467);
        QTest::addRow("no zone is UTC") << QByteArray("2026-02-14T09:31:07") << true << qint64(1771061467);
        QTest::addRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << true << qint64(0);
        QTest::addRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << true << qint64(1709164800);
        QTest::addRow("unix") << QByteArray("1771061467") << true << qint64(1771061467);
        QTest::addRow("unix zero") << QByteArray("0") << true << qint64(0);
        QTest::addRow("unix negative") << QByteArray("-86400") << true << qint64(-86400);
        QTest::addRow("pre-epoch iso") << QByteArray("1969-12-31T00:00:00Z") << true << qint64(-86400);
        QTest::addRow("word") << QByteArray("yesterday") << false << qint64(0);
        QTest::addRow("date only") << QByteArray("2026-02-14") << false << qint64(0);
        QTest::addRow("feb 30") << QByteArray("2026-02-30T00:00:00Z") << false << qint64(0);
        QTest::addRow("not leap") << QByteArray("2025-02-29T00:00:00Z") << false << qint64(0);
        QTest::addRow("hour 24") << QByteArray("2026-02-14T24:00:00Z") << false << qint64(0);
        QTest::addRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << false << qint64(0);
        QTest::addRow("trailing") << QByteArray("2026-02-14T09:31:07Zx") << false << qint64(0);
        QTest::addRow("empty fraction") << QByteArray("2026-02-14T09:31:07.Z") << false << qint64(0);
        QTest::addRow("unix fraction") << QByteArray("1771061467.5") << false << qint64(0);
        QTest::addRow("unix plus") << QByteArray("+1771061467") << false << qint64(0);
        QTest::addRow("unix spaces") << QByteArray(" 1771061467") << false << qint64(0);
        QTest::addRow("unix overflow") << QByteArray("99999999999999999999") << false << qint64(0);
        QTest::addRow("slashes") << QByteArray("2026/02/14T09:31:07Z") << false << qint64(0);
    }

    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto t = hl::parseTimestamp(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(t.has_value(), valid);
        if (valid)
            QCOMPARE(*t, expected);
    }

    void formatRoundTrip()
    {
        for (qint64 t : {qint64(0), qint64(1771061467), qint64(-86400), qint64(951782400), qint64(4102444799)}) {
            const QByteArray s = hl::formatTimestamp(t).toLatin1();
            QCOMPARE(hl::parseTimestamp(std::string_view(s.constData(), size_t(s.size()))).value(), t);
        }
        QCOMPARE(hl::formatTimestamp(1771061467), u"2026-02-14T09:31:07Z"_s);
        QCOMPARE(hl::bucketStart(-1, 3600), -3600);
        QCOMPARE(hl::bucketStart(7199, 3600), 3600);
    }

    void ips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty = invalid
        QTest::addRow("v4") << u"203.0.113.7"_s << u"203.0.113.7"_s;
        QTest::addRow("v6 full") << u"2001:0DB8:0000:0000:0000:0000:0000:0001"_s << u"2001:db8::1"_s;
        QTest::addRow("v6 short") << u"2001:db8::1"_s << u"2001:db8::1"_s;
        QTest::addRow("v4 mapped") << u"::ffff:203.0.113.7"_s << u"203.0.113.7"_s;
        QTest::addRow("v4 octet 256") << u"203.0.113.256"_s << QString();
        QTest::addRow("v4 leading zero") << u"203.0.113.07"_s << QString();
        QTest::addRow("hostname") << u"example.com"_s << QString();
        QTest::addRow("cidr") << u"203.0.113.0/24"_s << QString();
        QTest::addRow("empty") << QString() << QString();
    }

    void ips()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const QByteArray b = text.toLatin1();
        const auto ip = hl::canonicalIp(std::string_view(b.constData(), size_t(b.size())));
        QCOMPARE(ip.has_value(), !canonical.isEmpty());
        if (ip)
            QCOMPARE(QString::fromStdString(*ip), canonical);
    }

    void numbers()
    {
        QCOMPARE(hl::parseInteger("42").value(), 42);
        QCOMPARE(hl::parseInteger("-7").value(), -7);
        QVERIFY(!hl::parseInteger("4.0"));
        QVERIFY(!hl::parseInteger("+4"));
        QVERIFY(!hl::parseInteger("1e3"));
        QCOMPARE(hl::parseReal("2.5e-1").value(), 0.25);
        QCOMPARE(hl::parseReal("1").value(), 1.0);
        QVERIFY(!hl::parseReal("nan"));
        QVERIFY(!hl::parseReal("inf"));
        QVERIFY(!hl::parseReal("0.5x"));
        QCOMPARE(QString::fromStdString(hl::canonicalAsn("as4134").value()), u"AS4134"_s);
        QCOMPARE(QString::fromStdString(hl::canonicalAsn("4134").value()), u"AS4134"_s);
        QVERIFY(!hl::canonicalAsn("AS"));
        QVERIFY(!hl::canonicalAsn("AS99999999999"));
    }
};

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"
