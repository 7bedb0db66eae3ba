#include "demo/demogenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace hl;

namespace {

using Row = QList<QByteArray>;

struct Table
{
    Row header;
    QList<Row> rows;
    int column(const char *name) const { return header.indexOf(QByteArray(name)); }
};

const char *const TableNames[] = {"accounts", "exchanges", "infrastructure", "scores", "releases", "indicators"};

QByteArray gunzip(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return {};
        }
        out.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(z.avail_out));
    }
    inflateEnd(&z);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray raw = f.readAll();
    return path.endsWith(QLatin1String(".gz")) ? gunzip(raw) : raw;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
Table parseCsv(const QByteArray &data)
{
    Table t;
    Row row;
    QByteArray field;
    bool quoted = false, inQuotes = false, any = false;
    auto endField = [&] {
        row.append(field);
        field.clear();
        quoted = false;
    };
    auto endRow = [&] {
        endField();
        if (t.header.isEmpty())
            t.header = row;
        else
            t.rows.append(row);
        row.clear();
        any = false;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < data.size() && data[i + 1] == '"') {
                    field.append('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        any = true;
        if (c == '"' && field.isEmpty() && !quoted) {
            inQuotes = quoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n') {
            endRow();
        } else {
            field.append(c);
        }
    }
    if (any)
        endRow();
    return t;
}

// JSONL rows rendered as the CSV would show them: null -> empty, numbers as text.
Table parseJsonl(const QByteArray &data, const Row &header)
{
    Table t;
    t.header = header;
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Row row;
        for (const QByteArray &column : header) {
            const QJsonValue v = o.value(QString::fromUtf8(column));
            if (v.isString())
                row.append(v.toString().toUtf8());
            else if (v.isDouble())
                row.append(QByteArray::number(v.toDouble(), 'g', 17));
            else
                row.append(QByteArray());
        }
        t.rows.append(row);
    }
    return t;
}

bool sameField(const QByteArray &csv, const QByteArray &json)
{
    if (csv == json)
        return true;
    bool a = false, b = false;
    const double x = csv.toDouble(&a), y = json.toDouble(&b);
    return a && b && x == y;
}

DemoResult generate(const QString &dir, qint64 accounts, qint64 exchanges, quint64 seed = 1,
                    bool jsonl = false, bool gzip = false, const QString &truth = {},
                    const DemoProgress &progress = {})
{
    DemoOptions o;
    o.outDir = dir;
    o.accounts = accounts;
    o.exchanges = exchanges;
    o.seed = seed;
    o.jsonl = jsonl;
    o.gzip = gzip;
    o.truthPath = truth;
    return generateDemoExport(o, progress);
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

QString tableFile(const QString &dir, const char *table, bool jsonl = false, bool gzip = false)
{
    return QDir(dir).filePath(QString::fromLatin1(table) + (jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv"))
                              + (gzip ? QStringLiteral(".gz") : QString()));
}

QStringList exportFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

qint64 toEpoch(const QByteArray &iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class tst_DemoExport : public QObject
{
    Q_OBJECT

private slots:
    void exactCountsAndManifest_data();
    void exactCountsAndManifest();
    void deterministicPerSeed();
    void truthCoversEveryGroup();
    void actorPivotsOnRelease();
    void formatsAgree();
    void csvQuoting();
    void progressIsMonotonic();
    void cancelRemovesFiles();
    void errorsNameThePath();
    void benchmark();
};

void tst_DemoExport::exactCountsAndManifest_data()
{
    QTest::addColumn<qint64>("accounts");
    QTest::addColumn<qint64>("exchanges");
    QTest::addRow("tiny") << qint64(200) << qint64(5000);
    QTest::addRow("minimum") << qint64(100) << qint64(1000);
    QTest::addRow("small") << qint64(1500) << qint64(60000);
}

void tst_DemoExport::exactCountsAndManifest()
{
    QFETCH(qint64, accounts);
    QFETCH(qint64, exchanges);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("export"));
    const DemoResult r = generate(dir, accounts, exchanges);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.accounts, accounts);
    QCOMPARE(r.exchanges, exchanges);

    const Table acc = parseCsv(readAll(tableFile(dir, "accounts")));
    const Table ex = parseCsv(readAll(tableFile(dir, "exchanges")));
    QCOMPARE(acc.rows.size(), accounts);
    QCOMPARE(ex.rows.size(), exchanges);

    // manifest: format, version, and rows + sha256 of every table as written
    const QJsonObject manifest = readJson(QDir(dir).filePath(QStringLiteral("manifest.json")));
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("distillation-detection-export"));
    QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(manifest.value(QStringLiteral("producer")).toString().startsWith(QStringLiteral("hydralens demo-export ")));
    QCOMPARE(manifest.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-04-05T02:17:00Z"));
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 6);
    for (const auto &v : files) {
        const QJsonObject f = v.toObject();
        const QString name = f.value(QStringLiteral("name")).toString();
        QFile file(QDir(dir).filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray bytes = file.readAll();
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 f.value(QStringLiteral("sha256")).toString());
        QCOMPARE(parseCsv(bytes).rows.size(), f.value(QStringLiteral("rows")).toInteger());
    }

    // exchanges: sorted by ts, known accounts, nothing before an account exists, sane values
    QHash<QByteArray, qint64> created;
    for (const Row &row : acc.rows) {
        QVERIFY(!created.contains(row[0]));
        created.insert(row[0], toEpoch(row[1]));
    }
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    const QSet<QByteArray> capabilities = {"reasoning", "coding", "tool_use", "agentic", "vision", "chat", "other", ""};
    const int ts = ex.column("ts"), account = ex.column("account_id"), model = ex.column("model");
    const int cap = ex.column("capability"), in = ex.column("input_tokens"), out = ex.column("output_tokens");
    const int ip = ex.column("ip"), key = ex.column("api_key_id");
    QVERIFY(ts >= 0 && account >= 0 && model >= 0 && cap >= 0 && in >= 0 && out >= 0 && ip >= 0 && key >= 0);
    QByteArray previous;
    for (qsizetype i = 0; i < ex.rows.size(); ++i) {
        const Row &row = ex.rows[i];
        QCOMPARE(row.size(), ex.header.size());
        QVERIFY2(previous <= row[ts], qPrintable(QStringLiteral("row %1 out of order").arg(i)));
        previous = row[ts];
        QVERIFY2(created.contains(row[account]), row[account].constData());
        if (i % 97 == 0) {
            QVERIFY(iso.match(QString::fromLatin1(row[ts])).hasMatch());
            QVERIFY(toEpoch(row[ts]) >= created.value(row[account]));
        }
        QVERIFY(!row[model].isEmpty());
        QVERIFY(capabilities.contains(row[cap]));
        QVERIFY(row[in].toLongLong() >= 0 && row[out].toLongLong() >= 0);
        QVERIFY(!row[ip].isEmpty() && !row[key].isEmpty());
    }

    // Every infrastructure and score row points at an existing account.
    for (const char *table : {"infrastructure", "scores"}) {
        const Table t = parseCsv(readAll(tableFile(dir, table)));
        QVERIFY(!t.rows.isEmpty());
        for (const Row &row : t.rows)
            QVERIFY(created.contains(row[t.column("account_id")]));
    }
}

void tst_DemoExport::deterministicPerSeed()
{
    QTemporaryDir tmp;
    auto shas = [&](const QString &name, quint64 seed) {
        const QString dir = tmp.filePath(name);
        const DemoResult r = generate(dir, 300, 20000, seed, false, false, tmp.filePath(name + QStringLiteral(".truth.json")));
        [&] { QVERIFY2(r.ok, qPrintable(r.error)); }();
        QStringList out;
        for (const auto &v : readJson(QDir(dir).filePath(QStringLiteral("manifest.json"))).value(QStringLiteral("files")).toArray())
            out << v.toObject().value(QStringLiteral("sha256")).toString();
        out << QString::fromLatin1(QCryptographicHash::hash(readAll(tmp.filePath(name + QStringLiteral(".truth.json"))),
                                                            QCryptographicHash::Sha256).toHex());
        return out;
    };
    const QStringList a = shas(QStringLiteral("a"), 7);
    const QStringList b = shas(QStringLiteral("b"), 7);
    const QStringList c = shas(QStringLiteral("c"), 8);
    QCOMPARE(a.size(), 7);
    QCOMPARE(a, b);
    QVERIFY(a[1] != c[1]); // exchanges differ with another seed
    QVERIFY(a[0] != c[0]);
    QCOMPARE(a[4], c[4]);  // releases are the scenario, not the seed
}

void tst_DemoExport::truthCoversEveryGroup()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("export"));
    const QString truthPath = tmp.filePath(QStringLiteral("truth.json"));
    const DemoResult r = generate(dir, 200, 5000, 3, false, false, truthPath);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject truth = readJson(truthPath);
    QCOMPARE(truth.value(QStringLiteral("format")).toString(), QStringLiteral("hydralens-demo-truth"));
    const QJsonObject groups = truth.value(QStringLiteral("accounts")).toObject();
    QCOMPARE(groups.size(), 200);

    QHash<QString, int> accountsPerGroup;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        ++accountsPerGroup[it.value().toString()];
    QHash<QString, int> exchangesPerGroup;
    const Table ex = parseCsv(readAll(tableFile(dir, "exchanges")));
    for (const Row &row : ex.rows)
        ++exchangesPerGroup[groups.value(QString::fromUtf8(row[1])).toString()];

    const QJsonArray actors = truth.value(QStringLiteral("actors")).toArray();
    QVERIFY(actors.size() >= 3);
    for (const auto &v : actors) {
        const QJsonObject actor = v.toObject();
        const QString group = actor.value(QStringLiteral("group")).toString();
        QVERIFY(group.startsWith(QStringLiteral("actor:")));
        QVERIFY2(accountsPerGroup.value(group) >= 3, qPrintable(group));
        QVERIFY2(exchangesPerGroup.value(group) > 0, qPrintable(group));
        QVERIFY(!actor.value(QStringLiteral("traits")).toArray().isEmpty());
        QVERIFY(actor.contains(QStringLiteral("pivot")));
    }
    QSet<QString> kinds;
    for (const auto &v : truth.value(QStringLiteral("lookalikes")).toArray()) {
        const QString group = v.toObject().value(QStringLiteral("group")).toString();
        kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY2(accountsPerGroup.value(group) >= 2, qPrintable(group));
        QVERIFY2(exchangesPerGroup.value(group) > 0, qPrintable(group));
    }
    for (const char *kind : {"enterprise_nat", "campus", "mobile_cgnat", "vpn_exit", "api_reseller", "proxy_customer", "ordinary"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    // Every account of the export has exactly one group.
    const Table acc = parseCsv(readAll(tableFile(dir, "accounts")));
    for (const Row &row : acc.rows)
        QVERIFY(groups.contains(QString::fromUtf8(row[0])));
}

void tst_DemoExport::actorPivotsOnRelease()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("export"));
    const QString truthPath = tmp.filePath(QStringLiteral("truth.json"));
    const DemoResult r = generate(dir, 2000, 200000, 11, false, false, truthPath);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject truth = readJson(truthPath);
    const QJsonObject groups = truth.value(QStringLiteral("accounts")).toObject();

    QHash<QString, qint64> releases;
    const Table rel = parseCsv(readAll(tableFile(dir, "releases")));
    for (const Row &row : rel.rows)
        releases.insert(QString::fromUtf8(row[0]), toEpoch(row[1]));

    const Table ex = parseCsv(readAll(tableFile(dir, "exchanges")));
    double bestActorShare = 0.0, worstBenignShare = 0.0;
    for (const auto &v : truth.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject actor = v.toObject();
        const QJsonObject pivot = actor.value(QStringLiteral("pivot")).toObject();
        if (pivot.isEmpty() || pivot.value(QStringLiteral("hours_after_release")).toDouble() > 24.0)
            continue;
        const QString group = actor.value(QStringLiteral("group")).toString();
        const QByteArray model = pivot.value(QStringLiteral("model")).toString().toUtf8();
        const qint64 from = releases.value(QString::fromUtf8(model));
        QVERIFY(from > 0);
        qint64 actorAll = 0, actorNew = 0, benignAll = 0, benignNew = 0;
        for (const Row &row : ex.rows) {
            const qint64 t = toEpoch(row[0]);
            if (t < from || t >= from + 24 * 3600)
                continue;
            const QString g = groups.value(QString::fromUtf8(row[1])).toString();
            const bool isNew = row[2] == model;
            if (g == group) {
                ++actorAll;
                actorNew += isNew;
            } else if (g.startsWith(QStringLiteral("benign:"))) {
                ++benignAll;
                benignNew += isNew;
            }
        }
        QVERIFY(actorAll > 20 && benignAll > 100);
        const double actorShare = double(actorNew) / double(actorAll);
        const double benignShare = double(benignNew) / double(benignAll);
        qInfo("%s: %.0f%% of its traffic on %s within 24 h of release; benign %.1f%%", qPrintable(group),
              100 * actorShare, model.constData(), 100 * benignShare);
        bestActorShare = std::max(bestActorShare, actorShare);
        worstBenignShare = std::max(worstBenignShare, benignShare);
    }
    QVERIFY2(bestActorShare >= 0.5, "no actor moved half its traffic within 24 h of a release");
    QVERIFY(worstBenignShare < 0.15);
    QVERIFY(worstBenignShare < bestActorShare / 4);
}

void tst_DemoExport::formatsAgree()
{
    QTemporaryDir tmp;
    struct Variant { const char *name; bool jsonl; bool gzip; };
    const Variant variants[] = {{"csv", false, false}, {"jsonl", true, false}, {"csvgz", false, true}, {"jsonlgz", true, true}};
    for (const Variant &v : variants) {
        const DemoResult r = generate(tmp.filePath(QLatin1String(v.name)), 200, 5000, 5, v.jsonl, v.gzip);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    const QString csvDir = tmp.filePath(QStringLiteral("csv"));
    for (const char *table : TableNames) {
        const Table reference = parseCsv(readAll(tableFile(csvDir, table)));
        QVERIFY(!reference.rows.isEmpty());
        for (const Variant &v : variants) {
            const QString path = tableFile(tmp.filePath(QLatin1String(v.name)), table, v.jsonl, v.gzip);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            if (v.gzip) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.read(2), QByteArray("\x1f\x8b"));
            }
            const QByteArray data = readAll(path);
            const Table t = v.jsonl ? parseJsonl(data, reference.header) : parseCsv(data);
            QCOMPARE(t.rows.size(), reference.rows.size());
            for (qsizetype i = 0; i < t.rows.size(); ++i) {
                for (qsizetype c = 0; c < reference.header.size(); ++c) {
                    QVERIFY2(sameField(reference.rows[i][c], t.rows[i][c]),
                             qPrintable(QStringLiteral("%1 %2 row %3: %4 vs %5").arg(QLatin1String(v.name), QLatin1String(table))
                                            .arg(i).arg(QString::fromUtf8(reference.rows[i][c]), QString::fromUtf8(t.rows[i][c]))));
                }
            }
        }
        // Exactly one variant of each table per export.
        for (const Variant &v : variants) {
            int present = 0;
            for (const Variant &w : variants)
                present += QFile::exists(tableFile(tmp.filePath(QLatin1String(v.name)), table, w.jsonl, w.gzip));
            QCOMPARE(present, 1);
        }
    }
}

void tst_DemoExport::csvQuoting()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("export"));
    QVERIFY(generate(dir, 200, 5000).ok);
    const QByteArray raw = readAll(tableFile(dir, "indicators"));
    const Table t = parseCsv(raw);
    const int note = t.column("note");
    bool comma = false, quote = false, newline = false;
    for (const Row &row : t.rows) {
        QCOMPARE(row.size(), t.header.size());
        comma |= row[note].contains(',');
        quote |= row[note].contains('"');
        newline |= row[note].contains('\n');
        QVERIFY(row[t.column("confidence")].toInt() >= 0 && row[t.column("confidence")].toInt() <= 100);
    }
    QVERIFY(comma && quote && newline);
    QVERIFY(raw.contains("\"\"")); // doubled inner quotes
    // Unquoted fields: nothing is quoted that does not need it.
    const QByteArray accounts = readAll(tableFile(dir, "accounts"));
    QVERIFY(!accounts.contains('"'));
}

void tst_DemoExport::progressIsMonotonic()
{
    QTemporaryDir tmp;
    QList<double> fractions;
    const DemoResult r = generate(tmp.filePath(QStringLiteral("export")), 200, 5000, 1, false, false, {},
                                  [&](double f) { fractions << f; return true; });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(fractions.size() > 10);
    QCOMPARE(fractions.first(), 0.0);
    QCOMPARE(fractions.last(), 1.0);
    for (qsizetype i = 1; i < fractions.size(); ++i)
        QVERIFY(fractions[i] >= fractions[i - 1] && fractions[i] <= 1.0);
}

void tst_DemoExport::cancelRemovesFiles()
{
    QTemporaryDir tmp;
    for (int stopAt : {1, 3, 20}) {
        const QString dir = tmp.filePath(QStringLiteral("cancel%1").arg(stopAt));
        int calls = 0;
        const DemoResult r = generate(dir, 500, 50000, 1, false, stopAt == 3, tmp.filePath(QStringLiteral("t.json")),
                                      [&](double) { return ++calls < stopAt; });
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("cancelled"));
        QVERIFY2(!QFileInfo::exists(dir) || exportFiles(dir).isEmpty(), qPrintable(exportFiles(dir).join(u',')));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("t.json"))));
    }
    // An existing folder stays, other files in it too; the export files go.
    const QString dir = tmp.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(dir));
    QFile keep(QDir(dir).filePath(QStringLiteral("notes.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    int calls = 0;
    const DemoResult r = generate(dir, 500, 50000, 1, false, false, {}, [&](double f) { return ++calls < 30 || f < 0; });
    QVERIFY(!r.ok);
    QCOMPARE(exportFiles(dir), QStringList{QStringLiteral("notes.txt")});
}

void tst_DemoExport::errorsNameThePath()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("plainfile"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    DemoResult r = generate(file, 200, 5000);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QDir::toNativeSeparators(file)), qPrintable(r.error));

    r = generate(file + QStringLiteral("/sub/dir"), 200, 5000);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("plainfile")), qPrintable(r.error));

    const QString dir = tmp.filePath(QStringLiteral("export"));
    r = generate(dir, 200, 5000, 1, false, false, QDir(dir).filePath(QStringLiteral("truth.json")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("truth.json")), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(dir));

    r = generate(dir, 10, 5000);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    r = generate(dir, 200, 10);
    QVERIFY(!r.ok);
}

void tst_DemoExport::benchmark()
{
    // HL_DEMO_BENCH_DIR=/some/dir runs the full-size export (24,000 accounts, 16 M exchanges).
    const QString dir = qEnvironmentVariable("HL_DEMO_BENCH_DIR");
    if (dir.isEmpty())
        QSKIP("set HL_DEMO_BENCH_DIR to time the 16 M-exchange export");
    const qint64 exchanges = qEnvironmentVariableIsSet("HL_DEMO_BENCH_EXCHANGES")
        ? qEnvironmentVariable("HL_DEMO_BENCH_EXCHANGES").toLongLong() : 16000000;
    QElapsedTimer timer;
    timer.start();
    const DemoResult r = generate(dir, 24000, exchanges, 1, qEnvironmentVariableIsSet("HL_DEMO_BENCH_JSONL"),
                                  qEnvironmentVariableIsSet("HL_DEMO_BENCH_GZIP"));
    QVERIFY2(r.ok, qPrintable(r.error));
    qInfo("%lld exchanges in %.1f s", static_cast<long long>(r.exchanges), timer.elapsed() / 1000.0);
}

QTEST_GUILESS_MAIN(tst_DemoExport)
#include "tst_demoexport.moc"
