#include "caseinfo.h"

#include "casefile.h"
#include "schema.h"
#include "statement.h"
#include "util/timeparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

std::int64_t scalar(sqlite3 *db, const char *sql)
{
    Statement st(db, sql);
    return st.step() ? st.columnInt(0) : 0;
}

std::optional<std::int64_t> optionalInt(const Statement &st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : std::optional<std::int64_t>(st.columnInt(column));
}

QJsonValue timeValue(const std::optional<std::int64_t> &t)
{
    return t ? QJsonValue(formatTimestamp(*t)) : QJsonValue();
}

} // namespace

std::optional<CaseInfo> readCaseInfo(const CaseFile &file, QString *error)
{
    sqlite3 *db = file.handle();
    CaseInfo info;
    info.path = file.path();
    try {
        info.schemaVersion = schema::version(db);
        info.accounts = scalar(db, "SELECT count(*) FROM accounts");
        {
            Statement st(db, "SELECT coalesce(sum(exchanges), 0), min(first_ts), max(last_ts) FROM account_activity");
            st.step();
            info.exchanges = st.columnInt(0);
            info.firstTs = optionalInt(st, 1);
            info.lastTs = optionalInt(st, 2);
        }
        {
            Statement st(db, "SELECT m.name, coalesce((SELECT sum(exchanges) FROM hourly_traffic h WHERE h.model_id = m.id), 0),"
                             " r.released_at, r.label FROM models m LEFT JOIN releases r ON r.model_id = m.id ORDER BY m.name");
            while (st.step())
                info.models.append({st.columnText(0), st.columnInt(1), optionalInt(st, 2), st.columnText(3)});
        }
        {
            Statement st(db, "SELECT id, source, producer, generated_at, started_at, finished_at, app_version, warnings"
                             " FROM imports ORDER BY id");
            Statement files(db, "SELECT name, table_name, sha256, bytes, rows FROM import_files WHERE import_id = ?"
                                " ORDER BY name");
            while (st.step()) {
                ImportRecord r;
                r.id = st.columnInt(0);
                r.source = st.columnText(1);
                r.producer = st.columnText(2);
                r.generatedAt = optionalInt(st, 3);
                r.startedAt = st.columnInt(4);
                r.finishedAt = st.columnInt(5);
                r.appVersion = st.columnText(6);
                for (const QJsonValue &w : QJsonDocument::fromJson(st.columnText(7).toUtf8()).array())
                    r.warnings.append(w.toString());
                files.bind(1, r.id);
                while (files.step())
                    r.files.append({files.columnText(0), files.columnText(1), files.columnText(2), files.columnInt(3),
                                    files.columnInt(4)});
                files.reset();
                info.imports.append(r);
            }
        }
        {
            Statement st(db, "SELECT k.name, (SELECT count(DISTINCT ai.infra_id) FROM infra i JOIN account_infra ai"
                             " ON ai.infra_id = i.id WHERE i.kind = k.id) FROM infra_kinds k ORDER BY k.id");
            while (st.step())
                info.infraByKind.append({st.columnText(0), st.columnInt(1)});
        }
        info.links = scalar(db, "SELECT count(*) FROM account_infra");
        info.templates = scalar(db, "SELECT count(*) FROM templates");
        info.scores = scalar(db, "SELECT count(*) FROM scores");
        info.releases = scalar(db, "SELECT count(*) FROM releases");
        info.indicators = scalar(db, "SELECT count(*) FROM indicators");
    } catch (const StorageError &e) {
        if (error)
            *error = u"Cannot read the case %1: %2"_s.arg(file.path(), e.message);
        return std::nullopt;
    }
    return info;
}

QJsonObject caseInfoToJson(const CaseInfo &info)
{
    QJsonArray models, modelDetails, imports;
    for (const ModelSummary &m : info.models) {
        models.append(m.name);
        modelDetails.append(QJsonObject{{u"name"_s, m.name},
                                        {u"exchanges"_s, double(m.exchanges)},
                                        {u"released_at"_s, timeValue(m.releasedAt)},
                                        {u"label"_s, m.label.isNull() ? QJsonValue() : QJsonValue(m.label)}});
    }
    for (const ImportRecord &r : info.imports) {
        QJsonArray files;
        for (const ImportFileRecord &f : r.files)
            files.append(QJsonObject{{u"name"_s, f.name}, {u"table"_s, f.table}, {u"rows"_s, double(f.rows)},
                                     {u"bytes"_s, double(f.bytes)}, {u"sha256"_s, f.sha256}});
        imports.append(QJsonObject{{u"id"_s, double(r.id)},
                                   {u"source"_s, r.source},
                                   {u"producer"_s, r.producer},
                                   {u"generated_at"_s, timeValue(r.generatedAt)},
                                   {u"imported_at"_s, formatTimestamp(r.finishedAt)},
                                   {u"seconds"_s, double(r.finishedAt - r.startedAt)},
                                   {u"hydralens_version"_s, r.appVersion},
                                   {u"warnings"_s, QJsonArray::fromStringList(r.warnings)},
                                   {u"files"_s, files}});
    }
    QJsonObject infra;
    for (const auto &[kind, n] : info.infraByKind)
        infra.insert(kind, double(n));
    return QJsonObject{{u"case"_s, info.path},
                       {u"schema_version"_s, info.schemaVersion},
                       {u"accounts"_s, double(info.accounts)},
                       {u"exchanges"_s, double(info.exchanges)},
                       {u"first_ts"_s, timeValue(info.firstTs)},
                       {u"last_ts"_s, timeValue(info.lastTs)},
                       {u"first_ts_unix"_s, info.firstTs ? QJsonValue(double(*info.firstTs)) : QJsonValue()},
                       {u"last_ts_unix"_s, info.lastTs ? QJsonValue(double(*info.lastTs)) : QJsonValue()},
                       {u"models"_s, models},
                       {u"model_details"_s, modelDetails},
                       {u"imports"_s, imports},
                       {u"infrastructure"_s, infra},
                       {u"links"_s, double(info.links)},
                       {u"templates"_s, double(info.templates)},
                       {u"scores"_s, double(info.scores)},
                       {u"releases"_s, double(info.releases)},
                       {u"indicators"_s, double(info.indicators)}};
}

QString caseInfoToText(const CaseInfo &info)
{
    auto n = [](std::int64_t v) { return QLocale(QLocale::English).toString(qlonglong(v)); };
    QString out;
    out += u"Case       %1 (format %2)\n"_s.arg(info.path).arg(info.schemaVersion);
    out += u"Accounts   %1\n"_s.arg(n(info.accounts));
    out += u"Exchanges  %1\n"_s.arg(n(info.exchanges));
    if (info.firstTs)
        out += u"Time span  %1 … %2\n"_s.arg(formatTimestamp(*info.firstTs), formatTimestamp(*info.lastTs));
    out += u"Models\n"_s;
    for (const ModelSummary &m : info.models)
        out += u"  %1  %2 exchanges%3\n"_s.arg(m.name, -20).arg(n(m.exchanges), 12)
                   .arg(m.releasedAt ? u", released "_s + formatTimestamp(*m.releasedAt) : QString());
    out += u"Infrastructure (distinct values linked to accounts)\n"_s;
    for (const auto &[kind, count] : info.infraByKind)
        out += u"  %1  %2\n"_s.arg(kind, -13).arg(n(count), 10);
    out += u"Links %1 · templates %2 · scores %3 · releases %4 · partner indicators %5\n"_s.arg(
        n(info.links), n(info.templates), n(info.scores), n(info.releases), n(info.indicators));
    out += u"Imports\n"_s;
    for (const ImportRecord &r : info.imports) {
        out += u"  #%1  %2  from %3 (%4)\n"_s.arg(r.id).arg(formatTimestamp(r.finishedAt), r.source,
                                                       r.producer.isEmpty() ? u"unknown producer"_s : r.producer);
        for (const ImportFileRecord &f : r.files)
            out += u"       %1  %2 rows  sha256 %3\n"_s.arg(f.name, -22).arg(n(f.rows), 12).arg(f.sha256.left(16));
    }
    return out;
}

} // namespace hl
