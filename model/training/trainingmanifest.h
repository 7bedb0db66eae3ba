#pragma once

#include "trainingexport.h"

#include <QByteArray>
#include <QJsonObject>

namespace hl {

// manifest.json of a training export (docs/training-export.md): format and version, the case,
// the analysis and the label snapshot it was read from, the columns, counts per class and split,
// the split method and its groups, the weights rule and the data files' SHA-256. Keys sorted,
// no time of export, no paths: the same export gives the same bytes.
QJsonObject trainingManifest(const TrainingSet &set, const std::vector<TrainingExportFile> &files);
QByteArray trainingManifestBytes(const TrainingSet &set, const std::vector<TrainingExportFile> &files);

} // namespace hl
