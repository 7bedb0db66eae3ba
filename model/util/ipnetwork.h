#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace hl {

// An IPv4 or IPv6 network: an address and a prefix length ("198.51.100.0/24", "2001:db8::/32";
// a single address has the full length, 32 or 128). IPv4 is kept as IPv4-mapped IPv6, so one
// comparison covers both families. Used to match partner indicators (CIDR) against the case's IPs.
struct IpNetwork
{
    std::array<std::uint8_t, 16> bytes{}; // network address, host bits zero
    int prefix = 128;                     // in IPv6 bits (IPv4 /24 → 120)
    bool v4 = false;

    // Parses "a.b.c.d", "a.b.c.d/n", IPv6 text and "v6/n" (no surrounding spaces). Host bits set
    // in a CIDR are cleared (203.0.113.7/24 → 203.0.113.0/24). nullopt if it is not an address.
    static std::optional<IpNetwork> parse(const QString &text);

    // The prefix as written for the family: 0..32 for IPv4, 0..128 for IPv6.
    int familyPrefix() const { return v4 ? prefix - 96 : prefix; }
    bool isSingleAddress() const { return prefix == 128; }
    // Canonical text: inet_ntop's address, "/n" only for a network.
    QString toString() const;
    // This network with its prefix cut to `prefix` (IPv6 bits).
    IpNetwork truncated(int prefix) const;
    bool contains(const IpNetwork &address) const { return address.prefix >= prefix && address.truncated(prefix) == *this; }

    bool operator==(const IpNetwork &o) const = default;
};

} // namespace hl
