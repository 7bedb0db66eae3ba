#pragma once

#include "dictionary.h"
#include "errorlog.h"
#include "importer.h"
#include "io/bytesource.h"
#include "io/recordreader.h"
#include "tablespec.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hl {

struct Cancelled {};

// State of one running import, shared by the table loaders: the connection, the dictionaries,
// the error log, progress and cancellation. Internal to model/import.
class ImportSession
{
public:
    ImportSession(sqlite3 *db, std::int64_t importId, const ImportOptions &options, std::int64_t bytesTotal);

    sqlite3 *db;
    std::int64_t importId;
    const ImportOptions &options;
    ErrorLog errors;
    QStringList warnings;

    Dictionary accounts, models, templates, infra, classifiers;
    bool readAborted = false; // the current file could not be read to its end (fatal reader error)
    // accounts defined by this import's accounts table: id → line (0 = not in this import)
    std::vector<std::int64_t> accountLine;

    // Interns an infrastructure value of `kind` (must already be canonical). The key, "<kind
    // byte><value>", is built in a reused buffer: this runs for every exchange row.
    std::uint32_t infraId(int kind, std::string_view value)
    {
        m_key.assign(1, static_cast<char>(kind));
        m_key.append(value);
        return infra.intern(m_key);
    }

    // Progress and cancel, called every few thousand rows; throws Cancelled.
    void reportReading(const QString &file, const RecordReader &reader, bool force = false);
    void reportPhase(ImportProgress::Phase phase, const QString &what, std::int64_t rowsTotal = 0);
    void checkCancel() const;
    void fileDone(const RecordReader &reader) { m_bytesBefore += reader.source().rawSize(); }

private:
    void emitProgress(ImportProgress &p);
    bool reportDue(bool force);

    std::string m_key;
    std::int64_t m_bytesTotal;
    std::int64_t m_bytesBefore = 0;
    QElapsedTimer m_clock;
    qint64 m_lastReport = -1000;
    qint64 m_phaseStart = 0;
};

// One record being checked. Each accessor validates its column and, on a problem, records
// "FILE:LINE: column C: reason" and marks the row bad (the row is then not written).
class RowCheck
{
public:
    RowCheck(ImportSession &session, const RecordReader &reader, const QString &file)
        : m_s(session), m_r(reader), m_file(file) {}

    bool ok() const { return m_ok; }
    std::string_view text(int col) const { return m_r.value(col); }
    bool has(int col) const { return !m_r.isNull(col); }

    void error(int col, const QString &reason);
    bool required(int col);                       // non-empty, else error
    bool identifier(int col);                     // at most 256 bytes
    std::optional<std::int64_t> time(int col);    // null → nullopt without error
    std::optional<std::int64_t> integer(int col, std::int64_t min, std::int64_t max);
    std::optional<double> real(int col, double min, double max);
    int enumCode(int col, const char *const *names); // 1-based code, 0 when null, -1 on error
    // canonical infrastructure value of `kind` (IP, ASN, lower-case e-mail domain); nullopt on error
    std::optional<std::string> infraValue(int col, int kind);
    std::uint32_t account(int col, const QString &accountsFile); // 0 on error

private:
    ImportSession &m_s;
    const RecordReader &m_r;
    const QString &m_file;
    bool m_ok = true;
};

// Table loaders (tableloaders.cpp, exchangeloader.cpp). Each reads its whole file, checking every
// row; rows are written only while the import has no errors.
class ExchangeWriter;
void loadAccounts(ImportSession &s, RecordReader &reader, const QString &file);
void loadReleases(ImportSession &s, RecordReader &reader, const QString &file);
void loadInfrastructure(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile);
void loadScores(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile);
void loadIndicators(ImportSession &s, RecordReader &reader, const QString &file);
void loadExchanges(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile,
                   ExchangeWriter &writer);
// Writes the exchanges still buffered and the rollups.
void writeExchanges(ImportSession &s, ExchangeWriter &writer);

// Reads every record of `reader`, calling `row` for the good ones; reader problems go to the
// error log. Stops early only on a fatal reader error.
template<typename RowFn>
void forEachRecord(ImportSession &s, RecordReader &reader, const QString &file, RowFn &&row)
{
    for (;;) {
        const RecordReader::Status st = reader.next();
        if (st == RecordReader::Status::End)
            break;
        if (st == RecordReader::Status::Fatal) {
            s.errors.addRow(file, reader.line(), reader.issue().column, reader.issue().message);
            s.readAborted = true;
            break;
        }
        if ((reader.recordCount() & 0x3fff) == 0)
            s.reportReading(file, reader);
        if (st == RecordReader::Status::BadRecord) {
            s.errors.addRow(file, reader.line(), reader.issue().column, reader.issue().message);
            continue;
        }
        row();
    }
    s.reportReading(file, reader, true);
}

} // namespace hl
