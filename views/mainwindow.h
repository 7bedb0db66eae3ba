#pragma once

#include <QMainWindow>

class QLabel;

namespace hl {

// The workbench window. For now it opens a case and shows what is in it; the campaign table,
// graph, timeline and inspector docks arrive with the workbench issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a case file; on failure shows why in the window and returns false.
    bool openCase(const QString &path);

private:
    void chooseCase();
    void showEmptyState();

    QLabel *m_summary = nullptr;
    QString m_casePath;
};

} // namespace hl
