#include "clirun.h"
#include "exportfixture.h"

#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hltest;

// The command line as a user (or a script) sees it: exit codes, messages, JSON.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    using Run = hltest::CliRun;
    static Run run(const QStringList &args) { return hltest::runHydralens(args, 300000); }

private Q_SLOTS:
    void demoImportInfo()
    {
        const QString dir = m_tmp.filePath(u"demo"_s), c = m_tmp.filePath(u"demo.hlcase"_s);
        Run r = run({u"demo-export"_s, dir, u"--accounts"_s, u"300"_s, u"--exchanges"_s, u"20000"_s, u"--seed"_s, u"4"_s});
        QCOMPARE(r.code, 0);
        r = run({u"import"_s, dir, u"--case"_s, c});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"Imported 20,000 exchanges and 300 accounts"_s));
        r = run({u"info"_s, u"--case"_s, c, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(u"accounts"_s).toInteger(), 300);
        QCOMPARE(info.value(u"exchanges"_s).toInteger(), 20000);
        for (const char *key : {"first_ts", "last_ts", "models", "imports"})
            QVERIFY2(info.contains(QLatin1StringView(key)), key);
        QCOMPARE(info.value(u"imports"_s).toArray().size(), 1);
        QVERIFY(info.value(u"first_ts"_s).toString().endsWith(u'Z'));
        qint64 byModel = 0;
        for (const QJsonValue &m : info.value(u"model_details"_s).toArray())
            byModel += m.toObject().value(u"exchanges"_s).toInteger();
        QCOMPARE(byModel, 20000);

        // Importing the same export again is refused (exit 1) and changes nothing.
        const QString before = dumpCase(c);
        r = run({u"import"_s, dir, u"--case"_s, c});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already imported"_s));
        QCOMPARE(dumpCase(c), before);

        // Traffic: the whole case (rollup) and a set of accounts (their blocks), checked against
        // the same question asked in SQL through the exchanges table.
        auto sumColumn = [](const QString &csv, int column) {
            qint64 total = 0;
            for (const QString &line : csv.split(u'\n', Qt::SkipEmptyParts).mid(1))
                total += line.section(u',', column, column).toLongLong();
            return total;
        };
        r = run({u"traffic"_s, u"--case"_s, c});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.section(u'\n', 0, 0), u"start,model,exchanges,input_tokens,output_tokens"_s);
        QCOMPARE(sumColumn(r.out, 2), 20000);
        r = run({u"query"_s, u"--case"_s, c, u"SELECT account_key FROM accounts ORDER BY id LIMIT 40"_s});
        QCOMPARE(r.code, 0);
        const QString keysFile = writeFile(m_tmp.path(), u"keys.txt"_s, r.out.section(u'\n', 1).toUtf8());
        r = run({u"traffic"_s, u"--case"_s, c, u"--bucket"_s, u"day"_s, u"--by"_s, u"capability"_s, u"--accounts"_s, keysFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString perDay = r.out;
        r = run({u"query"_s, u"--case"_s, c,
                 u"SELECT ts - ts % 86400 AS d, coalesce(c.name, ''), count(*), total(input_tokens), total(output_tokens)"
                 " FROM exchanges e LEFT JOIN capabilities c ON c.id = e.capability WHERE account_id <= 40"
                 " GROUP BY 1, 2 ORDER BY 1, 2"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(sumColumn(perDay, 2) > 0);
        QCOMPARE(perDay.split(u'\n').mid(1), r.out.replace(u".0,"_s, u","_s).replace(u".0\n"_s, u"\n"_s).split(u'\n').mid(1));

        const QString unknownFile = writeFile(m_tmp.path(), u"unknown.txt"_s, "nobody\n");
        r = run({u"traffic"_s, u"--case"_s, c, u"--accounts"_s, unknownFile});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"1 account(s) not in the case: nobody"_s), qPrintable(r.err));

        // query: CSV quoting, and a statement that would write is refused.
        r = run({u"query"_s, u"--case"_s, c, u"SELECT 'a,b' AS x, NULL AS y, 'say \"hi\"' AS z"_s});
        QCOMPARE(r.out, u"x,y,z\n\"a,b\",,\"say \"\"hi\"\"\"\n"_s);
        r = run({u"query"_s, u"--case"_s, c, u"DELETE FROM accounts"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"would change the case"_s));
        r = run({u"query"_s, u"--case"_s, c, u"SELECT nonsense FROM nowhere"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no such"_s));
        QCOMPARE(dumpCase(c), before);
        // analyze stores clusters; a second run keeps every id ("same").
        r = run({u"clusters"_s, u"--case"_s, c});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"has not been analysed yet. Run: hydralens analyze --case"_s), qPrintable(r.err));
        r = run({u"analyze"_s, u"--case"_s, c});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Analysis #1 in "_s), qPrintable(r.out));
        r = run({u"clusters"_s, u"--case"_s, c, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray clusters = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"clusters"_s).toArray();
        qint64 members = 0, exchanges = 0;
        QSet<QString> seen;
        for (const QJsonValue &v : clusters) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "accounts", "size", "exchanges", "risk", "flagged", "reasons", "features"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QCOMPARE(o.value(u"size"_s).toInteger(), o.value(u"accounts"_s).toArray().size());
            for (const QJsonValue &a : o.value(u"accounts"_s).toArray())
                QVERIFY2(a.isString() && !seen.contains(a.toString()), "an account is not an export id, or in two clusters");
            for (const QJsonValue &a : o.value(u"accounts"_s).toArray())
                seen.insert(a.toString());
            members += o.value(u"size"_s).toInteger();
            exchanges += o.value(u"exchanges"_s).toInteger();
        }
        QCOMPARE(members, 300); // every account in exactly one cluster
        QCOMPARE(seen.size(), 300);
        QCOMPARE(exchanges, 20000);
        r = run({u"analyze"_s, u"--case"_s, c});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"%1 same; 0 vanished"_s.arg(clusters.size())), qPrintable(r.out));
        r = run({u"clusters"_s, u"--case"_s, c, u"--json"_s});
        auto membership = [](const QJsonArray &list) {
            QMap<qint64, QJsonArray> m;
            for (const QJsonValue &v : list)
                m.insert(v.toObject().value(u"id"_s).toInteger(), v.toObject().value(u"accounts"_s).toArray());
            return m;
        };
        const QJsonArray again = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"clusters"_s).toArray();
        QCOMPARE(membership(again), membership(clusters));
        QCOMPARE(again.first().toObject().value(u"lineage"_s).toObject().value(u"kind"_s).toString(), u"same"_s);

        // An appended export adds an account on a card a cluster shares: re-analysis keeps the
        // cluster's id and says it grew.
        r = run({u"query"_s, u"--case"_s, c,
                 u"SELECT i.value, m.cluster_id FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                 " JOIN cluster_members m ON m.account_id = ai.account_id WHERE i.kind = 3"
                 " GROUP BY i.id HAVING count(DISTINCT ai.account_id) >= 2 ORDER BY i.id LIMIT 1"_s});
        QCOMPARE(r.code, 0);
        const QStringList card = r.out.split(u'\n').value(1).split(u',');
        QVERIFY2(card.size() == 2, qPrintable(r.out));
        MiniExport grow;
        grow.files[u"accounts.csv"_s] = "account_id,created_at\nnewcomer,2026-03-01T00:00:00Z\n";
        grow.files[u"infrastructure.csv"_s] = "account_id,kind,value\nnewcomer,payment," + card[0].toUtf8() + "\n";
        grow.files[u"exchanges.csv"_s] = "ts,account_id,model\n2026-03-02T00:00:00Z,newcomer,m\n";
        const QString growDir = m_tmp.filePath(u"grow"_s);
        QVERIFY(grow.write(growDir));
        r = run({u"import"_s, growDir, u"--case"_s, c});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({u"analyze"_s, u"--case"_s, c});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"cluster %1 ("_s.arg(card[1])) && r.out.contains(u"grew from %1"_s.arg(card[1])),
                 qPrintable(r.out));

        // explain and pivots read the stored results.
        const QString firstId = QString::number(again.first().toObject().value(u"id"_s).toInteger());
        r = run({u"explain"_s, u"--case"_s, c, u"--cluster"_s, firstId});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &part : QStringList{u"Cluster "_s + firstId + u":"_s, u"What raises its risk:"_s,
                                    u"Why these accounts are one cluster"_s, u"template_reuse"_s, u"After model releases:"_s})
            QVERIFY2(r.out.contains(part), qPrintable(part));
        r = run({u"explain"_s, u"--case"_s, c, u"--cluster"_s, u"999999"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"There is no cluster 999999"_s));
        // explain also takes one account or one infrastructure value: the card of the grown cluster.
        r = run({u"explain"_s, u"--case"_s, c, u"--account"_s, u"newcomer"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &part : QStringList{u"Account newcomer"_s, u"In cluster %1 ("_s.arg(card[1]),
                                               u"payment       "_s + card[0], u"1 exchanges"_s})
            QVERIFY2(r.out.contains(part), qPrintable(part + u"\n"_s + r.out));
        r = run({u"explain"_s, u"--case"_s, c, u"--value"_s, card[0]});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"payment "_s + card[0]) && r.out.contains(u"cluster %1: "_s.arg(card[1])), qPrintable(r.out));
        r = run({u"explain"_s, u"--case"_s, c, u"--account"_s, u"nobody"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"There is no account 'nobody'"_s));
        r = run({u"explain"_s, u"--case"_s, c, u"--account"_s, u"newcomer"_s, u"--cluster"_s, firstId});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"exactly one of"_s));
        r = run({u"pivots"_s, u"--case"_s, c, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"pivots"_s).isArray());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrContains");
        QTest::addRow("no command args") << QStringList{u"import"_s} << 1 << u"expected 1 argument(s)"_s;
        QTest::addRow("no case option") << QStringList{u"import"_s, u"x"_s} << 1 << u"--case is required"_s;
        QTest::addRow("missing export") << QStringList{u"import"_s, u"/nonexistent/export"_s, u"--case"_s, u"CASE"_s} << 1
                                        << u"There is no export folder at /nonexistent/export."_s;
        QTest::addRow("missing case") << QStringList{u"info"_s, u"--case"_s, u"/nonexistent/x.hlcase"_s} << 1
                                      << u"There is no case file at /nonexistent/x.hlcase"_s;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << 1 << QString();
        QTest::addRow("missing accounts file")
            << QStringList{u"traffic"_s, u"--case"_s, u"CASE"_s, u"--accounts"_s, u"/nonexistent/keys.txt"_s} << 1
            << u"cannot read the accounts file /nonexistent/keys.txt"_s;
        QTest::addRow("bad bucket") << QStringList{u"traffic"_s, u"--case"_s, u"CASE"_s, u"--bucket"_s, u"month"_s} << 1
                                    << u"--bucket must be hour, day or week, not 'month'"_s;
        QTest::addRow("bad count") << QStringList{u"demo-export"_s, u"OUT"_s, u"--accounts"_s, u"many"_s} << 1
                                   << u"--accounts must be a whole number"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrContains);
        args.replaceInStrings(u"CASE"_s, m_tmp.filePath(u"never.hlcase"_s));
        args.replaceInStrings(u"OUT"_s, m_tmp.filePath(u"out"_s));
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_tmp.filePath(u"never.hlcase"_s)));
    }

    void corruptExportListsFileLine()
    {
        MiniExport e = basicExport();
        e.files[u"exchanges.csv"_s].replace("2026-02-01T12:00:00Z", "noon");
        const QString dir = m_tmp.filePath(u"bad"_s), c = m_tmp.filePath(u"bad.hlcase"_s);
        QVERIFY(e.write(dir));
        const Run r = run({u"import"_s, dir, u"--case"_s, c});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"exchanges.csv:9: column ts: not a valid timestamp \"noon\""_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"nothing was imported"_s));
        QVERIFY(!QFile::exists(c));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
