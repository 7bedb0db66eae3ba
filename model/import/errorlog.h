#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace hl {

// Collects the problems of one import: every one counted, the first `limit` kept as
// "FILE:LINE: column C: reason" lines.
class ErrorLog
{
public:
    explicit ErrorLog(int limit = 20) : m_limit(limit) {}

    void addRow(const QString &file, std::int64_t line, const QString &column, const QString &reason);
    void addFile(const QString &message);

    bool isEmpty() const { return m_count == 0; }
    std::int64_t count() const { return m_count; }
    const QStringList &shown() const { return m_shown; }
    // The shown lines, then "… and N more problems" when some were left out.
    QStringList report() const;

private:
    void add(const QString &line);

    int m_limit;
    std::int64_t m_count = 0;
    QStringList m_shown;
};

} // namespace hl
