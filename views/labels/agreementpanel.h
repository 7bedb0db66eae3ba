#pragma once

#include "storage/labelstore.h"

#include <QWidget>

#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace hl {

struct Agreement;
class AgreementModel;
class DisagreementModel;
class LabelController;

// Agreement between analysts (model/analysis/agreement.h), for a dock: Cohen's kappa for every
// pair, Krippendorff's alpha in plain words, and the disagreements as a queue to resolve, open
// ones first. Keys while the focus is in the panel: 1 / 2 / 3 resolve the current disagreement
// as distillation / benign / unsure (through LabelController::resolve, so Ctrl+Z undoes it);
// J / K (or the arrows) move, O goes to the next open one, Enter or a double-click shows the
// target. Reads the case of the LabelController, again whenever its labels or case change.
class AgreementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementPanel(LabelController *labels, QWidget *parent = nullptr);

    // Reads the agreement again (done on LabelController::labelsChanged and caseChanged).
    void reload();
    // Resolves the current disagreement as `verdict`; false with *error (nothing changed).
    bool resolveCurrent(Verdict verdict, QString *error);
    // Makes the next open disagreement (after the current one, wrapping round) current.
    void selectNextOpen();

    AgreementModel *pairsModel() const { return m_pairs; }
    DisagreementModel *disagreementsModel() const { return m_disagreements; }
    QTableView *disagreementsView() const { return m_disagreementsView; }

Q_SIGNALS:
    // A disagreement row was activated (Enter, double-click): show that target.
    void targetActivated(LabelTarget target, qint64 id);

private:
    void moveCurrent(int delta);
    void selectRow(int row);
    void updateTexts(const Agreement &agreement);
    void updateActions();
    void updateQueuePage();

    LabelController *m_labels;
    AgreementModel *m_pairs;
    DisagreementModel *m_disagreements;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    QLabel *m_summary;
    QTableView *m_pairsView;
    QLabel *m_alpha;
    QLabel *m_queueTitle;
    QCheckBox *m_showResolved;
    QStackedWidget *m_queuePages;
    QTableView *m_disagreementsView;
    QLabel *m_noDisagreements;
    QLabel *m_feedback;
    std::vector<QAction *> m_resolveActions;
    QAction *m_nextOpen;
};

} // namespace hl
