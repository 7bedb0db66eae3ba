#include "labeldialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hl {

LabelDialog::LabelDialog(const QStringList &actors, const QString &analyst, QWidget *parent)
    : QDialog(parent)
    , m_verdict(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_confidence(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_analyst(new QLineEdit(analyst, this))
{
    setWindowTitle(tr("Label"));
    m_verdict->addItem(tr("Distillation"), int(Verdict::Distillation));
    m_verdict->addItem(tr("Benign"), int(Verdict::Benign));
    m_verdict->addItem(tr("Unsure"), int(Verdict::Unsure));
    m_verdict->addItem(tr("No label (remove)"), int(Verdict::None));
    auto *completer = new QCompleter(actors, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_actor->setCompleter(completer);
    m_actor->setPlaceholderText(tr("who is behind it, if known"));
    m_confidence->addItem(tr("not given"), int(Confidence::None));
    m_confidence->addItem(tr("low"), int(Confidence::Low));
    m_confidence->addItem(tr("medium"), int(Confidence::Medium));
    m_confidence->addItem(tr("high"), int(Confidence::High));
    m_note->setPlaceholderText(tr("why, for the record"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("A&nalyst:"), m_analyst);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Label"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A removed label has no actor or confidence.
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        const bool none = Verdict(m_verdict->currentData().toInt()) == Verdict::None;
        m_actor->setEnabled(!none);
        m_confidence->setEnabled(!none);
    });
    connect(m_analyst, &QLineEdit::textChanged, this,
            [this, buttons](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
}

LabelChoice LabelDialog::choice() const
{
    LabelChoice c;
    c.verdict = Verdict(m_verdict->currentData().toInt());
    if (c.verdict != Verdict::None) {
        c.actor = m_actor->text().trimmed();
        c.confidence = Confidence(m_confidence->currentData().toInt());
    }
    c.note = m_note->text().trimmed();
    return c;
}

QString LabelDialog::analyst() const
{
    return m_analyst->text().trimmed();
}

} // namespace hl
