#include "mainwindow.h"

#include "storage/casefile.h"
#include "storage/caseinfo.h"

#include <QApplication>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace hl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("HydraLens"));
    resize(1200, 800);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open Case…"), QKeySequence::Open, this, &MainWindow::chooseCase);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setMargin(16);
    setCentralWidget(m_summary);
    showEmptyState();
}

void MainWindow::showEmptyState()
{
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setText(tr("<h2>No case open</h2><p>Open a case file (<b>File → Open Case…</b>, Ctrl+O),<br>"
                          "or create one from a detection export on the command line:<br>"
                          "<code>hydralens import EXPORT_DIR --case FILE.hlcase</code></p>"));
}

void MainWindow::chooseCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), QString(),
                                                      tr("HydraLens cases (*.hlcase);;All files (*)"));
    if (!path.isEmpty())
        openCase(path);
}

bool MainWindow::openCase(const QString &path)
{
    CaseFile file;
    QString error;
    std::optional<CaseInfo> info;
    if (file.open(path))
        info = readCaseInfo(file, &error);
    else
        error = file.errorString();
    if (!info) {
        m_summary->setAlignment(Qt::AlignCenter);
        m_summary->setText(tr("<h2>Cannot open the case</h2><p>%1</p>").arg(error.toHtmlEscaped()));
        return false;
    }
    m_casePath = path;
    setWindowTitle(tr("%1 — HydraLens").arg(QFileInfo(path).fileName()));
    // A monospace table: centring would centre each line on its own and break the columns.
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setText(u"<pre>"_s + caseInfoToText(*info).toHtmlEscaped() + u"</pre>"_s);
    return true;
}

} // namespace hl
