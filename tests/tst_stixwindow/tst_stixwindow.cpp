// The window's side of STIX (views/mainwindowstix.cpp): File ▸ Import STIX Bundle fills the
// campaigns table's Partner column, its "Partner hits" filter and the inspector's list of the
// indicators a cluster hits; File ▸ Export STIX Bundle writes the bundle; a bad bundle changes
// nothing.
#include "democase.h"
#include "labelevent.h"

#include "campaigns/campaignsfilter.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignsview.h"
#include "inspectorview.h"
#include "mainwindow.h"
#include "stix/stixexport.h"
#include "stix/stixids.h"
#include "storage/analysisstore.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "storage/partnerstore.h"
#include "storage/statement.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestStixWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_case;
    std::int64_t m_cluster = 0; // the riskiest cluster of 2+ accounts
    QString m_ip;               // an IP its accounts used

    QString bundle(const QString &name, const QJsonArray &objects) const
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(QJsonDocument(QJsonObject{{u"type"_s, u"bundle"_s},
                                          {u"id"_s, hl::stix::objectId(u"bundle"_s, name)},
                                          {u"objects"_s, objects}})
                    .toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_case = m_tmp.filePath(u"window.hlcase"_s);
        QString error = hltest::makeDemoCase(m_tmp.filePath(u"demo"_s), m_case, hltest::DemoCase(400, 30000, 5, true));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        const auto clusters = hl::readClusters(file, 2, &error);
        QVERIFY(clusters && !clusters->empty());
        m_cluster = clusters->front().id;
        hl::Statement st(file.handle(), "SELECT i.value FROM cluster_members m JOIN account_infra ai ON ai.account_id ="
                                        " m.account_id JOIN infra i ON i.id = ai.infra_id WHERE m.cluster_id = ?1"
                                        " AND i.kind = 1 ORDER BY i.value LIMIT 1");
        st.bind(1, m_cluster);
        QVERIFY(st.step());
        m_ip = st.columnText(0);
        QVERIFY(hl::appendLabel(file, hltest::labelEvent(hl::LabelTarget::Cluster, m_cluster, hl::Verdict::Distillation),
                                &error));
    }

    void importShowsHits()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        window.selectCluster(m_cluster);
        auto *partnerHits = window.campaigns()->findChild<QCheckBox *>(u"campaignsPartnerHits"_s);
        QVERIFY(partnerHits && partnerHits->isHidden()); // no partner indicators yet
        QVERIFY(window.inspector()->partnersText().isEmpty());

        const QString path = bundle(u"partner.json"_s, QJsonArray{
            QJsonObject{{u"type"_s, u"indicator"_s}, {u"spec_version"_s, u"2.1"_s},
                        {u"id"_s, hl::stix::objectId(u"indicator"_s, u"proxy"_s)},
                        {u"created"_s, u"2026-03-01T00:00:00.000Z"_s}, {u"modified"_s, u"2026-03-01T00:00:00.000Z"_s},
                        {u"name"_s, u"Partner proxy exit"_s}, {u"pattern_type"_s, u"stix"_s},
                        {u"pattern"_s, u"[%1:value = '%2']"_s.arg(m_ip.contains(u':') ? u"ipv6-addr"_s : u"ipv4-addr"_s, m_ip)},
                        {u"valid_from"_s, u"2026-03-01T00:00:00Z"_s}}});
        window.importStixFile(path);
        const int row = window.campaigns()->model()->rowOfCluster(m_cluster);
        QTRY_VERIFY_WITH_TIMEOUT(window.campaigns()->model()->campaign(row).partnerHits == 1, 60000);
        const QModelIndex cell = window.campaigns()->model()->index(row, hl::CampaignsModel::PartnerColumn);
        QCOMPARE(cell.data().toString(), u"1"_s);
        QCOMPARE(cell.data(hl::CampaignsModel::PartnerHitsRole).toInt(), 1);
        QVERIFY(!partnerHits->isHidden());
        QTRY_VERIFY(window.inspector()->partnersText().contains(u"Partner proxy exit"_s));
        QVERIFY(window.inspector()->text().contains(u"matched "_s + m_ip));

        // The filter keeps only clusters that hit one.
        partnerHits->setChecked(true);
        hl::CampaignsFilter *filter = window.campaigns()->filter();
        QVERIFY(filter->rowCount() >= 1);
        for (int r = 0; r < filter->rowCount(); ++r)
            QVERIFY(filter->index(r, 0).data(hl::CampaignsModel::PartnerHitsRole).toInt() > 0);
        partnerHits->setChecked(false);
        QVERIFY(filter->rowCount() > 1);
    }

    void badBundleChangesNothing()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        window.show();
        hl::CaseFile file;
        QVERIFY(file.open(m_case));
        const std::int64_t before = hl::partnerIndicatorCount(file);
        const QString path = m_tmp.filePath(u"broken.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\": \"bundle\", \"objects\": [");
        f.close();
        // The failure is shown in a modal message box (a nested event loop): a timer reads and closes it.
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                }
        });
        closer.start(50);
        window.importStixFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY2(shown.contains(u"broken.json: line 1"_s), qPrintable(shown));
        QCOMPARE(hl::partnerIndicatorCount(file), before);
    }

    void exportWritesBundle()
    {
        hl::MainWindow window;
        QVERIFY(window.openCase(m_case));
        const QString out = m_tmp.filePath(u"out.json"_s);
        hl::StixExportOptions options;
        options.tlp = u"green"_s;
        window.exportStixTo(out, options);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 60000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int campaigns = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(u"objects"_s).toArray())
            campaigns += v[u"type"_s].toString() == u"campaign"_s;
        QCOMPARE(campaigns, 1);
    }
};

QTEST_MAIN(TestStixWindow)
#include "tst_stixwindow.moc"
