#pragma once

#include "demosink.h"
#include "demotimeformat.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

// Writes one table of the export as CSV (RFC 4180, a field is quoted only when it holds a
// comma, quote, CR or LF) or JSONL (one object per line, nulls as null), optionally gzipped.
// Rows are assembled field by field into a large buffer that is handed to the sink in
// multi-megabyte writes.
//
//   DemoTableWriter w(dir, "releases", {"model", "released_at", "label"}, format, gzip);
//   w.open();  w.addString("atlas-4"); w.addTime(t); w.addString("Atlas 4"); w.endRow();
//   w.finish();
class DemoTableWriter
{
public:
    enum class Format { Csv, Jsonl };

    DemoTableWriter(const QString &dir, const char *table, std::vector<const char *> columns,
                    Format format, bool gzip);

    static QString fileName(const char *table, Format format, bool gzip);

    bool open();
    void addString(std::string_view value);   // empty = null
    void addNull();
    void addInt(std::int64_t value);
    void addTime(std::int64_t unixSeconds);
    void addFixed(std::int64_t value, int decimals); // value / 10^decimals, e.g. a score
    bool endRow();
    bool finish();
    void abandon();

    QString fileName() const { return m_fileName; }
    QString path() const;
    std::int64_t rows() const { return m_rows; }
    QString sha256Hex() const { return m_sink.sha256Hex(); }
    QString errorString() const;

private:
    char *reserve(std::size_t bytes);
    void beginField();
    bool flush();

    QString m_dir;
    QString m_fileName;
    std::vector<const char *> m_columns;
    std::vector<std::string> m_jsonKeys;  // {"name": and ,"name":
    Format m_format;
    bool m_gzip;
    DemoSink m_sink;
    DemoTimeFormat m_time;
    std::vector<char> m_buffer;
    std::size_t m_size = 0;
    std::size_t m_field = 0;
    std::int64_t m_rows = 0;
    bool m_failed = false;
};

} // namespace hl
