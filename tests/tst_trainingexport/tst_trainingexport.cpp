// The training export (model/training/trainingexport.h) on an analysed demo case: which
// accounts become rows, their features and weights, a split without leaks (checked against the
// case's own account_infra), the files and their manifest, byte-identical repeats, refusals,
// the `export training` command, and that pandas + scikit-learn can train on the CSV.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "labelevent.h"

#include "analysis/features.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "storage/statement.h"
#include "training/trainingexport.h"
#include "training/trainingset.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

hl::LabelEvent label(hl::LabelTarget target, std::int64_t id, hl::Verdict verdict,
                     hl::Confidence confidence = hl::Confidence::None)
{
    return hltest::labelEvent(target, id, verdict, u"ann"_s, confidence);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject manifestOf(const QString &dir)
{
    return QJsonDocument::fromJson(readAll(QDir(dir).filePath(u"manifest.json"_s))).object();
}

} // namespace

class TestTrainingExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case, m_unlabelled, m_unanalysed;
    hl::CaseFile m_file;
    qint64 m_expectedRows = 0, m_expectedUnsure = 0;
    std::uint32_t m_overridden = 0; // in a distillation cluster, labelled benign itself
    std::uint32_t m_rescued = 0;    // in the unsure cluster, labelled distillation itself
    std::uint32_t m_lowBenign = 0;  // in a benign cluster labelled with low confidence

    using Run = hltest::CliRun;
    static Run run(const QStringList &args) { return hltest::runHydralens(args); }
    QString out(const QString &name) const { return m_dir.filePath(u"out-"_s + name); }
    // A copy of the labelled case (its write-ahead log checkpointed first).
    QString copyOfCase(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        hl::execSql(m_file.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
        QFile::remove(copy);
        return QFile::copy(m_case, copy) ? copy : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"t.hlcase"_s);
        QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case, hltest::DemoCase(600, 60000, 3, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_unlabelled = m_dir.filePath(u"unlabelled.hlcase"_s);
        QVERIFY(QFile::copy(m_case, m_unlabelled));
        m_unanalysed = m_dir.filePath(u"unanalysed.hlcase"_s);
        error = hltest::makeDemoCase(m_dir.filePath(u"export2"_s), m_unanalysed, hltest::DemoCase(100, 2000, 1, false));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QVERIFY(m_file.open(m_case));
        const auto clusters = hl::readClusters(m_file, 1, &error); // riskiest first
        QVERIFY(clusters && clusters->size() > 100);
        std::vector<hl::LabelEvent> events;
        // The four riskiest clusters are campaigns; the next one of 2+ accounts is unsure; 80
        // quiet clusters are benign, with every confidence.
        const hl::StoredCluster *unsure = nullptr;
        for (std::size_t i = 0; i < clusters->size(); ++i) {
            const hl::StoredCluster &c = (*clusters)[i];
            if (i < 4) {
                events.push_back(label(hl::LabelTarget::Cluster, c.id, hl::Verdict::Distillation, hl::Confidence::High));
                m_expectedRows += qint64(c.accounts.size());
            } else if (!unsure && c.accounts.size() >= 2) {
                unsure = &c;
                events.push_back(label(hl::LabelTarget::Cluster, c.id, hl::Verdict::Unsure));
            } else if (i >= 20 && i < 100) {
                events.push_back(label(hl::LabelTarget::Cluster, c.id, hl::Verdict::Benign, hl::Confidence(i % 4)));
                m_expectedRows += qint64(c.accounts.size());
                if (i % 4 == int(hl::Confidence::Low))
                    m_lowBenign = c.accounts.front();
            }
        }
        QVERIFY(unsure && m_lowBenign != 0);
        m_overridden = (*clusters)[0].accounts.front();
        events.push_back(label(hl::LabelTarget::Account, m_overridden, hl::Verdict::Benign));
        m_rescued = unsure->accounts.front();
        events.push_back(label(hl::LabelTarget::Account, m_rescued, hl::Verdict::Distillation, hl::Confidence::Medium));
        m_expectedRows += 1;
        m_expectedUnsure = qint64(unsure->accounts.size()) - 1;
        QVERIFY2(hl::appendLabels(m_file, events, &error), qPrintable(error));
    }

    // One row per account labelled distillation or benign, in account-key order, the account's
    // own label before its cluster's, weights by confidence, 2 × catalogue features.
    void readsLabelledAccounts()
    {
        QString error;
        const auto set = hl::readTrainingSet(m_file, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(qint64(set->rows.size()), m_expectedRows);
        QCOMPARE(set->excludedUnsure, m_expectedUnsure);
        QCOMPARE(set->columns.size(), 2 * hl::FeatureCount);
        QCOMPARE(set->columns.front().name, QString::fromLatin1(hl::featureCatalogue().front().name));
        QCOMPARE(set->columns.back().name, u"cluster_"_s + QLatin1StringView(hl::featureCatalogue().back().name));
        QCOMPARE(set->columns.back().source, u"cluster"_s);
        QCOMPARE(set->labelSnapshotEventId, hltest::queryInt(m_case, u"SELECT max(id) FROM label_events"_s));
        QVERIFY(set->analysisRunId > 0);
        QCOMPARE(set->caseFileName, u"t.hlcase"_s);
        QVERIFY(std::is_sorted(set->rows.begin(), set->rows.end(),
                               [](const auto &a, const auto &b) { return a.accountKey < b.accountKey; }));
        std::map<std::int64_t, const hl::TrainingRow *> byAccount;
        for (const hl::TrainingRow &r : set->rows)
            byAccount[r.accountId] = &r;
        QVERIFY(byAccount.count(m_overridden) && !byAccount[m_overridden]->positive);
        QCOMPARE(byAccount[m_overridden]->weight, 1.0);
        QVERIFY(byAccount.count(m_rescued) && byAccount[m_rescued]->positive);
        QCOMPARE(byAccount[m_rescued]->weight, 0.75);
        QCOMPARE(byAccount[m_lowBenign]->weight, 0.5);

        // The features are the stored ones: the account's, then its cluster's.
        const hl::TrainingRow &r = *byAccount[m_rescued];
        QCOMPARE(r.features.size(), 2 * hl::FeatureCount);
        QCOMPARE(r.accountKey, hltest::queryText(m_case, u"SELECT account_key FROM accounts WHERE id = %1"_s.arg(m_rescued)));
        const QJsonObject own = hl::readAccountFeatures(m_file, m_rescued);
        const auto cluster = hl::readCluster(m_file, r.clusterId, &error);
        QVERIFY(cluster);
        for (std::size_t k = 0; k < hl::FeatureCount; ++k) {
            const QLatin1StringView name(hl::featureCatalogue()[k].name);
            for (const auto &[json, value] : {std::pair(own.value(name), r.features[k]),
                                              std::pair(cluster->features.value(name), r.features[hl::FeatureCount + k])})
                QVERIFY2(json.isDouble() ? value == json.toDouble() : std::isnan(value), name.data());
        }
    }

    // No cluster, card, device or IP of a labelled account is in two splits, by the case's SQL.
    void splitDoesNotLeak()
    {
        QString error;
        const auto set = hl::readTrainingSet(m_file, &error);
        QVERIFY2(set, qPrintable(error));
        std::map<std::int64_t, hl::Split> splitOf;
        std::array<int, hl::SplitCount> used{};
        for (const hl::TrainingRow &r : set->rows) {
            splitOf[r.accountId] = r.split;
            ++used[std::size_t(r.split)];
        }
        QVERIFY(used[0] > used[1] && used[1] > 0 && used[2] > 0);
        hl::Statement st(m_file.handle(), "SELECT 'i' || ai.infra_id, ai.account_id FROM account_infra ai"
                                          " JOIN infra i ON i.id = ai.infra_id WHERE i.kind IN (1, 3, 5)"
                                          " UNION ALL SELECT 'c' || cluster_id, account_id FROM cluster_members");
        std::map<QString, std::set<hl::Split>> splitsOfValue;
        while (st.step()) {
            const auto it = splitOf.find(st.columnInt(1));
            if (it != splitOf.end())
                splitsOfValue[st.columnText(0)].insert(it->second);
        }
        QVERIFY(splitsOfValue.size() > 100);
        for (const auto &[value, splits] : splitsOfValue)
            QVERIFY2(splits.size() == 1, qPrintable(value));
        QCOMPARE(set->groups.groupsPerSplit[0] + set->groups.groupsPerSplit[1] + set->groups.groupsPerSplit[2],
                 set->groups.groups);
    }

    // The files agree with the manifest and with each other; a second export is the same bytes.
    void exportFiles()
    {
        QString error;
        const auto result = hl::exportTrainingSet(m_file, {out(u"a"_s), false, false, {}}, &error);
        QVERIFY2(result, qPrintable(error));
        const QJsonObject manifest = manifestOf(out(u"a"_s));
        QCOMPARE(manifest.value(u"format"_s).toString(), u"hydralens-training-export"_s);
        QCOMPARE(manifest.value(u"case"_s).toObject().value(u"file"_s).toString(), u"t.hlcase"_s);
        const QJsonObject counts = manifest.value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"rows"_s).toInteger(), m_expectedRows);
        QCOMPARE(counts.value(u"excluded_unsure"_s).toInteger(), m_expectedUnsure);
        QCOMPARE(manifest.value(u"columns"_s).toArray().size(), qsizetype(5 + 2 * hl::FeatureCount));

        const QStringList lines = QString::fromUtf8(readAll(QDir(out(u"a"_s)).filePath(u"training.csv"_s)))
                                      .split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_expectedRows + 1);
        QCOMPARE(lines.front().split(u','), QStringList({u"account_id"_s, u"cluster_id"_s, u"label"_s, u"weight"_s, u"split"_s})
                                                + QString(lines.front()).split(u',').mid(5));
        QCOMPARE(lines.front().count(u',') + 1, qsizetype(5 + 2 * hl::FeatureCount));
        std::map<QString, qint64> labelSplit; // "label split" → rows
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u',');
            ++labelSplit[cells[2] + u' ' + cells[4]];
        }
        const QJsonObject byLabelAndSplit = counts.value(u"by_label_and_split"_s).toObject();
        for (const QString &l : {u"distillation"_s, u"benign"_s})
            for (const QString &s : {u"train"_s, u"valid"_s, u"test"_s})
                QCOMPARE(byLabelAndSplit.value(l).toObject().value(s).toInteger(), labelSplit[l + u' ' + s]);

        const QList<QByteArray> jsonl = readAll(QDir(out(u"a"_s)).filePath(u"training.jsonl"_s)).split('\n');
        QCOMPARE(jsonl.size(), m_expectedRows + 1); // the last line ends with \n
        const QJsonObject first = QJsonDocument::fromJson(jsonl.front()).object();
        QCOMPARE(first.size(), qsizetype(5 + 2 * hl::FeatureCount));
        QCOMPARE(first.value(u"account_id"_s).toString(), lines[1].section(u',', 0, 0));

        for (const QJsonValue &f : manifest.value(u"files"_s).toArray()) {
            const QByteArray bytes = readAll(QDir(out(u"a"_s)).filePath(f[u"name"_s].toString()));
            QCOMPARE(f[u"sha256"_s].toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(f[u"bytes"_s].toInteger(), bytes.size());
        }

        QVERIFY2(hl::exportTrainingSet(m_file, {out(u"b"_s), false, false, {}}, &error), qPrintable(error));
        for (const QString &name : {u"training.csv"_s, u"training.jsonl"_s, u"manifest.json"_s})
            QVERIFY2(readAll(QDir(out(u"a"_s)).filePath(name)) == readAll(QDir(out(u"b"_s)).filePath(name)), qPrintable(name));
        QCOMPARE(QDir(out(u"b"_s)).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporary left

        // A folder with files is refused, unless forced.
        QVERIFY(!hl::exportTrainingSet(m_file, {out(u"a"_s), false, false, {}}, &error));
        QVERIFY2(error.contains(u"not empty"_s) && error.contains(u"--force"_s), qPrintable(error));
        QVERIFY2(hl::exportTrainingSet(m_file, {out(u"a"_s), true, false, {}}, &error), qPrintable(error));
        QCOMPARE(readAll(QDir(out(u"a"_s)).filePath(u"manifest.json"_s)), readAll(QDir(out(u"b"_s)).filePath(u"manifest.json"_s)));
    }

    // The split's keys the analysis stores (account_join_keys) give the same split as reading
    // every link, as a case analysed before they were kept does.
    void storedKeysSplitAsLinksDo()
    {
        QCOMPARE(hltest::queryInt(m_case, u"SELECT count(*) > 0 FROM account_join_keys"_s), 1);
        const QString copy = copyOfCase(u"nokeys.hlcase"_s);
        QVERIFY(!copy.isEmpty());
        hl::CaseFile file;
        QVERIFY(file.open(copy));
        hl::execSql(file.handle(), "DELETE FROM account_join_keys");
        for (const qint64 crowd : {qint64(20), qint64(0), qint64(3)}) {
            QString error;
            const auto stored = hl::readTrainingSet(m_file, &error, {crowd});
            QVERIFY2(stored, qPrintable(error));
            const auto linked = hl::readTrainingSet(file, &error, {crowd});
            QVERIFY2(linked, qPrintable(error));
            QCOMPARE(linked->rows.size(), stored->rows.size());
            for (std::size_t i = 0; i < stored->rows.size(); ++i)
                QCOMPARE(int(linked->rows[i].split), int(stored->rows[i].split));
            QCOMPARE(linked->groups.groups, stored->groups.groups);
            QCOMPARE(linked->groups.crowdIps, stored->groups.crowdIps);
            QCOMPARE(linked->groups.crowdIpsAcrossSplits, stored->groups.crowdIpsAcrossSplits);
            QCOMPARE(linked->groups.largestGroupRows, stored->groups.largestGroupRows);
        }
    }

    // Analysts who disagree on a cluster leave its accounts out until someone resolves it; the
    // resolution's verdict is then the label.
    void openDisagreementsAreLeftOut()
    {
        const QString copy = copyOfCase(u"disputed.hlcase"_s);
        QVERIFY(!copy.isEmpty());
        hl::CaseFile file;
        QVERIFY(file.open(copy));
        QString error;
        const auto before = hl::readTrainingSet(file, &error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->excludedDisputed, 0);
        const auto clusters = hl::readClusters(file, 1, &error);
        QVERIFY(clusters);
        const hl::StoredCluster &benign = (*clusters)[20]; // labelled benign by "ann" in initTestCase
        const auto size = qint64(benign.accounts.size());
        QVERIFY(hl::appendLabel(file, hltest::labelEvent(hl::LabelTarget::Cluster, benign.id,
                                                         hl::Verdict::Distillation, u"bob"_s), &error));
        const auto disputed = hl::readTrainingSet(file, &error);
        QVERIFY2(disputed, qPrintable(error));
        QCOMPARE(disputed->excludedDisputed, size);
        QCOMPARE(qint64(disputed->rows.size()), qint64(before->rows.size()) - size);
        QVERIFY(disputed->warnings.join(u' ').contains(u"disagree"_s));

        hl::LabelEvent resolve = hltest::labelEvent(hl::LabelTarget::Cluster, benign.id, hl::Verdict::Benign, u"lead"_s);
        resolve.origin = u"resolve"_s;
        QVERIFY(hl::appendLabel(file, resolve, &error));
        const auto resolved = hl::readTrainingSet(file, &error);
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(resolved->excludedDisputed, 0);
        QCOMPARE(resolved->rows.size(), before->rows.size());
        const auto account = std::find_if(resolved->rows.begin(), resolved->rows.end(), [&](const hl::TrainingRow &r) {
            return r.accountId == std::int64_t(benign.accounts.front());
        });
        QVERIFY(account != resolved->rows.end() && !account->positive);
    }

    // --redact: account ids become pseudonyms, everything else (the split too) stays, and the
    // key never leaves the case.
    void redacted()
    {
        QString error;
        QVERIFY2(hl::exportTrainingSet(m_file, {out(u"plain"_s), false, false, {}}, &error), qPrintable(error));
        Run r = run({u"export"_s, u"training"_s, u"--case"_s, m_case, u"--out"_s, out(u"redacted"_s), u"--redact"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList plain = QString::fromUtf8(readAll(QDir(out(u"plain"_s)).filePath(u"training.csv"_s))).split(u"\r\n"_s);
        const QStringList redacted = QString::fromUtf8(readAll(QDir(out(u"redacted"_s)).filePath(u"training.csv"_s))).split(u"\r\n"_s);
        QCOMPARE(redacted.size(), plain.size());
        const QByteArray everything = readAll(QDir(out(u"redacted"_s)).filePath(u"training.csv"_s))
                                      + readAll(QDir(out(u"redacted"_s)).filePath(u"training.jsonl"_s))
                                      + readAll(QDir(out(u"redacted"_s)).filePath(u"manifest.json"_s));
        for (qsizetype i = 1; i + 1 < plain.size(); ++i) {
            const QString key = plain[i].section(u',', 0, 0);
            QVERIFY2(!everything.contains(key.toUtf8()), qPrintable(key));
            QVERIFY2(redacted[i].startsWith(u"acct-"_s), qPrintable(redacted[i]));
            QCOMPARE(redacted[i].section(u',', 1), plain[i].section(u',', 1)); // same row, same split
        }
        const QString key = hltest::queryText(m_case, u"SELECT value FROM meta WHERE key = 'redaction_key'"_s);
        QVERIFY(key.size() >= 32);
        QVERIFY(!everything.contains(key.toUtf8()));
        QVERIFY(!readAll(QDir(out(u"plain"_s)).filePath(u"manifest.json"_s)).contains(key.toUtf8()));
    }

    // No analysis, no labels: refused with what to do, and nothing written.
    void refusals_data()
    {
        QTest::addColumn<QString>("casePath");
        QTest::addColumn<QString>("why");
        QTest::addRow("not analysed") << u"unanalysed.hlcase"_s << u"hydralens analyze"_s;
        QTest::addRow("no labels") << u"unlabelled.hlcase"_s << u"label some clusters first"_s;
    }
    void refusals()
    {
        QFETCH(QString, casePath);
        QFETCH(QString, why);
        hl::CaseFile file;
        QVERIFY(file.open(m_dir.filePath(casePath)));
        QString error;
        QVERIFY(!hl::exportTrainingSet(file, {out(u"refused"_s), false, false, {}}, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!QFileInfo::exists(out(u"refused"_s)));
    }

    void commandLine()
    {
        Run r = run({u"export"_s, u"training"_s, u"--case"_s, m_case, u"--out"_s, out(u"cli"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QString::number(m_expectedRows) + u" rows"_s), qPrintable(r.out));
        for (const QString &name : {u"training.csv"_s, u"training.jsonl"_s, u"manifest.json"_s})
            QVERIFY(QFileInfo::exists(QDir(out(u"cli"_s)).filePath(name)));
        QCOMPARE(readAll(QDir(out(u"cli"_s)).filePath(u"training.csv"_s)), readAll(QDir(out(u"b"_s)).filePath(u"training.csv"_s)));

        for (const QStringList &bad : {QStringList{u"export"_s},
                                       QStringList{u"export"_s, u"bogus"_s},
                                       QStringList{u"export"_s, u"training"_s, u"--case"_s, m_case},
                                       QStringList{u"export"_s, u"training"_s, u"--out"_s, out(u"x"_s)},
                                       QStringList{u"export"_s, u"training"_s, u"--case"_s, m_dir.filePath(u"none.hlcase"_s),
                                                   u"--out"_s, out(u"x"_s)},
                                       QStringList{u"export"_s, u"training"_s, u"--case"_s, m_case, u"--out"_s, out(u"cli"_s)},
                                       QStringList{u"export"_s, u"training"_s, u"--case"_s, m_unlabelled, u"--out"_s, out(u"x"_s)}}) {
            r = run(bad);
            QVERIFY2(r.code == 1 && r.err.startsWith(u"hydralens: "_s), qPrintable(bad.join(u' ') + u": "_s + r.err));
        }
        QVERIFY(!QFileInfo::exists(out(u"x"_s)));
        r = run({u"export"_s, u"--help"_s});
        QVERIFY(r.code == 0 && r.out.contains(u"training"_s));
    }

    // What the export is for: pandas reads it with the right types and scikit-learn trains on it.
    void pythonCanTrain()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (QProcess::execute(python, {u"-c"_s, u"import pandas, sklearn"_s}) != 0)
            QSKIP("python3-pandas / python3-sklearn not installed: apt-get install python3-pandas python3-sklearn");
        QProcess p;
        p.start(python, {QStringLiteral(HL_TEST_DATA_DIR "/check_training.py"), out(u"b"_s)});
        QVERIFY(p.waitForFinished(180000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
        qInfo().noquote() << output.trimmed();
    }
};

QTEST_GUILESS_MAIN(TestTrainingExport)
#include "tst_trainingexport.moc"
