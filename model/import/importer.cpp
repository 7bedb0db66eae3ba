#include "importer.h"

#include "exchangewriter.h"
#include "exportlayout.h"
#include "importsession.h"
#include "io/bytesource.h"
#include "storage/casefile.h"
#include "storage/caseinfo.h"
#include "storage/statement.h"
#include "util/timeparse.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

struct Refused
{
    ImportResult::Status status;
    QString message;
};

// Tables whose rows would be counted twice if the same file were imported again. (Accounts and
// releases merge by key, so importing them again is harmless.)
bool doublesOnReimport(ExportTable t)
{
    return t == ExportTable::Exchanges || t == ExportTable::Scores || t == ExportTable::Indicators
        || t == ExportTable::Infrastructure;
}

QString number(std::int64_t n)
{
    return QLocale(QLocale::English).toString(qlonglong(n));
}

// Refuses a file whose content (SHA-256) was imported into the case before.
void checkNotImported(sqlite3 *db, const QString &table, const QString &file, const QString &sha)
{
    Statement st(db, "SELECT i.id, i.source, i.finished_at, f.name FROM import_files f JOIN imports i ON i.id = f.import_id"
                     " WHERE f.table_name = ?1 AND f.sha256 = ?2 AND f.rows > 0 ORDER BY i.id LIMIT 1");
    const QByteArray t = table.toUtf8(), h = sha.toUtf8();
    st.bind(1, std::string_view(t.constData(), size_t(t.size()))).bind(2, std::string_view(h.constData(), size_t(h.size())));
    if (st.step())
        throw Refused{ImportResult::Status::AlreadyImported,
                      u"This export was already imported into the case: %1 has the same content (SHA-256 %2…) as %3 "
                      "of import #%4 from %5 on %6. Importing it again would count its rows twice, so nothing was "
                      "changed."_s.arg(file, sha.left(12), st.columnText(3)).arg(st.columnInt(0))
                          .arg(st.columnText(1), formatTimestamp(st.columnInt(2)))};
}

std::int64_t insertImportRow(sqlite3 *db, const ExportLayout &layout, std::int64_t started)
{
    Statement st(db, "INSERT INTO imports(source, producer, generated_at, manifest, started_at, finished_at, app_version)"
                     " VALUES(?1, ?2, ?3, ?4, ?5, ?5, ?6)");
    const QByteArray source = QFileInfo(layout.dir).absoluteFilePath().toUtf8();
    const QByteArray producer = layout.producer.toUtf8();
    st.bind(1, std::string_view(source.constData(), size_t(source.size())));
    if (producer.isEmpty())
        st.bindNull(2);
    else
        st.bind(2, std::string_view(producer.constData(), size_t(producer.size())));
    st.bindOptional(3, layout.generatedAt.value_or(0), !layout.generatedAt);
    st.bind(4, std::string_view(layout.manifestJson.constData(), size_t(layout.manifestJson.size())));
    st.bind(5, started).bind(6, std::string_view(HYDRALENS_VERSION));
    st.exec();
    return sqlite3_last_insert_rowid(db);
}

void removeCaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

ImportResult importExport(const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    auto finish = [&](ImportResult::Status status, const QString &message) {
        result.status = status;
        result.message = message;
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    };

    QString error;
    const std::optional<ExportLayout> layout = ExportLayout::read(options.exportDir, &error);
    if (!layout) {
        result.errors = {error};
        result.errorCount = 1;
        return finish(ImportResult::Status::InvalidExport, error);
    }
    result.warnings = layout->warnings;

    CaseFile caseFile;
    if (!caseFile.open(options.casePath, CaseFile::Mode::CreateIfMissing))
        return finish(ImportResult::Status::CaseError, caseFile.errorString());
    const bool created = caseFile.wasCreated();
    sqlite3 *db = caseFile.handle();

    std::int64_t bytesTotal = 0;
    for (const QString &name : layout->tableFiles)
        bytesTotal += QFileInfo(QDir(layout->dir).filePath(name)).size();

    bool began = false;
    try {
        // Bulk load: references are checked by the importer itself (every id comes from its
        // dictionaries), so SQLite's per-row foreign-key lookups are switched off for this
        // connection; a rollback journal instead of the WAL avoids writing every page twice.
        // Both are restored below. If another connection holds the case, the WAL simply stays.
        execSql(db, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA journal_mode = DELETE;");
        execSql(db, "BEGIN IMMEDIATE");
        began = true;
        // A quick refusal before reading gigabytes: the manifest's own checksums.
        for (auto it = layout->tableFiles.cbegin(); it != layout->tableFiles.cend(); ++it) {
            const ManifestFile mf = layout->manifestFiles.value(it.value());
            if (doublesOnReimport(it.key()) && !mf.sha256.isEmpty())
                checkNotImported(db, QString::fromLatin1(exportTables()[size_t(it.key())].name), it.value(), mf.sha256);
        }

        const std::int64_t importId = insertImportRow(db, *layout, std::int64_t(QDateTime::currentSecsSinceEpoch()));
        ImportSession s(db, importId, options, bytesTotal);
        ExchangeWriter exchanges(db, importId, options.pendingExchanges);
        QList<ImportFileRecord> files;
        const QString accountsFile = layout->tableFiles.value(ExportTable::Accounts);

        for (const TableSpec &spec : exportTables()) {
            if (!layout->tableFiles.contains(spec.table))
                continue;
            const QString name = layout->tableFiles.value(spec.table);
            const QString table = QString::fromLatin1(spec.name);
            auto reader = RecordReader::create(layout->path(spec.table));
            reader->setColumns(spec.columnNames());
            s.reportPhase(ImportProgress::Phase::Reading, name);
            s.readAborted = false;
            if (!reader->open()) {
                if (reader->line() > 0)
                    s.errors.addRow(name, reader->line(), reader->issue().column, reader->issue().message);
                else
                    s.errors.addFile(name + u": "_s + reader->issue().message);
                continue;
            }
            bool missingRequired = false;
            for (const QString &column : reader->missingColumns()) {
                const auto &cols = spec.columns;
                const auto it = std::find_if(cols.begin(), cols.end(),
                                             [&](const ColumnSpec &c) { return column == QLatin1StringView(c.name); });
                if (it != cols.end() && it->required) {
                    s.errors.addFile(u"%1: missing required column \"%2\""_s.arg(name, column));
                    missingRequired = true;
                }
            }
            if (missingRequired)
                continue;
            auto warnUnknown = [&] {
                for (const QString &column : reader->takeNewUnknownColumns())
                    s.warnings.append(u"%1: unknown column \"%2\" ignored (not part of format v1)"_s.arg(name, column));
            };
            warnUnknown();
            switch (spec.table) {
            case ExportTable::Accounts: loadAccounts(s, *reader, name); break;
            case ExportTable::Releases: loadReleases(s, *reader, name); break;
            case ExportTable::Infrastructure: loadInfrastructure(s, *reader, name, accountsFile); break;
            case ExportTable::Scores: loadScores(s, *reader, name, accountsFile); break;
            case ExportTable::Indicators: loadIndicators(s, *reader, name); break;
            case ExportTable::Exchanges: loadExchanges(s, *reader, name, accountsFile, exchanges); break;
            }
            warnUnknown();
            s.fileDone(*reader);

            ImportFileRecord f{name, table, reader->source().sha256Hex(), reader->source().rawSize(), reader->recordCount()};
            result.rows.insert(table, f.rows);
            const ManifestFile mf = layout->manifestFiles.value(name);
            const bool complete = !s.readAborted; // row count and hash mean nothing for a file read half-way
            if (mf.rows && *mf.rows != f.rows && complete)
                s.errors.addFile(u"%1: manifest.json says %2 rows, the file has %3"_s.arg(name, number(*mf.rows), number(f.rows)));
            if (!mf.sha256.isEmpty() && mf.sha256 != f.sha256 && complete)
                s.errors.addFile(u"%1: the SHA-256 of the file (%2…) does not match manifest.json (%3…): the file is "
                                 "damaged or was changed after the export was written"_s.arg(name, f.sha256.left(12), mf.sha256.left(12)));
            if (doublesOnReimport(spec.table) && s.errors.isEmpty())
                checkNotImported(db, table, name, f.sha256);
            files.append(f);
        }
        result.warnings += s.warnings;
        if (!s.errors.isEmpty()) {
            result.errors = s.errors.report();
            result.errorCount = s.errors.count();
            throw Refused{ImportResult::Status::InvalidExport,
                          u"The export in %1 breaks the detection-export format (%2 %3); nothing was imported. Fix the "
                          "export, or ask its producer for a corrected one."_s.arg(
                              options.exportDir, number(s.errors.count()),
                              s.errors.count() == 1 ? u"problem"_s : u"problems"_s)};
        }

        writeExchanges(s, exchanges);

        s.reportPhase(ImportProgress::Phase::Committing, QString());
        Statement file(db, "INSERT INTO import_files(import_id, name, table_name, bytes, sha256, rows) VALUES(?1,?2,?3,?4,?5,?6)");
        for (const ImportFileRecord &f : files) {
            const QByteArray n = f.name.toUtf8(), t = f.table.toUtf8(), h = f.sha256.toUtf8();
            file.bind(1, importId).bind(2, std::string_view(n.constData(), size_t(n.size())))
                .bind(3, std::string_view(t.constData(), size_t(t.size()))).bind(4, f.bytes)
                .bind(5, std::string_view(h.constData(), size_t(h.size()))).bind(6, f.rows).exec();
        }
        const QByteArray warnings = QJsonDocument(QJsonArray::fromStringList(result.warnings)).toJson(QJsonDocument::Compact);
        Statement done(db, "UPDATE imports SET finished_at = ?2, warnings = ?3 WHERE id = ?1");
        done.bind(1, importId).bind(2, std::int64_t(QDateTime::currentSecsSinceEpoch()))
            .bind(3, std::string_view(warnings.constData(), size_t(warnings.size()))).exec();
        s.checkCancel();
        execSql(db, "COMMIT");
        began = false;
        result.importId = importId;
        execSql(db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
        return finish(ImportResult::Status::Imported,
                      u"Imported %1 exchanges and %2 accounts from %3 into %4 in %5 s (import #%6)."_s.arg(
                          number(result.rows.value(u"exchanges"_s)), number(result.rows.value(u"accounts"_s)),
                          options.exportDir, options.casePath, QString::number(timer.elapsed() / 1000.0, 'f', 1))
                          .arg(importId));
    } catch (const Refused &r) {
        result.status = r.status;
        result.message = r.message;
        if (result.errors.isEmpty())
            result.errors = {r.message};
    } catch (const Cancelled &) {
        result.status = ImportResult::Status::Cancelled;
        result.message = u"The import was cancelled; the case is unchanged."_s;
    } catch (const StorageError &e) {
        result.status = ImportResult::Status::CaseError;
        result.message = u"The import failed while writing the case %1: %2. The case is unchanged."_s.arg(options.casePath, e.message);
    }
    try {
        if (began)
            execSql(db, "ROLLBACK");
        execSql(db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
    } catch (const StorageError &) {
        // The rollback journal restores the case when it is next opened.
    }
    caseFile.close();
    if (created)
        removeCaseFiles(options.casePath);
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

} // namespace hl
