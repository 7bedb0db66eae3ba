#include "errorlog.h"

using namespace Qt::StringLiterals;

namespace hl {

void ErrorLog::add(const QString &line)
{
    ++m_count;
    if (m_shown.size() < m_limit)
        m_shown.append(line);
}

void ErrorLog::addRow(const QString &file, std::int64_t line, const QString &column, const QString &reason)
{
    if (column.isEmpty())
        add(u"%1:%2: %3"_s.arg(file).arg(line).arg(reason));
    else
        add(u"%1:%2: column %3: %4"_s.arg(file).arg(line).arg(column, reason));
}

void ErrorLog::addFile(const QString &message)
{
    add(message);
}

QStringList ErrorLog::report() const
{
    QStringList lines = m_shown;
    if (m_count > m_shown.size()) {
        const std::int64_t more = m_count - m_shown.size();
        lines.append(more == 1 ? u"… and 1 more problem"_s : u"… and %1 more problems"_s.arg(more));
    }
    return lines;
}

} // namespace hl
