#include "exportdata.h"

#include "casefile.h"
#include "statement.h"

namespace hl {

std::optional<std::vector<IdentifierValue>> readIdentifierValues(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<IdentifierValue> out;
        Statement accounts(file.handle(), "SELECT account_key FROM accounts ORDER BY id");
        while (accounts.step())
            out.push_back({0, accounts.columnText(0)});
        Statement infra(file.handle(), "SELECT kind, value FROM infra WHERE kind != 2 ORDER BY id");
        while (infra.step())
            out.push_back({int(infra.columnInt(0)), infra.columnText(1)});
        return out;
    });
}

std::optional<AnalysisRunInfo> readLatestAnalysisRun(const CaseFile &file, QString *error)
{
    if (error)
        error->clear();
    const auto run = guardStorage(error, [&]() -> std::optional<AnalysisRunInfo> {
        Statement st(file.handle(), "SELECT id, finished_at FROM analysis_runs ORDER BY id DESC LIMIT 1");
        if (!st.step())
            return std::nullopt;
        return AnalysisRunInfo{st.columnInt(0), st.columnInt(1)};
    });
    return run ? *run : std::nullopt;
}

std::optional<std::int64_t> readCaseTimestamp(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        Statement st(file.handle(), "SELECT max(coalesce((SELECT max(finished_at) FROM imports), 0),"
                                    " coalesce((SELECT max(finished_at) FROM analysis_runs), 0),"
                                    " coalesce((SELECT max(created_at) FROM label_events), 0))");
        return st.step() ? st.columnInt(0) : std::int64_t(0);
    });
}

} // namespace hl
