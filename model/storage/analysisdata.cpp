#include "analysisdata.h"

#include "casefile.h"
#include "exchangeblock.h"
#include "statement.h"

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<std::vector<AccountLink>> readAccountLinks(const CaseFile &file, QString *error)
{
    std::vector<AccountLink> links;
    try {
        Statement st(file.handle(), "SELECT ai.account_id, ai.infra_id, i.kind FROM account_infra ai"
                                    " JOIN infra i ON i.id = ai.infra_id ORDER BY ai.infra_id, ai.account_id");
        while (st.step())
            links.push_back({static_cast<std::uint32_t>(st.columnInt(0)), static_cast<std::uint32_t>(st.columnInt(1)),
                             static_cast<std::uint8_t>(st.columnInt(2))});
    } catch (const StorageError &e) {
        *error = e.message;
        return std::nullopt;
    }
    return links;
}

std::optional<std::vector<std::pair<std::uint32_t, std::string>>> readIpAddresses(const CaseFile &file, QString *error)
{
    std::vector<std::pair<std::uint32_t, std::string>> out;
    try {
        Statement st(file.handle(), "SELECT id, value FROM infra WHERE kind = 1 ORDER BY id");
        while (st.step())
            out.emplace_back(static_cast<std::uint32_t>(st.columnInt(0)), st.columnText(1).toStdString());
    } catch (const StorageError &e) {
        *error = e.message;
        return std::nullopt;
    }
    return out;
}

std::uint32_t maxAccountId(const CaseFile &file)
{
    Statement st(file.handle(), "SELECT coalesce(max(id), 0) FROM accounts");
    st.step();
    return static_cast<std::uint32_t>(st.columnInt(0));
}

std::optional<std::vector<TemplateProfile>> readTemplateProfiles(const CaseFile &file, std::size_t maxTemplates,
                                                                 QString *error,
                                                                 const std::function<bool(double)> &progress)
{
    try {
        std::vector<TemplateProfile> profiles(maxAccountId(file) + 1);
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
            TemplateProfile &p = profiles[account];
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
            if (a < profiles.size())
                profiles[a].exchanges += static_cast<std::int64_t>(records.size());
            for (const ExchangeRecord &r : records)
                if (r.tmpl)
                    ++counts[r.tmpl];
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

} // namespace hl
