#pragma once

#include "labels/labelcontroller.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace hl {

// Label… (L): verdict, actor (completed from the actors named so far), confidence, note and
// the analyst's name (kept in the settings).
class LabelDialog : public QDialog
{
    Q_OBJECT
public:
    LabelDialog(const QStringList &actors, const QString &analyst, QWidget *parent = nullptr);

    LabelChoice choice() const;
    QString analyst() const;

private:
    QComboBox *m_verdict;
    QLineEdit *m_actor;
    QComboBox *m_confidence;
    QLineEdit *m_note;
    QLineEdit *m_analyst;
};

} // namespace hl
