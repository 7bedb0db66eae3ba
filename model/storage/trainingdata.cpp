#include "trainingdata.h"

#include "casefile.h"
#include "statement.h"

#include <string>

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

bool forEachFeatureText(const CaseFile &file, FeatureTable table, const std::vector<std::int64_t> &ids,
                        const std::function<void(std::int64_t, std::string_view)> &visit, QString *error)
{
    const std::string name = table == FeatureTable::Accounts ? "account_features" : "clusters";
    const std::string key = table == FeatureTable::Accounts ? "account_id" : "id";
    return guardStorage(error, [&] {
        if (ids.empty())
            return true;
        sqlite3 *db = file.handle();
        // Both tables are keyed by their rowid (ids are dense in practice, and max() is one
        // lookup where count() would read the table): one pass in id order costs about as much
        // as a lookup for every eighth row.
        Statement last(db, "SELECT coalesce(max(" + key + "), 0) FROM " + name);
        last.step();
        if (std::int64_t(ids.size()) * 8 < last.columnInt(0)) {
            Statement one(db, "SELECT features FROM " + name + " WHERE " + key + " = ?1");
            for (const std::int64_t id : ids) {
                one.bind(1, id);
                if (one.step())
                    visit(id, one.columnBlob(0));
                one.reset();
            }
            return true;
        }
        Statement all(db, "SELECT " + key + ", features FROM " + name + " WHERE " + key + " BETWEEN ?1 AND ?2 ORDER BY "
                              + key);
        all.bind(1, ids.front()).bind(2, ids.back());
        auto next = ids.begin();
        while (next != ids.end() && all.step()) {
            const std::int64_t id = all.columnInt(0);
            while (next != ids.end() && *next < id)
                ++next;
            if (next != ids.end() && *next == id)
                visit(id, all.columnBlob(1));
        }
        return true;
    }).value_or(false);
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
