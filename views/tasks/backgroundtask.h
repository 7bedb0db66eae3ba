#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace hl {

// Runs long work (import, analysis) on a worker thread behind a modal progress dialog with a
// Cancel button. The work gets a report function (fraction 0..1 and a line of text; callable
// from the worker, throttled by the caller's own pace) and a cancel flag to poll; it returns
// what to tell the user. `done` runs on the GUI thread afterwards. The work must open its own
// CaseFile: a connection belongs to the thread that opened it.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Report = std::function<void(double fraction, const QString &text)>;
    using Work = std::function<QString(const Report &report, const std::atomic<bool> &cancel)>;

    static void run(QWidget *parent, const QString &title, Work work, std::function<void(const QString &)> done);

private:
    BackgroundTask(QWidget *parent, const QString &title);
    QProgressDialog *m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace hl
