#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hl {

class CaseFile;

// What the analysis reads from a case, in plain arrays (the analysis itself runs no SQL).

struct AccountLink
{
    std::uint32_t account;
    std::uint32_t infra;
    std::uint8_t kind; // schema::InfraKind
};

// Every account↔infrastructure link (from exchanges, the infrastructure table and the
// accounts table), ordered by infra id.
std::optional<std::vector<AccountLink>> readAccountLinks(const CaseFile &file, QString *error);

// What an account did, from one pass over its exchange blocks: the templates that carry most
// of its requests (share of its exchanges, sorted by template id), volume, span, tokens, when
// (UTC hour of day, day of week), which capabilities, and how much came through IPs the
// caller marked (anonymising proxies).
struct AccountProfile
{
    std::vector<std::pair<std::uint32_t, float>> top; // (template id, share of the account's exchanges)
    std::int64_t exchanges = 0;
    std::int64_t firstTs = 0, lastTs = 0;
    std::int64_t inputTokens = 0, outputTokens = 0;
    std::int64_t markedIpExchanges = 0;   // exchanges from IPs in `markedIps`
    std::uint32_t distinctTemplates = 0;
    std::array<std::uint32_t, 24> hours{}; // exchanges by UTC hour of day
    std::array<std::uint32_t, 7> weekdays{}; // exchanges by UTC day of week, 0 = Monday
    std::array<std::uint32_t, 8> capabilities{}; // by capability code, 0 = not given
};

// Profiles of every account (index = account id). At most `maxTemplates` templates each, the
// most used. `markedIps[infra id]` marks IPs to count. `progress` gets 0..1 and may return
// false to cancel (then nullopt and *error = "cancelled").
std::optional<std::vector<AccountProfile>> readAccountProfiles(const CaseFile &file, std::size_t maxTemplates,
                                                               const std::vector<bool> &markedIps, QString *error,
                                                               const std::function<bool(double)> &progress = {});

// Calls `visit` for every exchange of the given accounts (in block order, not time order).
struct ExchangeRecord;
bool forEachExchange(const CaseFile &file, const std::vector<std::uint32_t> &accounts,
                     const std::function<void(const ExchangeRecord &)> &visit, QString *error);

// Per account (index = account id): created_at, signup_path code, status code.
struct AccountInfo
{
    std::int64_t createdAt = 0;
    std::uint8_t signupPath = 0, status = 0;
    bool exists = false;
};
std::optional<std::vector<AccountInfo>> readAccountInfo(const CaseFile &file, QString *error);

// Per account (index = account id): the latest upstream score of any classifier (NaN = none).
std::optional<std::vector<double>> readLatestScores(const CaseFile &file, QString *error);

// Per account (index = account id): the linked infrastructure values (infra ids) that partners
// reported as indicators.
std::optional<std::vector<std::vector<std::uint32_t>>> readIndicatorHits(const CaseFile &file, QString *error);

// Every IP address of the case: (infra id, canonical text).
std::optional<std::vector<std::pair<std::uint32_t, std::string>>> readIpAddresses(const CaseFile &file, QString *error);

// Highest account id in the case (ids are 1..max, dense in practice).
std::uint32_t maxAccountId(const CaseFile &file);

} // namespace hl
