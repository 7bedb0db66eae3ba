#include "exportfixture.h"
#include "storage/casefile.h"
#include "storage/caseinfo.h"
#include "storage/layoutstore.h"
#include "storage/schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace hltest;

class TestCaseFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    static void exec(sqlite3 *db, const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK)
            qFatal("%s: %s", sql, err);
    }

private Q_SLOTS:
    void createsCurrentSchema()
    {
        const QString path = m_tmp.filePath(u"new.hlcase"_s);
        hl::CaseFile f;
        QVERIFY(f.open(path, hl::CaseFile::Mode::CreateIfMissing));
        QVERIFY(f.wasCreated());
        QCOMPARE(hl::schema::version(f.handle()), hl::schema::CurrentVersion);
        QCOMPARE(hl::schema::applicationId(f.handle()), hl::schema::ApplicationId);
        f.close();
        QCOMPARE(queryInt(path, u"PRAGMA user_version"_s), hl::schema::CurrentVersion);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM capabilities"_s), 7);
    }

    // A case written with schema version 1 (no rollups, no exchange-derived links) is brought to
    // the current version on open, with every rollup computed from its exchanges.
    void migratesFromVersion1()
    {
        const QString path = m_tmp.filePath(u"v1.hlcase"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        hl::schema::migrate(db, 1);
        exec(db, "INSERT INTO imports VALUES(1, '/old', 'old producer', NULL, '{}', 100, 200, '0.0.1', '[]');"
                 "INSERT INTO accounts(id, account_key, created_at, import_id) VALUES(1, 'a', 0, 1), (2, 'b', 0, 1);"
                 "INSERT INTO models VALUES(1, 'm');"
                 "INSERT INTO infra VALUES(1, 1, '10.0.0.1'), (2, 8, 'key-1'), (3, 3, 'card');"
                 "INSERT INTO account_infra VALUES(1, 3, 2, 50, 60, 1), (1, 1, 2, 10, 20, 5);"
                 "INSERT INTO exchanges VALUES(1, 7200, 1, 0, 1, 2, NULL, 10, 100, 1, 2),"
                 " (1, 7200, 1, 1, 1, 2, NULL, 1, 1, 1, NULL), (1, 90000, 1, 0, 1, NULL, NULL, NULL, NULL, NULL, 2),"
                 " (2, 3600, 1, 0, 1, 1, NULL, 5, 5, 1, NULL);");
        QCOMPARE(hl::schema::version(db), 1);
        sqlite3_close(db);

        hl::CaseFile f;
        QVERIFY2(f.open(path), qPrintable(f.errorString()));
        QCOMPARE(f.schemaVersionOnOpen(), 1);
        QString error;
        const auto info = hl::readCaseInfo(f, &error);
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, hl::schema::CurrentVersion);
        QCOMPARE(info->exchanges, 4);
        QCOMPARE(*info->firstTs, 3600);
        QCOMPARE(*info->lastTs, 90000);
        f.close();
        QCOMPARE(queryInt(path, u"SELECT sum(exchanges) FROM hourly_traffic"_s), 4);
        QCOMPARE(queryInt(path, u"SELECT exchanges FROM hourly_traffic WHERE hour = 7200 AND capability = 2"_s), 2);
        // Version 3: the exchanges moved into one block per account, every value and NULL kept.
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM sqlite_schema WHERE name = 'exchanges'"_s), 0);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM exchange_blocks"_s), 2);
        QCOMPARE(queryInt(path, u"SELECT exchanges FROM exchange_blocks WHERE account_id = 1"_s), 3);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM exchanges WHERE account_id = 1 AND ts = 7200"_s), 2);
        QCOMPARE(queryInt(path, u"SELECT sum(input_tokens) FROM exchanges"_s), 16);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM exchanges WHERE capability IS NULL AND input_tokens IS NULL"
                                " AND ip_id IS NULL AND api_key_id = 2 AND ts = 90000"_s), 1);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM exchanges WHERE api_key_id IS NULL"_s), 2);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM sqlite_schema WHERE name IN ('account_daily', 'account_hours',"
                                " 'account_templates')"_s), 0);
        QCOMPARE(queryInt(path, u"SELECT input_tokens FROM account_activity WHERE account_id = 1"_s), 11);
        // The link from the infrastructure table merges with the one derived from exchanges.
        QCOMPARE(queryInt(path, u"SELECT sources FROM account_infra WHERE account_id = 1 AND infra_id = 1"_s), 3);
        QCOMPARE(queryInt(path, u"SELECT observations FROM account_infra WHERE account_id = 1 AND infra_id = 1"_s), 7);
        QCOMPARE(queryInt(path, u"SELECT first_seen FROM account_infra WHERE account_id = 1 AND infra_id = 1"_s), 10);
        QCOMPARE(queryInt(path, u"SELECT last_seen FROM account_infra WHERE account_id = 1 AND infra_id = 1"_s), 7200);
        QCOMPARE(queryInt(path, u"SELECT observations FROM account_infra WHERE account_id = 1 AND infra_id = 2"_s), 2);
        QCOMPARE(queryInt(path, u"SELECT count(*) FROM pragma_foreign_key_check"_s), 0);
    }

    // Version 7 adds the layout cache; a version-6 case gets an empty one and can use it.
    void migratesFromVersion6()
    {
        const QString path = m_tmp.filePath(u"v6.hlcase"_s);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        hl::schema::migrate(db, 6);
        exec(db, "INSERT INTO analysis_runs(started_at, finished_at, app_version, parameters, location_db, summary)"
                 " VALUES(1, 2, '0.0.1', '{}', '', '{}')");
        QCOMPARE(hl::schema::version(db), 6);
        sqlite3_close(db);

        hl::CaseFile f;
        QVERIFY2(f.open(path), qPrintable(f.errorString()));
        QCOMPARE(f.schemaVersionOnOpen(), 6);
        QCOMPARE(hl::schema::version(f.handle()), hl::schema::CurrentVersion);
        QString error;
        QVERIFY(!hl::readLayout(f, u"overview"_s, hl::LayoutEngine::Sfdp, 1, &error));
        QVERIFY(error.isEmpty());
        const std::vector<QPointF> positions{{0, 0}, {10.5, -3}};
        QVERIFY2(hl::saveLayout(f, u"overview"_s, hl::LayoutEngine::Sfdp, 1, positions, &error), qPrintable(error));
        QCOMPARE(*hl::readLayout(f, u"overview"_s, hl::LayoutEngine::Sfdp, 1, &error), positions);
        f.close();
        QCOMPARE(queryInt(path, u"SELECT run_id FROM graph_layouts"_s), 1);
        QCOMPARE(queryInt(path, u"SELECT length(positions) FROM graph_layouts"_s), 16);
    }

    void refusesNewerVersion()
    {
        const QString path = m_tmp.filePath(u"future.hlcase"_s);
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        hl::schema::migrate(db);
        exec(db, "PRAGMA user_version = 99");
        sqlite3_close(db);
        const QString before = dumpCase(path);
        hl::CaseFile f;
        QVERIFY(!f.open(path));
        QCOMPARE(f.errorString(), u"The case %1 was written by a newer HydraLens (case format 99; this version reads up to %2). "
                                  "Open it with a newer HydraLens."_s.arg(path).arg(hl::schema::CurrentVersion));
        QCOMPARE(dumpCase(path), before);
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("text file") << QByteArray("just some text, not a database at all....................................................")
                                   << u"%1 is not a HydraLens case (it is not an SQLite database)."_s;
        QTest::addRow("other sqlite") << QByteArray() << u"%1 is an SQLite database but not a HydraLens case. Choose a .hlcase "
                                                         "file, or give a new file name to create a case."_s;
    }

    void refusesOtherFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        if (content.isEmpty()) {
            sqlite3 *db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
            sqlite3_close(db);
        } else {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray before = in.readAll();
        in.close();
        hl::CaseFile f;
        QVERIFY(!f.open(path, hl::CaseFile::Mode::CreateIfMissing));
        QCOMPARE(f.errorString(), message.arg(path));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), before);
    }

    void missingFile()
    {
        hl::CaseFile f;
        const QString path = m_tmp.filePath(u"nope.hlcase"_s);
        QVERIFY(!f.open(path));
        QVERIFY(f.errorString().startsWith(u"There is no case file at "_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!f.open(m_tmp.filePath(u"no/such/dir/x.hlcase"_s), hl::CaseFile::Mode::CreateIfMissing));
        QVERIFY(f.errorString().contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
