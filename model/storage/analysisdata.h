#pragma once

#include <QString>

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

// An account's prompt-template profile: the templates that carry most of its requests, with
// their share of them (sorted by template id), and how many requests it made.
struct TemplateProfile
{
    std::vector<std::pair<std::uint32_t, float>> top; // (template id, share of the account's exchanges)
    std::int64_t exchanges = 0;
};

// Profiles of every account (index = account id), from one pass over the exchange blocks.
// At most `maxTemplates` per account, the most used. `progress` gets 0..1 and may return false
// to cancel (then nullopt and *error = "cancelled").
std::optional<std::vector<TemplateProfile>> readTemplateProfiles(const CaseFile &file, std::size_t maxTemplates,
                                                                 QString *error,
                                                                 const std::function<bool(double)> &progress = {});

// Every IP address of the case: (infra id, canonical text).
std::optional<std::vector<std::pair<std::uint32_t, std::string>>> readIpAddresses(const CaseFile &file, QString *error);

// Highest account id in the case (ids are 1..max, dense in practice).
std::uint32_t maxAccountId(const CaseFile &file);

} // namespace hl
