#include "labels/reviewpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

const QString AutoAdvanceKey = u"review/autoAdvance"_s;
constexpr std::size_t Preview = 8;

QString itemText(const ReviewItem &item)
{
    return QCoreApplication::translate("hl::ReviewPanel", "Cluster %1 · %L2 accounts · risk %3")
        .arg(item.clusterId)
        .arg(item.accounts)
        .arg(QLocale().toString(item.risk, 'f', 2));
}

// Why the queue puts this cluster here, in words.
QString whyText(const ReviewItem &item)
{
    const int band = ReviewQueue::uncertaintyBand(item.risk);
    if (band >= 8)
        return QCoreApplication::translate("hl::ReviewPanel", "The classifier is least sure about it (risk near 0.5): its label teaches the most.");
    if (band >= 5)
        return QCoreApplication::translate("hl::ReviewPanel", "The classifier is unsure about it; among such clusters it is one of the largest.");
    return QCoreApplication::translate("hl::ReviewPanel", "The classifier is fairly sure about it; the more uncertain clusters are labelled.");
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_progressText(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_currentText(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_upcoming(new QListWidget(this))
    , m_autoAdvance(new QCheckBox(tr("&Advance after labelling"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_progressText->setWordWrap(true);
    m_progressText->setObjectName(u"reviewProgress"_s);
    m_bar->setTextVisible(true);
    m_currentText->setWordWrap(true);
    m_currentText->setTextFormat(Qt::RichText);
    m_currentText->setObjectName(u"reviewCurrent"_s);
    new QGridLayout(m_buttons);
    m_buttons->layout()->setContentsMargins(0, 0, 0, 0);
    m_upcoming->setFocusPolicy(Qt::NoFocus); // the keys belong to the window's actions
    m_upcoming->setObjectName(u"reviewUpcoming"_s);
    m_autoAdvance->setChecked(QSettings().value(AutoAdvanceKey, true).toBool());
    connect(m_autoAdvance, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(AutoAdvanceKey, on); });
    connect(m_upcoming, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_current = item->data(Qt::UserRole).toLongLong();
        updateView();
        Q_EMIT clusterChosen(*m_current);
    });

    layout->addWidget(m_bar);
    layout->addWidget(m_progressText);
    layout->addSpacing(6);
    layout->addWidget(m_currentText);
    layout->addWidget(m_buttons);
    layout->addWidget(m_autoAdvance);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Then:"), this));
    layout->addWidget(m_upcoming, 1);
    updateView();
}

void ReviewPanel::setActions(const QList<QAction *> &labelActions, QAction *next, QAction *skip)
{
    auto *grid = static_cast<QGridLayout *>(m_buttons->layout());
    int column = 0;
    for (QAction *a : labelActions + QList<QAction *>{next, skip}) {
        auto *b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(b, column / 3, column % 3);
        ++column;
    }
}

void ReviewPanel::setItems(std::vector<ReviewItem> items, const std::unordered_map<std::int64_t, Verdict> &labels)
{
    m_queue.setItems(std::move(items), labels);
    if (m_current && !m_queue.contains(*m_current))
        m_current.reset();
    updateView();
}

void ReviewPanel::setLabel(std::int64_t clusterId, Verdict verdict)
{
    m_queue.setLabel(clusterId, verdict);
    updateView();
}

bool ReviewPanel::autoAdvance() const
{
    return m_autoAdvance->isChecked();
}

void ReviewPanel::goNext()
{
    const auto next = m_queue.next();
    m_current = next ? std::optional(next->clusterId) : std::nullopt;
    updateView();
    if (m_current)
        Q_EMIT clusterChosen(*m_current);
}

void ReviewPanel::skipCurrent()
{
    if (m_current)
        m_queue.skip(*m_current);
    goNext();
}

QString ReviewPanel::progressText() const
{
    return m_progressText->text();
}

void ReviewPanel::updateView()
{
    const ReviewProgress p = m_queue.progress();
    m_bar->setRange(0, int(std::max<std::int64_t>(p.total, 1)));
    m_bar->setValue(int(p.labelled));
    m_bar->setFormat(tr("%1 of %2 labelled").arg(QLocale().toString(p.labelled), QLocale().toString(p.total)));
    if (p.total == 0) {
        m_progressText->setText(tr("No clusters to review: analyse the case, or widen the table's filter."));
    } else {
        QString text = tr("Distillation %L1 · benign %L2 · unsure %L3").arg(p.distillation).arg(p.benign).arg(p.unsure);
        if (p.skipped)
            text += tr(" · skipped %L1").arg(p.skipped);
        m_progressText->setText(text + u"<br><small>"_s
                                + tr("The queue holds the clusters the campaigns table lists.") + u"</small>"_s);
    }

    const auto current = m_current ? m_queue.item(*m_current) : std::nullopt;
    if (current && !m_queue.isLabelled(current->clusterId))
        m_currentText->setText(u"<b>"_s + itemText(*current) + u"</b><br>"_s + whyText(*current));
    else if (current)
        m_currentText->setText(u"<b>"_s + itemText(*current) + u"</b><br>"_s
                               + tr("Labelled. N goes to the next cluster."));
    else if (p.total > 0 && p.labelled == p.total)
        m_currentText->setText(tr("<b>Every cluster in the queue is labelled.</b>"));
    else
        m_currentText->setText(tr("Press N to show the next cluster to label; D, B and U label it, S skips it."));

    m_upcoming->clear();
    auto upcoming = m_queue.upcoming(Preview + 1);
    std::erase_if(upcoming, [this](const ReviewItem &i) { return m_current && i.clusterId == *m_current; });
    if (upcoming.size() > Preview)
        upcoming.resize(Preview);
    for (const ReviewItem &item : upcoming) {
        auto *row = new QListWidgetItem(itemText(item), m_upcoming);
        row->setData(Qt::UserRole, qint64(item.clusterId));
    }
}

} // namespace hl
