#include "inspectorview.h"

#include "analysis/explanation.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hl {

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // the explanation is a table
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    clear();
}

void InspectorView::clear()
{
    m_title->setText(tr("Select a cluster to see why its accounts belong together and why it is (or is not) risky."));
    m_text->clear();
}

void InspectorView::show(const std::optional<QString> &text, const QString &error, const QString &title,
                         const QString &missing)
{
    if (!text) {
        m_title->setText(error.isEmpty() ? missing : tr("Cannot show %1: %2").arg(title, error));
        m_text->clear();
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
}

void InspectorView::showAccount(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainAccount(file, id, &error);
    show(text, error, tr("Account"), tr("The account is no longer in the case."));
}

void InspectorView::showInfra(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainInfra(file, id, &error);
    show(text, error, tr("Infrastructure"), tr("The value is no longer in the case."));
}

QString InspectorView::text() const
{
    return m_text->toPlainText();
}

} // namespace hl
