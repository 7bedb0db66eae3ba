#include "inspectorview.h"

#include "analysis/explanation.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

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

void InspectorView::showCluster(const CaseFile &file, qint64 id)
{
    QString error;
    const auto text = explainCluster(file, id, &error);
    if (!text) {
        m_title->setText(error.isEmpty() ? tr("Cluster %1 is not in the stored analysis.").arg(id)
                                         : tr("Cannot explain cluster %1: %2").arg(id).arg(error));
        m_text->clear();
        return;
    }
    m_title->setText(tr("<b>Cluster %1</b>").arg(id));
    m_text->setPlainText(*text);
}

QString InspectorView::text() const
{
    return m_text->toPlainText();
}

} // namespace hl
