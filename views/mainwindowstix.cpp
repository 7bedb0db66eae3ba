// MainWindow's STIX 2.1 exchange with partners (model/stix, docs/stix.md): File ▸ Import STIX
// Bundle reads a partner's indicators into the case (the campaigns table's Partner column and
// the inspector then show which clusters hit them); File ▸ Export STIX Bundle writes the clusters
// labelled distillation for partners. Both run on a worker thread.
#include "mainwindow.h"

#include "campaigns/campaignsview.h"
#include "inspectorview.h"
#include "labels/labelcontroller.h"
#include "stix/stixexport.h"
#include "stix/stiximport.h"
#include "storage/partnerstore.h"
#include "tasks/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace hl {

void MainWindow::createStixActions(QMenu *fileMenu)
{
    fileMenu->addAction(tr("Import &STIX Bundle…"), this, &MainWindow::chooseStixImport)
        ->setToolTip(tr("Read a partner's STIX 2.1 bundle: its IP, domain and AS indicators become partner indicators"));
    fileMenu->addAction(tr("Export STIX &Bundle…"), this, &MainWindow::chooseStixExport)
        ->setToolTip(tr("Write the clusters labelled distillation as a STIX 2.1 bundle for partners"));
}

void MainWindow::chooseStixImport()
{
    if (!m_case) {
        statusBar()->showMessage(tr("Open a case first: partner indicators are stored in the case."), 10000);
        return;
    }
    const QString bundle = QFileDialog::getOpenFileName(this, tr("Import STIX Bundle"), QString(),
                                                        tr("STIX bundles (*.json);;All files (*)"));
    if (!bundle.isEmpty())
        importStixFile(bundle);
}

void MainWindow::importStixFile(const QString &bundle)
{
    if (!m_case)
        return;
    const QString path = m_case->path();
    auto failed = std::make_shared<bool>(true);
    BackgroundTask::run(this, tr("Importing %1").arg(QFileInfo(bundle).fileName()),
                        [path, bundle, failed](const BackgroundTask::Report &report, const std::atomic<bool> &) {
        report(0, QCoreApplication::translate("hl::MainWindow", "Reading the bundle…"));
        const QString name = QFileInfo(bundle).fileName();
        QFile in(bundle);
        if (!in.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("hl::MainWindow", "Cannot read %1: %2").arg(bundle, in.errorString());
        const QByteArray bytes = in.readAll();
        QString error;
        auto content = readStixBundle(bytes, name, &error); // before the case is touched
        if (!content)
            return QCoreApplication::translate("hl::MainWindow", "Nothing was imported: %1.").arg(error);
        report(0.5, QCoreApplication::translate("hl::MainWindow", "Storing the partner indicators…"));
        CaseFile file; // this thread's own connection
        if (!file.open(path))
            return file.errorString();
        const auto result = storeStixBundle(file, std::move(*content), bytes, name, QDateTime::currentSecsSinceEpoch(), &error);
        if (!result)
            return QCoreApplication::translate("hl::MainWindow", "Nothing was imported: %1.").arg(error);
        *failed = false;
        if (result->saved.alreadyImported)
            return QCoreApplication::translate("hl::MainWindow", "%1 was imported before; nothing changed.").arg(name);
        int skipped = 0;
        for (int n : result->content.skipped)
            skipped += n;
        for (int n : result->content.unusable)
            skipped += n;
        return QCoreApplication::translate("hl::MainWindow",
                                           "Imported %1: %2 partner indicator values (%3 new); %4 objects skipped.")
            .arg(name)
            .arg(qint64(result->content.indicators.size()))
            .arg(result->saved.added)
            .arg(skipped);
    }, [this, failed](const QString &message) {
        if (*failed) {
            QMessageBox::warning(this, tr("Import STIX Bundle"), message);
            return;
        }
        statusBar()->showMessage(message, 20000);
        if (!m_case)
            return;
        const qint64 shown = m_campaigns->currentCluster();
        m_campaigns->load(*m_case); // the Partner column
        if (shown != 0)
            m_inspector->showCluster(*m_case, shown);
    });
}

void MainWindow::chooseStixExport()
{
    if (!m_case) {
        statusBar()->showMessage(tr("Open a case first."), 10000);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export STIX Bundle"));
    auto *form = new QFormLayout(&dialog);
    auto *tlp = new QComboBox(&dialog);
    for (const char *level : {"clear", "green", "amber", "red"})
        tlp->addItem(u"TLP:"_s + QString::fromLatin1(level).toUpper(), QString::fromLatin1(level));
    tlp->setCurrentIndex(2);
    tlp->setToolTip(tr("How far recipients may share it (TLP:CLEAR is written as STIX's TLP:WHITE)"));
    auto *producer = new QLineEdit(m_labels->analyst(), &dialog);
    producer->setToolTip(tr("The identity named as the bundle's author"));
    auto *redact = new QCheckBox(tr("Pseudonyms instead of IPs, e-mail domains and fingerprints"), &dialog);
    form->addRow(tr("Marking:"), tlp);
    form->addRow(tr("Producer:"), producer);
    form->addRow(tr("Redact:"), redact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString out = QFileDialog::getSaveFileName(this, tr("Export STIX Bundle"), QString(),
                                               tr("STIX bundles (*.json)"));
    if (out.isEmpty())
        return;
    if (!out.endsWith(u".json"_s))
        out += u".json"_s;
    StixExportOptions options;
    options.tlp = tlp->currentData().toString();
    options.producer = producer->text().trimmed().isEmpty() ? options.producer : producer->text();
    options.redact = redact->isChecked();
    exportStixTo(out, options);
}

void MainWindow::exportStixTo(const QString &out, const StixExportOptions &options)
{
    if (!m_case)
        return;
    const QString path = m_case->path();
    auto failed = std::make_shared<bool>(true);
    BackgroundTask::run(this, tr("Exporting the STIX bundle"),
                        [path, out, options, failed](const BackgroundTask::Report &report, const std::atomic<bool> &) {
        report(0, QCoreApplication::translate("hl::MainWindow", "Reading the labelled campaigns…"));
        CaseFile file; // this thread's own connection
        if (!file.open(path))
            return file.errorString();
        QString error;
        const auto result = exportStixBundle(file, options, out, &error);
        if (!result)
            return QCoreApplication::translate("hl::MainWindow", "Nothing was exported: %1.").arg(error);
        *failed = false;
        return QCoreApplication::translate("hl::MainWindow", "Exported %1 campaigns (%2 STIX objects) to %3.")
            .arg(result->objectsByType.value(u"campaign"_s))
            .arg(result->objects)
            .arg(out);
    }, [this, failed](const QString &message) {
        if (*failed)
            QMessageBox::warning(this, tr("Export STIX Bundle"), message);
        else
            statusBar()->showMessage(message, 20000);
    });
}

} // namespace hl
