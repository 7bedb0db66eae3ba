// The campaigns table: the rows read from an analysed case, the model and its filter (run
// through QAbstractItemModelTester), numeric sorting, and the view on a small demo case.
#include "analysis/analysis.h"
#include "campaigns/campaignsfilter.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignsview.h"
#include "demo/demogenerator.h"
#include "demo/demolocation.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/campaigndata.h"
#include "storage/casefile.h"
#include "storage/exchangerecord.h"

#include "exportfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

namespace {

hl::CampaignRow row(qint64 id, qint64 accounts, qint64 exchanges, double risk, bool flagged, const QString &capability,
                    double share, const QString &pivot = {}, const QStringList &reasons = {})
{
    hl::CampaignRow r;
    r.clusterId = id;
    r.accounts = accounts;
    r.exchanges = exchanges;
    r.risk = risk;
    r.flagged = flagged;
    r.topCapability = capability;
    r.topCapabilityShare = share;
    r.pivot = pivot;
    r.pivotShare = pivot.isEmpty() ? 0 : 0.8;
    r.reasons = reasons;
    r.lineage = u"same"_s;
    return r;
}

// Riskiest first, as readCampaigns() returns them. Accounts 9 and 10, ids 9, 10 and 100: a
// string sort would put them in the wrong order.
std::vector<hl::CampaignRow> fixture()
{
    return {
        row(14540, 2110, 2999609, 0.998, true, u"reasoning"_s, 0.82, u"atlas-4 · 80% in 24 h"_s,
            {u"answers 6.8 times longer than the prompts (harvesting outputs)"_s,
             u"21 linked infrastructure values were reported by partners"_s}),
        row(9, 10, 5000, 0.93, true, u"coding"_s, 0.45, {}, {u"synchronised bursts: 42% of the traffic"_s}),
        row(100, 1, 262, 0.88, false, {}, 0.78, {}, {u"active round the clock, weekends included"_s}),
        row(10, 9, 900, 0.45, false, u"vision"_s, 0.5),
        row(7713, 24, 1799999, 0.089, false, u"chat"_s, 0.28, {}, {u"upstream classifier scores average 0.70"_s}),
        row(2, 2, 12008, 0.06, false, u"chat"_s, 0.3),
    };
}

QList<qint64> proxyIds(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(hl::CampaignsModel::ClusterIdRole).toLongLong());
    return ids;
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_analysed, m_unanalysed;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(u"demo"_s), locationDb = m_tmp.filePath(u"location.db"_s);
        hl::DemoOptions o;
        o.outDir = dir;
        o.accounts = 1000;
        o.exchanges = 100000;
        o.seed = 3;
        QVERIFY(hl::generateDemoExport(o).ok);
        QString error;
        QVERIFY2(hl::writeDemoLocationDatabase(locationDb, &error), qPrintable(error));
        m_analysed = m_tmp.filePath(u"analysed.hlcase"_s);
        m_unanalysed = m_tmp.filePath(u"unanalysed.hlcase"_s);
        for (const QString &path : {m_analysed, m_unanalysed}) {
            hl::ImportOptions io;
            io.exportDir = dir;
            io.casePath = path;
            QVERIFY(hl::importExport(io).ok());
        }
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        hl::AnalysisOptions options;
        options.locationDb = locationDb;
        QVERIFY2(hl::runAnalysis(file, options, &error), qPrintable(error));
    }

    // --- storage -------------------------------------------------------------------------

    void readCampaignsMatchesStoredClusters()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        QString error;
        const auto rows = hl::readCampaigns(file, 1, &error);
        const auto clusters = hl::readClusters(file, 1, &error);
        const auto pivots = hl::readPivots(file, &error);
        const auto models = hl::modelNamesById(file, &error);
        QVERIFY2(rows && clusters && pivots && models, qPrintable(error));
        QCOMPARE(rows->size(), clusters->size());
        QHash<qint64, QString> firstPivotModel;
        QHash<qint64, qint64> firstPivotAt;
        for (const hl::StoredPivot &p : *pivots)
            if (p.flagged && (!firstPivotAt.contains(p.cluster) || p.releasedAt < firstPivotAt.value(p.cluster))) {
                firstPivotAt.insert(p.cluster, p.releasedAt);
                firstPivotModel.insert(p.cluster, models->value(p.modelId));
            }
        QVERIFY(!firstPivotModel.isEmpty());
        int flagged = 0;
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const hl::CampaignRow &r = (*rows)[i];
            const hl::StoredCluster &c = (*clusters)[i];
            QCOMPARE(r.clusterId, c.id);
            QCOMPARE(r.accounts, qint64(c.accounts.size()));
            QCOMPARE(r.exchanges, c.exchanges);
            QCOMPARE(r.risk, c.risk);
            QCOMPARE(r.flagged, c.flagged);
            QCOMPARE(r.reasons, c.reasons);
            QCOMPARE(r.lineage, c.lineage.value(u"kind"_s).toString());
            QCOMPARE(r.topCapabilityShare, c.features.value(u"top_capability_share"_s).toDouble());
            QVERIFY(r.topCapability.isEmpty()); // readTopCapabilities() counts the names
            if (firstPivotModel.contains(r.clusterId))
                QVERIFY2(r.pivot.startsWith(firstPivotModel.value(r.clusterId) + u" · "_s), qPrintable(r.pivot));
            else
                QVERIFY2(r.pivot.isEmpty(), qPrintable(r.pivot));
            flagged += r.flagged;
        }
        QVERIFY(flagged >= 3);

        const auto big = hl::readCampaigns(file, 3, &error);
        QVERIFY(big);
        QVERIFY(!big->empty());
        QVERIFY(big->size() < rows->size());
        for (const hl::CampaignRow &r : *big)
            QVERIFY(r.accounts >= 3);
    }

    // The top capability's name is counted exactly: it matches a count of every exchange of the
    // cluster, and the stored share is that capability's share.
    void topCapabilitiesAreExact()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        QString error;
        const auto rows = hl::readCampaigns(file, 2, &error);
        const auto traffic = hl::readClusterTraffic(file, 2, {}, &error);
        const auto modelNames = hl::modelNamesById(file, &error);
        QVERIFY2(rows && traffic && modelNames, qPrintable(error));
        QCOMPARE(qsizetype(traffic->size()), qsizetype(rows->size()));
        static const QStringList codes = {QString(), u"reasoning"_s, u"coding"_s, u"tool_use"_s, u"agentic"_s,
                                          u"vision"_s, u"chat"_s, u"other"_s};
        for (const hl::CampaignRow &r : *rows) {
            const auto cluster = hl::readCluster(file, r.clusterId, &error);
            QVERIFY(cluster);
            std::array<qint64, 8> counts{};
            QMap<qint64, qint64> byModel;
            QVERIFY(hl::forEachExchange(file, cluster->accounts, [&](const hl::ExchangeRecord &e) {
                ++counts[e.capability & 7];
                ++byModel[e.model];
            }, &error));
            // The models used, most exchanges first.
            const QStringList models = traffic->value(r.clusterId).models;
            QCOMPARE(models.size(), byModel.size());
            for (qsizetype i = 0; i < models.size(); ++i) {
                const qint64 id = modelNames->key(models[i]);
                QVERIFY2(byModel.contains(id), qPrintable(models[i]));
                if (i > 0)
                    QVERIFY(byModel[modelNames->key(models[i - 1])] >= byModel[id]);
            }
            const QString name = traffic->value(r.clusterId).topCapability;
            const int code = int(codes.indexOf(name));
            QVERIFY2(code > 0, qPrintable(name));
            qint64 known = 0;
            for (int c = 1; c < 8; ++c) {
                known += counts[std::size_t(c)];
                QVERIFY(counts[std::size_t(c)] <= counts[std::size_t(code)]);
            }
            QVERIFY(qAbs(double(counts[std::size_t(code)]) / double(known) - r.topCapabilityShare) < 1e-3);
        }

        // Cancelling stops the count.
        const auto cancelled = hl::readClusterTraffic(file, 1, [] { return true; }, &error);
        QVERIFY(!cancelled);
        QCOMPARE(error, u"cancelled"_s);
    }

    // The clusters active in a time range: exactly those with an exchange in [from, to), for
    // ranges that cut blocks in the middle as well as ranges that hold whole blocks.
    void activeClustersAreExact_data()
    {
        QTest::addColumn<double>("start"); // share of the case's span
        QTest::addColumn<double>("length");
        QTest::addRow("one hour early") << 0.1 << 0.0005;
        QTest::addRow("a day mid-way") << 0.5 << 0.01;
        QTest::addRow("the last fifth") << 0.8 << 0.2;
        QTest::addRow("everything") << 0.0 << 1.01;
    }

    void activeClustersAreExact()
    {
        QFETCH(double, start);
        QFETCH(double, length);
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        const qint64 first = hltest::queryInt(m_analysed, u"SELECT min(first_ts) FROM exchange_blocks"_s);
        const qint64 last = hltest::queryInt(m_analysed, u"SELECT max(last_ts) FROM exchange_blocks"_s);
        const qint64 from = first + qint64(double(last - first) * start);
        const qint64 to = from + std::max<qint64>(1, qint64(double(last - first) * length));
        QString error;
        const auto active = hl::readActiveClusters(file, from, to, {}, &error);
        QVERIFY2(active, qPrintable(error));
        QSet<qint64> expected;
        const auto membership = hl::readClusterMembership(file, &error);
        QVERIFY(membership);
        const auto clusters = hl::readClusters(file, 1, &error);
        std::vector<std::uint32_t> all;
        for (std::size_t a = 1; a < membership->size(); ++a)
            all.push_back(std::uint32_t(a));
        QVERIFY(hl::forEachExchange(file, all, [&](const hl::ExchangeRecord &e) {
            if (e.ts >= from && e.ts < to)
                expected.insert((*membership)[e.account]);
        }, &error));
        QCOMPARE(QSet<qint64>(active->cbegin(), active->cend()), expected);
        QVERIFY(!expected.isEmpty());
        if (length > 1) // every cluster that sent anything (accounts may only have signed up)
            QCOMPARE(qsizetype(expected.size()),
                     qsizetype(std::count_if(clusters->begin(), clusters->end(),
                                             [](const hl::StoredCluster &c) { return c.exchanges > 0; })));
    }

    void unanalysedCaseHasNoRows()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_unanalysed));
        QString error;
        const auto rows = hl::readCampaigns(file, 1, &error);
        QVERIFY2(rows, qPrintable(error));
        QVERIFY(rows->empty());
    }

    // --- model and filter ----------------------------------------------------------------

    void modelPassesTester()
    {
        hl::CampaignsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(fixture());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(hl::CampaignsModel::ColumnCount));
        model.setTraffic({{100, {u"agentic"_s, {u"atlas-3"_s}}}, {424242, {u"chat"_s, {}}}});
        QCOMPARE(model.index(model.rowOfCluster(100), hl::CampaignsModel::CapabilityColumn).data().toString(),
                 u"agentic · 78%"_s);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setRows(fixture());
        QCOMPARE(model.rowOfCluster(7713), 4);
        QCOMPARE(model.rowOfCluster(424242), -1);
    }

    void proxyPassesTester()
    {
        hl::CampaignsModel model;
        hl::CampaignsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(fixture());
        filter.sort(hl::CampaignsModel::RiskColumn, Qt::DescendingOrder);
        filter.setFilterText(u"chat"_s);
        filter.setMinAccounts(1);
        filter.setFlaggedOnly(true);
        filter.setFlaggedOnly(false);
        filter.setMinRisk(0.5);
        filter.setPinnedCluster(2);
        filter.setFilterText({});
        filter.sort(hl::CampaignsModel::AccountsColumn, Qt::AscendingOrder);
        model.setTraffic({{100, {u"agentic"_s, {}}}});
        filter.setCapability(u"agentic"_s);
        filter.setModel(u"atlas-3"_s);
        filter.setActiveClusters(QSet<std::int64_t>{9, 100});
        filter.setActiveClusters(std::nullopt);
        filter.setModel({});
        filter.setCapability({});
        model.setRows({});
        model.setRows(fixture());
        filter.setMinRisk(0);
        filter.setPinnedCluster(0);
        QCOMPARE(filter.rowCount(), 6);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("minRisk");
        QTest::addColumn<bool>("flaggedOnly");
        QTest::addColumn<int>("minAccounts");
        QTest::addColumn<QList<qint64>>("ids");

        using L = QList<qint64>;
        QTest::addRow("default hides single accounts") << QString() << 0.0 << false << 2 << L{14540, 9, 10, 7713, 2};
        QTest::addRow("single accounts shown") << QString() << 0.0 << false << 1 << L{14540, 9, 100, 10, 7713, 2};
        QTest::addRow("flagged only") << QString() << 0.0 << true << 1 << L{14540, 9};
        QTest::addRow("min risk") << QString() << 0.5 << false << 2 << L{14540, 9};
        QTest::addRow("min risk with singles") << QString() << 0.5 << false << 1 << L{14540, 9, 100};
        QTest::addRow("min risk is inclusive") << QString() << 0.45 << false << 2 << L{14540, 9, 10};
        QTest::addRow("cluster id") << u"7713"_s << 0.0 << false << 2 << L{7713};
        QTest::addRow("capability") << u"coding"_s << 0.0 << false << 2 << L{9};
        QTest::addRow("capability, several") << u"chat"_s << 0.0 << false << 2 << L{7713, 2};
        QTest::addRow("pivot") << u"atlas-4"_s << 0.0 << false << 2 << L{14540};
        QTest::addRow("reason, any case") << u"HARVESTING"_s << 0.0 << false << 2 << L{14540};
        QTest::addRow("every word must match") << u"partners  harvesting"_s << 0.0 << false << 2 << L{14540};
        QTest::addRow("words from different rows") << u"coding partners"_s << 0.0 << false << 2 << L{};
        QTest::addRow("reason of a single account, hidden") << u"round the clock"_s << 0.0 << false << 2 << L{};
        QTest::addRow("reason of a single account, shown") << u"round the clock"_s << 0.0 << false << 1 << L{100};
        QTest::addRow("text and flagged") << u"chat"_s << 0.0 << true << 2 << L{};
        QTest::addRow("nothing") << u"no such thing"_s << 0.0 << false << 1 << L{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(double, minRisk);
        QFETCH(bool, flaggedOnly);
        QFETCH(int, minAccounts);
        QFETCH(QList<qint64>, ids);
        hl::CampaignsModel model;
        hl::CampaignsFilter filter;
        filter.setSourceModel(&model);
        model.setRows(fixture());
        QCOMPARE(filter.minAccounts(), 2); // single accounts hidden unless asked for
        filter.sort(hl::CampaignsModel::RiskColumn, Qt::DescendingOrder);
        filter.setFilterText(text);
        filter.setMinRisk(minRisk);
        filter.setFlaggedOnly(flaggedOnly);
        filter.setMinAccounts(minAccounts);
        QCOMPARE(proxyIds(filter), ids);
    }

    // Top capability, model used and a brushed time range narrow the list; acceptedClusters()
    // is what the graph is told.
    void filterByTraffic()
    {
        hl::CampaignsModel model;
        hl::CampaignsFilter filter;
        filter.setSourceModel(&model);
        model.setRows(fixture());
        filter.sort(hl::CampaignsModel::RiskColumn, Qt::DescendingOrder);
        model.setTraffic({{14540, {u"reasoning"_s, {u"atlas-4"_s, u"atlas-3"_s}}},
                          {9, {u"coding"_s, {u"atlas-3"_s}}},
                          {10, {u"reasoning"_s, {u"atlas-3"_s}}}});
        filter.setCapability(u"reasoning"_s);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540, 10}));
        filter.setModel(u"atlas-4"_s);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540}));
        filter.setCapability({});
        filter.setModel(u"atlas-3"_s);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540, 9, 10}));
        filter.setActiveClusters(QSet<std::int64_t>{9, 7713});
        QCOMPARE(proxyIds(filter), (QList<qint64>{9}));
        QCOMPARE(filter.acceptedClusters(), (QSet<std::int64_t>{9}));
        filter.setModel({});
        QCOMPARE(proxyIds(filter), (QList<qint64>{9, 7713}));
        filter.setActiveClusters(std::nullopt);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540, 9, 10, 7713, 2}));
    }

    void pinnedClusterShowsWhateverTheFilter()
    {
        hl::CampaignsModel model;
        hl::CampaignsFilter filter;
        filter.setSourceModel(&model);
        model.setRows(fixture());
        filter.sort(hl::CampaignsModel::RiskColumn, Qt::DescendingOrder);
        filter.setFlaggedOnly(true);
        filter.setPinnedCluster(100);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540, 9, 100}));
        filter.setPinnedCluster(0);
        QCOMPARE(proxyIds(filter), (QList<qint64>{14540, 9}));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("ids");

        using L = QList<qint64>;
        using M = hl::CampaignsModel;
        QTest::addRow("accounts ascending: 9 before 10") << int(M::AccountsColumn) << Qt::AscendingOrder
                                                         << L{100, 2, 10, 9, 7713, 14540};
        QTest::addRow("accounts descending") << int(M::AccountsColumn) << Qt::DescendingOrder
                                             << L{14540, 7713, 9, 10, 2, 100};
        QTest::addRow("exchanges descending") << int(M::ExchangesColumn) << Qt::DescendingOrder
                                              << L{14540, 7713, 2, 9, 10, 100};
        QTest::addRow("cluster id ascending") << int(M::ClusterColumn) << Qt::AscendingOrder
                                              << L{2, 9, 10, 100, 7713, 14540};
        QTest::addRow("risk ascending") << int(M::RiskColumn) << Qt::AscendingOrder << L{2, 7713, 10, 100, 9, 14540};
        QTest::addRow("risk descending") << int(M::RiskColumn) << Qt::DescendingOrder << L{14540, 9, 100, 10, 7713, 2};
        QTest::addRow("capability by share") << int(M::CapabilityColumn) << Qt::DescendingOrder
                                             << L{14540, 100, 10, 9, 2, 7713};
        QTest::addRow("flagged first, then by risk") << int(M::FlaggedColumn) << Qt::DescendingOrder
                                                     << L{14540, 9, 100, 10, 7713, 2};
        QTest::addRow("pivot first") << int(M::PivotColumn) << Qt::DescendingOrder << L{14540, 9, 100, 10, 7713, 2};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, ids);
        hl::CampaignsModel model;
        hl::CampaignsFilter filter;
        filter.setSourceModel(&model);
        filter.setMinAccounts(1);
        model.setRows(fixture());
        filter.sort(column, order);
        QCOMPARE(proxyIds(filter), ids);
        // The sort role holds numbers, never strings.
        const QVariant v = model.index(0, column).data(hl::CampaignsModel::SortRole);
        if (column != hl::CampaignsModel::LabelColumn)
            QVERIFY2(v.typeId() != QMetaType::QString, v.typeName());
    }

    void display()
    {
        hl::CampaignsModel model;
        model.setRows(fixture());
        using M = hl::CampaignsModel;
        const auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOfCluster(id), column).data(role);
        };
        QCOMPARE(cell(14540, M::ClusterColumn).toString(), u"14540"_s);
        QCOMPARE(cell(14540, M::RiskColumn).toString(), u"1.00"_s);
        QCOMPARE(cell(9, M::RiskColumn).toString(), u"0.93"_s);
        QCOMPARE(cell(14540, M::ExchangesColumn).toString(), u"2,999,609"_s);
        QCOMPARE(cell(14540, M::AccountsColumn).toString(), u"2,110"_s);
        QCOMPARE(cell(14540, M::FlaggedColumn).toString(), u"flagged"_s);
        QCOMPARE(cell(7713, M::FlaggedColumn).toString(), QString());
        QCOMPARE(cell(14540, M::CapabilityColumn).toString(), u"reasoning · 82%"_s);
        QCOMPARE(cell(100, M::CapabilityColumn).toString(), u"78%"_s); // name not counted yet
        QCOMPARE(cell(14540, M::PivotColumn).toString(), u"atlas-4 · 80% in 24 h"_s);
        QCOMPARE(cell(14540, M::LabelColumn).toString(), QString()); // unlabelled
        hl::LabelEvent label;
        label.verdict = hl::Verdict::Distillation;
        label.actor = u"Acme AI"_s;
        label.confidence = hl::Confidence::High;
        model.setLabel(14540, label);
        QCOMPARE(cell(14540, M::LabelColumn).toString(), u"distillation · Acme AI (high)"_s);
        QCOMPARE(cell(14540, M::LabelColumn, M::VerdictRole).toInt(), int(hl::Verdict::Distillation));
        model.setLabel(14540, std::nullopt);
        QCOMPARE(cell(14540, M::LabelColumn).toString(), QString());
        QCOMPARE(cell(14540, M::ClusterColumn, Qt::UserRole).toLongLong(), 14540);
        QCOMPARE(cell(14540, M::PivotColumn, Qt::UserRole).toLongLong(), 14540);
        for (const int c : {M::ClusterColumn, M::RiskColumn, M::AccountsColumn, M::ExchangesColumn})
            QVERIFY(Qt::Alignment(cell(9, c, Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
        QVERIFY(Qt::Alignment(cell(9, M::PivotColumn, Qt::TextAlignmentRole).toInt()) & Qt::AlignLeft);
        const QString tip = cell(14540, M::PivotColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"harvesting outputs"_s) && tip.contains(u"reported by partners"_s), qPrintable(tip));
        QVERIFY(cell(2, M::RiskColumn, Qt::ToolTipRole).toString().contains(u"No notable traits"_s));
        QCOMPARE(cell(14540, M::RiskColumn, Qt::DecorationRole).value<QColor>(), M::riskColour(0.998));
        QVERIFY(!cell(14540, M::AccountsColumn, Qt::DecorationRole).isValid());
        for (int c = 0; c < M::ColumnCount; ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
    }

    void riskColours()
    {
        using M = hl::CampaignsModel;
        // Red is hotter than orange, orange than yellow, yellow than green; 0.5 (flagging) is a step.
        QVERIFY(M::riskColour(0.1) != M::riskColour(0.3));
        QVERIFY(M::riskColour(0.49) != M::riskColour(0.5));
        QVERIFY(M::riskColour(0.74) != M::riskColour(0.75));
        QCOMPARE(M::riskColour(0.0), M::riskColour(0.24));
        QVERIFY(M::riskColour(0.9).red() > M::riskColour(0.9).green() * 2);
        QVERIFY(M::riskColour(0.1).green() > M::riskColour(0.1).red());
    }

    // --- the view on a demo case ---------------------------------------------------------

    void viewShowsFlaggedClustersFirst()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        hl::CampaignsView view;
        QSignalSpy loaded(&view, &hl::CampaignsView::topCapabilitiesLoaded);
        view.resize(1000, 400);
        view.show();
        view.load(file);
        QVERIFY(!view.showsEmptyState());
        const QAbstractItemModel *shown = view.tableView()->model();
        QVERIFY(shown->rowCount() > 0);
        QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorSection(), int(hl::CampaignsModel::RiskColumn));
        QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // No single accounts by default; flagged clusters first, then the rest, riskiest first.
        int flagged = 0;
        double previousRisk = 2;
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QModelIndex i = shown->index(r, 0);
            QVERIFY(i.data(hl::CampaignsModel::AccountsRole).toLongLong() >= 2);
            const double risk = i.data(hl::CampaignsModel::RiskRole).toDouble();
            QVERIFY(risk <= previousRisk);
            previousRisk = risk;
            if (i.data(hl::CampaignsModel::FlaggedRole).toBool()) {
                QCOMPARE(flagged, r);
                ++flagged;
            }
        }
        QVERIFY(flagged >= 3);
        QCOMPARE(shown->index(0, hl::CampaignsModel::FlaggedColumn).data().toString(), u"flagged"_s);

        // The capabilities' names follow from the background count.
        QVERIFY(loaded.wait(20000));
        QVERIFY(shown->index(0, hl::CampaignsModel::CapabilityColumn).data().toString().contains(u" · "_s));

        // The filter bar drives the filter.
        view.findChild<QCheckBox *>(u"campaignsShowSingles"_s)->setChecked(true);
        QVERIFY(shown->rowCount() > flagged + 100);
        view.findChild<QCheckBox *>(u"campaignsFlaggedOnly"_s)->setChecked(true);
        QCOMPARE(shown->rowCount(), flagged);
        view.findChild<QCheckBox *>(u"campaignsFlaggedOnly"_s)->setChecked(false);
        view.findChild<QDoubleSpinBox *>(u"campaignsMinRisk"_s)->setValue(0.5);
        QVERIFY(shown->rowCount() >= flagged);
        view.findChild<QLineEdit *>(u"campaignsFilterText"_s)->setText(u"atlas-4"_s);
        QVERIFY(shown->rowCount() >= 1);
        QVERIFY(shown->rowCount() <= flagged);
        QCOMPARE(view.findChild<QLabel *>(u"campaignsCount"_s)->text(),
                 u"Clusters: %1 of %2"_s.arg(shown->rowCount()).arg(view.model()->rowCount()));
        maybeGrab(view);
    }

    void selectClusterSelectsAndEmits()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_analysed));
        hl::CampaignsView view;
        view.resize(1000, 300);
        view.show();
        view.load(file);
        QTableView *table = view.tableView();
        QSignalSpy selected(&view, &hl::CampaignsView::clusterSelected);

        // A cluster further down the table.
        const int lastRow = table->model()->rowCount() - 1;
        QVERIFY(lastRow > 0);
        const qint64 id = table->model()->index(lastRow, 0).data(Qt::UserRole).toLongLong();
        view.selectCluster(id);
        QCOMPARE(table->currentIndex().row(), lastRow);
        QCOMPARE(table->currentIndex().data(Qt::UserRole).toLongLong(), id);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().front().row(), lastRow);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().front().toLongLong(), id);
        view.selectCluster(id); // already current: no second signal
        QCOMPARE(selected.size(), 1);

        // Arrow keys move the current row and tell the other views.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), lastRow - 1);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.back().front().toLongLong(),
                 table->model()->index(lastRow - 1, 0).data(Qt::UserRole).toLongLong());

        // A single account, hidden by default, is shown when another view selects it.
        qint64 single = 0;
        for (int r = 0; r < view.model()->rowCount() && !single; ++r)
            if (view.model()->campaign(r).accounts == 1)
                single = view.model()->campaign(r).clusterId;
        QVERIFY(single != 0);
        view.selectCluster(single);
        QCOMPARE(table->currentIndex().data(Qt::UserRole).toLongLong(), single);
        QCOMPARE(selected.back().front().toLongLong(), single);
        // … until the filter is changed. The table then selects a neighbour (Qt's way); the other
        // views follow what the table selects, never a cluster the table no longer shows.
        view.findChild<QLineEdit *>(u"campaignsFilterText"_s)->setText(u" "_s);
        QCOMPARE(view.filter()->mapFromSource(view.model()->index(view.model()->rowOfCluster(single), 0)), QModelIndex());
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            QCOMPARE(selected.back().front().toLongLong(), rows.front().data(Qt::UserRole).toLongLong());

        // Unknown ids change nothing.
        const int before = int(selected.size());
        view.selectCluster(987654321);
        QCOMPARE(selected.size(), before);
    }

    void emptyStateOnUnanalysedCase()
    {
        hl::CaseFile file;
        QVERIFY(file.open(m_unanalysed));
        hl::CampaignsView view;
        view.show();
        view.load(file);
        QVERIFY(view.showsEmptyState());
        const auto *label = view.findChild<QLabel *>(u"campaignsEmptyState"_s);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"not been analysed"_s));
        QVERIFY(label->text().contains(u"hydralens analyze --case"_s));
        QVERIFY(!view.tableView()->isVisible());

        // Loading an analysed case afterwards shows the table.
        hl::CaseFile analysed;
        QVERIFY(analysed.open(m_analysed));
        view.load(analysed);
        QVERIFY(!view.showsEmptyState());
        QVERIFY(view.tableView()->isVisible());
        view.load(file);
        QVERIFY(view.showsEmptyState());
        QCOMPARE(view.model()->rowCount(), 0);
    }

private:
    // HL_CAMPAIGNS_SCREENSHOT=FILE.png saves a picture of the view, to look at.
    static void maybeGrab(hl::CampaignsView &view)
    {
        const QString path = qEnvironmentVariable("HL_CAMPAIGNS_SCREENSHOT");
        if (path.isEmpty())
            return;
        view.findChild<QLineEdit *>(u"campaignsFilterText"_s)->clear();
        view.findChild<QDoubleSpinBox *>(u"campaignsMinRisk"_s)->setValue(0);
        view.findChild<QCheckBox *>(u"campaignsShowSingles"_s)->setChecked(false);
        view.tableView()->selectRow(1);
        QCoreApplication::processEvents(); // layout: the last column stretches
        QVERIFY(view.grab().save(path));
    }
};

QTEST_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
