#pragma once

#include "storage/labelstore.h"

#include <QObject>

#include <vector>

class QUndoStack;

namespace hl {

class CaseFile;

// What a labelling action sets on each of its targets.
struct LabelChoice
{
    Verdict verdict = Verdict::None; // None: remove the label
    QString actor;
    Confidence confidence = Confidence::None;
    QString note;
};

// Labelling in the window: every action (label, bulk label, remove) goes on a QUndoStack and is
// written to the case's audit trail when done, undone or redone. Undo never deletes: it appends
// events that put each target's previous label back (or remove it), so the trail keeps
// everything. Emits labelsChanged() with the targets touched, for the table, graph and queue.
class LabelController : public QObject
{
    Q_OBJECT
public:
    explicit LabelController(QObject *parent = nullptr);
    ~LabelController() override;

    // The case labels go to (nullptr: none; the undo history is cleared).
    void setCase(const CaseFile *file);
    // Who labels: from the settings (labels/analyst), default the OS user.
    QString analyst() const;
    void setAnalyst(const QString &name);

    // Labels the targets (one undoable step). Returns false with *error (nothing changed).
    bool label(LabelTarget target, const std::vector<std::int64_t> &ids, const LabelChoice &choice, QString *error);
    // Resolves a disagreement between analysts (model/analysis/agreement.h): labels the target
    // with `verdict` (not None) and origin "resolve", as one undoable step. Undo appends the
    // previous label with origin "unresolve", redo the resolution again: adjudication, which
    // never counts as the adjudicator's own rating. Returns false with *error (nothing changed).
    bool resolve(LabelTarget target, std::int64_t id, Verdict verdict, QString *error);

    QUndoStack *undoStack() const { return m_stack; }
    const CaseFile *caseFile() const { return m_file; }

Q_SIGNALS:
    void labelsChanged(LabelTarget target, const std::vector<std::int64_t> &ids);
    void caseChanged(); // setCase() was called: everything about labels may differ
    void failed(const QString &message); // an undo or redo could not be written

private:
    friend class LabelCommand;
    bool record(LabelTarget target, const std::vector<std::int64_t> &ids, const LabelChoice &choice, bool resolution,
                QString *error);
    const CaseFile *m_file = nullptr;
    QUndoStack *m_stack;
};

} // namespace hl
