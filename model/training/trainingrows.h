#pragma once

#include "trainingset.h"

#include <string>
#include <string_view>
#include <vector>

namespace hl {

// Text forms of the training export's rows. Columns: account_id, cluster_id, label, weight,
// split, then the features. Numbers read back to the same double: whole numbers below 2^53 as
// integers, others with the fewest decimals (up to six) that do, else std::to_chars's shortest
// form (1e-07); missing (NaN, infinite) is an empty CSV field and JSON null; no cluster (0) is
// missing too.

// Appends `value` (nothing when it is not finite).
void appendNumber(std::string &out, double value);
// Appends `text` as one CSV field (RFC 4180: quoted when it holds a comma, quote, CR or LF).
void appendCsvField(std::string &out, std::string_view text);
// Appends `text` (UTF-8) as a JSON string, quotes included.
void appendJsonString(std::string &out, std::string_view text);

// An output buffer rows are formatted straight into. Appending value by value to a
// std::string (a capacity check and a memcpy call per piece, 50,000 rows × 47 columns × 2
// files) was most of an export's time.
class TextBuffer
{
public:
    static constexpr std::size_t Slack = 64; // writable past what reserve() promises
    // Room for at least `bytes` more; returns where to write.
    char *reserve(std::size_t bytes);
    void setEnd(const char *end) { m_size = std::size_t(end - m_data.data()); }
    std::string_view text() const { return {m_data.data(), m_size}; }
    std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    std::vector<char> m_data;
    std::size_t m_size = 0;
};

class TrainingRowWriter
{
public:
    explicit TrainingRowWriter(const std::vector<TrainingColumn> &columns);

    std::string csvHeader() const; // with its CRLF
    // Appends one row: a CSV record (CRLF-terminated) and a JSON line (LF-terminated).
    void append(const TrainingRow &row, TextBuffer &csv, TextBuffer &jsonl) const;

    static QStringList fixedColumns(); // account_id, cluster_id, label, weight, split

private:
    std::vector<std::string> m_names; // every column, UTF-8
    std::vector<char> m_keys;         // ,"name": for every column after the first, padded
    std::vector<std::pair<std::size_t, std::size_t>> m_keyAt; // (offset, length) in m_keys
    std::size_t m_rowBytes = 0;       // most a row takes in either file, besides its account_id
};

} // namespace hl
