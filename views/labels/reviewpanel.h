#pragma once

#include "training/reviewqueue.h"

#include <QWidget>

#include <optional>
#include <unordered_map>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace hl {

// The review queue's panel: which cluster to label next and why, what comes after it, and how
// far the review is (labelled / total, by verdict). Keyboard-only: N shows the next cluster,
// D/B/U label it (and, with "Advance after labelling", move on), S skips it. The window feeds
// it the clusters its table lists and every label change; the panel says which cluster to show
// (clusterChosen) and the window selects it everywhere.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    // The clusters under review and the verdicts of those labelled (keeps skips).
    void setItems(std::vector<ReviewItem> items, const std::unordered_map<std::int64_t, Verdict> &labels);
    void setLabel(std::int64_t clusterId, Verdict verdict);
    // The buttons: the window's label actions, then Next and Skip.
    void setActions(const QList<QAction *> &labelActions, QAction *next, QAction *skip);

    // The cluster under review (chosen by goNext), while it is in the queue.
    std::optional<std::int64_t> current() const { return m_current; }
    const ReviewQueue &queue() const { return m_queue; }
    bool autoAdvance() const;
    QString progressText() const;

public Q_SLOTS:
    // Chooses the next cluster to label and emits clusterChosen (nothing left: says so).
    void goNext();
    // Puts the current cluster behind the rest and goes to the next.
    void skipCurrent();

Q_SIGNALS:
    void clusterChosen(qint64 id);

private:
    void updateView();

    ReviewQueue m_queue;
    std::optional<std::int64_t> m_current;
    QLabel *m_progressText;
    QProgressBar *m_bar;
    QLabel *m_currentText;
    QWidget *m_buttons;
    QListWidget *m_upcoming;
    QCheckBox *m_autoAdvance;
};

} // namespace hl
