#pragma once

// Test support shared by the import tests (header-only; tests never compile ../ sources).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include "storage/exchangestable.h"
#include "testfiles.h"

#include <sqlite3.h>

namespace hltest {

// Opens a case with Qt's SQLite driver and registers the `exchanges` table, as CaseFile does.
inline bool openCaseDb(QSqlDatabase &db, const QString &path, bool readOnly)
{
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return false;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return false;
    try {
        hl::registerExchangesTable(*static_cast<sqlite3 *const *>(h.constData()));
    } catch (...) {
        return false;
    }
    return true;
}

using namespace Qt::StringLiterals;

// A small detection export held in memory: file name → content. write() adds manifest.json.
struct MiniExport
{
    QMap<QString, QByteArray> files;
    int version = 1;
    bool listFiles = true;
    bool withRows = true;
    bool withSha = true;
    QMap<QString, qint64> rowsOverride;   // file → rows to claim in the manifest
    QMap<QString, QString> shaOverride;   // file → sha256 to claim

    static qint64 countCsvRows(const QByteArray &csv)
    {
        // Only for the simple fixtures below (no quoted newlines): non-empty lines minus header.
        qint64 n = 0;
        for (const QByteArray &line : csv.split('\n'))
            if (!line.trimmed().isEmpty())
                ++n;
        return n > 0 ? n - 1 : 0;
    }

    bool write(const QString &dir) const
    {
        QDir().mkpath(dir);
        QJsonArray list;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile f(QDir(dir).filePath(it.key()));
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
                return false;
            QJsonObject entry{{u"name"_s, it.key()}};
            if (withRows && it.key().endsWith(u".csv"_s))
                entry.insert(u"rows"_s, double(rowsOverride.value(it.key(), countCsvRows(it.value()))));
            if (withSha)
                entry.insert(u"sha256"_s, shaOverride.value(
                    it.key(), QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex())));
            list.append(entry);
        }
        QJsonObject manifest{{u"format"_s, u"distillation-detection-export"_s},
                             {u"version"_s, version},
                             {u"producer"_s, u"hydralens tests"_s},
                             {u"generated_at"_s, u"2026-03-01T00:00:00Z"_s}};
        if (listFiles)
            manifest.insert(u"files"_s, list);
        QFile m(QDir(dir).filePath(u"manifest.json"_s));
        return m.open(QIODevice::WriteOnly) && m.write(QJsonDocument(manifest).toJson()) > 0;
    }
};

// Accounts a1..a3, 10 exchanges on two models with every column used, and one row in each
// optional table.
inline MiniExport basicExport()
{
    MiniExport e;
    e.files[u"accounts.csv"_s] =
        "account_id,created_at,org_id,email_domain,signup_path,country,status\n"
        "a1,2026-01-01T00:00:00Z,org-1,Example.COM,enterprise,de,active\n"
        "a2,1767225600,,mail.test,standard,US,suspended\n"
        "a3,2026-01-02T10:00:00.5Z,,,,,\n";
    e.files[u"exchanges.csv"_s] =
        "ts,account_id,model,capability,template_hash,input_tokens,output_tokens,ip,api_key_id\n"
        "2026-02-01T00:00:00Z,a1,m-old,coding,t1,10,100,10.0.0.1,k1\n"
        "2026-02-01T00:00:00Z,a1,m-old,coding,t1,11,110,10.0.0.1,k1\n"
        "2026-02-01T01:30:00Z,a2,m-old,reasoning,t2,12,120,::ffff:10.0.0.1,k2\n"
        "2026-02-02T00:00:00Z,a1,m-new,agentic,t1,13,130,10.0.0.2,k1\n"
        "1769990400,a3,m-new,,,,,2001:DB8::1,\n"
        "2026-02-02T00:00:01Z,a2,m-new,chat,t3,15,150,10.0.0.2,k2\n"
        "2026-02-03T23:59:59Z,a2,m-old,vision,t3,16,160,10.0.0.3,k2\n"
        "2026-02-01T12:00:00Z,a3,m-old,other,t2,17,170,10.0.0.3,k3\n"
        "2026-02-04T00:00:00Z,a1,m-new,tool_use,t1,18,180,10.0.0.1,k1\n"
        "2026-02-04T00:00:00Z,a3,m-new,coding,t1,19,190,2001:db8:0:0:0:0:0:1,k3\n";
    e.files[u"releases.csv"_s] = "model,released_at,label\nm-new,2026-02-01T18:00:00Z,\"Model New, GA\"\n";
    e.files[u"infrastructure.csv"_s] = "account_id,kind,value,first_seen,last_seen,observations\n"
                                      "a1,payment,card-1,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,4\n"
                                      "a2,payment,card-1,,,\n"
                                      "a3,asn,as64500,,,2\n";
    e.files[u"scores.csv"_s] = "account_id,scored_at,classifier,version,score\n"
                              "a1,2026-02-05T00:00:00Z,upstream,2.3,0.91\n"
                              "a2,2026-02-05T00:00:00Z,upstream,2.3,0.12\n";
    e.files[u"indicators.csv"_s] = "kind,value,source,confidence,shared_at,note\n"
                                  "payment,card-1,partner-a,80,2026-02-06T00:00:00Z,\"seen, twice\"\n";
    return e;
}

// Every row of every table of a case, as one string (tables and rows in a fixed order), so a
// test can assert that a failed import changed nothing at all.
inline QString dumpCase(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!openCaseDb(db, path, true))
            return u"<cannot open>"_s;
        QSqlQuery version(db);
        version.exec(u"PRAGMA user_version"_s);
        version.next();
        out += u"version "_s + version.value(0).toString() + u'\n';
        QSqlQuery tables(db);
        tables.exec(u"SELECT name, sql FROM sqlite_schema WHERE type IN ('table','index') ORDER BY name"_s);
        QStringList names;
        while (tables.next()) {
            out += tables.value(1).toString() + u'\n';
            if (tables.value(1).toString().startsWith(u"CREATE TABLE"_s))
                names.append(tables.value(0).toString());
        }
        for (const QString &t : names) {
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM \"%1\""_s.arg(t));
            QStringList lines;
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant v = rows.value(i);
                    cells.append(v.isNull() ? u"NULL"_s
                                            : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                                   : v.toString());
                }
                lines.append(cells.join(u'|'));
            }
            lines.sort();
            out += u"== "_s + t + u'\n' + lines.join(u'\n') + u'\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// One integer from an SQL query on a case (read-only connection).
inline qint64 queryInt(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (openCaseDb(db, path, false)) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// One text value from an SQL query on a case ("<error>" if the query fails).
inline QString queryText(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QString v = u"<error>"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (openCaseDb(db, path, true)) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

inline QString python3()
{
    return QStandardPaths::findExecutable(u"python3"_s);
}

} // namespace hltest
