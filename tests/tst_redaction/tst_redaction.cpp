// --redact across every output HydraLens writes (issue 6): on a labelled demo case, each export
// command is run with --redact, and no account id, IP, e-mail domain, payment or device
// fingerprint, phone, organisation or API key of the case may appear in any file it writes
// (PDF text through pdftotext). Each raw value is looked up as a whole token of the output, and
// a sample of them also as a plain substring.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "truthlabels.h"

#include "storage/casefile.h"
#include "storage/statement.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

namespace {

struct Output
{
    QString name;
    QStringList args; // after "--case CASE"; OUT in them is replaced by the output path
    QString out;      // file or folder name in the test's folder
};

QByteArray textOf(const QString &path)
{
    if (path.endsWith(u".pdf"_s)) {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-q"_s, path, u"-"_s});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The output's tokens: runs between characters no identifier of ours contains.
std::set<QByteArray> tokensOf(const QByteArray &text)
{
    std::set<QByteArray> tokens;
    static const QRegularExpression split(QStringLiteral("[\\s\"'<>,;=(){}\\[\\]/\\\\|]+"));
    for (const QString &t : QString::fromUtf8(text).split(split, Qt::SkipEmptyParts))
        tokens.insert(t.toUtf8());
    return tokens;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_case;
    std::vector<QByteArray> m_raw; // every identifying value of the case

private slots:
    void initTestCase()
    {
        m_case = m_dir.filePath(u"r.hlcase"_s);
        hltest::DemoCase demo(1500, 60000, 5, true);
        demo.truthPath = m_dir.filePath(u"truth.json"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        const hltest::TruthLabels labels = hltest::labelFromTruth(file, demo.truthPath, 0.3, 7);
        QVERIFY2(labels.error.isEmpty() && labels.distillation > 0, qPrintable(labels.error));
        hl::Statement accounts(file.handle(), "SELECT account_key FROM accounts");
        while (accounts.step())
            m_raw.push_back(accounts.columnText(0).toUtf8());
        hl::Statement infra(file.handle(), "SELECT value FROM infra WHERE kind <> 2"); // ASNs are public
        while (infra.step())
            m_raw.push_back(infra.columnText(0).toUtf8());
        QVERIFY(m_raw.size() > 3000);
    }

    // The check itself: an export without --redact is caught.
    void unredactedIsCaught()
    {
        const QString path = m_dir.filePath(u"plain-training"_s);
        const hltest::CliRun r = hltest::runHydralens({u"export"_s, u"training"_s, u"--case"_s, m_case, u"--out"_s, path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!firstLeak(filesOf(path)).isEmpty());
    }

    void noRawIdentifier_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        QTest::addColumn<bool>("named"); // shows identifiers: pseudonyms must appear
        const QString cluster = QString::number(hltest::queryInt(m_case, u"SELECT id FROM clusters ORDER BY flagged DESC, risk DESC LIMIT 1"_s));
        QTest::addRow("training") << QStringList{u"export"_s, u"training"_s, u"--out"_s, u"OUT"_s} << u"training"_s << true;
        for (const QString &format : {u"graphml"_s, u"gexf"_s, u"dot"_s})
            QTest::addRow("graph %s", qPrintable(format))
                << QStringList{u"export"_s, u"graph"_s, u"--cluster"_s, cluster, u"--format"_s, format, u"--out"_s, u"OUT"_s}
                << u"graph."_s + format << true;
        // Charts draw few or no names (a big cluster's graph has none at its scale): only no raw one.
        for (const QString &kind : {u"timeline"_s, u"pivots"_s, u"risk"_s, u"graph"_s})
            for (const QString &format : {u"svg"_s, u"pdf"_s}) {
                QStringList args{u"chart"_s, u"--kind"_s, kind, u"--out"_s, u"OUT"_s};
                if (kind != u"risk"_s) // the risk distribution is the whole case's
                    args << u"--cluster"_s << cluster;
                QTest::addRow("chart %s %s", qPrintable(kind), qPrintable(format)) << args << u"chart."_s + format << false;
            }
        QTest::addRow("stix") << QStringList{u"export"_s, u"stix"_s, u"--out"_s, u"OUT"_s} << u"bundle.json"_s << true;
        QTest::addRow("briefing") << QStringList{u"brief"_s, u"--out"_s, u"OUT"_s} << u"brief.pdf"_s << true;
    }
    void noRawIdentifier()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        QFETCH(bool, named);
        const QString path = m_dir.filePath(u"out-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u'-' + out);
        if (path.endsWith(u".pdf"_s) && QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext not found (Debian package poppler-utils): cannot read the PDF's text");
        args.replaceInStrings(QRegularExpression(u"^OUT$"_s), path);
        const qsizetype at = args.size() > 1 && !args[1].startsWith(u"--"_s) ? 2 : 1; // after "export KIND" or "chart"
        args.insert(at, m_case);
        args.insert(at, u"--case"_s);
        args << u"--redact"_s;
        const hltest::CliRun r = hltest::runHydralens(args, 300000);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u"\n"_s + r.err));
        const QStringList files = filesOf(path);
        QVERIFY(!files.isEmpty());
        const QString leak = firstLeak(files);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        bool pseudonyms = false;
        for (const QString &f : files)
            pseudonyms = pseudonyms || textOf(f).contains("acct-") || textOf(f).contains("ip-");
        QVERIFY2(pseudonyms || !named, qPrintable(path + u": no pseudonym at all"_s));
    }

private:
    static QStringList filesOf(const QString &path)
    {
        if (!QFileInfo(path).isDir()) // with its sidecar, if it has one (the briefing's BRIEF.pdf.json)
            return QFileInfo::exists(path + u".json"_s) ? QStringList{path, path + u".json"_s} : QStringList{path};
        QStringList files;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // "FILE: VALUE" for the first raw identifier found in the files, or empty.
    QString firstLeak(const QStringList &files) const
    {
        for (const QString &f : files) {
            const QByteArray text = textOf(f);
            if (text.isEmpty())
                return f + u" is empty or unreadable"_s;
            const std::set<QByteArray> tokens = tokensOf(text);
            for (std::size_t i = 0; i < m_raw.size(); ++i)
                if (tokens.count(m_raw[i]) > 0 || (i % 25 == 0 && text.contains(m_raw[i])))
                    return f + u": "_s + QString::fromUtf8(m_raw[i]);
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
