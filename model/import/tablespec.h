#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hl {

// The tables of detection-export format v1 (docs: ../shared/spec/detection-export-v1.md).
enum class ExportTable { Accounts, Releases, Infrastructure, Scores, Indicators, Exchanges };

struct ColumnSpec
{
    const char *name;
    bool required;
};

struct TableSpec
{
    ExportTable table;
    const char *name;   // base file name, e.g. "exchanges"
    bool required;      // must be present in every export
    std::vector<ColumnSpec> columns;

    QStringList columnNames() const;
};

// In import order: accounts before everything that refers to them; exchanges last.
const std::vector<TableSpec> &exportTables();

} // namespace hl
