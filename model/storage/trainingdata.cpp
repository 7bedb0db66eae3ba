#include "trainingdata.h"

#include "casefile.h"
#include "statement.h"

namespace hl {

std::optional<TrainingSources> readTrainingSources(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        TrainingSources s;
        sqlite3 *db = file.handle();
        Statement run(db, "SELECT id, finished_at FROM analysis_runs ORDER BY id DESC LIMIT 1");
        if (run.step()) {
            s.analysisRunId = run.columnInt(0);
            s.analysisFinishedAt = run.columnInt(1);
        }
        Statement label(db, "SELECT id, created_at FROM label_events ORDER BY id DESC LIMIT 1");
        if (label.step()) {
            s.labelEventId = label.columnInt(0);
            s.labelEventTime = label.columnInt(1);
        }
        // Not the redaction key (export/redactor.h): whoever holds it can test guesses at pseudonyms.
        Statement meta(db, "SELECT key, value FROM meta WHERE key <> 'redaction_key' ORDER BY key");
        while (meta.step())
            s.meta.insert(meta.columnText(0), meta.columnText(1));
        return s;
    });
}

bool forEachStoredFeatureText(const CaseFile &file, FeatureTable table,
                              const std::function<void(std::int64_t, std::string_view)> &visit, QString *error)
{
    return guardStorage(error, [&] {
        Statement all(file.handle(), table == FeatureTable::Accounts
                                         ? "SELECT account_id, features FROM account_features ORDER BY account_id"
                                         : "SELECT id, features FROM clusters ORDER BY id");
        while (all.step())
            visit(all.columnInt(0), all.columnBlob(1));
        return true;
    }).value_or(false);
}

std::optional<std::vector<AccountLink>> readAccountLinksOfKinds(const CaseFile &file, const std::vector<int> &kinds,
                                                                const std::vector<bool> &wanted, QString *error)
{
    return guardStorage(error, [&] {
        sqlite3 *db = file.handle();
        // The kind of every wanted value (0: not wanted), then one pass over the links in infra
        // order (the account_infra_by_infra index holds both columns).
        std::vector<std::uint8_t> kindOf;
        Statement values(db, "SELECT id FROM infra WHERE kind = ?1");
        for (const int kind : kinds) {
            values.bind(1, std::int64_t(kind));
            while (values.step()) {
                const auto id = std::size_t(values.columnInt(0));
                if (id >= kindOf.size())
                    kindOf.resize(id + 1 + id / 4, 0);
                kindOf[id] = std::uint8_t(kind);
            }
            values.reset();
        }
        std::vector<AccountLink> links;
        Statement st(db, "SELECT infra_id, account_id FROM account_infra ORDER BY infra_id, account_id");
        while (st.step()) {
            const auto infra = std::size_t(st.columnInt(0));
            const auto account = std::size_t(st.columnInt(1));
            if (infra < kindOf.size() && kindOf[infra] != 0 && (wanted.empty() || (account < wanted.size() && wanted[account])))
                links.push_back({std::uint32_t(account), std::uint32_t(infra), kindOf[infra]});
        }
        return links;
    });
}

} // namespace hl
