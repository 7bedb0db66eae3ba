#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

class CaseFile;

// What the briefing and chart exports read besides the stored analysis (issue 6). Values only.

// One identifying value of the case: an account id (kind 0) or an infrastructure value (its
// schema::InfraKind, 1 ip … 8 api_key). What --redact must never let through in any text.
struct IdentifierValue
{
    int kind = 0;
    QString value;
};

// Every account id (accounts.account_key) and every infrastructure value except ASNs (public
// routing facts), in table order. Tens of megabytes at most on a 60,000-account case.
std::optional<std::vector<IdentifierValue>> readIdentifierValues(const CaseFile &file, QString *error);

// The latest analysis run: its id and when it finished (Unix seconds); nullopt with an empty
// *error when the case was never analysed.
struct AnalysisRunInfo
{
    std::int64_t id = 0;
    std::int64_t finishedAt = 0;
};
std::optional<AnalysisRunInfo> readLatestAnalysisRun(const CaseFile &file, QString *error);

// When the case's content last changed (Unix seconds): the latest import, analysis run or label
// event; 0 for an empty case. Exports write it where a format wants a date (a PDF's creation
// date), so that the same case gives the same bytes.
std::optional<std::int64_t> readCaseTimestamp(const CaseFile &file, QString *error);

} // namespace hl
