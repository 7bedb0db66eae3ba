#include "io/bytesource.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

namespace {

using hltest::gzip;

// Text that compresses, but not to nothing: lines with pseudo-random numbers.
QByteArray sampleText(qsizetype bytes, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray text;
    text.reserve(bytes + 100);
    while (text.size() < bytes)
        text += "row," + QByteArray::number(random.generate()) + ',' + QByteArray::number(random.generate64()) + '\n';
    text.truncate(bytes);
    return text;
}

} // namespace

class tst_ByteSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void read_data();
    void read();
    void errors_data();
    void errors();
    void missingFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void tst_ByteSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ByteSource::write(const QString &name, const QByteArray &bytes)
{
    return hltest::writeFile(m_dir.path(), name, bytes);
}

void tst_ByteSource::read_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("raw");      // the file as written to disk
    QTest::addColumn<QByteArray>("expected"); // what read() must deliver
    QTest::addColumn<int>("chunk");           // capacity passed to read()

    const QByteArray small = "a,b\n1,2\n"_ba;
    const QByteArray big = sampleText(5 * 1024 * 1024 + 123, 7);
    const QByteArray other = sampleText(300 * 1024, 8);

    QTest::addRow("plain small") << u"p1.csv"_s << small << small << 4096;
    QTest::addRow("plain empty") << u"p2.csv"_s << QByteArray() << QByteArray() << 4096;
    QTest::addRow("plain big, 1 MiB reads") << u"p3.csv"_s << big << big << (1 << 20);
    QTest::addRow("plain big, odd reads") << u"p4.csv"_s << big << big << 9973;
    QTest::addRow("gzip small") << u"g1.csv.gz"_s << gzip(small) << small << 4096;
    QTest::addRow("gzip empty content") << u"g2.csv.gz"_s << gzip(QByteArray()) << QByteArray() << 4096;
    QTest::addRow("gzip big, 1 MiB reads") << u"g3.csv.gz"_s << gzip(big) << big << (1 << 20);
    QTest::addRow("gzip big, tiny reads") << u"g4.csv.gz"_s << gzip(big) << big << 777;
    QTest::addRow("gzip upper-case suffix") << u"g5.CSV.GZ"_s << gzip(small) << small << 4096;
    QTest::addRow("gzip concatenated members")
        << u"g6.csv.gz"_s << gzip(big) + gzip(small) + gzip(other) << big + small + other << 65536;
    QTest::addRow("gzip member of empty content in the middle")
        << u"g7.jsonl.gz"_s << gzip(small) + gzip(QByteArray()) + gzip(small) << small + small << 4096;
}

void tst_ByteSource::read()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    QFETCH(int, chunk);

    const QString path = write(name, raw);
    QVERIFY(!path.isEmpty());
    hl::ByteSource source(path);
    QVERIFY2(source.open(), qPrintable(source.errorString()));
    QCOMPARE(source.path(), path);
    QCOMPARE(source.isCompressed(), name.endsWith(u".gz"_s, Qt::CaseInsensitive));
    QCOMPARE(source.rawSize(), raw.size());

    QByteArray got;
    QByteArray buffer(chunk, '\0');
    std::int64_t previousRaw = 0;
    for (;;) {
        const std::int64_t n = source.read(buffer.data(), chunk);
        QVERIFY2(n >= 0, qPrintable(source.errorString()));
        QVERIFY(n <= chunk);
        QVERIFY(source.rawBytesRead() >= previousRaw);
        QVERIFY(source.rawBytesRead() <= raw.size());
        previousRaw = source.rawBytesRead();
        if (n == 0)
            break;
        got.append(buffer.constData(), static_cast<qsizetype>(n));
    }
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(source.rawBytesRead(), raw.size());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    QCOMPARE(source.sha256Hex(), sha);
    QCOMPARE(source.read(buffer.data(), chunk), 0); // stays at the end
    QVERIFY(source.errorString().isEmpty());
}

void tst_ByteSource::errors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("message");

    const QByteArray text = sampleText(2 * 1024 * 1024, 3);
    const QByteArray packed = gzip(text);

    QByteArray corrupt = packed;
    for (qsizetype i = 100; i < 200; ++i)
        corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5A);
    QByteArray badCrc = packed;
    badCrc[badCrc.size() - 8] = static_cast<char>(badCrc[badCrc.size() - 8] ^ 1);

    const QString truncated = u"the gzip data ends early (file truncated?)"_s;
    QTest::addRow("not gzip at all") << "a,b\n1,2\n"_ba << u"corrupt gzip data (incorrect header check)"_s;
    QTest::addRow("bad crc") << badCrc << u"corrupt gzip data (incorrect data check)"_s;
    QTest::addRow("empty file") << QByteArray() << truncated;
    QTest::addRow("truncated in the data") << packed.left(packed.size() / 2) << truncated;
    QTest::addRow("truncated in the trailer") << packed.left(packed.size() - 3) << truncated;
    QTest::addRow("truncated in the header") << packed.left(5) << truncated;
    QTest::addRow("garbage after a member") << packed + "garbage"_ba
                                            << u"corrupt gzip data (incorrect header check)"_s;
    QTest::addRow("corrupt deflate data") << corrupt << QString(); // any zlib detail
}

void tst_ByteSource::errors()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, message);

    const QString path = write(u"broken.csv.gz"_s, raw);
    QVERIFY(!path.isEmpty());
    hl::ByteSource source(path);
    QVERIFY(source.open());
    QByteArray buffer(1 << 20, '\0');
    std::int64_t n;
    int reads = 0;
    while ((n = source.read(buffer.data(), buffer.size())) > 0)
        ++reads;
    QCOMPARE(n, -1);
    QVERIFY(source.sha256Hex().isEmpty());
    if (message.isEmpty())
        QVERIFY2(source.errorString().startsWith(u"corrupt gzip data ("_s), qPrintable(source.errorString()));
    else
        QCOMPARE(source.errorString(), message);
    QCOMPARE(source.read(buffer.data(), buffer.size()), -1); // the error sticks
}

void tst_ByteSource::missingFile()
{
    hl::ByteSource source(m_dir.filePath(u"does-not-exist.csv"_s));
    QVERIFY(!source.open());
    QCOMPARE(source.errorString(), u"cannot open: No such file or directory"_s);
    char buffer[16];
    QCOMPARE(source.read(buffer, sizeof buffer), -1);
}

QTEST_GUILESS_MAIN(tst_ByteSource)
#include "tst_bytesource.moc"
