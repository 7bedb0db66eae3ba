#pragma once

#include "trainingset.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// The training export (docs/training-export.md): a folder with training.csv, training.jsonl
// and manifest.json. The same case and labels give the same bytes (no export time, no absolute
// paths). Files are written under temporary names and renamed when all are complete, the
// manifest last, so a folder with a manifest holds a whole export.

inline constexpr int TrainingExportVersion = 1;
inline constexpr const char *TrainingExportFormat = "hydralens-training-export";

struct TrainingExportOptions
{
    QString outDir;
    bool force = false; // write into a folder that is not empty (replacing the three files)
    bool redact = false; // account_id as the case's stable pseudonyms (export/redactor.h)
    TrainingSetOptions set;
};

struct TrainingExportFile
{
    QString name;     // file name inside the folder
    std::int64_t bytes = 0;
    std::int64_t rows = 0; // data rows (not the CSV header)
    QString sha256;   // lower-case hex
};

struct TrainingExportResult
{
    std::vector<TrainingExportFile> files; // training.csv, training.jsonl (manifest.json not listed)
    QStringList warnings;                  // the training set's (see TrainingSet::warnings)
};

// Refuses (nullopt, *error) a path that is a file, or a folder that is not empty unless
// options.force. Creates nothing.
bool checkTrainingExportDir(const TrainingExportOptions &options, QString *error);

// Writes `set` into options.outDir (created if missing). On failure nothing that looks like a
// complete export is left behind.
std::optional<TrainingExportResult> writeTrainingExport(const TrainingSet &set, const TrainingExportOptions &options,
                                                        QString *error);

// checkTrainingExportDir, readTrainingSet, writeTrainingExport: the `export training` command.
std::optional<TrainingExportResult> exportTrainingSet(const CaseFile &file, const TrainingExportOptions &options,
                                                      QString *error);

} // namespace hl
