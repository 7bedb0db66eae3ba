#pragma once

#include <cstdint>
#include <string>

namespace hl {

// Identifiers of the rows of the network table (demonetworks.cpp). Code refers to networks by
// these names; the addresses, AS numbers and AS names live only in the table.
enum DemoNet : int {
    NetResUs, NetResDe, NetResGb, NetResJp, NetResCa, NetResBr, NetResIn, NetResAu, NetResKr,
    NetResSg, NetResMx, NetResFr,
    NetProxyUs, NetProxyDe, NetProxyGb, NetProxyBr, NetProxyIn, NetProxyKr, // proxy exits in ISPs
    NetMobileUs, NetMobileDe,
    NetStratusCloud, NetIroncladVps, NetFerrousDc, NetQuillColo,
    NetNimbusVpn, NetTanagerProxies,
    NetHalvorsen, NetWestbrook,
    NetCount
};

struct DemoNetwork
{
    const char *category;   // residential, residential-proxy-exits, mobile, hosting, vpn, isp-proxy,
                            // enterprise, campus
    std::uint32_t asn;
    const char *asName;
    const char *country;    // ISO 3166-1 alpha-2 where the network is registered
    std::uint8_t v4[4];     // IPv4 prefix (all inside reserved documentation/benchmark space)
    int v4Length;
    std::uint16_t v6Group;  // IPv6 prefix 2001:db8:<v6Group>::/48, 0 = no IPv6
    const char *use;        // who shows up on it in the demo
};

// The synthetic internet of the demo: IP prefixes, AS numbers and AS names. Every prefix is in
// space reserved for documentation or benchmarking (198.18.0.0/15, 192.0.2.0/24,
// 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and every AS number is a documentation ASN
// (64496-64511, 65536-65551), so the demo never points at a real network.
//
// An "IP code" is a compact 64-bit form: an IPv4 address in the low 32 bits, or, with bit 63 set,
// an IPv6 address (network, 16-bit subnet and 32-bit host seed).
class DemoNetworks
{
public:
    static const DemoNetwork &network(int net);
    static std::uint32_t prefixBase(int net);
    static std::uint64_t hostCount(int net);                   // usable host addresses

    // The index-th usable host address of the network (wraps around; .0 and .255 skipped).
    static std::uint64_t host(int net, std::uint64_t index);
    // Addresses handed to home subscribers: the lower half of a residential prefix (the upper
    // quarter holds the residential-proxy exits).
    static std::uint64_t homeHost(int net, std::uint64_t index);
    static std::uint64_t ipv6(int net, std::uint32_t subnet, std::uint32_t host);

    static bool isIpv6(std::uint64_t ip) { return (ip >> 63) != 0; }
    static int networkOf(std::uint64_t ip);                    // most specific match, -1 if none
    static int format(std::uint64_t ip, char *out);            // at most 39 characters
    static std::string toString(std::uint64_t ip);
    static std::string asn(int net);                           // "AS64496"
};

} // namespace hl
