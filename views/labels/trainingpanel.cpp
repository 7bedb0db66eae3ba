#include "labels/trainingpanel.h"

#include "storage/trainingstore.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr std::size_t MovesShown = 20;

QString number(const QJsonValue &v)
{
    return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 3) : u"–"_s;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_metrics(makeTable(this, {tr("Test split"), tr("Precision"), tr("Recall"), tr("PR-AUC"), tr("ROC-AUC")}))
    , m_history(makeTable(this, {tr("Version"), tr("Trained (UTC)"), tr("Labelled rows"), tr("PR-AUC"),
                                 tr("Upstream"), tr("Flagged")}))
    , m_moves(new QListWidget(this))
    , m_buttons(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"trainingStatus"_s);
    m_metrics->setObjectName(u"trainingMetrics"_s);
    m_history->setObjectName(u"trainingHistory"_s);
    m_moves->setObjectName(u"trainingMoves"_s);
    m_metrics->setRowCount(3);
    m_metrics->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metrics->setFixedHeight(m_metrics->horizontalHeader()->sizeHint().height()
                              + 3 * m_metrics->verticalHeader()->defaultSectionSize() + 2 * m_metrics->frameWidth() + 2);
    new QHBoxLayout(m_buttons);
    m_buttons->layout()->setContentsMargins(0, 0, 0, 0);
    connect(m_moves, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT clusterActivated(item->data(Qt::UserRole).toLongLong()); });

    layout->addWidget(m_buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_metrics);
    layout->addWidget(new QLabel(tr("Largest risk moves (Enter or double-click shows the cluster):"), this));
    layout->addWidget(m_moves, 2);
    layout->addWidget(new QLabel(tr("Score history:"), this));
    layout->addWidget(m_history, 1);
    load(nullptr);
}

void TrainingPanel::setTrainAction(QAction *train)
{
    auto *b = new QToolButton(m_buttons);
    b->setDefaultAction(train);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->layout()->addWidget(b);
    static_cast<QHBoxLayout *>(m_buttons->layout())->addStretch();
}

void TrainingPanel::load(const CaseFile *file)
{
    m_history->setRowCount(0);
    m_moves->clear();
    for (int r = 0; r < m_metrics->rowCount(); ++r)
        setRow(m_metrics, r, {QString(), QString(), QString(), QString(), QString()});
    QString error;
    const auto runs = file ? readTrainingRuns(*file, &error) : std::nullopt;
    if (!runs || runs->empty()) {
        m_status->setText(!error.isEmpty() ? tr("Cannot read the training history: %1").arg(error)
                                           : tr("No classifier trained yet. Label clusters of both kinds "
                                                "(distillation and benign), then train (Ctrl+T): HydraLens fits a "
                                                "classifier on the labelled accounts, measures it on accounts it "
                                                "never saw, and re-ranks every cluster's risk."));
        return;
    }
    const TrainingRun &latest = runs->back();
    const QJsonObject test = latest.metrics.value(u"test"_s).toObject();
    const QJsonObject rows = latest.metrics.value(u"rows"_s).toObject();
    const QJsonObject positives = latest.metrics.value(u"positives"_s).toObject();
    m_status->setText(tr("<b>Classifier %1</b>, trained %2 on %L3 labelled accounts; tested on %L4 accounts "
                         "(%L5 distillation) of clusters it never saw.")
                          .arg(latest.version,
                               QDateTime::fromSecsSinceEpoch(latest.createdAt, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s))
                          .arg(rows.value(u"train"_s).toInteger() + rows.value(u"valid"_s).toInteger())
                          .arg(rows.value(u"test"_s).toInteger())
                          .arg(positives.value(u"test"_s).toInteger()));
    const struct { const char *key; QString name; } baselines[] = {
        {"trained", tr("Retrained %1").arg(latest.version)},
        {"upstream", tr("Upstream score")},
        {"rules", tr("Rules (cluster risk)")},
    };
    for (int r = 0; r < 3; ++r) {
        const QJsonObject m = test.value(QLatin1StringView(baselines[r].key)).toObject();
        setRow(m_metrics, r, {baselines[r].name, number(m.value(u"precision"_s)), number(m.value(u"recall"_s)),
                              number(m.value(u"pr_auc"_s)), number(m.value(u"roc_auc"_s))});
    }

    m_history->setRowCount(int(runs->size()));
    for (std::size_t i = 0; i < runs->size(); ++i) {
        const TrainingRun &r = (*runs)[runs->size() - 1 - i]; // newest first
        const QJsonObject t = r.metrics.value(u"test"_s).toObject();
        const QJsonObject n = r.metrics.value(u"rows"_s).toObject();
        setRow(m_history, int(i),
               {r.version, QDateTime::fromSecsSinceEpoch(r.createdAt, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s),
                QLocale().toString(n.value(u"train"_s).toInteger() + n.value(u"valid"_s).toInteger()
                                   + n.value(u"test"_s).toInteger()),
                number(t.value(u"trained"_s).toObject().value(u"pr_auc"_s)),
                number(t.value(u"upstream"_s).toObject().value(u"pr_auc"_s)),
                QLocale().toString(r.metrics.value(u"flagged_after"_s).toInteger())});
    }

    const auto moves = readRiskChanges(*file, latest.id, MovesShown, &error);
    for (const RiskChange &m : moves.value_or(std::vector<RiskChange>())) {
        auto *item = new QListWidgetItem(tr("Cluster %1: risk %2 → %3")
                                             .arg(m.clusterId)
                                             .arg(QLocale().toString(m.before, 'f', 2), QLocale().toString(m.after, 'f', 2)),
                                         m_moves);
        item->setData(Qt::UserRole, qint64(m.clusterId));
        item->setForeground(m.after > m.before ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    }
}

QString TrainingPanel::metricsText() const
{
    QString out;
    for (int r = 0; r < m_metrics->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_metrics->columnCount(); ++c)
            cells.append(m_metrics->item(r, c) ? m_metrics->item(r, c)->text() : QString());
        out += cells.join(u" | "_s) + u'\n';
    }
    return out;
}

int TrainingPanel::historyRows() const
{
    return m_history->rowCount();
}

int TrainingPanel::movesShown() const
{
    return m_moves->count();
}

} // namespace hl
