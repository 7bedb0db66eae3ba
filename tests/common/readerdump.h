#pragma once

// Test support for the record readers (header-only).
#include "io/recordreader.h"

#include <QStringList>

namespace hltest {

inline QString describe(const hl::RecordReader::Issue &issue)
{
    using namespace Qt::StringLiterals;
    return issue.column.isEmpty() ? issue.message : u"["_s + issue.column + u"] "_s + issue.message;
}

// Reads a whole file into one line per outcome, so that a test can compare everything at once:
//   "L<line> v1|v2|…" for a record (a null value shows as "-"),
//   "L<line> bad [column] message", "L<line> fatal [column] message", "open [column] message".
// Also checks two reader contracts on the way: a Fatal status sticks, and isNull() agrees with
// value(); a breach shows up as an extra line.
inline QStringList readAll(const QString &path, const QStringList &columns)
{
    using namespace Qt::StringLiterals;
    using hl::RecordReader;
    QStringList out;
    auto reader = RecordReader::create(path);
    reader->setColumns(columns);
    if (!reader->open())
        return {u"open "_s + describe(reader->issue())};
    for (;;) {
        const RecordReader::Status status = reader->next();
        const QString line = u"L"_s + QString::number(reader->line()) + u" "_s;
        if (status == RecordReader::Status::End)
            break;
        if (status == RecordReader::Status::Fatal) {
            out.append(line + u"fatal "_s + describe(reader->issue()));
            if (reader->next() != RecordReader::Status::Fatal)
                out.append(u"Fatal did not stick"_s);
            break;
        }
        if (status == RecordReader::Status::BadRecord) {
            out.append(line + u"bad "_s + describe(reader->issue()));
            continue;
        }
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const std::string_view v = reader->value(i);
            if (reader->isNull(i) != v.empty())
                out.append(u"isNull() disagrees with value()"_s);
            values.append(v.empty() ? u"-"_s : QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())));
        }
        out.append(line + values.join(u'|'));
    }
    return out;
}

} // namespace hltest
