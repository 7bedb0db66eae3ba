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

QString invalid(int character, const QString &detail)
{
    return u"bad invalid JSON at character %1: %2"_s.arg(character).arg(detail);
}

} // namespace

class tst_JsonlReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void read_data();
    void read();
    void unknownColumns();
    void bufferBoundaries();
    void benchmark();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void tst_JsonlReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_JsonlReader::write(const QString &name, const QByteArray &bytes)
{
    return hltest::writeFile(m_dir.path(), name, bytes);
}

void tst_JsonlReader::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected"); // columns are always a, b
    using L = QStringList;

    // Structure, line ends, blank lines
    QTest::addRow("simple") << R"({"a":"x","b":"y"}
{"b":"2","a":"1"}
)"_ba << L{u"L1 x|y"_s, u"L2 1|2"_s};
    QTest::addRow("empty file") << QByteArray() << L{};
    QTest::addRow("no final newline") << R"({"a":"x"})"_ba << L{u"L1 x|-"_s};
    QTest::addRow("CRLF and blank lines") << "\r\n{\"a\":\"x\"}\r\n\r\n  \t\r\n{\"b\":\"y\"}\r\n\r\n"_ba
                                          << L{u"L2 x|-"_s, u"L5 -|y"_s};
    QTest::addRow("BOM") << "\xEF\xBB\xBF{\"a\":\"x\"}\n"_ba << L{u"L1 x|-"_s};
    QTest::addRow("whitespace") << " { \"a\" : \"x\" ,\t\"b\" :1 } \n"_ba << L{u"L1 x|1"_s};
    QTest::addRow("empty object") << "{}\n{ }\n"_ba << L{u"L1 -|-"_s, u"L2 -|-"_s};

    // Values
    QTest::addRow("null and empty string") << R"({"a":null,"b":""})"_ba << L{u"L1 -|-"_s};
    QTest::addRow("true and false") << R"({"a":true,"b":false})"_ba << L{u"L1 true|false"_s};
    QTest::addRow("numbers as raw text") << R"({"a":-1.50e+10,"b":0}
{"a":123456789012345678901234567890,"b":-0.0E-7}
)"_ba << L{u"L1 -1.50e+10|0"_s, u"L2 123456789012345678901234567890|-0.0E-7"_s};
    QTest::addRow("escapes") << R"({"a":"q\" b\\ s\/ \b\f\n\r\t","b":"\u00e9\u20AC \ud83d\ude00"})"_ba
                             << L{u"L1 q\" b\\ s/ \b\f\n\r\t|é€ 😀"_s};
    QTest::addRow("escaped NUL and key") << R"({"\u0061":"x\u0000y"})"_ba << L{u"L1 x\0y|-"_s};
    QTest::addRow("unicode") << "{\"a\":\"日本\",\"b\":\"ä😀\"}\n"_ba << L{u"L1 日本|ä😀"_s};
    QTest::addRow("unknown values skipped")
        << R"({"x":{"a":[1,{"b":"}]"}],"c":{}},"a":"1","y":[[],[[{"z":null}]],"\"]"],"z":-2e3,"w":true,"b":"2"})"_ba
        << L{u"L1 1|2"_s};

    // Issues
    QTest::addRow("not an object") << "[1,2]\n\"x\"\n42\nnull\nabc\n{\"a\":\"ok\"}\n"_ba
                                   << L{u"L1 bad not a JSON object"_s, u"L2 bad not a JSON object"_s,
                                        u"L3 bad not a JSON object"_s, u"L4 bad not a JSON object"_s,
                                        u"L5 bad not a JSON object"_s, u"L6 ok|-"_s};
    QTest::addRow("missing colon") << R"({"a" 1})"_ba << L{u"L1 "_s + invalid(6, u"expected ':' after a key"_s)};
    QTest::addRow("trailing comma") << R"({"a":1,})"_ba
                                    << L{u"L1 "_s + invalid(8, u"expected a key in double quotes"_s)};
    QTest::addRow("unquoted key") << R"({a:1})"_ba << L{u"L1 "_s + invalid(2, u"expected a key in double quotes"_s)};
    QTest::addRow("not closed") << R"({"a":1)"_ba
                                << L{u"L1 "_s + invalid(7, u"expected ',' or '}' after a value"_s)};
    QTest::addRow("leading zero") << R"({"a":01})"_ba
                                  << L{u"L1 "_s + invalid(7, u"expected ',' or '}' after a value"_s)};
    QTest::addRow("bad fraction") << R"({"a":1.})"_ba << L{u"L1 "_s + invalid(8, u"invalid number"_s)};
    QTest::addRow("bad exponent") << R"({"a":1e})"_ba << L{u"L1 "_s + invalid(8, u"invalid number"_s)};
    QTest::addRow("lone minus") << R"({"b":-})"_ba << L{u"L1 "_s + invalid(7, u"invalid number"_s)};
    QTest::addRow("bad literal") << R"({"a":tru})"_ba << L{u"L1 "_s + invalid(6, u"expected a value"_s)};
    QTest::addRow("bad literal, unknown key") << R"({"x":nul})"_ba << L{u"L1 "_s + invalid(6, u"expected a value"_s)};
    QTest::addRow("invalid escape") << R"({"a":"x\q"})"_ba
                                    << L{u"L1 "_s + invalid(8, u"invalid escape in a string"_s)};
    QTest::addRow("short \\u escape") << R"({"a":"\u12"})"_ba
                                      << L{u"L1 "_s + invalid(7, u"invalid \\u escape (expected four hex digits)"_s)};
    QTest::addRow("lone high surrogate") << R"({"a":"x\ud800y"})"_ba
                                         << L{u"L1 "_s + invalid(8, u"unpaired surrogate in a \\u escape"_s)};
    QTest::addRow("lone low surrogate") << R"({"b":"\udc00"})"_ba
                                        << L{u"L1 "_s + invalid(7, u"unpaired surrogate in a \\u escape"_s)};
    QTest::addRow("high surrogate then BMP") << R"({"a":"\ud800\u0041"})"_ba
                                             << L{u"L1 "_s + invalid(7, u"unpaired surrogate in a \\u escape"_s)};
    QTest::addRow("string not closed") << R"({"a":"abc)"_ba << L{u"L1 "_s + invalid(6, u"the string is not closed"_s)};
    QTest::addRow("raw control character") << "{\"a\":\"x\ty\"}"_ba
                                           << L{u"L1 "_s + invalid(8, u"control character in a string (escape it, e.g. \\n)"_s)};
    QTest::addRow("text after the object") << R"({"a":1} x)"_ba
                                           << L{u"L1 "_s + invalid(9, u"unexpected text after the object"_s)};
    QTest::addRow("second object") << R"({"a":1}{"a":2})"_ba
                                   << L{u"L1 "_s + invalid(8, u"unexpected text after the object"_s)};
    QTest::addRow("position counts characters") << "{\"a\":\"äö日\",\"b\" 2}"_ba
                                                << L{u"L1 "_s + invalid(16, u"expected ':' after a key"_s)};
    QTest::addRow("unbalanced unknown value") << R"({"x":[1,2}})"_ba
                                              << L{u"L1 "_s + invalid(10, u"expected ',' or ']' after a value"_s)};
    QTest::addRow("object value") << R"({"a":{"k":1}})"_ba
                                  << L{u"L1 bad [a] expected a string, number, true, false or null, found an object"_s};
    QTest::addRow("array value") << R"({"b":[1]})"_ba
                                 << L{u"L1 bad [b] expected a string, number, true, false or null, found an array"_s};
    QTest::addRow("duplicate key") << R"({"a":1,"b":2,"a":3})"_ba << L{u"L1 bad [a] duplicate key"_s};
    QTest::addRow("duplicate unknown key") << R"({"x":1,"x":2})"_ba << L{u"L1 bad [x] duplicate key"_s};
    QTest::addRow("invalid UTF-8") << "{\"a\":\"\xFF\"}\n{\"b\":\"\xED\xA0\x80\"}\n{\"x\":\"\xFF\"}\n"_ba
                                   << L{u"L1 bad [a] not valid UTF-8"_s, u"L2 bad [b] not valid UTF-8"_s,
                                        u"L3 -|-"_s};
    QTest::addRow("reading continues")
        << "{\"a\":1}\n{\"a\":\n\n{\"a\":{}}\n{\"b\":2}\n"_ba
        << L{u"L1 1|-"_s, u"L2 "_s + invalid(6, u"expected a value"_s),
             u"L4 bad [a] expected a string, number, true, false or null, found an object"_s, u"L5 -|2"_s};
}

void tst_JsonlReader::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const QStringList columns = {u"a"_s, u"b"_s};

    QCOMPARE(readAll(write(u"t.jsonl"_s, input), columns), expected);
    QCOMPARE(readAll(write(u"t.jsonl.gz"_s, gzip(input)), columns), expected);
}

void tst_JsonlReader::unknownColumns()
{
    const QString path = write(u"unknown.jsonl"_s, R"({"a":1,"x":2}
{"y":[],"a":2,"x":3}
{"b":1}
)"_ba);
    auto reader = RecordReader::create(path);
    reader->setColumns({u"a"_s, u"b"_s});
    QVERIFY(reader->open());
    QCOMPARE(reader->missingColumns(), QStringList());
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList());
    QCOMPARE(reader->next(), RecordReader::Status::Record);
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList{u"x"_s});
    QCOMPARE(reader->next(), RecordReader::Status::Record);
    QCOMPARE(reader->value(0), "2");
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList{u"y"_s});
    QCOMPARE(reader->next(), RecordReader::Status::Record);
    QVERIFY(reader->isNull(0));
    QCOMPARE(reader->next(), RecordReader::Status::End);
    QCOMPARE(reader->takeNewUnknownColumns(), QStringList());
    QCOMPARE(reader->recordCount(), 3);
}

void tst_JsonlReader::bufferBoundaries()
{
    // Lines of many sizes, some far longer than the 1 MiB buffer; escapes everywhere.
    QByteArray bytes;
    QStringList expected;
    for (int i = 0; bytes.size() < 4 * 1024 * 1024; ++i) {
        const int repeat = i % 97 == 50 ? 300000 : i % 13;
        const QByteArray text = QByteArray("ab\\\"c\\u00e9\\ud83d\\ude00 ").repeated(repeat) + QByteArray::number(i);
        const QString value = u"ab\"cé😀 "_s.repeated(repeat) + QString::number(i);
        bytes += "{\"skip\":[\"" + text + "\",{\"n\":[1,2,3]}],\"a\":\"" + text + "\",\"b\":" + QByteArray::number(i)
            + (i % 2 ? "}\r\n" : "}\n");
        expected.append(u"L%1 %2|%3"_s.arg(i + 1).arg(value).arg(i));
    }
    const QStringList columns = {u"a"_s, u"b"_s};
    QCOMPARE(readAll(write(u"big.jsonl"_s, bytes), columns), expected);
    QCOMPARE(readAll(write(u"big.jsonl.gz"_s, gzip(bytes)), columns), expected);

    QByteArray huge = "{\"a\":1}\n{\"a\":\"";
    huge += QByteArray(65 * 1024 * 1024, 'x');
    huge += "\"}\n";
    const QString hugePath = write(u"huge.jsonl"_s, huge);
    huge.clear();
    QCOMPARE(readAll(hugePath, columns), (QStringList{u"L1 1|-"_s, u"L2 fatal a record is longer than 64 MiB"_s}));
}

// Throughput of reading and parsing the exchanges table as JSONL. Skipped unless HL_BENCH=1.
void tst_JsonlReader::benchmark()
{
    if (qEnvironmentVariableIntValue("HL_BENCH") != 1)
        QSKIP("set HL_BENCH=1 to measure the JSONL throughput");
    const QString path = m_dir.filePath(u"bench.jsonl"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 2000000; ++i) {
            chunk += "{\"ts\":\"2026-02-14T09:" + QByteArray::number(10 + i % 50) + ":07Z\",\"account_id\":\"acct_"
                + QByteArray::number(1000000 + i % 40000) + "\",\"model\":\"model-large-" + QByteArray::number(i % 3)
                + "\",\"capability\":\"reasoning\",\"template_hash\":\"9f86d081884c"
                + QByteArray::number(100000 + i % 900000, 16) + "\",\"input_tokens\":"
                + QByteArray::number(i % 4000) + ",\"output_tokens\":" + QByteArray::number(i % 900)
                + ",\"ip\":\"203.0." + QByteArray::number(i % 256) + '.' + QByteArray::number(i % 200)
                + "\",\"api_key_id\":\"key_" + QByteArray::number(2000000 + i % 70000) + "\"}\n";
            if (chunk.size() > 4 * 1024 * 1024) {
                QVERIFY(file.write(chunk) == chunk.size());
                chunk.clear();
            }
        }
        QVERIFY(file.write(chunk) == chunk.size());
    }
    const QStringList columns = {u"ts"_s, u"account_id"_s, u"model"_s, u"capability"_s, u"template_hash"_s,
                                 u"input_tokens"_s, u"output_tokens"_s, u"ip"_s, u"api_key_id"_s};
    auto reader = RecordReader::create(path);
    reader->setColumns(columns);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(reader->open());
    std::size_t checksum = 0;
    RecordReader::Status status;
    while ((status = reader->next()) == RecordReader::Status::Record)
        checksum += reader->value(8).size();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(status, RecordReader::Status::End);
    const double mb = static_cast<double>(reader->source().rawSize()) / 1e6;
    qInfo("JSONL: %.0f MB in %.3f s = %.0f MB/s, %.2f M rows/s (checksum %zu)", mb, seconds, mb / seconds,
          static_cast<double>(reader->recordCount()) / seconds / 1e6, checksum);
}

QTEST_GUILESS_MAIN(tst_JsonlReader)
#include "tst_jsonlreader.moc"
