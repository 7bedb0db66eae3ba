#include "demonetworks.h"

#include "demorandom.h"

#include <algorithm>
#include <charconv>

namespace hl {

namespace {

// category, ASN, AS name, country, IPv4 prefix, length, IPv6 /48 group, who uses it
// clang-format off
const DemoNetwork Networks[NetCount] = {
    // Residential ISPs: home users (lower half); proxy exits of "Orchid Proxy" in the top quarter
    {"residential", 64496, "Northwind Broadband", "US", {198, 18, 0, 0}, 17, 0x0100, "home users (US)"},
    {"residential", 64497, "Kestrel Telecom", "DE", {198, 18, 128, 0}, 18, 0x0101, "home users (DE, NL, ES)"},
    {"residential", 64498, "Albion Fibre", "GB", {198, 18, 192, 0}, 20, 0x0102, "home users (GB)"},
    {"residential", 64499, "Sakura Hikari", "JP", {198, 18, 208, 0}, 20, 0x0103, "home users (JP)"},
    {"residential", 64500, "Maple Cable", "CA", {198, 18, 224, 0}, 21, 0x0104, "home users (CA)"},
    {"residential", 64501, "Rio Conecta", "BR", {198, 18, 232, 0}, 21, 0x0105, "home users (BR)"},
    {"residential", 64502, "Ganges Net", "IN", {198, 18, 240, 0}, 20, 0x0106, "home users (IN)"},
    {"residential", 64503, "Southern Cross Broadband", "AU", {198, 19, 0, 0}, 21, 0x0107, "home users (AU)"},
    {"residential", 64504, "Han River Telecom", "KR", {198, 19, 8, 0}, 21, 0x0108, "home users (KR)"},
    {"residential", 65536, "Merlion Fibre", "SG", {198, 19, 16, 0}, 22, 0x0109, "home users (SG)"},
    {"residential", 65537, "Azteca Cable", "MX", {198, 19, 20, 0}, 22, 0x010a, "home users (MX)"},
    {"residential", 65538, "Gallia Telecom", "FR", {198, 19, 24, 0}, 21, 0x010b, "home users (FR)"},
    // Residential-proxy exits: peers of the "Orchid Proxy" network inside the ISPs above
    {"residential-proxy-exits", 64496, "Northwind Broadband", "US", {198, 18, 96, 0}, 19, 0, "Orchid Proxy exits: actors, proxy customers"},
    {"residential-proxy-exits", 64497, "Kestrel Telecom", "DE", {198, 18, 176, 0}, 20, 0, "Orchid Proxy exits: actors, proxy customers"},
    {"residential-proxy-exits", 64498, "Albion Fibre", "GB", {198, 18, 204, 0}, 22, 0, "Orchid Proxy exits: actors, proxy customers"},
    {"residential-proxy-exits", 64501, "Rio Conecta", "BR", {198, 18, 238, 0}, 23, 0, "Orchid Proxy exits: actors, proxy customers"},
    {"residential-proxy-exits", 64502, "Ganges Net", "IN", {198, 18, 252, 0}, 22, 0, "Orchid Proxy exits: actors, proxy customers"},
    {"residential-proxy-exits", 64504, "Han River Telecom", "KR", {198, 19, 14, 0}, 23, 0, "Orchid Proxy exits: actors, proxy customers"},
    // Mobile carriers (Bluewave's first /24 is its carrier-grade NAT pool)
    {"mobile", 64505, "Bluewave Mobile", "US", {198, 19, 32, 0}, 20, 0x0120, "mobile users; CGNAT pool 198.19.32.0/24"},
    {"mobile", 65539, "Rheinfunk Mobil", "DE", {198, 19, 48, 0}, 22, 0x0121, "mobile users (EU)"},
    // Hosting and cloud
    {"hosting", 64506, "Stratus Cloud Hosting", "US", {198, 19, 64, 0}, 19, 0x0130, "API reseller egress; actor servers"},
    {"hosting", 64507, "Ironclad VPS", "NL", {198, 19, 96, 0}, 20, 0x0131, "actor servers"},
    {"hosting", 64508, "Ferrous Datacenter", "SG", {198, 19, 112, 0}, 20, 0x0132, "actor servers"},
    {"hosting", 65541, "Quill Colocation", "HK", {192, 0, 2, 0}, 24, 0, "actor servers"},
    // Commercial VPN and ISP ("static residential") proxies
    {"vpn", 64509, "NimbusVPN", "CH", {198, 19, 128, 0}, 22, 0x0140, "VPN exits: VPN users"},
    {"isp-proxy", 64510, "Tanager ISP Proxies", "US", {198, 19, 136, 0}, 21, 0x0141, "static residential proxies: actors"},
    // Organisations with their own address space
    {"enterprise", 64511, "Halvorsen Industries", "US", {203, 0, 113, 0}, 24, 0x0150, "corporate NAT"},
    {"campus", 65540, "Westbrook University Network", "US", {198, 51, 100, 0}, 24, 0x0151, "campus NAT"},
};
// clang-format on

inline std::uint32_t v4Of(const DemoNetwork &n)
{
    return (std::uint32_t(n.v4[0]) << 24) | (std::uint32_t(n.v4[1]) << 16)
         | (std::uint32_t(n.v4[2]) << 8) | std::uint32_t(n.v4[3]);
}

char *putHex(char *out, unsigned v)
{
    auto r = std::to_chars(out, out + 4, v, 16);
    return r.ptr;
}

} // namespace

const DemoNetwork &DemoNetworks::network(int net)
{
    return Networks[net];
}

std::uint32_t DemoNetworks::prefixBase(int net)
{
    return v4Of(Networks[net]);
}

std::uint64_t DemoNetworks::hostCount(int net)
{
    const std::uint64_t size = std::uint64_t(1) << (32 - Networks[net].v4Length);
    return size / 256 * 254;
}

std::uint64_t DemoNetworks::host(int net, std::uint64_t index)
{
    const std::uint64_t i = index % hostCount(net);
    return prefixBase(net) + (i / 254) * 256 + 1 + (i % 254);
}

std::uint64_t DemoNetworks::homeHost(int net, std::uint64_t index)
{
    const std::uint64_t homes = std::max<std::uint64_t>(254, hostCount(net) / 2);
    return host(net, index % homes);
}

std::uint64_t DemoNetworks::ipv6(int net, std::uint32_t subnet, std::uint32_t host)
{
    return (std::uint64_t(1) << 63) | (std::uint64_t(net & 0x7fff) << 48)
         | (std::uint64_t(subnet & 0xffff) << 32) | host;
}

int DemoNetworks::networkOf(std::uint64_t ip)
{
    if (isIpv6(ip))
        return static_cast<int>((ip >> 48) & 0x7fff);
    int best = -1;
    for (int i = 0; i < NetCount; ++i) {
        const int len = Networks[i].v4Length;
        const std::uint32_t mask = len == 0 ? 0 : ~std::uint32_t(0) << (32 - len);
        if ((std::uint32_t(ip) & mask) == v4Of(Networks[i])
            && (best < 0 || len > Networks[best].v4Length))
            best = i;
    }
    return best;
}

int DemoNetworks::format(std::uint64_t ip, char *out)
{
    char *p = out;
    if (!isIpv6(ip)) {
        const auto a = std::uint32_t(ip);
        for (int shift = 24; shift >= 0; shift -= 8) {
            p = std::to_chars(p, p + 3, (a >> shift) & 0xff).ptr;
            if (shift)
                *p++ = '.';
        }
        return static_cast<int>(p - out);
    }
    // 2001:db8:GGGG:SSSS:h:h:h:h with no zero groups (the host groups come from a hash and are
    // forced non-zero, the subnet likewise), so the text is already in RFC 5952 canonical form.
    const int net = networkOf(ip);
    const unsigned group = net >= 0 && net < NetCount ? Networks[net].v6Group : 0x1ff;
    const unsigned subnet = unsigned((ip >> 32) & 0xffff) | 1u;
    const std::uint64_t h = DemoRandom::mix(ip & 0xffffffffULL);
    const char prefix[] = "2001:db8:";
    for (const char *s = prefix; *s; ++s)
        *p++ = *s;
    p = putHex(p, group);
    *p++ = ':';
    p = putHex(p, subnet);
    for (int i = 0; i < 4; ++i) {
        *p++ = ':';
        unsigned g = unsigned((h >> (16 * i)) & 0xffff);
        p = putHex(p, g ? g : 1u);
    }
    return static_cast<int>(p - out);
}

std::string DemoNetworks::toString(std::uint64_t ip)
{
    char buf[48];
    return std::string(buf, static_cast<std::size_t>(format(ip, buf)));
}

std::string DemoNetworks::asn(int net)
{
    return "AS" + std::to_string(Networks[net].asn);
}

} // namespace hl
