#include "recordreader.h"

#include "bytesource.h"
#include "csvreader.h"
#include "jsonlreader.h"

#include <QCoreApplication>

#include <cstring>

namespace hl {

std::unique_ptr<RecordReader> RecordReader::create(const QString &path)
{
    // NAME.jsonl(.gz) is JSONL; everything else (NAME.csv, NAME.csv.gz) is read as CSV.
    QString name = path;
    if (name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        name.chop(3);
    const bool jsonl = name.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    return create(path, jsonl ? Format::Jsonl : Format::Csv);
}

std::unique_ptr<RecordReader> RecordReader::create(const QString &path, Format format)
{
    if (format == Format::Jsonl)
        return std::make_unique<JsonlReader>(path);
    return std::make_unique<CsvReader>(path);
}

RecordReader::RecordReader(const QString &path)
    : m_source(std::make_unique<ByteSource>(path))
{
}

RecordReader::~RecordReader() = default;

void RecordReader::setColumns(const QStringList &names)
{
    m_columns = names;
    m_values.assign(static_cast<std::size_t>(names.size()), std::string_view());
    m_present.assign(static_cast<std::size_t>(names.size()), false);
}

QStringList RecordReader::missingColumns() const
{
    QStringList missing;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (!m_present[static_cast<std::size_t>(i)])
            missing.append(m_columns.at(i));
    }
    return missing;
}

QStringList RecordReader::takeNewUnknownColumns()
{
    QStringList fresh = m_unknown.mid(m_unknownReported);
    m_unknownReported = static_cast<int>(m_unknown.size());
    return fresh;
}

bool RecordReader::openSource()
{
    if (!m_source->open()) {
        fatal(QString(), m_source->errorString());
        return false;
    }
    m_capacity = InitialBufferBytes;
    m_buffer = std::make_unique<char[]>(m_capacity + BufferPadding);
    std::memset(m_buffer.get() + m_capacity, 0, BufferPadding);
    m_pos = m_end = m_buffer.get();
    m_atEnd = false;
    while (m_end - m_pos < 3 && !m_atEnd) {
        if (fill() == Fill::Fatal)
            return false;
    }
    if (m_end - m_pos >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;
    return true;
}

RecordReader::Fill RecordReader::fill()
{
    if (m_atEnd)
        return Fill::End;
    const auto kept = static_cast<std::size_t>(m_end - m_pos);
    if (kept >= MaxRecordBytes) {
        m_line = m_nextLine;
        fatal(QString(), QCoreApplication::translate("hl::RecordReader",
                                                     "a record is longer than 64 MiB"));
        return Fill::Fatal;
    }
    if (kept > m_capacity / 2) {
        // One record fills much of the buffer: grow, so that re-scanning it stays linear.
        const std::size_t capacity = m_capacity * 2;
        auto buffer = std::make_unique<char[]>(capacity + BufferPadding);
        std::memcpy(buffer.get(), m_pos, kept);
        std::memset(buffer.get() + capacity, 0, BufferPadding);
        m_buffer = std::move(buffer);
        m_capacity = capacity;
    } else if (m_pos != m_buffer.get()) {
        std::memmove(m_buffer.get(), m_pos, kept);
    }
    m_pos = m_buffer.get();
    m_end = m_pos + kept;

    const std::int64_t n = m_source->read(m_end, static_cast<std::int64_t>(m_capacity - kept));
    if (n < 0) {
        m_line = m_nextLine; // where the incomplete record starts
        fatal(QString(), m_source->errorString());
        return Fill::Fatal;
    }
    if (n == 0) {
        m_atEnd = true;
        return Fill::End;
    }
    m_end += n;
    return Fill::Data;
}

RecordReader::Status RecordReader::fatal(const QString &column, const QString &message)
{
    m_fatal = true;
    m_issue = Issue{column, message};
    return Status::Fatal;
}

RecordReader::Status RecordReader::badRecord(const QString &column, const QString &message)
{
    ++m_records;
    m_issue = Issue{column, message};
    return Status::BadRecord;
}

} // namespace hl
