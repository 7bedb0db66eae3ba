// Chart exports (issue 6): the data behind the risk and pivot charts, free-text redaction, and
// `hydralens chart` for every kind and format: non-blank pictures, the DPI and page size asked
// for, no raw identifier with --redact, the same bytes for the same case, and usable without a
// display.
#include "clirun.h"
#include "democase.h"
#include "exportcheck.h"
#include "labelevent.h"

#include "charts/chartexportdialog.h"
#include "export/chartdata.h"
#include "export/datastamp.h"
#include "export/textscrubber.h"
#include "storage/analysisstore.h"
#include "storage/campaigndata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

hl::CampaignRow row(std::int64_t id, std::int64_t accounts, double risk, bool flagged = false)
{
    hl::CampaignRow r;
    r.clusterId = id;
    r.accounts = accounts;
    r.risk = risk;
    r.flagged = flagged;
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    std::int64_t m_cluster = 0; // the riskiest cluster
    QStringList m_identifiers;

    hltest::CliRun chart(const QStringList &args)
    {
        return hltest::runHydralens(QStringList{u"chart"_s, u"--case"_s, m_case} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"c.hlcase"_s);
        const QString error = hltest::makeDemoCase(m_dir.filePath(u"export"_s), m_case, hltest::DemoCase(600, 60000, 3, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        QString readError;
        const auto rows = hl::readCampaigns(file, 2, &readError);
        QVERIFY2(rows && !rows->empty(), qPrintable(readError));
        m_cluster = rows->front().clusterId;
        // One label of each verdict, so that the risk chart has labelled bars.
        std::vector<hl::LabelEvent> events{hltest::labelEvent(hl::LabelTarget::Cluster, m_cluster, hl::Verdict::Distillation)};
        if (rows->size() > 1)
            events.push_back(hltest::labelEvent(hl::LabelTarget::Cluster, rows->back().clusterId, hl::Verdict::Benign));
        QVERIFY2(hl::appendLabels(file, std::move(events), &readError), qPrintable(readError));
        m_identifiers = hltest::caseIdentifiers(m_case);
        QVERIFY(m_identifiers.size() > 600);
    }

    // --- data -------------------------------------------------------------------------------

    void riskBins()
    {
        const std::vector<hl::CampaignRow> rows{row(1, 5, 0.97, true), row(2, 3, 0.52, true), row(3, 2, 0.5),
                                                row(4, 1, 0.9),         row(5, 4, 0.0),        row(6, 4, 1.0, true)};
        const QHash<std::int64_t, hl::Verdict> verdicts{{1, hl::Verdict::Distillation}, {5, hl::Verdict::Benign},
                                                        {3, hl::Verdict::Unsure}};
        const hl::RiskDistribution d = hl::riskDistribution(rows, verdicts, 20, 2);
        QCOMPARE(d.bins.size(), std::size_t(20));
        QCOMPARE(d.clusters, 5);
        QCOMPARE(d.leftOut, 1); // the single account
        QCOMPARE(d.flagged, 3);
        QCOMPARE(d.labelled, 3);
        QCOMPARE(d.bins[19].distillation, 1); // 0.97
        QCOMPARE(d.bins[19].unlabelled, 1);   // 1.0 falls in the last bin
        QCOMPARE(d.bins[10].unlabelled + d.bins[10].unsure, 2); // 0.52 and 0.5
        QCOMPARE(d.bins[10].unsure, 1);
        QCOMPARE(d.bins[0].benign, 1);
        QCOMPARE(d.maxBin(), 2);
    }

    void pivotWeights()
    {
        hl::StoredPivot a, b, c;
        a.cluster = 1, a.modelId = 7, a.releasedAt = 1000, a.share24h = 0.8, a.share72h = 0.8, a.share7d = 0.9;
        a.exchanges7d = 300, a.flagged = true, a.population24h = 0.1, a.population7d = 0.2;
        b = a;
        b.cluster = 2, b.share24h = 0.4, b.share72h = 0.4, b.share7d = 0.6, b.exchanges7d = 100;
        c = a;
        c.cluster = 3, c.flagged = false, c.share24h = 0.0; // not flagged: not a campaign
        const QHash<std::int64_t, QString> names{{7, u"atlas-9"_s}};
        const QHash<QString, QString> labels{{u"atlas-9"_s, u"Atlas 9"_s}};
        const hl::PivotSummary all = hl::summarisePivots({a, b, c}, names, labels, 0);
        QCOMPARE(all.releases.size(), std::size_t(1));
        const hl::PivotGroup &g = all.releases.front();
        QCOMPARE(g.label, u"Atlas 9"_s);
        QCOMPARE(g.campaigns, 2);
        QVERIFY(std::abs(g.campaign24h - (0.8 * 300 + 0.4 * 100) / 400) < 1e-12);
        QVERIFY(std::abs(g.campaign7d - (0.9 * 300 + 0.6 * 100) / 400) < 1e-12);
        QCOMPARE(g.population24h, 0.1);
        const hl::PivotSummary one = hl::summarisePivots({a, b, c}, names, labels, 3);
        QCOMPARE(one.releases.size(), std::size_t(1));
        QCOMPARE(one.releases.front().campaign24h, 0.0);
        QVERIFY(!one.releases.front().flagged);
        QVERIFY(hl::summarisePivots({a}, names, labels, 99).releases.empty());
    }

    void stampHash()
    {
        const QJsonObject data{{u"b"_s, 1}, {u"a"_s, u"x"_s}};
        const QString hash = hl::dataHash(data);
        QCOMPARE(hash.size(), 12);
        // Recomputable from the documented recipe: SHA-256 of the compact, key-sorted JSON.
        QCOMPARE(hash, QString::fromLatin1(
                           QCryptographicHash::hash(R"({"a":"x","b":1})", QCryptographicHash::Sha256).toHex().left(12)));
        QVERIFY(hl::dataHash(QJsonObject{{u"b"_s, 2}, {u"a"_s, u"x"_s}}) != hash);
    }

    void scrubText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("raw");
        QTest::addRow("account") << u"shares a card with acc-77 and more"_s << u"acc-77"_s;
        QTest::addRow("ip at end") << u"last seen from 203.0.113.9."_s << u"203.0.113.9"_s;
        QTest::addRow("unknown ipv4") << u"proxy 198.51.100.23 (not in case)"_s << u"198.51.100.23"_s;
        QTest::addRow("ipv6") << u"via 2001:db8::7:1, twice"_s << u"2001:db8::7:1"_s;
        QTest::addRow("e-mail") << u"signed up as bob@corp.example"_s << u"corp.example"_s;
        QTest::addRow("domain") << u"all on corp.example"_s << u"corp.example"_s;
        QTest::addRow("spaced org") << u"billed to Acme Widgets Ltd every month"_s << u"Acme Widgets Ltd"_s;
        QTest::addRow("card") << u"card 9f8e7d6c5b4a used 40 times"_s << u"9f8e7d6c5b4a"_s;
    }
    void scrubText()
    {
        QFETCH(QString, text);
        QFETCH(QString, raw);
        const std::vector<hl::IdentifierValue> values{{0, u"acc-77"_s},           {1, u"203.0.113.9"_s},
                                                      {4, u"corp.example"_s},     {7, u"Acme Widgets Ltd"_s},
                                                      {3, u"9f8e7d6c5b4a"_s}};
        const hl::TextScrubber off(hl::Redactor(), values);
        QCOMPARE(off.scrub(text), text);
        const hl::TextScrubber on(hl::Redactor("0123456789abcdef0123456789abcdef"), values);
        const QString scrubbed = on.scrub(text);
        QVERIFY2(!scrubbed.contains(raw), qPrintable(scrubbed));
        QVERIFY2(scrubbed.contains(QRegularExpression(u"(acct|ip|dom|org|pay)-[0-9a-f]{12}"_s)), qPrintable(scrubbed));
        QCOMPARE(on.scrub(text), scrubbed); // stable
    }

    void scrubLeavesPlainText()
    {
        const hl::TextScrubber on(hl::Redactor("0123456789abcdef0123456789abcdef"), {{1, u"10.0.0.1"_s}});
        const QString plain = u"95% of the traffic at 09:31:07 on one capability; 10.0.0.12 is another"_s;
        const QString scrubbed = on.scrub(plain);
        QVERIFY(scrubbed.contains(u"95% of the traffic at 09:31:07 on one capability"_s));
        QVERIFY(!scrubbed.contains(u"10.0.0.12"_s)); // any IPv4 goes, known or not
    }

    // --- hydralens chart --------------------------------------------------------------------

    void renders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("cluster");
        QTest::addColumn<QString>("format");
        for (const QString &kind : {u"timeline"_s, u"pivots"_s, u"risk"_s, u"graph"_s})
            for (const QString &format : {u"png"_s, u"svg"_s, u"pdf"_s}) {
                QTest::addRow("%s %s", qPrintable(kind), qPrintable(format)) << kind << false << format;
                if (kind != u"risk"_s)
                    QTest::addRow("%s cluster %s", qPrintable(kind), qPrintable(format)) << kind << true << format;
            }
    }
    void renders()
    {
        QFETCH(QString, kind);
        QFETCH(bool, cluster);
        QFETCH(QString, format);
        const QString out = m_dir.filePath(u"%1%2.%3"_s.arg(kind, cluster ? u"-c"_s : QString(), format));
        QStringList args{u"--kind"_s, kind, u"--out"_s, out};
        if (cluster)
            args << u"--cluster"_s << QString::number(m_cluster);
        const hltest::CliRun run = chart(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QRegularExpression(u"stamp [0-9a-f]{12}"_s)));
        if (format == u"png"_s) {
            const QImage image(out);
            QCOMPARE(image.size(), QSize(1500, 844)); // 254 × 143 mm at 150 dpi
            QVERIFY2(hltest::inkShare(image) > 0.01, "the PNG is blank");
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
        } else if (format == u"svg"_s) {
            const auto svg = hltest::readSvg(out);
            QVERIFY2(svg, "the SVG does not parse");
            QVERIFY2(svg->drawing > 20, qPrintable(u"only %1 drawing elements"_s.arg(svg->drawing)));
            QVERIFY(svg->text.contains(u"c.hlcase"_s)); // the stamp
        } else {
            if (!hltest::havePoppler())
                QSKIP("poppler-utils (pdfinfo, pdftoppm, pdftotext) not installed");
            QCOMPARE(hltest::pdfPageCount(out), 1);
            QTemporaryDir pages;
            const QList<QImage> images = hltest::renderPdf(out, pages.path());
            QCOMPARE(images.size(), 1);
            QVERIFY2(hltest::inkShare(images.front()) > 0.01, "the PDF page is blank");
            // The stamp, hash included, reads as printed (no ligature turns "ff" into "ﬀ").
            const QString hash = QRegularExpression(u"stamp ([0-9a-f]{12})"_s).match(run.out).captured(1);
            QVERIFY(hltest::pdfText(out).contains(u"c.hlcase"_s));
            QVERIFY2(hltest::pdfText(out).contains(hash), qPrintable(hash));
        }
    }

    void dpiAndSize_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QSize>("pixels");
        QTest::addRow("72 dpi") << QStringList{u"--dpi"_s, u"72"_s} << QSize(720, 405);
        QTest::addRow("300 dpi") << QStringList{u"--dpi"_s, u"300"_s} << QSize(3000, 1689);
        QTest::addRow("size") << QStringList{u"--size"_s, u"100x50"_s, u"--dpi"_s, u"200"_s} << QSize(787, 394);
    }
    void dpiAndSize()
    {
        QFETCH(QStringList, args);
        QFETCH(QSize, pixels);
        const QString out = m_dir.filePath(u"dpi.png"_s);
        const hltest::CliRun run = chart(QStringList{u"--kind"_s, u"risk"_s, u"--out"_s, out} + args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QImage image(out);
        QCOMPARE(image.size(), pixels);
        QVERIFY(hltest::inkShare(image) > 0.01);
    }

    void pdfPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSizeF>("points");
        QTest::addRow("a4") << u"a4"_s << QSizeF(841.89, 595.276);
        QTest::addRow("letter") << u"letter"_s << QSizeF(792, 612);
        QTest::addRow("size") << QString() << QSizeF(720, 405.354);
    }
    void pdfPage()
    {
        if (!hltest::havePoppler())
            QSKIP("poppler-utils not installed");
        QFETCH(QString, page);
        QFETCH(QSizeF, points);
        const QString out = m_dir.filePath(u"page.pdf"_s);
        QStringList args{u"--kind"_s, u"pivots"_s, u"--out"_s, out};
        if (!page.isEmpty())
            args << u"--page"_s << page;
        const hltest::CliRun run = chart(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QList<QSizeF> sizes = hltest::pdfPageSizes(out);
        QCOMPARE(sizes.size(), 1);
        QVERIFY2(std::abs(sizes.front().width() - points.width()) < 1.5 && std::abs(sizes.front().height() - points.height()) < 1.5,
                 qPrintable(u"%1 x %2"_s.arg(sizes.front().width()).arg(sizes.front().height())));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        for (const QString &kind : {u"graph"_s, u"timeline"_s, u"pivots"_s})
            for (const QString &format : {u"svg"_s, u"pdf"_s})
                QTest::addRow("%s %s", qPrintable(kind), qPrintable(format)) << kind << format;
    }
    void redaction()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        if (format == u"pdf"_s && !hltest::havePoppler())
            QSKIP("poppler-utils not installed");
        const auto textOf = [&](const QString &path) {
            return format == u"svg"_s ? hltest::readSvg(path).value_or(hltest::SvgContent()).text : hltest::pdfText(path);
        };
        const QStringList base{u"--kind"_s, kind, u"--cluster"_s, QString::number(m_cluster)};
        const QString plain = m_dir.filePath(u"plain."_s + format), redacted = m_dir.filePath(u"redacted."_s + format);
        hltest::CliRun run = chart(base + QStringList{u"--out"_s, plain});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = chart(base + QStringList{u"--out"_s, redacted, u"--redact"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = textOf(redacted);
        QVERIFY(!text.isEmpty());
        const QStringList leaked = hltest::identifiersIn(text, m_identifiers);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.mid(0, 5).join(u", "_s)));
        QVERIFY(text.contains(u"redacted"_s)); // the stamp says so
        if (kind == u"graph"_s) {
            // The check can fail: without --redact the graph's labels are the raw values.
            QVERIFY(!hltest::identifiersIn(textOf(plain), m_identifiers).isEmpty());
            QVERIFY(text.contains(QRegularExpression(u"acct-[0-9a-f]{12}"_s)));
        }
    }

    void sameBytes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        for (const QString &kind : {u"timeline"_s, u"graph"_s, u"risk"_s})
            for (const QString &format : {u"png"_s, u"svg"_s, u"pdf"_s})
                QTest::addRow("%s %s", qPrintable(kind), qPrintable(format)) << kind << format;
    }
    void sameBytes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QByteArray first;
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(u"same%1.%2"_s.arg(i).arg(format));
            QStringList args{u"--kind"_s, kind, u"--out"_s, out};
            if (kind != u"risk"_s)
                args << u"--cluster"_s << QString::number(m_cluster);
            const hltest::CliRun run = chart(args);
            QVERIFY2(run.code == 0, qPrintable(run.err));
            if (i == 0)
                first = fileBytes(out);
            else
                QVERIFY2(fileBytes(out) == first, "two runs over the same case gave different bytes");
            QVERIFY(!first.isEmpty());
            if (i == 0)
                QTest::qWait(1100); // a clock in the output would now differ
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("kind") << QStringList{u"--kind"_s, u"pie"_s, u"--out"_s, u"x.png"_s} << u"unknown --kind"_s;
        QTest::addRow("suffix") << QStringList{u"--kind"_s, u"risk"_s, u"--out"_s, u"x.gif"_s} << u".png, .svg or .pdf"_s;
        QTest::addRow("cluster") << QStringList{u"--kind"_s, u"graph"_s, u"--cluster"_s, u"99999999"_s, u"--out"_s, u"x.png"_s}
                                 << u"no cluster 99999999"_s;
        QTest::addRow("dpi") << QStringList{u"--kind"_s, u"risk"_s, u"--dpi"_s, u"5"_s, u"--out"_s, u"x.png"_s} << u"--dpi 5"_s;
        QTest::addRow("size") << QStringList{u"--kind"_s, u"risk"_s, u"--size"_s, u"big"_s, u"--out"_s, u"x.png"_s}
                              << u"--size big"_s;
        QTest::addRow("page") << QStringList{u"--kind"_s, u"risk"_s, u"--page"_s, u"a3"_s, u"--out"_s, u"x.pdf"_s}
                              << u"--page a3"_s;
        QTest::addRow("risk cluster") << QStringList{u"--kind"_s, u"risk"_s, u"--cluster"_s, u"1"_s, u"--out"_s, u"x.png"_s}
                                      << u"leave out --cluster"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const hltest::CliRun run = chart(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // File ▸ Export Chart…: the dialog's choices become the request and output the command uses.
    void dialogChoices()
    {
        hl::ChartExportDialog dialog(42);
        auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 3); // kind, format, page
        QCOMPARE(dialog.request().cluster, 42);
        QCOMPARE(dialog.request().kind, hl::ChartKind::Timeline);
        QCOMPARE(dialog.suffix(), u"png"_s);
        auto *dpi = dialog.findChild<QSpinBox *>();
        QVERIFY(dpi && dpi->isEnabled());
        dpi->setValue(300);
        QCOMPARE(dialog.output().dpi, 300);
        combos[0]->setCurrentIndex(combos[0]->findData(int(hl::ChartKind::Risk)));
        QCOMPARE(dialog.request().cluster, 0); // the risk chart is about every cluster
        combos[1]->setCurrentIndex(2);
        QCOMPARE(dialog.suffix(), u"pdf"_s);
        QVERIFY(!dpi->isEnabled());
        combos[2]->setCurrentIndex(2);
        QCOMPARE(dialog.output().page, std::optional(QPageSize::Letter));
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(dialog.request().redact);
        hl::ChartExportDialog none(0);
        QCOMPARE(none.request().cluster, 0);
    }

    // Without QT_QPA_PLATFORM and without a display, the command still draws (off screen).
    void headlessWithoutPlatform()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &var : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(var);
        const QString out = m_dir.filePath(u"headless.png"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HL_BINARY), {u"chart"_s, u"--case"_s, m_case, u"--kind"_s, u"risk"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(hltest::inkShare(QImage(out)) > 0.01);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
