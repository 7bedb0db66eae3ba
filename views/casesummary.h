#pragma once

#include <QCoreApplication>
#include <QString>

namespace hl {

struct CaseInfo;

// The window's "Case" tab: what a case holds (CaseInfo) as translated HTML tables. The command
// line's `info` prints the same facts in English plain text (caseInfoToText).
class CaseSummary
{
    Q_DECLARE_TR_FUNCTIONS(hl::CaseSummary)
public:
    static QString toHtml(const CaseInfo &info);
};

} // namespace hl
