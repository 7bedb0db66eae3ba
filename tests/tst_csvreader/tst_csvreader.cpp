#include "io/bytesource.h"
#include "io/recordreader.h"
#include "readerdump.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;
using hl::RecordReader;

namespace {

using hltest::gzip;
using hltest::readAll;

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void read_data();
    void read();
    void columns();
    void bufferBoundaries();
    void longRecords();
    void sourceErrors();
    void benchmark();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void tst_CsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_CsvReader::write(const QString &name, const QByteArray &bytes)
{
    return hltest::writeFile(m_dir.path(), name, bytes);
}

void tst_CsvReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("expected");

    const QStringList ab = {u"a"_s, u"b"_s};
    const QStringList abc = {u"a"_s, u"b"_s, u"c"_s};

    // Line endings and blank lines
    QTest::addRow("LF") << "a,b\n1,2\n3,4\n"_ba << ab << QStringList{u"L2 1|2"_s, u"L3 3|4"_s};
    QTest::addRow("no final newline") << "a,b\n1,2\n3,4"_ba << ab << QStringList{u"L2 1|2"_s, u"L3 3|4"_s};
    QTest::addRow("CRLF") << "a,b\r\n1,2\r\n3,4\r\n"_ba << ab << QStringList{u"L2 1|2"_s, u"L3 3|4"_s};
    QTest::addRow("lone CR") << "a,b\r1,2\r3,4\r"_ba << ab << QStringList{u"L2 1|2"_s, u"L3 3|4"_s};
    QTest::addRow("mixed endings") << "a,b\r\n1,2\r3,4\n5,6"_ba << ab
                                   << QStringList{u"L2 1|2"_s, u"L3 3|4"_s, u"L4 5|6"_s};
    QTest::addRow("blank lines everywhere") << "\n\r\na,b\n\n1,2\n\r\n\r3,4\n\n\n"_ba << ab
                                            << QStringList{u"L5 1|2"_s, u"L8 3|4"_s};
    QTest::addRow("header only") << "a,b\n"_ba << ab << QStringList{};
    QTest::addRow("header only, no newline") << "a,b"_ba << ab << QStringList{};
    QTest::addRow("BOM") << "\xEF\xBB\xBF" "a,b\n1,2\n"_ba << ab << QStringList{u"L2 1|2"_s};
    QTest::addRow("header names trimmed") << " a , b\n1,2\n"_ba << ab << QStringList{u"L2 1|2"_s};
    QTest::addRow("quoted header names") << "\"a\",\"b\"\n1,2\n"_ba << ab << QStringList{u"L2 1|2"_s};
    QTest::addRow("spaces in values kept") << "a,b\n 1 , 2 \n"_ba << ab << QStringList{u"L2  1 | 2 "_s};
    QTest::addRow("line of spaces is not blank") << "a\n \n1\n"_ba << QStringList{u"a"_s}
                                                 << QStringList{u"L2  "_s, u"L3 1"_s};

    // Empty fields and quotes
    QTest::addRow("trailing empty field") << "a,b,c\n1,2,\n"_ba << abc << QStringList{u"L2 1|2|-"_s};
    QTest::addRow("all fields empty") << "a,b,c\n,,\n"_ba << abc << QStringList{u"L2 -|-|-"_s};
    QTest::addRow("quoted empty is null") << "a,b\n\"\",x\n"_ba << ab << QStringList{u"L2 -|x"_s};
    QTest::addRow("quoted fields") << "a,b\n\"x\",\"y z\"\n"_ba << ab << QStringList{u"L2 x|y z"_s};
    QTest::addRow("comma in quotes") << "a,b\n\"x,y\",z\n"_ba << ab << QStringList{u"L2 x,y|z"_s};
    QTest::addRow("doubled quotes") << "a,b\n\"he said \"\"hi\"\"\",\"\"\"\"\n"_ba << ab
                                    << QStringList{u"L2 he said \"hi\"|\""_s};
    QTest::addRow("quote inside unquoted field") << "a,b\nab\"c,d\"\n"_ba << ab << QStringList{u"L2 ab\"c|d\""_s};
    QTest::addRow("LF in quotes") << "a,b\n\"x\ny\",z\n1,2\n"_ba << ab
                                  << QStringList{u"L2 x\ny|z"_s, u"L4 1|2"_s};
    QTest::addRow("CRLF in quotes") << "a,b\r\n\"x\r\ny\r\n\",z\r\n1,2\r\n"_ba << ab
                                    << QStringList{u"L2 x\r\ny\r\n|z"_s, u"L5 1|2"_s};
    QTest::addRow("CR in quotes") << "a,b\r\"x\ry\",z\r1,2\r"_ba << ab
                                  << QStringList{u"L2 x\ry|z"_s, u"L4 1|2"_s};
    QTest::addRow("blank lines in quotes are kept") << "a,b\n\"\n\n\",z\n\n1,2\n"_ba << ab
                                                    << QStringList{u"L2 \n\n|z"_s, u"L6 1|2"_s};
    QTest::addRow("quoted last field at end of file") << "a,b\n1,\"2\""_ba << ab << QStringList{u"L2 1|2"_s};
    QTest::addRow("unicode") << "a,b\n\xC3\xA4\xC3\xB6,\"\xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80\"\n"_ba << ab
                             << QStringList{u"L2 äö|日本 😀"_s};

    // Issues
    QTest::addRow("empty file") << QByteArray() << ab
                                << QStringList{u"open the file is empty: a CSV file needs a header row"_s};
    QTest::addRow("only blank lines") << "\n\r\n\r\n"_ba << ab
                                      << QStringList{u"open the file is empty: a CSV file needs a header row"_s};
    QTest::addRow("only a BOM") << "\xEF\xBB\xBF"_ba << ab
                                << QStringList{u"open the file is empty: a CSV file needs a header row"_s};
    QTest::addRow("duplicate header") << "a,b,a\n"_ba << ab
                                      << QStringList{u"open [a] duplicate column in the header"_s};
    QTest::addRow("duplicate after trimming") << "a,b, b\n"_ba << ab
                                              << QStringList{u"open [b] duplicate column in the header"_s};
    QTest::addRow("empty header name") << "a,,b\n"_ba << ab
                                       << QStringList{u"open empty column name in the header (column 2)"_s};
    QTest::addRow("header ends with a comma") << "a,b,\n"_ba << ab
                                              << QStringList{u"open empty column name in the header (column 3)"_s};
    QTest::addRow("blank header name") << "a,  ,b\n"_ba << ab
                                       << QStringList{u"open empty column name in the header (column 2)"_s};
    QTest::addRow("too few fields") << "a,b,c\n1,2\n4,5,6\n"_ba << abc
                                    << QStringList{u"L2 bad expected 3 fields as in the header, found 2"_s,
                                                   u"L3 4|5|6"_s};
    QTest::addRow("too many fields") << "a,b\n1,2,3\n4,5\n"_ba << ab
                                     << QStringList{u"L2 bad expected 2 fields as in the header, found 3"_s,
                                                    u"L3 4|5"_s};
    const QString afterQuote = u"unexpected character after a closing quote "
                               "(write a quote inside a quoted field as \"\")"_s;
    QTest::addRow("text after closing quote") << "a,b\n1,\"x\"y\n3,4\n"_ba << ab
                                              << QStringList{u"L2 bad [b] "_s + afterQuote, u"L3 3|4"_s};
    QTest::addRow("skip respects quotes") << "a,b\n\"x\"y,\"p\nq\",r\n3,4\n"_ba << ab
                                          << QStringList{u"L2 bad [a] "_s + afterQuote, u"L4 3|4"_s};
    QTest::addRow("bad quote in header") << "\"a\"x,b\n"_ba << ab << QStringList{u"open "_s + afterQuote};
    const QString unclosed = u"quoted field is not closed before the end of the file"_s;
    QTest::addRow("unclosed quote") << "a,b\n1,2\n3,\"4\n5,6\n"_ba << ab
                                    << QStringList{u"L2 1|2"_s, u"L3 fatal [b] "_s + unclosed};
    QTest::addRow("unclosed quote in the first field") << "a,b\n1,2\n\n\"3,4\n"_ba << ab
                                                       << QStringList{u"L2 1|2"_s, u"L4 fatal [a] "_s + unclosed};
    QTest::addRow("unclosed quote in the header") << "a,\"b\n"_ba << ab << QStringList{u"open "_s + unclosed};
    QTest::addRow("unclosed quote while skipping") << "a,b\n\"x\"y,\"p\n"_ba << ab
                                                   << QStringList{u"L2 fatal [b] "_s + unclosed};
    QTest::addRow("invalid UTF-8") << "a,b\n\xFF,1\n2,\xC3\n\xC0\x80,3\n4,5\n"_ba << ab
                                   << QStringList{u"L2 bad [a] not valid UTF-8"_s,
                                                  u"L3 bad [b] not valid UTF-8"_s,
                                                  u"L4 bad [a] not valid UTF-8"_s, u"L5 4|5"_s};
    QTest::addRow("invalid UTF-8 in an unwanted column") << "a,x\n1,\xFF\n"_ba << QStringList{u"a"_s}
                                                         << QStringList{u"L2 1"_s};
    QTest::addRow("line numbers after issues")
        << "a,b\n\"1\n\",2,3\n\"x\ny\"z\n\n5,6\n"_ba << ab
        << QStringList{u"L2 bad expected 2 fields as in the header, found 3"_s,
                       u"L4 bad [a] "_s + afterQuote, u"L7 5|6"_s};
}

void tst_CsvReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, expected);

    const QString plain = write(u"t.csv"_s, input);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(readAll(plain, columns), expected);

    const QString packed = write(u"t.csv.gz"_s, gzip(input));
    QVERIFY(!packed.isEmpty());
    QCOMPARE(readAll(packed, columns), expected);
}

void tst_CsvReader::columns()
{
    const QString path = write(u"columns.csv"_s, "x,b,y,a\n1,2,3,4\n5,6,7,8\n"_ba);
    auto reader = RecordReader::create(path);
    reader->setColumns({u"a"_s, u"z"_s, u"b"_s});
    QCOMPARE(reader->columns(), (QStringList{u"a"_s, u"z"_s, u"b"_s}));
    QVERIFY(reader->open());
    QCOMPARE(reader->missingColumns(), QStringList{u"z"_s});
    QCOMPARE(reader->takeNewUnknownColumns(), (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList());
    QCOMPARE(reader->next(), RecordReader::Status::Record);
    QCOMPARE(reader->value(0), "4");
    QVERIFY(reader->isNull(1));
    QCOMPARE(reader->value(2), "2");
    QCOMPARE(reader->next(), RecordReader::Status::Record);
    QCOMPARE(reader->value(0), "8");
    QCOMPARE(reader->next(), RecordReader::Status::End);
    QCOMPARE(reader->next(), RecordReader::Status::End);
    QCOMPARE(reader->recordCount(), 2);
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList());
}

// A CSV file of several MiB whose records straddle the reader's 1 MiB buffer refills, with
// the exact first boundary (1 MiB) inside a quoted multi-line field, between the two quotes of
// a doubled quote, and (CRLF variant) between the CR and the LF of a line end.
struct BigCsv
{
    QByteArray bytes;
    QStringList expected; // as readAll() prints it
};

static BigCsv makeBigCsv(bool crlf)
{
    constexpr qsizetype MiB = 1024 * 1024;
    const QByteArray eol = crlf ? "\r\n"_ba : "\n"_ba;
    BigCsv out;
    out.bytes = "id,text,n" + eol;
    qint64 line = 2;
    int specials = 0;
    for (int i = 0; out.bytes.size() < 3 * MiB + 5000; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray n = QByteArray::number(i * 7);
        QByteArray raw;   // the text field as written
        QString value;    // and as read
        qint64 breaks = 0;
        const qsizetype nextBoundary = (specials + 1) * MiB;
        if (out.bytes.size() + 400 > nextBoundary && out.bytes.size() < nextBoundary) {
            ++specials;
            const qsizetype start = out.bytes.size() + id.size() + 2; // after `id,"`
            if (crlf) {
                // An unquoted record whose CR is the last byte before the boundary.
                const qsizetype pad = nextBoundary - 1 - (start - 1) - 1 - n.size();
                raw = QByteArray(pad, 'p');
                value = QString::fromLatin1(raw);
            } else {
                // `"`, filler, `""` with its first quote just before the boundary, more lines.
                const qsizetype filler = nextBoundary - 1 - start;
                const QByteArray text = QByteArray(filler, 'f') + "\"\" after\nsecond, line\n\nfourth";
                raw = '"' + text + '"';
                value = QString::fromLatin1(text).replace(u"\"\""_s, u"\""_s);
                breaks = 3;
            }
        } else if (i % 5 == 0) {
            const QByteArray text = "multi" + eol + "line, \"\"quoted\"\" " + id;
            raw = '"' + text + '"';
            value = QString::fromLatin1(text).replace(u"\"\""_s, u"\""_s);
            breaks = 1;
        } else {
            raw = "plain text " + QByteArray(i % 37, 'x');
            value = QString::fromLatin1(raw);
        }
        out.bytes += id + ',' + raw + ',' + n + eol;
        out.expected.append(u"L"_s + QString::number(line) + u" "_s + QString::fromLatin1(id) + u"|"_s
                            + value + u"|"_s + QString::fromLatin1(n));
        line += breaks + 1;
    }
    return out;
}

void tst_CsvReader::bufferBoundaries()
{
    const QStringList columns = {u"id"_s, u"text"_s, u"n"_s};
    for (const bool crlf : {false, true}) {
        const BigCsv big = makeBigCsv(crlf);
        QVERIFY(big.bytes.size() > 3 * 1024 * 1024);
        const QString plain = write(u"big.csv"_s, big.bytes);
        QCOMPARE(readAll(plain, columns), big.expected);
        const QString packed = write(u"big.csv.gz"_s, gzip(big.bytes));
        QCOMPARE(readAll(packed, columns), big.expected);
    }
}

void tst_CsvReader::longRecords()
{
    // A record much larger than the buffer: the buffer grows.
    QByteArray text;
    for (int i = 0; text.size() < 5 * 1024 * 1024; ++i)
        text += "line " + QByteArray::number(i) + ", with \"\"quotes\"\"\n";
    QString value = QString::fromLatin1(text).replace(u"\"\""_s, u"\""_s);
    const qint64 breaks = text.count('\n');
    const QString path = write(u"long.csv"_s, "a,b\n1,\"" + text + "\"\n2,3\n");
    QCOMPARE(readAll(path, {u"a"_s, u"b"_s}),
             (QStringList{u"L2 1|"_s + value, u"L"_s + QString::number(3 + breaks) + u" 2|3"_s}));

    // A record over 64 MiB is refused.
    QByteArray huge = "a,b\n1,2\n3,\"";
    huge += QByteArray(65 * 1024 * 1024, 'x');
    huge += "\"\n";
    const QString hugePath = write(u"huge.csv"_s, huge);
    huge.clear();
    QCOMPARE(readAll(hugePath, {u"a"_s, u"b"_s}),
             (QStringList{u"L2 1|2"_s, u"L3 fatal a record is longer than 64 MiB"_s}));
}

void tst_CsvReader::sourceErrors()
{
    QCOMPARE(readAll(m_dir.filePath(u"missing.csv"_s), {u"a"_s}),
             QStringList{u"open cannot open: No such file or directory"_s});
    QCOMPARE(readAll(write(u"plain.csv.gz"_s, "a,b\n1,2\n"_ba), {u"a"_s}),
             QStringList{u"open corrupt gzip data (incorrect header check)"_s});

    QByteArray text = "a,b\n"_ba;
    for (int i = 0; i < 200000; ++i)
        text += QByteArray::number(i) + ',' + QByteArray::number(i * 3) + '\n';
    const QByteArray packed = gzip(text);
    const QStringList got = readAll(write(u"cut.csv.gz"_s, packed.left(packed.size() * 3 / 4)), {u"a"_s, u"b"_s});
    QVERIFY(got.size() > 1000);
    for (qsizetype i = 0; i + 1 < got.size(); ++i)
        QCOMPARE(got.at(i), u"L%1 %2|%3"_s.arg(i + 2).arg(i).arg(i * 3));
    QCOMPARE(got.last(), u"L%1 fatal the gzip data ends early (file truncated?)"_s.arg(got.size() + 1));
}

// Throughput of reading and parsing a typical exchanges table (9 short columns, ~110 bytes a
// row), all columns wanted. Skipped unless HL_BENCH=1 (it writes a file of about 400 MB).
void tst_CsvReader::benchmark()
{
    if (qEnvironmentVariableIntValue("HL_BENCH") != 1)
        QSKIP("set HL_BENCH=1 to measure the CSV throughput");
    const QString path = m_dir.filePath(u"bench.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "ts,account_id,model,capability,template_hash,input_tokens,output_tokens,ip,api_key_id\n";
        for (int i = 0; i < 3600000; ++i) {
            chunk += "2026-02-14T09:" + QByteArray::number(10 + i % 50) + ":07Z,acct_"
                + QByteArray::number(1000000 + i % 40000) + ",model-large-" + QByteArray::number(i % 3)
                + ",reasoning,9f86d081884c" + QByteArray::number(100000 + i % 900000, 16) + ','
                + QByteArray::number(i % 4000) + ',' + QByteArray::number(i % 900) + ",203.0."
                + QByteArray::number(i % 256) + '.' + QByteArray::number(i % 200) + ",key_"
                + QByteArray::number(2000000 + i % 70000) + '\n';
            if (chunk.size() > 4 * 1024 * 1024) {
                QVERIFY(file.write(chunk) == chunk.size());
                chunk.clear();
            }
        }
        QVERIFY(file.write(chunk) == chunk.size());
    }
    const QStringList columns = {u"ts"_s, u"account_id"_s, u"model"_s, u"capability"_s, u"template_hash"_s,
                                 u"input_tokens"_s, u"output_tokens"_s, u"ip"_s, u"api_key_id"_s};
    for (const int wanted : {9, 3}) {
        auto reader = RecordReader::create(path);
        reader->setColumns(columns.mid(0, wanted));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(reader->open());
        std::size_t checksum = 0;
        RecordReader::Status status;
        while ((status = reader->next()) == RecordReader::Status::Record)
            checksum += reader->value(wanted - 1).size();
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(status, RecordReader::Status::End);
        const double mb = static_cast<double>(reader->source().rawSize()) / 1e6;
        qInfo("CSV, %d columns wanted: %.0f MB in %.3f s = %.0f MB/s (%lld rows, checksum %zu)",
              wanted, mb, seconds, mb / seconds, static_cast<long long>(reader->recordCount()), checksum);
    }
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
