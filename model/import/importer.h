#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace hl {

// Progress of a running import, for a progress bar or a status line.
struct ImportProgress
{
    enum class Phase { Checking, Reading, Writing, Committing };
    Phase phase = Phase::Checking;
    QString file;                 // the file being read, or the table being written
    std::int64_t bytesDone = 0;   // raw bytes of all table files read so far
    std::int64_t bytesTotal = 0;  // raw bytes of all table files
    std::int64_t rows = 0;        // rows of the current file read
    std::int64_t rowsTotal = 0;   // Writing: exchanges still buffered, written in this phase
    double rowsPerSecond = 0;
    double fraction = 0;          // overall, 0..1 (reading, which also writes most blocks, is 95 %)
};

struct ImportOptions
{
    QString exportDir;
    QString casePath;                                   // created if missing
    std::function<void(const ImportProgress &)> progress; // called from the importing thread
    const std::atomic<bool> *cancel = nullptr;          // set to true to cancel (rolls back)
    std::size_t pendingExchanges = 1'000'000;           // exchanges buffered before blocks are full (bounds memory; tests lower it)
};

struct ImportResult
{
    enum class Status {
        Imported,
        InvalidExport,   // the export breaks the format; nothing was changed
        AlreadyImported, // the same data was imported before; nothing was changed
        Cancelled,       // nothing was changed
        CaseError,       // the case could not be opened or written (message says why)
    };
    Status status = Status::CaseError;
    QString message;            // one-paragraph summary for the user
    QStringList errors;         // FILE:LINE: column C: reason, at most 20, then "… and N more problems"
    std::int64_t errorCount = 0;
    QStringList warnings;       // unknown columns, unlisted files, …
    std::int64_t importId = 0;
    QMap<QString, std::int64_t> rows; // rows read per table
    double seconds = 0;

    bool ok() const { return status == Status::Imported; }
};

// Imports one detection export (format v1) into a case, all or nothing: either every table is
// committed, or the case is left exactly as it was (a case this import created is removed).
// Runs synchronously in the calling thread; use it from a worker thread in a GUI.
ImportResult importExport(const ImportOptions &options);

} // namespace hl
