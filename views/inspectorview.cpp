#include "inspectorview.h"

#include "analysis/explanation.h"
#include "campaigns/campaignsmodel.h"
#include "storage/partnerstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
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
    , m_partners(new QLabel(this))
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
    m_partners->setObjectName(u"inspectorPartners"_s);
    m_partners->setWordWrap(true);
    m_partners->setTextFormat(Qt::RichText);
    m_partners->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partners->hide();
    layout->addWidget(m_partners);
    layout->addWidget(m_text, 1);
    clear();
}

void InspectorView::clear()
{
    m_title->setText(tr("Select a cluster to see why its accounts belong together and why it is (or is not) risky."));
    m_text->clear();
    m_target.reset();
    m_labelBox->hide();
    m_partners->hide();
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

// The partner indicators a cluster's accounts hit (imported STIX bundles): a short list for the
// box above the explanation, the full one for its end. Both empty when the case holds none.
struct PartnerSection
{
    QString html, text;
};

PartnerSection partnerSection(const CaseFile &file, qint64 clusterId)
{
    constexpr int Listed = 5; // in the box
    PartnerSection out;
    if (partnerIndicatorCount(file) == 0)
        return out;
    QString error;
    const auto hits = readClusterPartnerHits(file, clusterId, &error);
    if (!hits) {
        out.html = QCoreApplication::translate("hl::InspectorView", "Partner indicators: cannot read them: %1")
                       .arg(error.toHtmlEscaped());
        return out;
    }
    if (hits->empty()) {
        out.html = QCoreApplication::translate("hl::InspectorView", "Hits no partner indicator.");
        return out;
    }
    QStringList ids;
    for (const PartnerHit &h : *hits)
        if (ids.isEmpty() || ids.back() != h.stixId)
            ids.append(h.stixId);
    const QString title = QCoreApplication::translate("hl::InspectorView", "Partner indicators hit: %1").arg(ids.size());
    out.html = u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s;
    out.text = u"\n"_s + title + u'\n';
    QString last;
    int listed = 0;
    for (const PartnerHit &h : *hits) {
        const bool first = h.stixId != last;
        last = h.stixId;
        if (first) { // name · producer (or the bundle file) · TLP
            QStringList parts{h.name.isEmpty() ? QCoreApplication::translate("hl::InspectorView", "(unnamed)") : h.name,
                              h.producer.isEmpty() ? h.source : h.producer};
            if (!h.tlp.isEmpty())
                parts.append(u"TLP:"_s + h.tlp.toUpper());
            out.text += u"  "_s + parts.join(u"  ·  "_s) + u'\n';
            if (++listed <= Listed) {
                out.html += u"<br>"_s + parts.join(u" · "_s).toHtmlEscaped();
                if (!h.name.contains(h.matchedValue))
                    out.html += u" — "_s + h.matchedValue.toHtmlEscaped();
            }
        }
        const QString via = h.indicatorValue == h.matchedValue
            ? QString()
            : QCoreApplication::translate("hl::InspectorView", " (indicator: %1)").arg(h.indicatorValue);
        out.text += u"    "_s
            + QCoreApplication::translate("hl::InspectorView", "matched %1%2, used by %n account(s)", nullptr,
                                          int(h.accounts)).arg(h.matchedValue, via)
            + u'\n';
    }
    if (listed > Listed)
        out.html += u"<br><small>"_s
            + QCoreApplication::translate("hl::InspectorView", "… and %1 more, listed at the end below").arg(listed - Listed)
            + u"</small>"_s;
    return out;
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
        m_partners->hide();
        return;
    }
    m_partners->hide(); // showCluster() shows it again
    m_title->setText(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s);
    m_text->setPlainText(*text);
}

void InspectorView::showCluster(const CaseFile &file, qint64 id)
{
    QString error;
    auto text = explainCluster(file, id, &error);
    const PartnerSection partners = text ? partnerSection(file, id) : PartnerSection();
    if (text)
        *text += partners.text;
    show(text, error, tr("Cluster %1").arg(id), tr("Cluster %1 is not in the stored analysis.").arg(id));
    if (text)
        showLabel(file, LabelTarget::Cluster, id);
    m_partners->setText(partners.html);
    m_partners->setVisible(!partners.html.isEmpty());
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

QString InspectorView::partnersText() const
{
    return m_partners->isHidden() ? QString() : m_partners->text();
}

QString InspectorView::text() const
{
    return m_text->toPlainText();
}

} // namespace hl
