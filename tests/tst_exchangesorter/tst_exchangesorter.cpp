#include "import/exchangesorter.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

class TestExchangeSorter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Whatever the run size (all in memory, a few runs, many tiny runs), the output is every
    // record once, in (account, ts) order, equal keys in input order.
    void sortsStably_data()
    {
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("runRecords");
        QTest::addRow("empty") << 0 << 100;
        QTest::addRow("one run") << 5000 << 100000;
        QTest::addRow("exact runs") << 4000 << 1000;
        QTest::addRow("several runs") << 20000 << 3000;
        QTest::addRow("many tiny runs") << 5000 << 17;
    }

    void sortsStably()
    {
        QFETCH(int, records);
        QFETCH(int, runRecords);
        QTemporaryDir tmp;
        hl::ExchangeSorter sorter(tmp.path(), std::size_t(runRecords));
        std::mt19937 rng(42);
        for (int i = 0; i < records; ++i) {
            hl::ExchangeRecord r;
            r.account = 1 + rng() % 50;
            r.ts = 1000 + rng() % 200; // many equal keys
            r.inputTokens = i;         // input position, to check stability
            sorter.add(r);
        }
        QCOMPARE(sorter.count(), records);
        sorter.finish();
        hl::ExchangeRecord prev, r;
        int n = 0;
        while (sorter.next(r)) {
            if (n > 0) {
                QVERIFY(!hl::exchangeBefore(r, prev));
                if (r.account == prev.account && r.ts == prev.ts)
                    QVERIFY(r.inputTokens > prev.inputTokens);
            }
            prev = r;
            ++n;
        }
        QCOMPARE(n, records);
        QVERIFY(tmp.isValid());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // temp file unlinked
    }
};

QTEST_GUILESS_MAIN(TestExchangeSorter)
#include "tst_exchangesorter.moc"
