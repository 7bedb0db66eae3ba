#pragma once

#include "tablespec.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace hl {

// What manifest.json says about one file.
struct ManifestFile
{
    QString name;
    std::optional<std::int64_t> rows;
    QString sha256; // lower-case hex, empty if not given
};

// An export directory, checked: manifest.json read and validated, exactly one file per table
// found. Errors are complete user-facing messages.
struct ExportLayout
{
    QString dir;
    QByteArray manifestJson;
    QString producer;
    std::optional<std::int64_t> generatedAt;
    QMap<QString, ManifestFile> manifestFiles; // by file name
    bool manifestListsFiles = false;
    QMap<ExportTable, QString> tableFiles;     // table → file name within dir
    QStringList warnings;

    // Reads and checks `dir`. On failure returns nullopt and sets *error.
    static std::optional<ExportLayout> read(const QString &dir, QString *error);

    QString path(ExportTable table) const;
};

} // namespace hl
