#include "labelcontroller.h"

#include "analysis/agreement.h"
#include "storage/casefile.h"
#include "util/username.h"

#include <QSettings>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
const QString AnalystKey = u"labels/analyst"_s;
}

// One labelling action. Holds, per target, the label before and after; redo and undo each
// append the events that make the other state current, with origin "redo" and "undo" (a
// resolution: "resolve" and "unresolve", so that it stays adjudication, never a rating).
class LabelCommand : public QUndoCommand
{
public:
    LabelCommand(LabelController *controller, LabelTarget target, std::vector<std::int64_t> ids,
                 std::vector<std::optional<LabelEvent>> before, LabelEvent after, const QString &text, bool resolution)
        : QUndoCommand(text), m_controller(controller), m_target(target), m_ids(std::move(ids)),
          m_before(std::move(before)), m_after(std::move(after)),
          m_redoOrigin(resolution ? QString(ResolveOrigin) : u"redo"_s),
          m_undoOrigin(resolution ? QString(UnresolveOrigin) : u"undo"_s)
    {
    }

    // The first redo() is the action itself: done by the controller, so that a failure can be
    // reported before anything goes on the stack.
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        std::vector<LabelEvent> events;
        for (std::int64_t id : m_ids) {
            LabelEvent e = m_after;
            e.targetId = id;
            e.origin = m_redoOrigin;
            events.push_back(std::move(e));
        }
        write(std::move(events));
    }

    void undo() override
    {
        std::vector<LabelEvent> events;
        for (std::size_t i = 0; i < m_ids.size(); ++i) {
            LabelEvent e = m_before[i].value_or(LabelEvent{});
            e.id = 0;
            e.createdAt = 0;
            e.target = m_target;
            e.targetId = m_ids[i];
            e.analyst = m_after.analyst; // who undid it
            // Undoing a second resolution puts the first back as a resolution.
            const bool wasResolved = m_before[i] && m_before[i]->origin == ResolveOrigin;
            e.origin = m_undoOrigin == UnresolveOrigin && wasResolved ? QString(ResolveOrigin) : m_undoOrigin;
            events.push_back(std::move(e));
        }
        write(std::move(events));
    }

private:
    void write(std::vector<LabelEvent> events)
    {
        if (!m_controller->m_file)
            return;
        QString error;
        if (!appendLabels(*m_controller->m_file, std::move(events), &error))
            Q_EMIT m_controller->failed(error);
        Q_EMIT m_controller->labelsChanged(m_target, m_ids);
    }

    LabelController *m_controller;
    LabelTarget m_target;
    std::vector<std::int64_t> m_ids;
    std::vector<std::optional<LabelEvent>> m_before;
    LabelEvent m_after;
    QString m_redoOrigin, m_undoOrigin;
    bool m_first = true;
};

LabelController::LabelController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
}

LabelController::~LabelController() = default;

void LabelController::setCase(const CaseFile *file)
{
    m_stack->clear();
    m_file = file;
    Q_EMIT caseChanged();
}

QString LabelController::analyst() const
{
    const QString name = QSettings().value(AnalystKey).toString().trimmed();
    return name.isEmpty() ? osUserName() : name;
}

void LabelController::setAnalyst(const QString &name)
{
    QSettings().setValue(AnalystKey, name.trimmed());
}

bool LabelController::label(LabelTarget target, const std::vector<std::int64_t> &ids, const LabelChoice &choice,
                            QString *error)
{
    return record(target, ids, choice, false, error);
}

bool LabelController::resolve(LabelTarget target, std::int64_t id, Verdict verdict, QString *error)
{
    if (verdict == Verdict::None) {
        *error = tr("A disagreement is resolved with a verdict: distillation, benign or unsure.");
        return false;
    }
    LabelChoice choice;
    choice.verdict = verdict;
    return record(target, {id}, choice, true, error);
}

bool LabelController::record(LabelTarget target, const std::vector<std::int64_t> &ids, const LabelChoice &choice,
                             bool resolution, QString *error)
{
    if (!m_file) {
        *error = tr("No case is open.");
        return false;
    }
    if (ids.empty()) {
        *error = tr("Nothing is selected to label.");
        return false;
    }
    std::vector<std::optional<LabelEvent>> before;
    for (std::int64_t id : ids) {
        before.push_back(readCurrentLabel(*m_file, target, id, error));
        if (!before.back() && !error->isEmpty())
            return false;
    }
    LabelEvent after;
    after.target = target;
    after.verdict = choice.verdict;
    after.actor = choice.actor;
    after.confidence = choice.confidence;
    after.note = choice.note;
    after.analyst = analyst();
    after.origin = resolution ? QString(ResolveOrigin) : ids.size() > 1 ? u"bulk"_s : u"window"_s;
    std::vector<LabelEvent> events;
    for (std::int64_t id : ids) {
        LabelEvent e = after;
        e.targetId = id;
        events.push_back(std::move(e));
    }
    if (!appendLabels(*m_file, std::move(events), error))
        return false;

    const QString what = target == LabelTarget::Cluster ? tr("%n cluster(s)", nullptr, int(ids.size()))
                                                        : tr("%n account(s)", nullptr, int(ids.size()));
    const QString resolved = target == LabelTarget::Cluster ? tr("Resolve cluster %1 as %2") : tr("Resolve account %1 as %2");
    const QString text = resolution ? resolved.arg(ids.front()).arg(verdictName(choice.verdict))
                         : choice.verdict == Verdict::None ? tr("Remove the label of %1").arg(what)
                                                           : tr("Label %1 as %2").arg(what, verdictName(choice.verdict));
    m_stack->push(new LabelCommand(this, target, ids, std::move(before), after, text, resolution));
    Q_EMIT labelsChanged(target, ids);
    return true;
}

} // namespace hl
