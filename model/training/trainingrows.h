#pragma once

#include "trainingset.h"

#include <string>
#include <string_view>
#include <vector>

namespace hl {

// Text forms of the training export's rows. Columns: account_id, cluster_id, label, weight,
// split, then the features. Numbers in their shortest form that reads back to the same double
// (std::to_chars; whole numbers without exponent); missing (NaN, infinite) is an empty CSV
// field and JSON null; no cluster (0) is missing too.

// Appends `value` (nothing when it is not finite).
void appendNumber(std::string &out, double value);
// Appends `text` as one CSV field (RFC 4180: quoted when it holds a comma, quote, CR or LF).
void appendCsvField(std::string &out, std::string_view text);
// Appends `text` (UTF-8) as a JSON string, quotes included.
void appendJsonString(std::string &out, std::string_view text);

class TrainingRowWriter
{
public:
    explicit TrainingRowWriter(const std::vector<TrainingColumn> &columns);

    std::string csvHeader() const; // with its CRLF
    // Appends one row: a CSV record (CRLF-terminated) and a JSON line (LF-terminated).
    void append(const TrainingRow &row, std::string &csv, std::string &jsonl) const;

    static QStringList fixedColumns(); // account_id, cluster_id, label, weight, split

private:
    std::vector<std::string> m_names;     // every column, UTF-8
    std::vector<std::string> m_jsonKeys;  // ,"name": for every column after the first
};

} // namespace hl
