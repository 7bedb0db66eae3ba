#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace hl {

// Options for a synthetic detection export (format v1). Deterministic per seed: the same
// options produce byte-identical files on every machine.
struct DemoOptions
{
    QString outDir;                   // created if missing; existing export files are replaced
    std::int64_t accounts = 4000;     // exact number of rows in accounts
    std::int64_t exchanges = 400000;  // exact number of rows in exchanges
    std::uint64_t seed = 1;
    bool jsonl = false;               // write NAME.jsonl instead of NAME.csv
    bool gzip = false;                // compress every table (NAME.csv.gz / NAME.jsonl.gz)
    QString truthPath;                // if set, write the ground truth (JSON) to this file,
                                      // which must lie outside outDir
};

struct DemoResult
{
    bool ok = false;
    QString error;                    // what went wrong, for the user
    std::int64_t accounts = 0;
    std::int64_t exchanges = 0;
};

// Progress: fraction in [0,1]; return false to cancel.
using DemoProgress = std::function<bool(double fraction)>;

DemoResult generateDemoExport(const DemoOptions &options, const DemoProgress &progress = {});

// Whether `path` is `dir` or inside it, with symbolic links resolved where the paths exist, so
// that no spelling of a path inside the export folder gets through (truth and location files
// must stay outside it: a v1 export holds only its tables and manifest).
bool pathIsInside(const QString &path, const QString &dir);

} // namespace hl
