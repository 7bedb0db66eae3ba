#include "accountjoinkeys.h"

#include "casefile.h"
#include "statement.h"

#include <algorithm>

namespace hl {

namespace {

constexpr std::uint32_t IpBit = 0x8000'0000u;

void putU32(std::string &out, std::uint32_t v)
{
    const char bytes[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char(v >> 24)};
    out.append(bytes, 4);
}

std::uint32_t getU32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return std::uint32_t(u[0]) | std::uint32_t(u[1]) << 8 | std::uint32_t(u[2]) << 16 | std::uint32_t(u[3]) << 24;
}

} // namespace

const std::vector<int> &joinKeyKinds()
{
    static const std::vector<int> kinds{1, 3, 5}; // ip, payment, device (schema::InfraKindNames)
    return kinds;
}

std::vector<AccountJoinKey> joinKeysOfLinks(const std::vector<AccountLink> &links, const std::vector<bool> &wanted)
{
    const std::vector<int> &kinds = joinKeyKinds();
    std::vector<AccountJoinKey> keys;
    for (std::size_t i = 0; i < links.size();) {
        std::size_t j = i;
        while (j < links.size() && links[j].infra == links[i].infra)
            ++j;
        // A value only one account uses joins nothing: left out.
        if (j - i >= 2 && std::find(kinds.begin(), kinds.end(), int(links[i].kind)) != kinds.end()) {
            const auto count = std::uint32_t(std::min<std::size_t>(j - i, IpBit - 1));
            for (std::size_t k = i; k < j; ++k)
                if (wanted.empty() || (links[k].account < wanted.size() && wanted[links[k].account]))
                    keys.push_back({links[k].account, links[k].infra, count, links[k].kind == 1});
        }
        i = j;
    }
    return keys;
}

std::vector<std::pair<std::uint32_t, std::string>> encodeJoinKeys(const std::vector<AccountLink> &links)
{
    std::vector<std::string> byAccount;
    for (const AccountJoinKey &k : joinKeysOfLinks(links, {})) { // infra order: each account's come sorted
        if (k.account >= byAccount.size())
            byAccount.resize(std::size_t(k.account) + 1 + k.account / 4);
        putU32(byAccount[k.account], k.infra);
        putU32(byAccount[k.account], k.accounts | (k.ip ? IpBit : 0));
    }
    std::vector<std::pair<std::uint32_t, std::string>> out;
    for (std::size_t a = 0; a < byAccount.size(); ++a)
        if (!byAccount[a].empty())
            out.emplace_back(std::uint32_t(a), std::move(byAccount[a]));
    return out;
}

std::optional<std::vector<AccountJoinKey>> readAccountJoinKeys(const CaseFile &file, const std::vector<bool> &wanted,
                                                               bool *stored, QString *error)
{
    return guardStorage(error, [&] {
        std::vector<AccountJoinKey> keys;
        Statement st(file.handle(), "SELECT account_id, keys FROM account_join_keys ORDER BY account_id");
        *stored = false;
        while (st.step()) {
            *stored = true;
            const auto account = std::uint32_t(st.columnInt(0));
            if (account >= wanted.size() || !wanted[account])
                continue;
            const std::string_view blob = st.columnBlob(1);
            if (blob.size() % 8 != 0)
                throw StorageError{QStringLiteral("account_join_keys of account %1 is damaged (%2 bytes); run "
                                                  "'hydralens analyze' again to rewrite it")
                                       .arg(account)
                                       .arg(blob.size())};
            for (std::size_t at = 0; at < blob.size(); at += 8) {
                const std::uint32_t word = getU32(blob.data() + at + 4);
                keys.push_back({account, getU32(blob.data() + at), word & ~IpBit, (word & IpBit) != 0});
            }
        }
        return keys;
    });
}

} // namespace hl
