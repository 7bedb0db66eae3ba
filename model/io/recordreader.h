#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace hl {

class ByteSource;

// Reads the records of one table file (CSV or JSONL, optionally gzipped) as rows of the
// columns the caller asks for. Streaming, bounded memory. Values are UTF-8 string_views that
// stay valid until the next call to next().
//
//   auto reader = RecordReader::create(path);          // format from the file name
//   reader->setColumns({"account_id", "created_at"});  // the columns the caller knows
//   if (!reader->open()) fail(reader->issue());         // CSV: reads the header
//   for (;;) {
//       auto s = reader->next();
//       if (s == RecordReader::Status::End) break;
//       if (s == RecordReader::Status::Fatal) fail(...);
//       if (s == RecordReader::Status::BadRecord) { report(reader->line(), reader->issue()); continue; }
//       use(reader->value(0), reader->value(1));
//   }
class RecordReader
{
public:
    enum class Format { Csv, Jsonl };
    enum class Status {
        Record,    // a record is available through value()/isNull()
        End,       // no more records
        BadRecord, // this record is malformed; issue() says why; reading may continue
        Fatal      // the file cannot be read further (I/O error, corrupt gzip, unterminated quote)
    };

    struct Issue {
        QString column;  // the column concerned, empty if none
        QString message; // the reason, without the FILE:LINE prefix
    };

    // Chooses the format from the name: NAME.csv, NAME.csv.gz, NAME.jsonl, NAME.jsonl.gz.
    static std::unique_ptr<RecordReader> create(const QString &path);
    static std::unique_ptr<RecordReader> create(const QString &path, Format format);

    virtual ~RecordReader();

    // The columns the caller wants, in the caller's order; value(i) refers to names[i].
    void setColumns(const QStringList &names);
    const QStringList &columns() const { return m_columns; }

    // Opens the file. CSV: reads the header (a UTF-8 BOM is skipped); a header with a duplicated
    // or empty column name fails. Returns false with issue() set on failure.
    virtual bool open() = 0;
    virtual Status next() = 0;

    // After a Record: the value of wanted column i. Absent column, empty field and JSON null
    // all read as an empty view (the spec: empty field = null).
    std::string_view value(int i) const { return m_values[static_cast<std::size_t>(i)]; }
    bool isNull(int i) const { return m_values[static_cast<std::size_t>(i)].empty(); }

    // Line (1-based, of the decompressed text) where the current record starts.
    std::int64_t line() const { return m_line; }
    const Issue &issue() const { return m_issue; }

    // CSV: wanted columns missing from the header (known after open()). JSONL: always empty;
    // a missing key reads as null.
    QStringList missingColumns() const;
    // Columns present in the file that were not asked for. CSV: all known after open().
    // JSONL: grows as new keys appear. Returns only the names not returned before, so the
    // caller can warn once per column.
    QStringList takeNewUnknownColumns();

    // Number of records returned so far (Record and BadRecord), not counting the CSV header.
    std::int64_t recordCount() const { return m_records; }

    const ByteSource &source() const { return *m_source; }

protected:
    explicit RecordReader(const QString &path);

    // Input buffer shared by the parsers. [m_pos, m_end) is text not parsed yet; the bytes
    // before m_pos may be dropped by the next fill(). Padding bytes after the capacity make
    // 16-byte loads at any position before m_end safe.
    static constexpr std::size_t InitialBufferBytes = std::size_t(1) << 20;
    static constexpr std::size_t MaxRecordBytes = std::size_t(64) << 20;
    static constexpr std::size_t BufferPadding = 64;
    enum class Fill {
        Data,  // more bytes follow m_end (m_pos moved; pointers into the old data are invalid)
        End,   // the source has no more data (m_atEnd is set)
        Fatal  // read error or record too long; m_issue says why, m_fatal is set
    };
    // Opens the source, reads the first bytes and skips a UTF-8 BOM. False (Fatal) on error.
    bool openSource();
    // Keeps [m_pos, m_end) (an incomplete record), moves it to the front, grows the buffer when
    // the record fills much of it, and reads more data after it.
    Fill fill();
    Status fatal(const QString &column, const QString &message);
    Status badRecord(const QString &column, const QString &message);

    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    bool m_atEnd = false;          // the source is exhausted: m_end is the end of the data
    bool m_fatal = false;          // a Fatal status was returned; next() keeps returning it
    std::int64_t m_nextLine = 1;   // line number of the text at m_pos

    QStringList m_columns;
    std::vector<std::string_view> m_values;
    std::vector<bool> m_present;          // CSV: wanted column i is in the header
    QStringList m_unknown;                // all unknown columns seen so far
    int m_unknownReported = 0;
    std::int64_t m_line = 0;
    std::int64_t m_records = 0;
    Issue m_issue;
    std::unique_ptr<ByteSource> m_source;
};

} // namespace hl
