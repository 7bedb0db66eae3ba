#include "inspectorview.h"

#include "analysis/explanation.h"
#include "campaigns/campaignsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hl {

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_labelBox(new QWidget(this))
    , m_label(new QLabel(m_labelBox))
    , m_labelButtons(new QWidget(m_labelBox))
    , m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    auto *labelLayout = new QVBoxLayout(m_labelBox);
    labelLayout->setContentsMargins(0, 2, 0, 2);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout(m_labelButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    labelLayout->addWidget(m_label);
    labelLayout->addWidget(m_labelButtons);
    m_labelBox->hide();
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // the explanation is a table
    layout->addWidget(m_title);
    layout->addWidget(m_labelBox);
    layout->addWidget(m_text, 1);
    clear();
}

void InspectorView::clear()
{
    m_title->setText(tr("Select a cluster to see why its accounts belong together and why it is (or is not) risky."));
    m_text->clear();
    m_target.reset();
    m_labelBox->hide();
}

void InspectorView::setLabelActions(const QList<QAction *> &actions)
{
    auto *buttons = static_cast<QHBoxLayout *>(m_labelButtons->layout());
    for (QAction *a : actions) {
        auto *b = new QToolButton(m_labelButtons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->insertWidget(buttons->count() - 1, b);
    }
}

namespace {

QString describe(const LabelEvent &e)
{
    QString text = u"<b>"_s + CampaignsModel::verdictText(e.verdict).toHtmlEscaped() + u"</b>"_s;
    if (!e.actor.isEmpty())
        text += QCoreApplication::translate("hl::InspectorView", " · actor %1").arg(e.actor.toHtmlEscaped());
    if (e.confidence != Confidence::None)
        text += QCoreApplication::translate("hl::InspectorView", " · %1 confidence").arg(CampaignsModel::confidenceText(e.confidence));
    text += u"<br>"_s + QCoreApplication::translate("hl::InspectorView", "by %1, %2")
                           .arg(e.analyst.toHtmlEscaped(),
                                QDateTime::fromSecsSinceEpoch(e.createdAt, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    if (!e.note.isEmpty())
        text += u"<br><i>"_s + e.note.toHtmlEscaped() + u"</i>"_s;
    return text;
}

} // namespace

void InspectorView::showLabel(const CaseFile &file, LabelTarget target, qint64 id)
{
    m_target = std::pair(target, id);
    QString error;
    const auto summary = readLabelSummary(file, target, id, &error);
    if (!summary) {
        m_label->setText(tr("Cannot read the label: %1").arg(error.toHtmlEscaped()));
    } else {
        QString text;
        if (summary->own)
            text = tr("Label: %1").arg(describe(*summary->own));
        else if (summary->inherited)
            text = tr("Label (from cluster %1): %2").arg(summary->inheritedFrom).arg(describe(*summary->inherited));
        else
            text = tr("Not labelled. Label it: D distillation, B benign, U unsure, L with an actor and a note.");
        if (summary->events > 0)
            text += u"<br><small>"_s + tr("Audit trail: %n event(s) by %1", nullptr, int(summary->events))
                                          .arg(summary->analysts.join(u", "_s).toHtmlEscaped())
                    + u"</small>"_s;
        m_label->setText(text);
    }
    m_labelBox->show();
}

void InspectorView::refreshLabel(const CaseFile &file)
{
    if (m_target)
        showLabel(file, m_target->first, m_target->second);
}

QString InspectorView::labelText() const
{
    return m_target ? m_label->text() : QString();
}

void InspectorView::show(const std::optional<QString> &text, const QString &error, const QString &title,
                         const QString &missing)
{
    if (!text) {
        m_title->setText(error.isEmpty() ? missing : tr("Cannot show %1: %2").arg(title, error));
        m_text->clear();
        m_target.reset();
        m_labelBox->hide();
        return;
    }
    m_title->setText(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s);
    m_text->setPlainText(*text);
}

void InspectorView::showCluster(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainCluster(file, id, &error);
    show(text, error, tr("Cluster %1").arg(id), tr("Cluster %1 is not in the stored analysis.").arg(id));
    if (text)
        showLabel(file, LabelTarget::Cluster, id);
}

void InspectorView::showAccount(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainAccount(file, id, &error);
    show(text, error, tr("Account"), tr("The account is no longer in the case."));
    if (text)
        showLabel(file, LabelTarget::Account, id);
}

void InspectorView::showInfra(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainInfra(file, id, &error);
    show(text, error, tr("Infrastructure"), tr("The value is no longer in the case."));
    m_target.reset();
    m_labelBox->hide();
}

QString InspectorView::text() const
{
    return m_text->toPlainText();
}

} // namespace hl
