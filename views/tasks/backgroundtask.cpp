#include "backgroundtask.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

namespace hl {

BackgroundTask::BackgroundTask(QWidget *parent, const QString &title)
    : QObject(parent)
    , m_dialog(new QProgressDialog(title, tr("Cancel"), 0, 1000, parent))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    auto cancel = m_cancel;
    connect(m_dialog, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        m_dialog->setLabelText(tr("Cancelling — the case stays as it was…"));
    });
}

void BackgroundTask::run(QWidget *parent, const QString &title, Work work, std::function<void(const QString &)> done)
{
    auto *task = new BackgroundTask(parent, title);
    QPointer<QProgressDialog> dialog = task->m_dialog;
    auto cancel = task->m_cancel;
    // Reports come from the worker; the dialog is updated on the GUI thread.
    Report report = [dialog, cancel](double fraction, const QString &text) {
        QMetaObject::invokeMethod(dialog, [dialog, cancel, fraction, text] {
            if (!dialog || cancel->load())
                return;
            dialog->setValue(int(fraction * 1000));
            dialog->setLabelText(text);
        }, Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<QString>(task);
    connect(watcher, &QFutureWatcher<QString>::finished, task, [task, watcher, done] {
        const QString message = watcher->result();
        task->m_dialog->close();
        task->m_dialog->deleteLater();
        done(message);
        task->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), report, cancel] { return work(report, *cancel); }));
}

} // namespace hl
