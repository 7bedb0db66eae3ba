// The briefing PDF (issue 6, `hydralens brief`): pages for N campaigns, every page drawn and
// stamped with its hash, A4 and Letter, no raw identifier anywhere with --redact (labels' notes
// included), the same bytes for the same case, and --verify noticing a changed case or sidecar.
#include "clirun.h"
#include "democase.h"
#include "exportcheck.h"
#include "labelevent.h"

#include "briefing/briefingexportdialog.h"
#include "export/briefingdata.h"
#include "storage/campaigndata.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject sidecarOf(const QString &pdf) { return QJsonDocument::fromJson(fileBytes(pdf + u".json"_s)).object(); }

const QString NoteIp = u"203.0.113.77"_s; // quoted in a label's note, not part of the case

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    std::vector<std::int64_t> m_clusters; // of 2+ accounts, riskiest first
    int m_candidates = 0;                 // flagged or labelled distillation/unsure
    QStringList m_identifiers;

    hltest::CliRun brief(const QStringList &args)
    {
        return hltest::runHydralens(QStringList{u"brief"_s, u"--case"_s, m_case} + args, 300000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"b.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case, hltest::DemoCase(800, 80000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        QString e;
        const auto rows = hl::readCampaigns(file, 2, &e);
        QVERIFY2(rows && rows->size() >= 3, qPrintable(e));
        for (const hl::CampaignRow &r : *rows)
            m_clusters.push_back(r.clusterId);
        m_identifiers = hltest::caseIdentifiers(m_case);
        // Two analysts, one disagreement; a note quoting an account id, an IP and a domain of the
        // case, and an IP the case does not hold.
        const QString account = m_identifiers.front();
        const QString domain = m_identifiers.filter(QRegularExpression(u"^[a-z0-9-]+\\.[a-z]+$"_s)).value(0);
        QVERIFY(!domain.isEmpty());
        auto a = hltest::labelEvent(hl::LabelTarget::Cluster, m_clusters[0], hl::Verdict::Distillation, u"ann"_s);
        a.note = u"same operator as %1, seen from %2 and %3; mail on %4."_s.arg(account, NoteIp, m_identifiers.last(), domain);
        a.actor = u"Acme Labs"_s;
        auto b = hltest::labelEvent(hl::LabelTarget::Cluster, m_clusters[0], hl::Verdict::Unsure, u"bob"_s);
        auto c = hltest::labelEvent(hl::LabelTarget::Cluster, m_clusters.back(), hl::Verdict::Unsure, u"bob"_s);
        QVERIFY2(hl::appendLabels(file, {b, a, c}, &e), qPrintable(e));
        m_identifiers.append(NoteIp);
        for (const hl::CampaignRow &r : *rows)
            m_candidates += r.flagged || r.clusterId == m_clusters[0] || r.clusterId == m_clusters.back();
    }

    void pageCount_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("campaigns");
        QTest::addRow("one cluster") << QStringList{u"--cluster"_s, QString::number(m_clusters[1])} << 1;
        QTest::addRow("two clusters") << QStringList{u"--cluster"_s, QString::number(m_clusters[0]), u"--cluster"_s,
                                                     QString::number(m_clusters[2])}
                                      << 2;
        QTest::addRow("comma list") << QStringList{u"--cluster"_s, u"%1,%2,%3"_s.arg(m_clusters[0]).arg(m_clusters[1]).arg(m_clusters[2])}
                                    << 3;
        QTest::addRow("top 1") << QStringList{u"--top"_s, u"1"_s} << 1;
        QTest::addRow("default top") << QStringList() << std::min(10, m_candidates);
    }
    void pageCount()
    {
        if (!hltest::havePoppler())
            QSKIP("poppler-utils (pdfinfo, pdftoppm, pdftotext) not installed");
        QFETCH(QStringList, args);
        QFETCH(int, campaigns);
        const QString out = m_dir.filePath(u"count.pdf"_s);
        const hltest::CliRun run = brief(QStringList{u"--out"_s, out} + args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // Cover, campaigns table, timeline, one page per campaign, labels.
        const int expected = 4 + campaigns;
        QCOMPARE(hltest::pdfPageCount(out), expected);
        const QJsonArray pages = sidecarOf(out).value(u"pages"_s).toArray();
        QCOMPARE(pages.size(), expected);
        QCOMPARE(pages.at(1).toObject().value(u"data"_s).toObject().value(u"rows"_s).toArray().size(), campaigns);
        // Every page drawn, and stamped with its own hash.
        QTemporaryDir renders;
        const QList<QImage> images = hltest::renderPdf(out, renders.path(), 30);
        QCOMPARE(images.size(), expected);
        const QStringList texts = hltest::pdfText(out).split(u'\f');
        for (int i = 0; i < expected; ++i) {
            QVERIFY2(hltest::inkShare(images[i]) > 0.01, qPrintable(u"page %1 is blank"_s.arg(i + 1)));
            const QJsonObject page = pages.at(i).toObject();
            QCOMPARE(page.value(u"hash"_s).toString(), hl::dataHash(page.value(u"data"_s).toObject()));
            QVERIFY2(texts.value(i).contains(u"b.hlcase"_s) && texts.value(i).contains(page.value(u"hash"_s).toString()),
                     qPrintable(u"page %1 lacks its stamp"_s.arg(i + 1)));
        }
    }

    void paper_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSizeF>("points");
        QTest::addRow("default a4") << QString() << QSizeF(595.276, 841.89);
        QTest::addRow("a4") << u"a4"_s << QSizeF(595.276, 841.89);
        QTest::addRow("letter") << u"letter"_s << QSizeF(612, 792);
    }
    void paper()
    {
        if (!hltest::havePoppler())
            QSKIP("poppler-utils not installed");
        QFETCH(QString, page);
        QFETCH(QSizeF, points);
        const QString out = m_dir.filePath(u"paper.pdf"_s);
        QStringList args{u"--out"_s, out, u"--top"_s, u"2"_s};
        if (!page.isEmpty())
            args << u"--page"_s << page;
        const hltest::CliRun run = brief(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QList<QSizeF> sizes = hltest::pdfPageSizes(out);
        QCOMPARE(sizes.size(), 6);
        for (const QSizeF &s : sizes)
            QVERIFY2(std::abs(s.width() - points.width()) < 1 && std::abs(s.height() - points.height()) < 1,
                     qPrintable(u"%1 x %2"_s.arg(s.width()).arg(s.height())));
    }

    void redaction()
    {
        if (!hltest::havePoppler())
            QSKIP("poppler-utils not installed");
        const QString plain = m_dir.filePath(u"plain.pdf"_s), redacted = m_dir.filePath(u"redacted.pdf"_s);
        const QStringList args{u"--top"_s, u"3"_s, u"--cluster"_s, QString::number(m_clusters[0])};
        hltest::CliRun run = brief(QStringList{u"--out"_s, plain} + args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = brief(QStringList{u"--out"_s, redacted, u"--redact"_s} + args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The check can fail: without --redact the note, the shared values and the graph show them.
        const QString plainText = hltest::pdfText(plain);
        QVERIFY(plainText.contains(NoteIp));
        QVERIFY(hltest::identifiersIn(plainText, m_identifiers).size() > 3);
        QVERIFY(!hltest::identifiersIn(QString::fromUtf8(fileBytes(plain + u".json"_s)), m_identifiers).isEmpty());
        for (const QString &text : {hltest::pdfText(redacted), QString::fromUtf8(fileBytes(redacted + u".json"_s))}) {
            QVERIFY(!text.isEmpty());
            const QStringList leaked = hltest::identifiersIn(text, m_identifiers);
            QVERIFY2(leaked.isEmpty(), qPrintable(leaked.mid(0, 5).join(u", "_s)));
            QVERIFY(text.contains(QRegularExpression(u"acct-[0-9a-f]{12}"_s)));
            QVERIFY(text.contains(QRegularExpression(u"ip-[0-9a-f]{12}"_s)));
            QVERIFY(text.contains(u"Acme Labs"_s)); // free text that identifies nothing stays
        }
    }

    void sameBytes()
    {
        QByteArray pdf, json;
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(u"same%1.pdf"_s.arg(i));
            const hltest::CliRun run = brief({u"--out"_s, out, u"--top"_s, u"3"_s});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            if (i == 0) {
                pdf = fileBytes(out);
                json = fileBytes(out + u".json"_s);
                QTest::qWait(1100); // a clock in the output would now differ
            } else {
                QVERIFY(!pdf.isEmpty());
                QVERIFY2(fileBytes(out) == pdf, "two briefings of the same case differ");
                QVERIFY(fileBytes(out + u".json"_s) == json);
            }
        }
    }

    void verify()
    {
        const QString out = m_dir.filePath(u"verify.pdf"_s);
        hltest::CliRun run = brief({u"--out"_s, out, u"--top"_s, u"2"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = brief({u"--verify"_s, out + u".json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"all pages match"_s));

        // An edited sidecar is caught.
        QJsonObject sidecar = sidecarOf(out);
        QJsonArray pages = sidecar.value(u"pages"_s).toArray();
        QJsonObject cover = pages.at(0).toObject();
        QJsonObject data = cover.value(u"data"_s).toObject();
        data.insert(u"flagged"_s, 9999);
        cover.insert(u"data"_s, data);
        pages.replace(0, cover);
        sidecar.insert(u"pages"_s, pages);
        const QString edited = m_dir.filePath(u"edited.json"_s);
        QFile f(edited);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(sidecar).toJson());
        f.close();
        run = brief({u"--verify"_s, edited});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(u"SIDECAR EDITED"_s), qPrintable(run.out));

        // A new label changes the labels page, and only what shows labels.
        {
            hl::CaseFile file;
            QVERIFY(file.open(m_case));
            QString e;
            QVERIFY2(hl::appendLabel(file, hltest::labelEvent(hl::LabelTarget::Cluster, m_clusters[2], hl::Verdict::Benign,
                                                              u"cy"_s), &e),
                     qPrintable(e));
        }
        run = brief({u"--verify"_s, out + u".json"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QRegularExpression(u"labels\\s+[0-9a-f]{12}: CHANGED"_s)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(u"timeline\\s+[0-9a-f]{12}: ok"_s)), qPrintable(run.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("cluster") << QStringList{u"--out"_s, u"x.pdf"_s, u"--cluster"_s, u"99999999"_s} << u"no cluster 99999999"_s;
        QTest::addRow("not an id") << QStringList{u"--out"_s, u"x.pdf"_s, u"--cluster"_s, u"abc"_s} << u"--cluster abc"_s;
        QTest::addRow("suffix") << QStringList{u"--out"_s, u"x.png"_s} << u"ending in .pdf"_s;
        QTest::addRow("top") << QStringList{u"--out"_s, u"x.pdf"_s, u"--top"_s, u"0"_s} << u"--top 0"_s;
        QTest::addRow("page") << QStringList{u"--out"_s, u"x.pdf"_s, u"--page"_s, u"a5"_s} << u"--page a5"_s;
        QTest::addRow("verify") << QStringList{u"--verify"_s, u"/nonexistent.json"_s} << u"cannot read"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const hltest::CliRun run = brief(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void notAnalysed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"raw.hlcase"_s);
        const QString error = hltest::makeDemoCase(dir.filePath(u"export"_s), path, hltest::DemoCase(200, 5000, 2, false));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const hltest::CliRun run = hltest::runHydralens({u"brief"_s, u"--case"_s, path, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"hydralens analyze"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(u"x.pdf"_s)));
    }

    // File ▸ Export Briefing…: the dialog's choices become the options the command uses.
    void dialogChoices()
    {
        hl::BriefingExportDialog dialog(7);
        QCOMPARE(dialog.options().clusters.size(), std::size_t(0));
        QCOMPARE(dialog.options().top, 10);
        dialog.findChild<QSpinBox *>()->setValue(4);
        QCOMPARE(dialog.options().top, 4);
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios[1]->setChecked(true);
        QCOMPARE(dialog.options().clusters, std::vector<std::int64_t>{7});
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(dialog.options().redact);
        QCOMPARE(dialog.pageSize(), QPageSize::A4);
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
