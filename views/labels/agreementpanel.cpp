#include "agreementpanel.h"

#include "agreementmodel.h"
#include "disagreementmodel.h"
#include "labelcontroller.h"
#include "analysis/agreement.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// As tall as the table's rows, up to `maxRows` (then it scrolls).
void fitHeight(QTableView *view, int maxRows)
{
    const int rows = std::clamp(view->model()->rowCount(), 1, maxRows);
    view->setMaximumHeight(view->horizontalHeader()->sizeHint().height() + rows * view->verticalHeader()->defaultSectionSize()
                           + 2 * view->frameWidth());
}

QAction *panelAction(QWidget *panel, const QString &text, const QString &key)
{
    auto *action = new QAction(text, panel);
    action->setShortcut(QKeySequence(key));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the focus is in the panel
    action->setToolTip(QCoreApplication::translate("hl::AgreementPanel", "%1 (%2)").arg(text, key));
    panel->addAction(action);
    return action;
}

QToolButton *button(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

AgreementPanel::AgreementPanel(LabelController *labels, QWidget *parent)
    : QWidget(parent)
    , m_labels(labels)
    , m_pairs(new AgreementModel(this))
    , m_disagreements(new DisagreementModel(this))
{
    m_summary = wrappingLabel(u"agreementSummary"_s);
    m_pairsView = tableView(u"agreementPairs"_s, m_pairs);
    m_pairsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_pairsView->setFocusPolicy(Qt::NoFocus);
    m_pairsView->horizontalHeader()->setStretchLastSection(false);
    m_alpha = wrappingLabel(u"agreementAlpha"_s);
    m_alpha->setTextFormat(Qt::RichText);

    m_queueTitle = new QLabel;
    m_queueTitle->setObjectName(u"agreementQueueTitle"_s);
    m_showResolved = new QCheckBox(tr("Show resolved"));
    m_showResolved->setObjectName(u"agreementShowResolved"_s);
    m_showResolved->setToolTip(tr("Also lists the disagreements an adjudicator has resolved."));
    m_nextOpen = panelAction(this, tr("Next open"), tr("O")); // N is the window's "next to review"
    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_queueTitle, 1);
    queueBar->addWidget(m_showResolved);
    queueBar->addWidget(button(m_nextOpen));

    m_disagreementsView = tableView(u"agreementDisagreements"_s, m_disagreements);
    m_noDisagreements = wrappingLabel(u"agreementNoDisagreements"_s);
    m_noDisagreements->setAlignment(Qt::AlignCenter);
    m_queuePages = new QStackedWidget;
    m_queuePages->addWidget(m_disagreementsView);
    m_queuePages->addWidget(m_noDisagreements);

    // Resolving: the adjudicator's verdict, recorded with origin "resolve".
    const struct { Verdict verdict; const char *text; const char *key; } resolutions[] = {
        {Verdict::Distillation, QT_TR_NOOP("Resolve as Distillation"), QT_TR_NOOP("1")},
        {Verdict::Benign, QT_TR_NOOP("Resolve as Benign"), QT_TR_NOOP("2")},
        {Verdict::Unsure, QT_TR_NOOP("Resolve as Unsure"), QT_TR_NOOP("3")},
    };
    auto *resolveBar = new QHBoxLayout;
    for (const auto &r : resolutions) {
        QAction *a = panelAction(this, tr(r.text), tr(r.key));
        connect(a, &QAction::triggered, this, [this, verdict = r.verdict] {
            QString error;
            if (!resolveCurrent(verdict, &error))
                m_feedback->setText(error);
        });
        m_resolveActions.push_back(a);
        resolveBar->addWidget(button(a));
    }
    resolveBar->addStretch(1);
    connect(panelAction(this, tr("Next disagreement"), tr("J")), &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(panelAction(this, tr("Previous disagreement"), tr("K")), &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_nextOpen, &QAction::triggered, this, &AgreementPanel::selectNextOpen);
    auto *keys = wrappingLabel(u"agreementKeys"_s);
    keys->setText(tr("Keys: 1, 2, 3 resolve as distillation, benign, unsure · J, K move · O next open · "
                     "Enter shows the target · Ctrl+Z undoes"));
    keys->setEnabled(false); // greyed: a hint, not content
    m_feedback = wrappingLabel(u"agreementFeedback"_s);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_pairsView, 1);
    layout->addWidget(m_alpha);
    layout->addLayout(queueBar);
    layout->addWidget(m_queuePages, 2);
    layout->addLayout(resolveBar);
    layout->addWidget(keys);
    layout->addWidget(m_feedback);

    m_emptyState = wrappingLabel(u"agreementEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(24);
    m_pages = new QStackedWidget;
    m_pages->addWidget(content);
    m_pages->addWidget(m_emptyState);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool show) {
        const QModelIndex current = m_disagreementsView->currentIndex();
        const std::optional<Disagreement> was =
            current.isValid() ? std::optional(m_disagreements->disagreement(current.row())) : std::nullopt;
        m_disagreements->setShowResolved(show);
        updateQueuePage();
        selectRow(was ? m_disagreements->rowOf(was->target, was->targetId) : 0);
    });
    connect(m_disagreementsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT targetActivated(LabelTarget(index.data(DisagreementModel::TargetKindRole).toInt()),
                               index.data(DisagreementModel::TargetIdRole).toLongLong());
    });
    connect(m_disagreementsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgreementPanel::updateActions);
    connect(m_labels, &LabelController::labelsChanged, this, &AgreementPanel::reload);
    connect(m_labels, &LabelController::caseChanged, this, &AgreementPanel::reload);
    reload();
}

void AgreementPanel::reload()
{
    const CaseFile *file = m_labels->caseFile();
    Agreement agreement;
    QString error;
    if (file) {
        if (auto read = computeAgreement(*file, &error))
            agreement = std::move(*read);
        else
            error = tr("The labels could not be read from the case: %1").arg(error);
    }
    // Keep the current disagreement current, or the row where it was.
    const QModelIndex current = m_disagreementsView->currentIndex();
    const int oldRow = current.isValid() ? current.row() : 0;
    const auto target = current.isValid() ? std::optional(m_disagreements->disagreement(oldRow)) : std::nullopt;
    m_pairs->setAgreement(agreement);
    fitHeight(m_pairsView, 8);
    m_disagreements->setAgreement(agreement);
    m_feedback->clear();
    const int resolved = int(agreement.disagreements.size()) - agreement.openCount();

    if (!file)
        m_emptyState->setText(tr("No case is open."));
    else if (!error.isEmpty())
        m_emptyState->setText(error);
    else if (agreement.analysts.isEmpty())
        m_emptyState->setText(tr("No labels yet.\n\nWhen two analysts have labelled the same clusters (D, B, U), "
                                 "their agreement and disagreements appear here."));
    else if (agreement.analysts.size() == 1)
        m_emptyState->setText(tr("Only one analyst has labelled (%1): agreement needs two.\n\nEach analyst sets their "
                                 "name in Label… (L).")
                                  .arg(agreement.analysts.front()));
    m_pages->setCurrentWidget(agreement.analysts.size() >= 2 ? m_pages->widget(0) : m_emptyState);
    updateTexts(agreement);

    m_noDisagreements->setText(agreement.disagreements.empty()
                                   ? tr("No disagreements")
                                   : tr("No open disagreements: %n resolved ('Show resolved' lists them)", nullptr,
                                        resolved));
    updateQueuePage();
    const int row = target ? m_disagreements->rowOf(target->target, target->targetId) : -1;
    selectRow(row >= 0 ? row : std::min(oldRow, m_disagreements->rowCount() - 1));
}

void AgreementPanel::updateTexts(const Agreement &a)
{
    m_summary->setText(tr("Analysts: %1. Targets labelled: %2, %3 of them by two or more analysts.")
                           .arg(a.analysts.join(u", "_s), QLocale().toString(a.items), QLocale().toString(a.pairableItems)));
    QString reading;
    switch (reliabilityOf(a.alpha)) {
    case Reliability::Reliable: reading = tr("reliable (α ≥ 0.800): the analysts apply the verdicts alike"); break;
    case Reliability::Tentative:
        reading = tr("tentative (0.667 ≤ α < 0.800): good enough for tentative conclusions only");
        break;
    case Reliability::Unreliable:
        reading = tr("unreliable (α < 0.667): the analysts do not yet apply the verdicts alike");
        break;
    case Reliability::Undefined:
        reading = tr("not defined yet: it needs shared targets and more than one verdict among them");
        break;
    }
    m_alpha->setText(tr("<b>Krippendorff's α = %1</b> over %2 analysts: %3")
                         .arg(AgreementModel::kappaText(a.alpha))
                         .arg(a.analysts.size())
                         .arg(reading.toHtmlEscaped()));
    m_queueTitle->setText(tr("<b>Disagreements</b>: %1 open, %2 resolved")
                              .arg(a.openCount())
                              .arg(qsizetype(a.disagreements.size()) - a.openCount()));
}

void AgreementPanel::updateQueuePage()
{
    m_queuePages->setCurrentWidget(m_disagreements->rowCount() > 0 ? static_cast<QWidget *>(m_disagreementsView)
                                                                   : m_noDisagreements);
}

void AgreementPanel::updateActions()
{
    const bool current = m_disagreementsView->currentIndex().isValid();
    for (QAction *a : m_resolveActions)
        a->setEnabled(current);
    m_nextOpen->setEnabled(m_disagreements->nextOpenRow(-1) >= 0);
}

void AgreementPanel::selectRow(int row)
{
    auto *selection = m_disagreementsView->selectionModel();
    if (row < 0 || row >= m_disagreements->rowCount()) {
        selection->clear();
    } else {
        const QModelIndex index = m_disagreements->index(row, 0);
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_disagreementsView->scrollTo(index);
    }
    updateActions();
}

void AgreementPanel::moveCurrent(int delta)
{
    const QModelIndex current = m_disagreementsView->currentIndex();
    const int row = current.isValid() ? current.row() + delta : 0;
    if (m_disagreements->rowCount() > 0)
        selectRow(std::clamp(row, 0, m_disagreements->rowCount() - 1));
}

void AgreementPanel::selectNextOpen()
{
    const QModelIndex current = m_disagreementsView->currentIndex();
    const int next = m_disagreements->nextOpenRow(current.isValid() ? current.row() : -1);
    if (next >= 0)
        selectRow(next);
}

bool AgreementPanel::resolveCurrent(Verdict verdict, QString *error)
{
    const QModelIndex current = m_disagreementsView->currentIndex();
    if (!current.isValid()) {
        *error = tr("Choose a disagreement to resolve.");
        return false;
    }
    const int row = current.row();
    const Disagreement d = m_disagreements->disagreement(row); // a copy: resolving reloads the lists
    if (!m_labels->resolve(d.target, d.targetId, verdict, error))
        return false;
    // labelsChanged has reloaded the lists: go on with the next open disagreement, if any.
    const int next = m_disagreements->nextOpenRow(row - 1);
    selectRow(next >= 0 ? next : m_disagreements->rowOf(d.target, d.targetId));
    m_feedback->setText(tr("%1 (Ctrl+Z undoes)").arg(m_labels->undoStack()->undoText()));
    return true;
}

} // namespace hl
