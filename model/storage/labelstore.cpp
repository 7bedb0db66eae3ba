#include "labelstore.h"

#include "casefile.h"
#include "statement.h"

#include <QDateTime>

#include <array>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

constexpr std::array<const char *, 4> VerdictNames = {"", "distillation", "benign", "unsure"};
constexpr std::array<const char *, 4> ConfidenceNames = {"", "low", "medium", "high"};

const char *const EventColumns =
    "id, target_kind, target_id, verdict, actor, confidence, note, analyst, created_at, origin";

LabelEvent eventFrom(const Statement &st)
{
    LabelEvent e;
    e.id = st.columnInt(0);
    e.target = LabelTarget(st.columnInt(1));
    e.targetId = st.columnInt(2);
    e.verdict = verdictFromName(st.columnText(3)).value_or(Verdict::None);
    e.actor = st.columnText(4);
    e.confidence = confidenceFromName(st.columnText(5)).value_or(Confidence::None);
    e.note = st.columnText(6);
    e.analyst = st.columnText(7);
    e.createdAt = st.columnInt(8);
    e.origin = st.columnText(9);
    return e;
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Checks one event against the case; throws StorageError with a message for the user.
void check(const CaseFile &file, const LabelEvent &e)
{
    if (e.analyst.trimmed().isEmpty())
        throw StorageError{u"a label needs the analyst's name (--analyst, or the window's settings)"_s};
    if (e.verdict == Verdict::None && (!e.actor.isEmpty() || e.confidence != Confidence::None))
        throw StorageError{u"a removed label has no actor or confidence; give a verdict to label"_s};
    Statement exists(file.handle(), e.target == LabelTarget::Cluster ? "SELECT 1 FROM clusters WHERE id = ?1"
                                                                     : "SELECT 1 FROM accounts WHERE id = ?1");
    exists.bind(1, e.targetId);
    if (!exists.step())
        throw StorageError{e.target == LabelTarget::Cluster
                               ? u"there is no cluster %1 in the stored analysis ('hydralens clusters' lists them)"_s
                                     .arg(e.targetId)
                               : u"there is no account with case id %1"_s.arg(e.targetId)};
}

LabelEvent insert(const CaseFile &file, Statement &st, LabelEvent e)
{
    check(file, e);
    if (e.createdAt == 0)
        e.createdAt = QDateTime::currentSecsSinceEpoch();
    auto optionalText = [&](int index, const QString &text) {
        if (text.isEmpty())
            st.bindNull(index);
        else
            st.bind(index, utf8(text));
    };
    st.bind(1, std::int64_t(e.target)).bind(2, e.targetId);
    optionalText(3, verdictName(e.verdict));
    optionalText(4, e.actor.trimmed());
    optionalText(5, confidenceName(e.confidence));
    optionalText(6, e.note);
    st.bind(7, utf8(e.analyst.trimmed())).bind(8, e.createdAt).bind(9, utf8(e.origin.isEmpty() ? u"window"_s : e.origin));
    st.exec();
    Statement last(file.handle(), "SELECT last_insert_rowid()");
    last.step();
    e.id = last.columnInt(0);
    return e;
}

} // namespace

QString verdictName(Verdict v)
{
    return QString::fromLatin1(VerdictNames[std::size_t(v) < VerdictNames.size() ? std::size_t(v) : 0]);
}

std::optional<Verdict> verdictFromName(const QString &name)
{
    for (std::size_t i = 0; i < VerdictNames.size(); ++i)
        if (name == QLatin1StringView(VerdictNames[i]))
            return Verdict(i);
    return std::nullopt;
}

QString confidenceName(Confidence c)
{
    return QString::fromLatin1(ConfidenceNames[std::size_t(c) < ConfidenceNames.size() ? std::size_t(c) : 0]);
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    for (std::size_t i = 0; i < ConfidenceNames.size(); ++i)
        if (name == QLatin1StringView(ConfidenceNames[i]))
            return Confidence(i);
    return std::nullopt;
}

std::optional<std::vector<LabelEvent>> appendLabels(const CaseFile &file, std::vector<LabelEvent> events,
                                                    QString *error)
{
    sqlite3 *db = file.handle();
    return guardStorage(error, [&] {
        execSql(db, "SAVEPOINT labels");
        try {
            Statement st(db, "INSERT INTO label_events(target_kind, target_id, verdict, actor, confidence, note,"
                             " analyst, created_at, origin) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            for (LabelEvent &e : events)
                e = insert(file, st, std::move(e));
            st = Statement();
            execSql(db, "RELEASE labels");
        } catch (const StorageError &) {
            execSql(db, "ROLLBACK TO labels; RELEASE labels");
            throw;
        }
        return events;
    });
}

std::optional<LabelEvent> appendLabel(const CaseFile &file, LabelEvent event, QString *error)
{
    auto done = appendLabels(file, {std::move(event)}, error);
    if (!done)
        return std::nullopt;
    return done->front();
}

std::optional<std::vector<LabelEvent>> readLabelEvents(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<LabelEvent> out;
        Statement st(file.handle(), std::string("SELECT ") + EventColumns + " FROM label_events ORDER BY id");
        while (st.step())
            out.push_back(eventFrom(st));
        return out;
    });
}

std::optional<std::vector<LabelEvent>> readCurrentLabels(const CaseFile &file, QString *error, const QString &analyst)
{
    return guardStorage(error, [&] {
        std::vector<LabelEvent> out;
        // The latest event per target (per target and analyst when one is asked for).
        Statement st(file.handle(),
                     std::string("SELECT ") + EventColumns + " FROM label_events WHERE id IN ("
                         " SELECT max(id) FROM label_events WHERE ?1 = '' OR analyst = ?1"
                         " GROUP BY target_kind, target_id) AND verdict IS NOT NULL ORDER BY target_kind, target_id");
        st.bind(1, utf8(analyst));
        while (st.step())
            out.push_back(eventFrom(st));
        return out;
    });
}

std::optional<LabelEvent> readCurrentLabel(const CaseFile &file, LabelTarget target, std::int64_t id, QString *error)
{
    error->clear();
    auto found = guardStorage(error, [&]() -> std::optional<LabelEvent> {
        Statement st(file.handle(), std::string("SELECT ") + EventColumns
                                        + " FROM label_events WHERE target_kind = ?1 AND target_id = ?2"
                                          " ORDER BY id DESC LIMIT 1");
        st.bind(1, std::int64_t(target)).bind(2, id);
        if (!st.step())
            return std::nullopt;
        LabelEvent e = eventFrom(st);
        if (e.verdict == Verdict::None)
            return std::nullopt;
        return e;
    });
    return found ? *found : std::nullopt;
}

std::optional<LabelSummary> readLabelSummary(const CaseFile &file, LabelTarget target, std::int64_t id, QString *error)
{
    LabelSummary out;
    out.own = readCurrentLabel(file, target, id, error);
    if (!error->isEmpty())
        return std::nullopt;
    const bool ok = guardStorage(error, [&] {
        Statement st(file.handle(), "SELECT analyst, count(*) FROM label_events WHERE target_kind = ?1 AND target_id = ?2"
                                    " GROUP BY analyst ORDER BY min(id)");
        st.bind(1, std::int64_t(target)).bind(2, id);
        while (st.step()) {
            out.analysts.append(st.columnText(0));
            out.events += st.columnInt(1);
        }
        if (target == LabelTarget::Account && !out.own) {
            Statement cluster(file.handle(), "SELECT cluster_id FROM cluster_members WHERE account_id = ?1");
            cluster.bind(1, id);
            if (cluster.step())
                out.inheritedFrom = cluster.columnInt(0);
        }
        return true;
    }).has_value();
    if (!ok)
        return std::nullopt;
    if (out.inheritedFrom) {
        out.inherited = readCurrentLabel(file, LabelTarget::Cluster, out.inheritedFrom, error);
        if (!error->isEmpty())
            return std::nullopt;
    }
    return out;
}

std::optional<QStringList> readLabelActors(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        QStringList out;
        Statement st(file.handle(), "SELECT actor FROM label_events WHERE actor IS NOT NULL AND actor != ''"
                                    " GROUP BY actor ORDER BY count(*) DESC, actor");
        while (st.step())
            out.append(st.columnText(0));
        return out;
    });
}

} // namespace hl
