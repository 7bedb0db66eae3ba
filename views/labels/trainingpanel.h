#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QTableWidget;

namespace hl {

class CaseFile;

// The retrained classifier in the window: the latest version's test metrics next to the
// upstream score and the rules, the history of every version trained (the score history), and
// the clusters whose risk the latest re-ranking moved most (activate one to show it). Reads
// what `hydralens train` or Case ▸ Train Classifier stored (storage/trainingstore.h).
class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget *parent = nullptr);

    void setTrainAction(QAction *train);
    // Shows the training history of `file` (nullptr: none).
    void load(const CaseFile *file);

    QString metricsText() const; // the metrics table as text (tests)
    int historyRows() const;
    int movesShown() const;

Q_SIGNALS:
    void clusterActivated(qint64 id);

private:
    QLabel *m_status;
    QTableWidget *m_metrics;
    QTableWidget *m_history;
    QListWidget *m_moves;
    QWidget *m_buttons;
};

} // namespace hl
