#include "campaignsview.h"

#include "campaignsfilter.h"
#include "campaignsmodel.h"
#include "storage/analysisdata.h"
#include "storage/analysisstore.h"
#include "storage/campaigndata.h"
#include "storage/casefile.h"
#include "storage/schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QTimeZone>
#include <QToolButton>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

CampaignsView::CampaignsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CampaignsModel(this))
    , m_filter(new CampaignsFilter(this))
{
    m_filter->setSourceModel(m_model);

    m_filterText = new QLineEdit;
    m_filterText->setObjectName(u"campaignsFilterText"_s);
    m_filterText->setPlaceholderText(tr("Filter clusters (id, capability, reason)…"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setToolTip(tr("Shows the clusters whose id, top capability, pivot or reasons contain every word."));

    auto *minRiskLabel = new QLabel(tr("Min. risk:"));
    m_minRisk = new QDoubleSpinBox;
    m_minRisk->setObjectName(u"campaignsMinRisk"_s);
    m_minRisk->setRange(0, 1);
    m_minRisk->setSingleStep(0.05);
    m_minRisk->setDecimals(2);
    m_minRisk->setToolTip(tr("Hides clusters whose risk is below this (0.5 is the flagging threshold)."));
    minRiskLabel->setBuddy(m_minRisk);

    m_flaggedOnly = new QCheckBox(tr("Flagged only"));
    m_flaggedOnly->setObjectName(u"campaignsFlaggedOnly"_s);
    m_flaggedOnly->setToolTip(tr("Shows only the clusters the analysis flagged as likely campaigns."));
    m_showSingles = new QCheckBox(tr("Show single accounts"));
    m_showSingles->setObjectName(u"campaignsShowSingles"_s);
    m_showSingles->setToolTip(tr("Also lists accounts linked to no other account (clusters of one)."));

    m_count = new QLabel;
    m_count->setObjectName(u"campaignsCount"_s);

    m_capability = new QComboBox;
    m_capability->setObjectName(u"campaignsCapability"_s);
    m_capability->setToolTip(tr("Shows the clusters whose exchanges are mostly of this capability."));
    m_capability->addItem(tr("Any capability"), QString());
    for (const char *const *name = schema::CapabilityNames; *name; ++name)
        m_capability->addItem(QString::fromLatin1(*name), QString::fromLatin1(*name));
    m_modelChoice = new QComboBox;
    m_modelChoice->setObjectName(u"campaignsModel"_s);
    m_modelChoice->setToolTip(tr("Shows the clusters that sent exchanges to this model."));
    m_modelChoice->addItem(tr("Any model"), QString());
    m_labelStatus = new QComboBox;
    m_labelStatus->setObjectName(u"campaignsLabelStatus"_s);
    m_labelStatus->setToolTip(tr("Shows the clusters with this label status."));
    m_labelStatus->addItem(tr("Any label"), int(CampaignsFilter::LabelStatus::Any));
    m_labelStatus->addItem(tr("Unlabelled"), int(CampaignsFilter::LabelStatus::Unlabelled));
    m_labelStatus->addItem(tr("Labelled"), int(CampaignsFilter::LabelStatus::Labelled));
    m_labelStatus->addItem(tr("Distillation"), int(CampaignsFilter::LabelStatus::Distillation));
    m_labelStatus->addItem(tr("Benign"), int(CampaignsFilter::LabelStatus::Benign));
    m_labelStatus->addItem(tr("Unsure"), int(CampaignsFilter::LabelStatus::Unsure));
    m_partnerHits = new QCheckBox(tr("Partner hits"));
    m_partnerHits->setObjectName(u"campaignsPartnerHits"_s);
    m_partnerHits->setToolTip(tr("Shows only the clusters that hit partner indicators (imported STIX bundles)."));
    m_partnerHits->hide();
    m_timeRange = new QLabel;
    m_timeRange->setObjectName(u"campaignsTimeRange"_s);
    m_clearTime = new QToolButton;
    m_clearTime->setText(tr("✕"));
    m_clearTime->setToolTip(tr("List the clusters of every time again"));
    m_clearTime->hide();

    auto *bar2 = new QHBoxLayout;
    bar2->setContentsMargins(4, 0, 4, 0);
    bar2->addWidget(m_capability);
    bar2->addWidget(m_modelChoice);
    bar2->addWidget(m_labelStatus);
    bar2->addWidget(m_partnerHits);
    bar2->addWidget(m_timeRange, 1);
    bar2->addWidget(m_clearTime);
    bar2->addWidget(m_count);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_filterText, 1);
    bar->addWidget(minRiskLabel);
    bar->addWidget(m_minRisk);
    bar->addWidget(m_flaggedOnly);
    bar->addWidget(m_showSingles);

    m_table = new QTableView;
    m_table->setObjectName(u"campaignsTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignsModel::RiskColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between rows
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // One line of text and the 16-pixel risk square: thousands of rows stay compact.
    m_table->verticalHeader()->setDefaultSectionSize(std::max(m_table->fontMetrics().height(), 16) + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(bar);
    tableLayout->addLayout(bar2);
    tableLayout->addWidget(m_table, 1);

    m_emptyState = new QLabel;
    m_emptyState->setObjectName(u"campaignsEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_tablePage);
    m_pages->addWidget(m_emptyState);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_filterText, &QLineEdit::textChanged, this, &CampaignsView::onFilterEdited);
    connect(m_minRisk, &QDoubleSpinBox::valueChanged, this, &CampaignsView::onFilterEdited);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &CampaignsView::onFilterEdited);
    connect(m_showSingles, &QCheckBox::toggled, this, &CampaignsView::onFilterEdited);
    connect(m_capability, &QComboBox::currentIndexChanged, this, &CampaignsView::onFilterEdited);
    connect(m_modelChoice, &QComboBox::currentIndexChanged, this, &CampaignsView::onFilterEdited);
    connect(m_labelStatus, &QComboBox::currentIndexChanged, this, &CampaignsView::onFilterEdited);
    connect(m_partnerHits, &QCheckBox::toggled, this, &CampaignsView::onFilterEdited);
    connect(m_clearTime, &QToolButton::clicked, this, [this] {
        clearTimeRange();
        Q_EMIT timeRangeCleared();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT clusterActivated(index.data(CampaignsModel::ClusterIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsView::onCurrentRowChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CampaignsView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CampaignsView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CampaignsView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CampaignsView::updateCount);
    updateCount();
}

CampaignsView::~CampaignsView()
{
    stopCapabilityScan();
    stopTimeScan();
}

void CampaignsView::load(const CaseFile &file)
{
    stopCapabilityScan();
    clearTimeRange();
    m_casePath = file.isOpen() ? file.path() : QString();
    m_file = file.isOpen() ? &file : nullptr;
    if (!file.isOpen()) {
        m_model->setRows({});
        showEmptyState(tr("No case is open."));
        return;
    }
    if (maxAccountId(file) == 0) {
        m_model->setRows({});
        showEmptyState(tr("This case is empty. Import a detection export into it: File ▸ Import Export… (Ctrl+I), "
                          "or on the command line: hydralens import EXPORT_DIR --case %1")
                           .arg(file.path()));
        return;
    }
    if (analysisRunCount(file) == 0) {
        m_model->setRows({});
        showEmptyState(tr("This case has not been analysed yet. Choose Case ▸ Analyse (Ctrl+R) to see its "
                          "clusters, or on the command line: hydralens analyze --case %1")
                           .arg(file.path()));
        return;
    }
    QString error;
    auto rows = readCampaigns(file, 1, &error);
    if (!rows) {
        m_model->setRows({});
        showEmptyState(error);
        return;
    }
    const qint64 previous = m_currentId;
    const bool partnerHits = std::any_of(rows->begin(), rows->end(), [](const CampaignRow &r) { return r.partnerHits > 0; });
    m_partnerHits->setVisible(partnerHits);
    if (!partnerHits)
        m_partnerHits->setChecked(false);
    m_model->setRows(std::move(*rows));
    QHash<std::int64_t, LabelEvent> labels;
    if (const auto current = readCurrentLabels(file, &error))
        for (const LabelEvent &e : *current)
            if (e.target == LabelTarget::Cluster)
                labels.insert(e.targetId, e);
    m_model->setLabels(std::move(labels));
    m_pages->setCurrentWidget(m_tablePage);
    for (int c = 0; c < CampaignsModel::ColumnCount - 1; ++c) // the last one stretches
        m_table->resizeColumnToContents(c);
    m_currentId = 0;
    if (previous != 0 && m_model->rowOfCluster(previous) >= 0)
        selectCluster(previous); // a re-analysed case keeps the cluster in view
    startCapabilityScan(file.path());
}

void CampaignsView::focusFilter()
{
    m_filterText->setFocus(Qt::ShortcutFocusReason);
    m_filterText->selectAll();
}

bool CampaignsView::showsEmptyState() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void CampaignsView::showEmptyState(const QString &message)
{
    m_emptyState->setText(message);
    m_pages->setCurrentWidget(m_emptyState);
    m_currentId = 0;
}

void CampaignsView::startCapabilityScan(const QString &casePath)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_scanCancelled = cancelled;
    // A connection of its own: a CaseFile is used only by the thread that opened it.
    m_scan = QtConcurrent::run([casePath, cancelled] {
        CapabilityScan scan;
        CaseFile file;
        if (!file.open(casePath)) {
            scan.error = file.errorString();
            return scan;
        }
        auto traffic = readClusterTraffic(file, 1, [cancelled] { return cancelled->load(); }, &scan.error);
        if (traffic)
            scan.traffic = std::move(*traffic);
        return scan;
    });
    m_scan.then(this, [this, cancelled](const CapabilityScan &scan) {
        if (cancelled->load())
            return; // a newer load() replaced these rows
        if (!scan.error.isEmpty())
            m_count->setToolTip(tr("The top capabilities could not be read: %1").arg(scan.error));
        m_model->setTraffic(scan.traffic);
        m_table->resizeColumnToContents(CampaignsModel::CapabilityColumn);
        fillModelChoices();
        if (!m_filter->capability().isEmpty() || !m_filter->model().isEmpty())
            m_filter->invalidate(); // the rows now have what those filters look at
        Q_EMIT filterChanged();
        Q_EMIT topCapabilitiesLoaded();
    });
}

void CampaignsView::stopCapabilityScan()
{
    if (m_scanCancelled)
        m_scanCancelled->store(true);
    // The scan checks the flag every 256 blocks: this waits milliseconds, not the whole scan.
    if (m_scan.isValid())
        m_scan.waitForFinished();
    m_scan = {};
    m_scanCancelled.reset();
}

void CampaignsView::selectCluster(qint64 id)
{
    const int sourceRow = m_model->rowOfCluster(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->setPinnedCluster(id);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CampaignsView::onCurrentRowChanged(const QModelIndex &current)
{
    // Other views follow the selected row: a current index moved without selecting (NoUpdate)
    // shows nothing as chosen in the table, so it is not announced.
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return;
    const qint64 id = current.data(CampaignsModel::ClusterIdRole).toLongLong();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT clusterSelected(id);
}

void CampaignsView::onFilterEdited()
{
    // The filter now says exactly what the bar shows: no cluster is pinned any more.
    m_filter->setPinnedCluster(0);
    m_filter->setFilterText(m_filterText->text());
    m_filter->setMinRisk(m_minRisk->value());
    m_filter->setFlaggedOnly(m_flaggedOnly->isChecked());
    m_filter->setMinAccounts(m_showSingles->isChecked() ? 1 : 2);
    m_filter->setCapability(m_capability->currentData().toString());
    m_filter->setModel(m_modelChoice->currentData().toString());
    m_filter->setLabelStatus(CampaignsFilter::LabelStatus(m_labelStatus->currentData().toInt()));
    m_filter->setPartnerHitsOnly(m_partnerHits->isChecked());
    Q_EMIT filterChanged();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->scrollTo(current);
}

// The models any cluster used, most clusters first.
void CampaignsView::fillModelChoices()
{
    QHash<QString, int> clusters;
    for (const ClusterTraffic &t : m_model->traffic())
        for (const QString &m : t.models)
            ++clusters[m];
    QStringList names = clusters.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return clusters[a] != clusters[b] ? clusters[a] > clusters[b] : a < b;
    });
    const QString current = m_modelChoice->currentData().toString();
    const QSignalBlocker block(m_modelChoice);
    while (m_modelChoice->count() > 1)
        m_modelChoice->removeItem(1);
    for (const QString &name : names)
        m_modelChoice->addItem(name, name);
    m_modelChoice->setCurrentIndex(std::max(0, m_modelChoice->findData(current)));
}

void CampaignsView::setTimeRange(qint64 from, qint64 to)
{
    if (m_casePath.isEmpty() || from >= to)
        return;
    stopTimeScan();
    m_timeFrom = from;
    m_timeTo = to;
    const auto utc = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm"_s);
    };
    const QString range = tr("%1 – %2 UTC").arg(utc(from), utc(to));
    m_timeRange->setText(tr("Active %1: finding clusters…").arg(range));
    m_clearTime->show();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_timeCancelled = cancelled;
    const QString path = m_casePath;
    auto future = QtConcurrent::run([path, from, to, cancelled] {
        std::pair<std::optional<QSet<std::int64_t>>, QString> result;
        CaseFile file;
        if (!file.open(path)) {
            result.second = file.errorString();
            return result;
        }
        result.first = readActiveClusters(file, from, to, [cancelled] { return cancelled->load(); }, &result.second);
        return result;
    });
    future.then(this, [this, cancelled, range](const std::pair<std::optional<QSet<std::int64_t>>, QString> &r) {
        if (cancelled->load())
            return;
        if (!r.first) {
            m_timeRange->setText(tr("Cannot find the clusters active %1: %2").arg(range, r.second));
            return;
        }
        m_timeRange->setText(tr("Active %1").arg(range));
        m_timeRange->setToolTip(tr("Only clusters with exchanges in this time range are listed (brushed on the "
                                   "timeline). ✕ lists all again."));
        m_filter->setPinnedCluster(0);
        m_filter->setActiveClusters(r.first);
        Q_EMIT filterChanged();
    });
}

void CampaignsView::refreshLabels(const std::vector<std::int64_t> &clusterIds)
{
    if (!m_file)
        return;
    QString error;
    for (std::int64_t id : clusterIds)
        m_model->setLabel(id, readCurrentLabel(*m_file, LabelTarget::Cluster, id, &error));
    if (m_filter->labelStatusFilters())
        Q_EMIT filterChanged();
}

void CampaignsView::clearTimeRange()
{
    stopTimeScan();
    const bool was = m_filter->hasActiveClusters();
    m_timeFrom = m_timeTo = 0;
    m_timeRange->clear();
    m_clearTime->hide();
    if (was) {
        m_filter->setActiveClusters(std::nullopt);
        Q_EMIT filterChanged();
    }
}

void CampaignsView::stopTimeScan()
{
    if (m_timeCancelled)
        m_timeCancelled->store(true);
    m_timeCancelled.reset();
}

void CampaignsView::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    m_count->setText(tr("Clusters: %1 of %2").arg(locale.toString(m_filter->rowCount()), locale.toString(total)));
}

} // namespace hl
