// Exchange blocks: the codec round-trips every field (including "not given"), refuses damaged
// data, and the `exchanges` virtual table narrows by account and time correctly.
#include "storage/casefile.h"
#include "storage/exchangeblock.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<hl::ExchangeRecord>)

namespace {

hl::ExchangeRecord rec(std::int64_t ts, std::uint32_t model, std::uint8_t cap, std::uint32_t tmpl, std::int64_t in,
                       std::int64_t out, std::uint32_t ip, std::uint32_t key, std::uint8_t flags = 0)
{
    hl::ExchangeRecord r;
    r.account = 7;
    r.ts = ts;
    r.model = model;
    r.capability = cap;
    r.tmpl = tmpl;
    r.inputTokens = (flags & hl::ExchangeRecord::NoInputTokens) ? 0 : in;
    r.outputTokens = (flags & hl::ExchangeRecord::NoOutputTokens) ? 0 : out;
    r.ip = ip;
    r.apiKey = key;
    r.flags = flags;
    return r;
}

QString describe(const hl::ExchangeRecord &r)
{
    return u"%1 ts=%2 m=%3 c=%4 t=%5 in=%6 out=%7 ip=%8 key=%9 f=%10"_s.arg(r.account).arg(r.ts).arg(r.model)
        .arg(r.capability).arg(r.tmpl).arg(r.inputTokens).arg(r.outputTokens).arg(r.ip).arg(r.apiKey).arg(r.flags);
}

QStringList describe(const std::vector<hl::ExchangeRecord> &v)
{
    QStringList out;
    for (const auto &r : v)
        out.append(describe(r));
    return out;
}

} // namespace

class TestExchangeBlock : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void roundTrip_data()
    {
        using hl::ExchangeRecord;
        QTest::addColumn<std::vector<ExchangeRecord>>("records");
        QTest::addRow("one") << std::vector{rec(1770000000, 1, 2, 3, 4, 5, 6, 7)};
        QTest::addRow("nothing optional") << std::vector{
            rec(0, 1, 0, 0, 0, 0, 0, 0, ExchangeRecord::NoInputTokens | ExchangeRecord::NoOutputTokens)};
        QTest::addRow("same second, same model, changing ip") << std::vector{
            rec(100, 3, 1, 0, 10, 20, 5, 9), rec(100, 3, 1, 0, 10, 20, 6, 9), rec(100, 3, 7, 0, 0, 0, 6, 0)};
        QTest::addRow("negative time, big values") << std::vector{
            rec(-86400 * 365, 0xffffff, 7, 0xffffffffU, INT64_MAX, 0, 0xffffffffU, 1),
            rec(INT64_MAX / 2, 2, 0, 1, 0, INT64_MAX, 1, 0xffffffffU, ExchangeRecord::NoInputTokens)};
        QTest::addRow("ip back to none") << std::vector{rec(5, 1, 0, 0, 1, 1, 4, 4), rec(6, 1, 0, 0, 1, 1, 0, 0),
                                                        rec(7, 2, 0, 0, 1, 1, 0, 4)};
        std::mt19937_64 g(42);
        std::vector<ExchangeRecord> many;
        std::int64_t ts = 1760000000;
        for (std::size_t i = 0; i < hl::ExchangeBlockRecords; ++i) {
            ts += static_cast<std::int64_t>(g() % 5000);
            many.push_back(rec(ts, 1 + g() % 3, g() % 8, g() % 4 ? std::uint32_t(g()) : 0, std::int64_t(g() % 100000),
                               std::int64_t(g() >> 1), g() % 2 ? 17 : std::uint32_t(g() % 1000), std::uint32_t(g() % 3),
                               std::uint8_t(g() % 4)));
            if (many.back().flags & ExchangeRecord::NoInputTokens)
                many.back().inputTokens = 0;
            if (many.back().flags & ExchangeRecord::NoOutputTokens)
                many.back().outputTokens = 0;
        }
        QTest::addRow("full random block") << many;
    }

    void roundTrip()
    {
        QFETCH(std::vector<hl::ExchangeRecord>, records);
        const std::string data = hl::encodeExchangeBlock(records);
        std::vector<hl::ExchangeRecord> back{rec(1, 1, 1, 1, 1, 1, 1, 1)}; // decoding appends
        hl::decodeExchangeBlock(data, 7, records.front().ts, std::int64_t(records.size()), back);
        back.erase(back.begin());
        QCOMPARE(describe(back), describe(records));
    }

    void compact()
    {
        // 256 exchanges a minute apart on one IP and key: a few bytes each, not 48.
        std::vector<hl::ExchangeRecord> v;
        for (int i = 0; i < 256; ++i)
            v.push_back(rec(1770000000 + 60 * i, 2, 1, 100000 + std::uint32_t(i % 7), 900, 4000, 70000, 80000));
        QVERIFY(hl::encodeExchangeBlock(v).size() < 256 * 10);
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("count");
        const std::vector v{rec(10, 1, 1, 300, 5, 5, 2, 3), rec(20, 1, 1, 300, 5, 5, 2, 3)};
        const std::string good = hl::encodeExchangeBlock(v);
        QTest::addRow("empty") << QByteArray() << 1;
        QTest::addRow("unknown format") << QByteArray("\x02\x00", 2) << 1;
        QTest::addRow("truncated") << QByteArray(good.data(), qsizetype(good.size() - 1)) << 2;
        QTest::addRow("count too high") << QByteArray(good.data(), qsizetype(good.size())) << 3;
        QTest::addRow("trailing bytes") << QByteArray(good.data(), qsizetype(good.size())) << 1;
        QTest::addRow("endless varint") << QByteArray("\x01\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 13) << 1;
    }

    void damaged()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, count);
        std::vector<hl::ExchangeRecord> out;
        bool threw = false;
        try {
            hl::decodeExchangeBlock(std::string_view(data.constData(), std::size_t(data.size())), 1, 0, count, out);
        } catch (const hl::StorageError &e) {
            threw = e.message.contains(u"damaged"_s);
        }
        QVERIFY(threw);
    }

    // The virtual table against a plain reference: the same rows for every kind of constraint,
    // with blocks of one account overlapping in time (as an unsorted export produces).
    void virtualTable_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addRow("all") << u"1"_s;
        QTest::addRow("account") << u"account_id = 2"_s;
        QTest::addRow("account and range") << u"account_id = 1 AND ts >= 150 AND ts < 260"_s;
        QTest::addRow("range only") << u"ts > 100 AND ts <= 300"_s;
        QTest::addRow("ts equal") << u"ts = 250"_s;
        QTest::addRow("account as real") << u"account_id = 1.0"_s;
        QTest::addRow("account text") << u"account_id = '1'"_s;
        QTest::addRow("null bound") << u"ts > NULL"_s;
        QTest::addRow("real bound") << u"ts >= 249.5 AND account_id = 1"_s;
        QTest::addRow("no such account") << u"account_id = 99"_s;
        QTest::addRow("other columns") << u"capability IS NULL OR ip_id = 4"_s;
    }

    void virtualTable()
    {
        QFETCH(QString, where);
        const QString path = m_tmp.filePath(u"vt.hlcase"_s);
        hl::CaseFile f;
        QVERIFY2(f.open(path, hl::CaseFile::Mode::CreateIfMissing), qPrintable(f.errorString()));
        sqlite3 *db = f.handle();
        hl::Statement count(db, "SELECT count(*) FROM exchange_blocks");
        count.step();
        if (count.columnInt(0) == 0) { // the first data row fills the case; the others reuse it
            hl::execSql(db, "PRAGMA foreign_keys = OFF; INSERT INTO imports VALUES(1, 'x', NULL, NULL, '{}', 0, 0, 'test', '[]');"
                            "CREATE TABLE reference(account_id INTEGER, ts INTEGER, import_id INTEGER, model_id INTEGER,"
                            " capability INTEGER, template_id INTEGER, input_tokens INTEGER, output_tokens INTEGER,"
                            " ip_id INTEGER, api_key_id INTEGER)");
            hl::ExchangeBlockInserter blocks(db);
            hl::Statement ref(db, "INSERT INTO reference VALUES(?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            auto add = [&](std::uint32_t account, std::vector<hl::ExchangeRecord> v) {
                for (auto &r : v) {
                    r.account = account;
                    ref.bind(1, std::int64_t(account)).bind(2, r.ts).bind(3, std::int64_t(r.model))
                        .bindOptional(4, r.capability, r.capability == 0).bindOptional(5, r.tmpl, r.tmpl == 0)
                        .bind(6, r.inputTokens).bind(7, r.outputTokens).bindOptional(8, r.ip, r.ip == 0)
                        .bindOptional(9, r.apiKey, r.apiKey == 0).exec();
                }
                blocks.write(account, 1, v);
            };
            add(1, {rec(100, 1, 1, 0, 1, 1, 4, 0), rec(200, 1, 2, 5, 2, 2, 4, 0), rec(300, 2, 0, 5, 3, 3, 0, 0)});
            add(1, {rec(150, 1, 3, 0, 4, 4, 3, 1), rec(250, 1, 3, 0, 5, 5, 3, 1)}); // overlaps the first block
            add(2, {rec(250, 2, 1, 0, 6, 6, 4, 2)});
        }
        count = hl::Statement();
        QVERIFY(f.database().isOpen());
        QSqlQuery q(f.database());
        const QString columns = u"account_id, ts, import_id, model_id, capability, template_id, input_tokens,"
                                " output_tokens, ip_id, api_key_id"_s;
        auto rows = [&](const QString &table) {
            QStringList out;
            if (!q.exec(u"SELECT %1 FROM %2 WHERE %3 ORDER BY 1, 2, 3, 4, 5, 6, 7"_s.arg(columns, table, where)))
                out.append(q.lastError().text());
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 10; ++i)
                    cells.append(q.value(i).isNull() ? u"-"_s : q.value(i).toString());
                out.append(cells.join(u','));
            }
            return out;
        };
        const QStringList expected = rows(u"reference"_s);
        QCOMPARE(rows(u"exchanges"_s), expected);
        if (where == u"1"_s)
            QCOMPARE(expected.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestExchangeBlock)
#include "tst_exchangeblock.moc"
