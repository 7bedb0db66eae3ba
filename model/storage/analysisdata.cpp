#include "analysisdata.h"

#include "casefile.h"
#include "exchangeblock.h"
#include "statement.h"
#include "util/timeparse.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<std::vector<AccountLink>> readAccountLinks(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<AccountLink> links;
        Statement st(file.handle(), "SELECT ai.account_id, ai.infra_id, i.kind FROM account_infra ai"
                                    " JOIN infra i ON i.id = ai.infra_id ORDER BY ai.infra_id, ai.account_id");
        while (st.step())
            links.push_back({static_cast<std::uint32_t>(st.columnInt(0)), static_cast<std::uint32_t>(st.columnInt(1)),
                             static_cast<std::uint8_t>(st.columnInt(2))});
        return links;
    });
}

std::optional<std::vector<std::pair<std::uint32_t, std::string>>> readIpAddresses(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<std::pair<std::uint32_t, std::string>> out;
        Statement st(file.handle(), "SELECT id, value FROM infra WHERE kind = 1 ORDER BY id");
        while (st.step())
            out.emplace_back(static_cast<std::uint32_t>(st.columnInt(0)), st.columnText(1).toStdString());
        return out;
    });
}

std::uint32_t maxAccountId(const CaseFile &file)
{
    Statement st(file.handle(), "SELECT coalesce(max(id), 0) FROM accounts");
    st.step();
    return static_cast<std::uint32_t>(st.columnInt(0));
}

std::optional<std::vector<AccountProfile>> readAccountProfiles(const CaseFile &file, std::size_t maxTemplates,
                                                               const std::vector<bool> &markedIps, QString *error,
                                                               const std::function<bool(double)> &progress)
{
    try {
        std::vector<AccountProfile> profiles(maxAccountId(file) + 1);
        Statement count(file.handle(), "SELECT count(*) FROM exchange_blocks");
        count.step();
        const double blocksTotal = std::max<double>(1, double(count.columnInt(0)));
        // Blocks in account order, so one account's counts are complete when the next starts.
        Statement blocks(file.handle(), "SELECT account_id, first_ts, exchanges, data FROM exchange_blocks"
                                        " ORDER BY account_id");
        std::vector<ExchangeRecord> records;
        std::unordered_map<std::uint32_t, std::uint32_t> counts;
        std::uint32_t account = 0;
        std::int64_t done = 0;
        auto finishAccount = [&] {
            if (account == 0 || account >= profiles.size())
                return;
            AccountProfile &p = profiles[account];
            p.distinctTemplates = static_cast<std::uint32_t>(counts.size());
            std::vector<std::pair<std::uint32_t, std::uint32_t>> v(counts.begin(), counts.end());
            std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            if (v.size() > maxTemplates)
                v.resize(maxTemplates);
            for (const auto &[t, c] : v)
                p.top.emplace_back(t, p.exchanges > 0 ? float(double(c) / double(p.exchanges)) : 0.f);
            std::sort(p.top.begin(), p.top.end());
            counts.clear();
        };
        while (blocks.step()) {
            const auto a = static_cast<std::uint32_t>(blocks.columnInt(0));
            if (a != account) {
                finishAccount();
                account = a;
            }
            records.clear();
            decodeExchangeBlock(blocks.columnBlob(3), a, blocks.columnInt(1), blocks.columnInt(2), records);
            if (a < profiles.size()) {
                AccountProfile &p = profiles[a];
                for (const ExchangeRecord &r : records) {
                    if (p.exchanges == 0 || r.ts < p.firstTs)
                        p.firstTs = r.ts;
                    if (p.exchanges == 0 || r.ts > p.lastTs)
                        p.lastTs = r.ts;
                    ++p.exchanges;
                    if (!(r.flags & ExchangeRecord::NoInputTokens))
                        p.inputTokens += r.inputTokens;
                    if (!(r.flags & ExchangeRecord::NoOutputTokens))
                        p.outputTokens += r.outputTokens;
                    const std::int64_t day = floorDiv(r.ts, 86400);
                    ++p.hours[std::size_t((r.ts - day * 86400) / 3600)];
                    ++p.weekdays[std::size_t(((day % 7) + 7 + 3) % 7)]; // 1970-01-01 was a Thursday
                    ++p.capabilities[r.capability & 7];
                    if (r.ip < markedIps.size() && markedIps[r.ip])
                        ++p.markedIpExchanges;
                    if (r.tmpl)
                        ++counts[r.tmpl];
                }
            }
            if ((++done & 1023) == 0 && progress && !progress(double(done) / blocksTotal)) {
                *error = u"cancelled"_s;
                return std::nullopt;
            }
        }
        finishAccount();
        return profiles;
    } catch (const StorageError &e) {
        *error = e.message;
        return std::nullopt;
    }
}

bool forEachExchange(const CaseFile &file, const std::vector<std::uint32_t> &accounts,
                     const std::function<void(const ExchangeRecord &)> &visit, QString *error)
{
    return guardStorage(error, [&] {
               Statement blocks(file.handle(), "SELECT first_ts, exchanges, data FROM exchange_blocks WHERE account_id = ?1");
               std::vector<ExchangeRecord> records;
               for (const std::uint32_t account : accounts) {
                   blocks.bind(1, std::int64_t(account));
                   while (blocks.step()) {
                       records.clear();
                       decodeExchangeBlock(blocks.columnBlob(2), account, blocks.columnInt(0), blocks.columnInt(1), records);
                       for (const ExchangeRecord &r : records)
                           visit(r);
                   }
                   blocks.reset();
               }
               return true;
           })
        .value_or(false);
}

std::optional<std::vector<AccountInfo>> readAccountInfo(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<AccountInfo> out(maxAccountId(file) + 1);
        Statement st(file.handle(), "SELECT id, created_at, coalesce(signup_path, 0), coalesce(status, 0) FROM accounts");
        while (st.step()) {
            AccountInfo &a = out[std::size_t(st.columnInt(0))];
            a.createdAt = st.columnInt(1);
            a.signupPath = static_cast<std::uint8_t>(st.columnInt(2));
            a.status = static_cast<std::uint8_t>(st.columnInt(3));
            a.exists = true;
        }
        return out;
    });
}

std::optional<std::vector<double>> readLatestScores(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<double> out(maxAccountId(file) + 1, std::numeric_limits<double>::quiet_NaN());
        // The latest upstream score of each account (any classifier but HydraLens's own retrained
        // ones, which learn from these features; ties: the highest).
        Statement st(file.handle(), "SELECT account_id, score FROM scores s WHERE scored_at = (SELECT max(scored_at)"
                                    " FROM scores WHERE account_id = s.account_id AND classifier_id NOT IN"
                                    " (SELECT classifier_id FROM training_runs))"
                                    " AND classifier_id NOT IN (SELECT classifier_id FROM training_runs)"
                                    " ORDER BY account_id, score");
        while (st.step())
            out[std::size_t(st.columnInt(0))] = st.columnDouble(1);
        return out;
    });
}

std::optional<std::vector<std::vector<std::uint32_t>>> readIndicatorHits(const CaseFile &file, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<std::vector<std::uint32_t>> out(maxAccountId(file) + 1);
        Statement st(file.handle(), "SELECT DISTINCT ai.account_id, ai.infra_id FROM account_infra ai"
                                    " WHERE ai.infra_id IN (SELECT infra_id FROM indicators)");
        while (st.step())
            out[std::size_t(st.columnInt(0))].push_back(static_cast<std::uint32_t>(st.columnInt(1)));
        return out;
    });
}

} // namespace hl
