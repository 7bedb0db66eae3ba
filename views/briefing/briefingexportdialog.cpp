#include "briefing/briefingexportdialog.h"

#include "briefing/briefingwriter.h"
#include "tasks/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace hl {

BriefingExportDialog::BriefingExportDialog(std::int64_t currentCluster, QWidget *parent)
    : QDialog(parent)
    , m_cluster(currentCluster)
    , m_top(new QRadioButton(tr("The top campaigns (flagged or labelled, riskiest first):"), this))
    , m_count(new QSpinBox(this))
    , m_selected(new QRadioButton(this))
    , m_page(new QComboBox(this))
    , m_redact(new QCheckBox(tr("Redact account ids, IPs, e-mail domains, payment and device values"), this))
{
    setWindowTitle(tr("Export Briefing"));
    m_count->setRange(1, 500);
    m_count->setValue(10);
    m_selected->setText(currentCluster > 0 ? tr("Only the selected cluster %1").arg(currentCluster)
                                           : tr("Only the selected cluster (none)"));
    m_selected->setEnabled(currentCluster > 0);
    m_top->setChecked(true);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    auto *top = new QHBoxLayout;
    top->addWidget(m_top);
    top->addWidget(m_count);
    top->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Campaigns:"), top);
    form->addRow(QString(), m_selected);
    form->addRow(tr("Paper:"), m_page);
    form->addRow(QString(), m_redact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_top, &QRadioButton::toggled, m_count, &QSpinBox::setEnabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

BriefingOptions BriefingExportDialog::options() const
{
    BriefingOptions o;
    o.top = m_count->value();
    if (m_selected->isChecked() && m_cluster > 0)
        o.clusters = {m_cluster};
    o.redact = m_redact->isChecked();
    return o;
}

QPageSize::PageSizeId BriefingExportDialog::pageSize() const { return QPageSize::PageSizeId(m_page->currentData().toInt()); }

void BriefingExportDialog::exportBriefing(QWidget *parent, const QString &casePath, std::int64_t currentCluster)
{
    if (casePath.isEmpty()) {
        QMessageBox::information(parent, tr("Export Briefing"), tr("Open a case first: File ▸ Open Case…"));
        return;
    }
    BriefingExportDialog dialog(currentCluster, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BriefingOptions options = dialog.options();
    const QPageSize::PageSizeId page = dialog.pageSize();
    const QString proposed = QFileInfo(casePath).dir().filePath(QFileInfo(casePath).completeBaseName() + u"-briefing.pdf"_s);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Briefing"), proposed, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    auto data = std::make_shared<std::optional<BriefingData>>();
    BackgroundTask::run(
        parent, tr("Writing the briefing…"),
        [casePath, options, data](const BackgroundTask::Report &report, const std::atomic<bool> &cancel) {
            QString error;
            *data = readBriefingData(casePath, options, [&](double f, const QString &phase) {
                report(f, phase);
                return !cancel.load();
            }, &error);
            return *data ? QString() : error;
        },
        [parent, path, page, data](const QString &message) {
            QString error = message;
            if (*data && BriefingWriter::write(path, **data, page, &error))
                return;
            if (error != u"cancelled"_s)
                QMessageBox::warning(parent, tr("Export Briefing"), tr("The briefing was not written: %1.").arg(error));
        });
}

} // namespace hl
