#include "exportfixture.h"
#include "import/importer.h"
#include "storage/casefile.h"
#include "storage/caseinfo.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace hltest;

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString newDir() { return m_tmp.filePath(u"d%1"_s.arg(++m_counter)); }
    QString newCase() { return m_tmp.filePath(u"c%1.hlcase"_s.arg(++m_counter)); }

    hl::ImportResult import(const QString &dir, const QString &casePath, std::size_t pendingExchanges = 1'000'000,
                            std::function<void(const hl::ImportProgress &)> progress = {},
                            const std::atomic<bool> *cancel = nullptr)
    {
        hl::ImportOptions o;
        o.exportDir = dir;
        o.casePath = casePath;
        o.pendingExchanges = pendingExchanges;
        o.progress = std::move(progress);
        o.cancel = cancel;
        return hl::importExport(o);
    }

    hl::CaseInfo info(const QString &casePath)
    {
        hl::CaseFile f;
        if (!f.open(casePath))
            qFatal("cannot open %s", qPrintable(f.errorString()));
        QString error;
        return hl::readCaseInfo(f, &error).value();
    }

    // Exchanges with their dictionary values resolved, in a stable order.
    QString exchangesText(const QString &casePath)
    {
        QString out;
        const QString name = u"ex%1"_s.arg(++m_counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            openCaseDb(db, casePath, true);
            QSqlQuery q(db);
            q.exec(u"SELECT a.account_key, e.ts, e.import_id, m.name, e.capability, t.hash, e.input_tokens, e.output_tokens,"
                   " ip.value, k.value FROM exchanges e JOIN accounts a ON a.id = e.account_id"
                   " JOIN models m ON m.id = e.model_id LEFT JOIN templates t ON t.id = e.template_id"
                   " LEFT JOIN infra ip ON ip.id = e.ip_id LEFT JOIN infra k ON k.id = e.api_key_id"
                   " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"_s);
            while (q.next()) {
                for (int i = 0; i < 10; ++i)
                    out += (q.value(i).isNull() ? u"-"_s : q.value(i).toString()) + u'|';
                out += u'\n';
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    // A case holding one import of basicExport(); *dump is its content, to compare after a
    // failed second import.
    QString caseWithOneImport(QString *dump)
    {
        const QString c = newCase(), dir = newDir();
        if (!basicExport().write(dir) || !import(dir, c).ok())
            qFatal("cannot set up a case");
        *dump = dumpCase(c);
        return c;
    }

    // An export of basicExport()'s accounts and the given exchanges table, written to a new folder.
    QString exportWithExchanges(const QByteArray &exchanges)
    {
        MiniExport e;
        e.files[u"accounts.csv"_s] = basicExport().files[u"accounts.csv"_s];
        e.files[u"exchanges.csv"_s] = exchanges;
        const QString dir = newDir();
        if (!e.write(dir))
            qFatal("cannot write an export");
        return dir;
    }

    void checkRollups(const QString &c, qint64 exchanges)
    {
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM exchanges"_s), exchanges);
        QCOMPARE(queryInt(c, u"SELECT coalesce(sum(exchanges),0) FROM account_activity"_s), exchanges);
        QCOMPARE(queryInt(c, u"SELECT coalesce(sum(exchanges),0) FROM exchange_blocks"_s), exchanges);
        QCOMPARE(queryInt(c, u"SELECT coalesce(sum(exchanges),0) FROM hourly_traffic"_s), exchanges);
        QCOMPARE(queryInt(c, u"SELECT coalesce(sum(input_tokens),0) FROM exchanges"_s),
                 queryInt(c, u"SELECT coalesce(sum(input_tokens),0) FROM hourly_traffic"_s));
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM (SELECT account_id, ts FROM exchanges EXCEPT"
                             " SELECT account_id, ts FROM exchanges e JOIN account_activity a USING(account_id)"
                             " WHERE e.ts BETWEEN a.first_ts AND a.last_ts)"_s), 0);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM (SELECT account_id, count(*) n FROM exchanges GROUP BY account_id)"
                             " x JOIN account_activity a USING(account_id) WHERE a.exchanges != x.n"_s), 0);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM (SELECT e.account_id, e.ip_id, count(*) n FROM exchanges e"
                             " WHERE e.ip_id IS NOT NULL GROUP BY 1, 2) x JOIN account_infra ai"
                             " ON ai.account_id = x.account_id AND ai.infra_id = x.ip_id WHERE ai.sources & 1"_s),
                 queryInt(c, u"SELECT count(*) FROM (SELECT DISTINCT account_id, ip_id FROM exchanges WHERE ip_id IS NOT NULL)"_s));
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM exchanges WHERE ip_id IS NOT NULL OR api_key_id IS NOT NULL"_s) > 0
                     ? queryInt(c, u"SELECT count(*) FROM account_infra WHERE sources & 1"_s) > 0 : true, true);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"_s), 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void basicImport()
    {
        const QString dir = newDir(), c = newCase();
        QVERIFY(basicExport().write(dir));
        const hl::ImportResult r = import(dir, c);
        QVERIFY2(r.ok(), qPrintable(r.message + r.errors.join(u'\n')));
        QCOMPARE(r.rows.value(u"exchanges"_s), 10);
        const hl::CaseInfo i = info(c);
        QCOMPARE(i.accounts, 3);
        QCOMPARE(i.exchanges, 10);
        QCOMPARE(*i.firstTs, 1769904000); // 2026-02-01T00:00:00Z
        QCOMPARE(*i.lastTs, 1770163200);  // 2026-02-04T00:00:00Z
        QCOMPARE(i.models.size(), 2);
        QCOMPARE(i.models[0].name, u"m-new"_s);
        QCOMPARE(i.models[0].exchanges, 5);
        QCOMPARE(*i.models[0].releasedAt, 1769968800);
        QCOMPARE(i.models[0].label, u"Model New, GA"_s);
        QCOMPARE(i.scores, 2);
        QCOMPARE(i.releases, 1);
        QCOMPARE(i.indicators, 1);
        QCOMPARE(i.imports.size(), 1);
        QCOMPARE(i.imports[0].producer, u"hydralens tests"_s);
        QCOMPARE(i.imports[0].files.size(), 6);
        checkRollups(c, 10);
        // Canonical infrastructure: ::ffff:10.0.0.1 is 10.0.0.1; two IPv6 spellings are one address.
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                             " WHERE i.kind = 1 AND i.value = '10.0.0.1'"_s), 2);
        QCOMPARE(queryInt(c, u"SELECT observations FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                             " WHERE i.kind = 1 AND i.value = '2001:db8::1'"_s), 2);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM infra WHERE kind = 2 AND value = 'AS64500'"_s), 1);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM infra WHERE kind = 4 AND value = 'example.com'"_s), 1);
        // The payment card links two accounts, from the infrastructure table.
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                             " WHERE i.kind = 3 AND ai.sources = 2"_s), 2);
        // Two exchanges of a1 in the same second are both kept.
        QCOMPARE(queryInt(c, u"SELECT max(n) FROM (SELECT count(*) n FROM exchanges GROUP BY account_id, ts)"_s), 2);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM exchanges WHERE input_tokens IS NULL"_s), 1);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM accounts WHERE account_key = 'a2' AND status = 2"_s), 1);
        QCOMPARE(queryInt(c, u"SELECT country FROM accounts WHERE account_key = 'a1'"_s), 0); // 'DE' is text
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM accounts WHERE country = 'DE'"_s), 1);
    }

    void validationErrors_data()
    {
        QTest::addColumn<std::function<void(MiniExport &)>>("edit");
        QTest::addColumn<QStringList>("expected");
        using Edit = std::function<void(MiniExport &)>;
        auto replace = [](const char *file, const char *from, const char *to) {
            return Edit([=](MiniExport &e) {
                QByteArray &content = e.files[QString::fromLatin1(file)];
                QVERIFY(content.contains(from));
                content.replace(from, to);
            });
        };
        const QString ts = u"(use ISO 8601 UTC such as 2026-02-14T09:31:07Z, or integer Unix seconds)"_s;
        QTest::addRow("bad timestamp") << replace("exchanges.csv", "2026-02-01T01:30:00Z", "yesterday")
                                       << QStringList{u"exchanges.csv:4: column ts: not a valid timestamp \"yesterday\" "_s + ts};
        QTest::addRow("impossible date") << replace("accounts.csv", "2026-01-02T10:00:00.5Z", "2026-02-30T10:00:00Z")
                                         << QStringList{u"accounts.csv:4: column created_at: not a valid timestamp \"2026-02-30T10:00:00Z\" "_s + ts};
        QTest::addRow("unknown account") << replace("exchanges.csv", "2026-02-03T23:59:59Z,a2", "2026-02-03T23:59:59Z,zz")
                                         << QStringList{u"exchanges.csv:8: column account_id: unknown account \"zz\": it is not in accounts.csv or the case"_s};
        QTest::addRow("missing column") << replace("exchanges.csv", "ts,account_id,model,", "ts,account_id,modell,")
                                        << QStringList{u"exchanges.csv: missing required column \"model\""_s};
        QTest::addRow("bad enum") << replace("exchanges.csv", "m-old,vision", "m-old,telepathy")
                                  << QStringList{u"exchanges.csv:8: column capability: \"telepathy\" is not one of reasoning, coding, tool_use, agentic, vision, chat or other"_s};
        QTest::addRow("negative tokens") << replace("exchanges.csv", ",t3,16,160,", ",t3,-16,160,")
                                         << QStringList{u"exchanges.csv:8: column input_tokens: must be 0 or more, found -16"_s};
        QTest::addRow("not a number") << replace("exchanges.csv", ",t3,16,160,", ",t3,16,lots,")
                                      << QStringList{u"exchanges.csv:8: column output_tokens: not a whole number: \"lots\""_s};
        QTest::addRow("bad ip") << replace("exchanges.csv", "10.0.0.3,k2", "300.0.0.3,k2")
                                << QStringList{u"exchanges.csv:8: column ip: not an IPv4 or IPv6 address: \"300.0.0.3\""_s};
        QTest::addRow("bad score") << replace("scores.csv", "0.91", "1.7")
                                   << QStringList{u"scores.csv:2: column score: must be between 0 and 1, found 1.7"_s};
        QTest::addRow("bad confidence") << replace("indicators.csv", ",80,", ",180,")
                                        << QStringList{u"indicators.csv:2: column confidence: must be between 0 and 100, found 180"_s};
        QTest::addRow("required empty") << replace("accounts.csv", "a2,1767225600,", "a2,,")
                                        << QStringList{u"accounts.csv:3: column created_at: required value is missing"_s};
        QTest::addRow("duplicate account") << replace("accounts.csv", "a3,2026", "a1,2026")
                                           << QStringList{u"accounts.csv:4: column account_id: duplicate account \"a1\" (first at line 2)"_s,
                                                          u"infrastructure.csv:4: column account_id: unknown account \"a3\": it is not in accounts.csv or the case"_s,
                                                          u"exchanges.csv:6: column account_id: unknown account \"a3\": it is not in accounts.csv or the case"_s,
                                                          u"exchanges.csv:9: column account_id: unknown account \"a3\": it is not in accounts.csv or the case"_s,
                                                          u"exchanges.csv:11: column account_id: unknown account \"a3\": it is not in accounts.csv or the case"_s};
        QTest::addRow("bad country") << replace("accounts.csv", ",de,", ",Germany,")
                                     << QStringList{u"accounts.csv:2: column country: not a two-letter ISO 3166-1 country code: \"Germany\""_s};
        QTest::addRow("bad asn") << replace("infrastructure.csv", "as64500", "ASX")
                                 << QStringList{u"infrastructure.csv:4: column value: not an AS number such as AS4134: \"ASX\""_s};
        QTest::addRow("seen backwards") << replace("infrastructure.csv", "2026-01-01T00:00:00Z,2026-02-01", "2026-03-01T00:00:00Z,2026-02-01")
                                        << QStringList{u"infrastructure.csv:2: column last_seen: last_seen is before first_seen"_s};
        QTest::addRow("bad kind") << replace("infrastructure.csv", "a2,payment", "a2,iban")
                                  << QStringList{u"infrastructure.csv:3: column kind: \"iban\" is not one of ip, asn, payment, email_domain, device, phone, org or api_key"_s};
        QTest::addRow("field count") << replace("releases.csv", "\"Model New, GA\"", "Model New, GA")
                                     << QStringList{u"releases.csv:2: expected 3 fields as in the header, found 4"_s};
        QTest::addRow("duplicate release") << Edit([](MiniExport &e) { e.files[u"releases.csv"_s] += "m-new,2026-02-02T00:00:00Z,\n"; })
                                           << QStringList{u"releases.csv:3: column model: duplicate release of model \"m-new\" (first at line 2)"_s};
        QTest::addRow("too long id") << Edit([](MiniExport &e) {
            QByteArray &x = e.files[u"exchanges.csv"_s];
            x.replace(x.lastIndexOf(",k3\n"), 4, QByteArray(",k" + QByteArray(300, 'x') + "\n"));
        })
                                     << QStringList{u"exchanges.csv:11: column api_key_id: longer than 256 bytes (identifiers are at most 256 bytes)"_s};
        QTest::addRow("version 2") << Edit([](MiniExport &e) { e.version = 2; })
                                   << QStringList{u"manifest.json: version 2 is not supported; this HydraLens reads detection exports of version 1. Ask the producer for a version 1 export, or update HydraLens."_s};
        QTest::addRow("rows mismatch") << Edit([](MiniExport &e) { e.rowsOverride[u"exchanges.csv"_s] = 11; })
                                       << QStringList{u"exchanges.csv: manifest.json says 11 rows, the file has 10"_s};
        QTest::addRow("sha mismatch") << Edit([](MiniExport &e) { e.shaOverride[u"releases.csv"_s] = QString(64, u'a'); })
                                      << QStringList{u"SHA"_s};
        QTest::addRow("no exchanges") << Edit([](MiniExport &e) { e.files.remove(u"exchanges.csv"_s); })
                                      << QStringList{u"The export has no exchanges table: expected exchanges.csv, exchanges.csv.gz, exchanges.jsonl or exchanges.jsonl.gz in DIR."_s};
        QTest::addRow("two variants") << Edit([](MiniExport &e) { e.files[u"scores.jsonl"_s] = "{}\n"; })
                                      << QStringList{u"The export has more than one scores table (scores.csv and scores.jsonl); keep exactly one."_s};
        QTest::addRow("many errors") << Edit([](MiniExport &e) {
            QByteArray &x = e.files[u"exchanges.csv"_s];
            for (int i = 0; i < 25; ++i)
                x += "never,a1,m-old,,,,,,\n";
        }) << QStringList{u"MANY"_s};
    }

    void validationErrors()
    {
        QFETCH(std::function<void(MiniExport &)>, edit);
        QFETCH(QStringList, expected);
        MiniExport e = basicExport();
        edit(e);
        const QString dir = newDir(), c = newCase();
        QVERIFY(e.write(dir));
        const hl::ImportResult r = import(dir, c);
        QCOMPARE(r.status, hl::ImportResult::Status::InvalidExport);
        QVERIFY2(!QFile::exists(c), "a failed import must not leave a new case behind");
        if (expected == QStringList{u"SHA"_s}) {
            QCOMPARE(r.errors.size(), 1);
            QVERIFY(r.errors[0].startsWith(u"releases.csv: the SHA-256 of the file ("_s));
            QVERIFY(r.errors[0].endsWith(u"…) does not match manifest.json (aaaaaaaaaaaa…): the file is damaged or was "
                                         "changed after the export was written"_s));
        } else if (expected == QStringList{u"MANY"_s}) {
            QCOMPARE(r.errorCount, 25);
            QCOMPARE(r.errors.size(), 21);
            QCOMPARE(r.errors[0], u"exchanges.csv:12: column ts: not a valid timestamp \"never\" (use ISO 8601 UTC such as 2026-02-14T09:31:07Z, or integer Unix seconds)"_s);
            QCOMPARE(r.errors[19].left(17), u"exchanges.csv:31:"_s);
            QCOMPARE(r.errors[20], u"… and 5 more problems"_s);
        } else {
            QStringList want = expected;
            want.replaceInStrings(u"DIR"_s, dir);
            if (r.errors != want)
                qWarning() << r.errors;
            QCOMPARE(r.errors, want);
        }
    }

    void noManifest()
    {
        const QString dir = newDir(), c = newCase();
        QDir().mkpath(dir);
        const hl::ImportResult r = import(dir, c);
        QCOMPARE(r.status, hl::ImportResult::Status::InvalidExport);
        QCOMPARE(r.message, u"%1 has no manifest.json, so it is not a detection export (format v1 needs manifest.json in the export folder)."_s.arg(dir));
        QVERIFY(!QFile::exists(c));
    }

    void unknownColumnsWarnOnce()
    {
        MiniExport e = basicExport();
        QByteArray &a = e.files[u"accounts.csv"_s];
        a.replace("status\n", "status,region\n");
        a.replace("active\n", "active,eu\n");
        a.replace("suspended\n", "suspended,us\n");
        a.replace(",,,,,\n", ",,,,,,\n");
        const QString dir = newDir(), c = newCase();
        QVERIFY(e.write(dir));
        const hl::ImportResult r = import(dir, c);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.warnings, QStringList{u"accounts.csv: unknown column \"region\" ignored (not part of format v1)"_s});
    }

    // A bad row deep in the big table, after many exchange blocks were written: the case (with
    // an earlier import in it) is left exactly as it was.
    void rollbackMidway()
    {
        QString before;
        const QString c = caseWithOneImport(&before);
        QByteArray x = "ts,account_id,model,capability,template_hash,input_tokens,output_tokens,ip,api_key_id\n";
        for (int i = 0; i < 5000; ++i)
            x += QByteArray::number(1770000000 + i) + (i == 3500 ? ",a9," : ",a1,") + "m-x,coding,t9,1,2,10.1.0."
                + QByteArray::number(i % 200) + ",k9\n";
        const hl::ImportResult r = import(exportWithExchanges(x), c, 300);
        QCOMPARE(r.status, hl::ImportResult::Status::InvalidExport);
        QCOMPARE(r.errors, QStringList{u"exchanges.csv:3502: column account_id: unknown account \"a9\": it is not in accounts.csv or the case"_s});
        QCOMPARE(dumpCase(c), before);
    }

    void cancelWhileWriting()
    {
        QString before;
        const QString c = caseWithOneImport(&before);
        QByteArray x = "ts,account_id,model\n";
        for (int i = 0; i < 200000; ++i)
            x += QByteArray::number(1770000000 + i) + (i % 2 ? ",a1" : ",a2") + ",m-y\n";
        const QString second = exportWithExchanges(x);
        std::atomic<bool> cancel{false};
        bool sawWriting = false;
        const hl::ImportResult r = import(second, c, 20000, [&](const hl::ImportProgress &p) {
            if (p.phase == hl::ImportProgress::Phase::Writing && p.rowsTotal > 0) {
                sawWriting = true;
                cancel = true;
            }
        }, &cancel);
        QVERIFY(sawWriting);
        QCOMPARE(r.status, hl::ImportResult::Status::Cancelled);
        QCOMPARE(dumpCase(c), before);
    }

    // How exchanges are cut into blocks (memory bound, unsorted input, accounts interleaved)
    // changes nothing a query can see.
    void blockLayoutKeepsContent()
    {
        QByteArray x = "ts,account_id,model,capability,template_hash,input_tokens,output_tokens,ip,api_key_id\n";
        for (int i = 0; i < 3000; ++i) {
            const int ts = 1770000000 + (i * 7919) % 5000; // not in time order
            x += QByteArray::number(ts) + (i % 3 ? ",a1," : ",a2,") + (i % 5 ? "m-x," : "m-y,")
                + (i % 4 ? "coding," : ",") + (i % 6 ? QByteArray("t" + QByteArray::number(i % 40)) : QByteArray()) + ","
                + (i % 9 ? QByteArray::number(i) : QByteArray()) + ",7,10.2.0." + QByteArray::number(i % 13)
                + (i % 2 ? ",k1" : ",") + "\n";
        }
        const QString dir = exportWithExchanges(x);
        const QString big = newCase(), small = newCase();
        QVERIFY(import(dir, big).ok());
        QVERIFY(import(dir, small, 7).ok());
        QCOMPARE(queryInt(small, u"SELECT count(*) FROM exchange_blocks"_s) > queryInt(big, u"SELECT count(*) FROM exchange_blocks"_s), true);
        QCOMPARE(queryInt(big, u"SELECT count(*) FROM exchange_blocks WHERE exchanges > 256"_s), 0);
        const QString text = exchangesText(big);
        QCOMPARE(text.count(u'\n'), 3000);
        QCOMPARE(exchangesText(small), text);
        checkRollups(big, 3000);
        checkRollups(small, 3000);
        for (const QString &sql : {u"SELECT group_concat(exchanges || '/' || first_ts || '/' || last_ts || '/' || input_tokens)"
                                    " FROM (SELECT * FROM account_activity ORDER BY account_id)"_s,
                                   u"SELECT group_concat(observations || '/' || first_seen || '/' || last_seen)"
                                    " FROM (SELECT * FROM account_infra ORDER BY account_id, infra_id)"_s,
                                   u"SELECT group_concat(exchanges || '/' || input_tokens)"
                                    " FROM (SELECT * FROM hourly_traffic ORDER BY hour, model_id, capability)"_s})
            QCOMPARE(queryText(small, sql), queryText(big, sql));
    }

    // A failure on the writing thread (here: the case refuses one template row) ends the import
    // with the reason, and the case is left exactly as it was.
    void writerThreadFailure()
    {
        QString before;
        const QString c = caseWithOneImport(&before);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
            QVERIFY(openCaseDb(db, c, false));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TRIGGER boom BEFORE INSERT ON templates WHEN NEW.hash = 't-boom'"
                           " BEGIN SELECT RAISE(ABORT, 'template refused for the test'); END"_s));
        }
        QSqlDatabase::removeDatabase(u"trigger"_s);
        before = dumpCase(c);
        QByteArray x = "ts,account_id,model,template_hash\n";
        for (int i = 0; i < 50000; ++i)
            x += QByteArray::number(1770000000 + i) + ",a1,m-z," + (i == 40000 ? QByteArray("t-boom") : QByteArray("t" + QByteArray::number(i))) + "\n";
        const hl::ImportResult r = import(exportWithExchanges(x), c, 1000);
        QCOMPARE(r.status, hl::ImportResult::Status::CaseError);
        QVERIFY2(r.message.contains(u"template refused for the test"_s), qPrintable(r.message));
        QCOMPARE(dumpCase(c), before);
    }

    void cancelNewCaseLeavesNothing()
    {
        const QString dir = newDir(), c = newCase();
        QVERIFY(basicExport().write(dir));
        std::atomic<bool> cancel{true};
        const hl::ImportResult r = import(dir, c, 1000, {}, &cancel);
        QCOMPARE(r.status, hl::ImportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(c));
    }

    void refusedReimport_data()
    {
        QTest::addColumn<bool>("manifestHashes");
        QTest::addRow("hashes in manifest") << true;
        QTest::addRow("hashes computed") << false;
    }

    void refusedReimport()
    {
        QFETCH(bool, manifestHashes);
        const QString dir = newDir(), c = newCase();
        MiniExport e = basicExport();
        e.withSha = manifestHashes;
        QVERIFY(e.write(dir));
        QVERIFY(import(dir, c).ok());
        const QString before = dumpCase(c);
        const hl::ImportResult r = import(dir, c);
        QCOMPARE(r.status, hl::ImportResult::Status::AlreadyImported);
        QVERIFY2(r.message.startsWith(u"This export was already imported into the case: "_s), qPrintable(r.message));
        QVERIFY(r.message.contains(u"of import #1 from "_s));
        QCOMPARE(dumpCase(c), before);
    }

    void appendMergesAccounts()
    {
        const QString c = newCase(), first = newDir(), second = newDir();
        QVERIFY(basicExport().write(first));
        QVERIFY(import(first, c).ok());
        MiniExport e;
        e.files[u"accounts.csv"_s] = "account_id,created_at,status\na1,2025-12-01T00:00:00Z,banned\na4,2026-01-05T00:00:00Z,active\n";
        e.files[u"exchanges.csv"_s] = "ts,account_id,model,ip\n"
                                     "2026-02-01T00:00:00Z,a1,m-old,10.0.0.1\n" // same second as two older rows
                                     "2026-02-10T00:00:00Z,a4,m-new,10.0.0.1\n"
                                     "2026-02-10T00:30:00Z,a2,m-new,10.9.9.9\n";
        QVERIFY(e.write(second));
        const hl::ImportResult r = import(second, c);
        QVERIFY2(r.ok(), qPrintable(r.message + r.errors.join(u'\n')));
        const hl::CaseInfo i = info(c);
        QCOMPARE(i.accounts, 4);
        QCOMPARE(i.exchanges, 13);
        QCOMPARE(i.imports.size(), 2);
        checkRollups(c, 13);
        QCOMPARE(queryInt(c, u"SELECT status FROM accounts WHERE account_key = 'a1'"_s), 3);
        QCOMPARE(queryInt(c, u"SELECT created_at FROM accounts WHERE account_key = 'a1'"_s), 1764547200);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM accounts WHERE account_key = 'a1' AND org IS NOT NULL"_s), 1);
        QCOMPARE(queryInt(c, u"SELECT observations FROM account_infra ai JOIN infra i ON i.id = ai.infra_id"
                             " JOIN accounts a ON a.id = ai.account_id WHERE a.account_key = 'a1' AND i.value = '10.0.0.1'"_s), 4);
        QCOMPARE(queryInt(c, u"SELECT count(*) FROM exchanges e JOIN accounts a ON a.id = e.account_id"
                             " JOIN models m ON m.id = e.model_id WHERE a.account_key = 'a1' AND m.name = 'm-old'"_s), 3);
    }

    // The same data as CSV, gzipped CSV, JSONL and gzipped JSONL gives the same case content.
    void formats()
    {
        const QString csvDir = newDir(), csvCase = newCase();
        QVERIFY(basicExport().write(csvDir));
        QVERIFY(import(csvDir, csvCase).ok());
        const QString reference = exchangesText(csvCase);
        QVERIFY(!reference.isEmpty());

        MiniExport gz;
        const MiniExport plain = basicExport();
        for (auto it = plain.files.cbegin(); it != plain.files.cend(); ++it)
            gz.files[it.key() + u".gz"_s] = gzip(it.value());
        const QString gzDir = newDir(), gzCase = newCase();
        QVERIFY(gz.write(gzDir));
        hl::ImportResult r = import(gzDir, gzCase);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(exchangesText(gzCase), reference);

        MiniExport jsonl = basicExport();
        jsonl.files.remove(u"exchanges.csv"_s);
        jsonl.files.remove(u"accounts.csv"_s);
        const QByteArray accounts =
            "{\"account_id\":\"a1\",\"created_at\":\"2026-01-01T00:00:00Z\",\"org_id\":\"org-1\",\"email_domain\":\"Example.COM\",\"signup_path\":\"enterprise\",\"country\":\"de\",\"status\":\"active\"}\n"
            "{\"status\":\"suspended\",\"account_id\":\"a2\",\"created_at\":1767225600,\"email_domain\":\"mail.test\",\"signup_path\":\"standard\",\"country\":\"US\",\"extra\":{\"nested\":[1,2]}}\r\n"
            "\n"
            "{\"account_id\":\"\\u0061\\u0033\",\"created_at\":\"2026-01-02T10:00:00.5Z\",\"org_id\":null}\n";
        QByteArray exchanges;
        const QList<QByteArray> lines = basicExport().files[u"exchanges.csv"_s].split('\n');
        const QList<QByteArray> header = lines[0].split(',');
        for (int l = 1; l < lines.size(); ++l) {
            if (lines[l].isEmpty())
                continue;
            const QList<QByteArray> f = lines[l].split(',');
            QJsonObject o;
            for (int k = 0; k < header.size(); ++k) {
                const QString key = QString::fromLatin1(header[k]);
                if (f[k].isEmpty())
                    continue;
                const bool numeric = key.endsWith(u"_tokens"_s) || (key == u"ts"_s && !f[k].contains('-'));
                o.insert(key, numeric ? QJsonValue(f[k].toDouble()) : QJsonValue(QString::fromLatin1(f[k])));
            }
            exchanges += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        jsonl.files[u"accounts.jsonl"_s] = accounts;
        jsonl.files[u"exchanges.jsonl"_s] = exchanges;
        const QString jDir = newDir(), jCase = newCase();
        QVERIFY(jsonl.write(jDir));
        r = import(jDir, jCase);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.warnings, QStringList{u"accounts.jsonl: unknown column \"extra\" ignored (not part of format v1)"_s});
        QCOMPARE(exchangesText(jCase), reference);

        MiniExport jgz;
        for (auto it = jsonl.files.cbegin(); it != jsonl.files.cend(); ++it)
            jgz.files[it.key() + u".gz"_s] = gzip(it.value());
        const QString jgzDir = newDir(), jgzCase = newCase();
        QVERIFY(jgz.write(jgzDir));
        r = import(jgzDir, jgzCase);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(exchangesText(jgzCase), reference);
    }

    // Exports written by an independent generator (tests/tools/foreign_export.py, Python's csv,
    // json and gzip modules) with shuffled columns, BOMs, CRLF, quoted newlines in ids, unknown
    // columns, mixed timestamp forms: exact counts, as its expected.json states.
    void foreignExport_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("csv") << QStringList{u"--format"_s, u"csv"_s, u"--seed"_s, u"5"_s};
        QTest::addRow("jsonl.gz") << QStringList{u"--format"_s, u"jsonl"_s, u"--gzip"_s, u"--seed"_s, u"6"_s};
        QTest::addRow("csv.gz") << QStringList{u"--format"_s, u"csv"_s, u"--gzip"_s, u"--seed"_s, u"7"_s};
        for (const char *kind : {"bad_ts", "unknown_account", "missing_column", "bad_version", "rows_mismatch",
                                 "sha_mismatch", "bad_enum", "negative_tokens", "bad_score", "unterminated_quote"}) {
            QTest::addRow("corrupt %s csv", kind) << QStringList{u"--corrupt"_s, QString::fromLatin1(kind)};
            if (qstrcmp(kind, "unterminated_quote") != 0)
                QTest::addRow("corrupt %s jsonl.gz", kind)
                    << QStringList{u"--corrupt"_s, QString::fromLatin1(kind), u"--format"_s, u"jsonl"_s, u"--gzip"_s};
        }
    }

    void foreignExport()
    {
        QFETCH(QStringList, args);
        if (python3().isEmpty())
            QSKIP("python3 is not installed (apt-get install python3)");
        const QString dir = newDir(), c = newCase();
        QProcess gen;
        gen.start(python3(), QStringList{QStringLiteral(HL_FOREIGN_EXPORT), dir} + args);
        QVERIFY(gen.waitForFinished(120000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        QFile ef(dir + u".expected.json"_s);
        QVERIFY(ef.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(ef.readAll()).object();

        const hl::ImportResult r = import(dir, c, 4000);
        const QJsonObject err = expected.value(u"error"_s).toObject();
        if (!err.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY(!QFile::exists(c));
            const QString file = err.value(u"file"_s).toString();
            QString prefix = file;
            if (!err.value(u"line"_s).isNull())
                prefix += u":%1:"_s.arg(err.value(u"line"_s).toInteger());
            if (!err.value(u"column"_s).isNull() && !err.value(u"line"_s).isNull())
                prefix += u" column %1:"_s.arg(err.value(u"column"_s).toString());
            QVERIFY2(!r.errors.isEmpty() && r.errors.front().startsWith(prefix),
                     qPrintable(u"expected an error starting with \"%1\", got:\n"_s.arg(prefix) + r.errors.join(u'\n')));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.message + u'\n' + r.errors.join(u'\n')));
        const hl::CaseInfo i = info(c);
        QCOMPARE(i.accounts, expected.value(u"accounts"_s).toInteger());
        QCOMPARE(i.exchanges, expected.value(u"exchanges"_s).toInteger());
        QCOMPARE(*i.firstTs, expected.value(u"first_ts"_s).toInteger());
        QCOMPARE(*i.lastTs, expected.value(u"last_ts"_s).toInteger());
        QStringList models;
        for (const hl::ModelSummary &m : i.models)
            models.append(m.name);
        QStringList wantModels;
        for (const QJsonValue &v : expected.value(u"models"_s).toArray())
            wantModels.append(v.toString());
        QCOMPARE(models, wantModels);
        const QJsonObject byModel = expected.value(u"exchanges_by_model"_s).toObject();
        for (const hl::ModelSummary &m : i.models)
            QCOMPARE(m.exchanges, byModel.value(m.name).toInteger(0));
        const QJsonObject rows = expected.value(u"rows"_s).toObject();
        for (auto it = rows.begin(); it != rows.end(); ++it)
            QCOMPARE(r.rows.value(it.key()), it.value().toInteger());
        QCOMPARE(i.scores, rows.value(u"scores"_s).toInteger());
        QCOMPARE(i.indicators, rows.value(u"indicators"_s).toInteger());
        const QJsonObject samples = expected.value(u"sample_accounts"_s).toObject();
        for (auto it = samples.begin(); it != samples.end(); ++it) {
            const QString sql = u"SELECT coalesce((SELECT exchanges FROM account_activity t JOIN accounts a ON a.id ="
                                " t.account_id WHERE a.account_key = '%1'), 0)"_s.arg(QString(it.key()).replace(u"'"_s, u"''"_s));
            QCOMPARE(queryInt(c, sql), it.value().toInteger());
        }
        int unknown = 0;
        for (const QJsonValue &v : expected.value(u"unknown_columns"_s).toObject())
            unknown += v.toArray().size();
        QCOMPARE(r.warnings.filter(u"unknown column"_s).size(), unknown);
        checkRollups(c, i.exchanges);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
