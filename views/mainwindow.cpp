#include "mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>

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
    setCentralWidget(m_summary);
    showEmptyState();
}

void MainWindow::showEmptyState()
{
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
    m_casePath = path;
    setWindowTitle(tr("%1 — HydraLens").arg(path));
    return true;
}

} // namespace hl
