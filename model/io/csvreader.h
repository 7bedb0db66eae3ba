#pragma once

#include "recordreader.h"

#include <QCoreApplication>

namespace hl {

// RFC 4180 CSV (UTF-8, comma separated, header row). Parses in place in the input buffer:
// values are views into it; only fields with doubled quotes are rewritten (in place).
class CsvReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(hl::CsvReader)

public:
    explicit CsvReader(const QString &path);

    bool open() override;
    Status next() override;

private:
    struct Field
    {
        const char *begin;
        const char *end;
        bool escaped; // quoted and holds doubled quotes: needs unescaping
    };
    enum class Scan { Complete, NeedMore, Unclosed, End };

    // Finds the fields of the record starting at m_pos. Complete: m_fields/m_fieldCount,
    // m_recordEnd, m_breaks (line breaks inside quotes) and m_badQuoteField are set.
    Scan scanRecord(bool header);
    Scan skipRest(const char *p, std::size_t field);
    // Skips blank lines at m_pos. False when more data must be read first.
    bool skipBlankLines();
    // Skips blank lines and scans one record, reading more data as needed; m_line is the
    // record's first line. *fatalError is set when reading failed (m_issue says why).
    Scan scanWithRefill(bool header, bool *fatalError);
    std::string_view fieldText(const Field &field);
    QString headerName(std::size_t field) const;

    std::vector<Field> m_fields;       // data records: sized to the header, extra fields counted
    std::size_t m_fieldCount = 0;
    const char *m_recordEnd = nullptr;
    std::int64_t m_breaks = 0;
    std::size_t m_badQuoteField = 0;   // valid if m_badQuote
    bool m_badQuote = false;
    std::size_t m_unclosedField = 0;   // valid after Scan::Unclosed
    QStringList m_header;
    std::vector<std::ptrdiff_t> m_wantedField; // wanted column i -> header index, -1 if absent
};

} // namespace hl
