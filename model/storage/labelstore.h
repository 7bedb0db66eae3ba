#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// Ground-truth labels (schema 8): every labelling action is one row appended to the
// label_events audit trail, committed at once (so a crash loses nothing); nothing is ever
// changed or deleted. The current label of a target is derived: its latest event.

enum class LabelTarget : std::uint8_t { Cluster = 1, Account = 2 };
enum class Verdict : std::uint8_t { None = 0, Distillation, Benign, Unsure }; // None: label removed
enum class Confidence : std::uint8_t { None = 0, Low, Medium, High };

QString verdictName(Verdict v);                  // "distillation", "benign", "unsure", "" for None
std::optional<Verdict> verdictFromName(const QString &name); // the names above; nullopt if unknown
QString confidenceName(Confidence c);            // "low", "medium", "high", ""
std::optional<Confidence> confidenceFromName(const QString &name); // "" → None

struct LabelEvent
{
    std::int64_t id = 0;  // set by appendLabel
    LabelTarget target = LabelTarget::Cluster;
    std::int64_t targetId = 0;
    Verdict verdict = Verdict::None;
    QString actor;        // free text, e.g. the company a campaign is attributed to
    Confidence confidence = Confidence::None;
    QString note;
    QString analyst;
    std::int64_t createdAt = 0; // Unix seconds; 0 = now
    QString origin;             // window, cli, undo, redo, bulk
};

// Appends one event and commits it. The target must exist (a stored cluster, an account);
// verdict None with nothing else removes the label. Returns the event with id and time set,
// or nullopt with *error (what is wrong and what to do); the case is then unchanged.
std::optional<LabelEvent> appendLabel(const CaseFile &file, LabelEvent event, QString *error);
// Several events in one transaction (bulk labelling): all or none.
std::optional<std::vector<LabelEvent>> appendLabels(const CaseFile &file, std::vector<LabelEvent> events,
                                                    QString *error);

// Every event, oldest first (the audit trail).
std::optional<std::vector<LabelEvent>> readLabelEvents(const CaseFile &file, QString *error);

// The current label of every labelled target (latest event, removed labels left out), by
// target kind then id. With `analyst`, that analyst's own current labels only (agreement).
std::optional<std::vector<LabelEvent>> readCurrentLabels(const CaseFile &file, QString *error,
                                                         const QString &analyst = QString());

// The current label of one target (nullopt: none; *error set on failure).
std::optional<LabelEvent> readCurrentLabel(const CaseFile &file, LabelTarget target, std::int64_t id, QString *error);

// What the inspector says about one target's label: its own current label; for an account
// without one, its cluster's (which it inherits); and how many events its trail holds.
struct LabelSummary
{
    std::optional<LabelEvent> own;
    std::optional<LabelEvent> inherited; // accounts only: the cluster's label
    std::int64_t inheritedFrom = 0;      // that cluster's id
    std::int64_t events = 0;             // events about the target (its own trail)
    QStringList analysts;                // who labelled it, first labeller first
};
std::optional<LabelSummary> readLabelSummary(const CaseFile &file, LabelTarget target, std::int64_t id, QString *error);

// Actors named so far, most used first (to complete the actor field).
std::optional<QStringList> readLabelActors(const CaseFile &file, QString *error);

} // namespace hl
