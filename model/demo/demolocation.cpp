#include "demolocation.h"

#include "demonetworks.h"

#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// The categories of demonetworks.cpp whose whole prefix is an anonymising service.
bool isAnonymisingService(const DemoNetwork &n)
{
    return std::strcmp(n.category, "vpn") == 0 || std::strcmp(n.category, "isp-proxy") == 0;
}

} // namespace

QList<LocationNetwork> demoLocationNetworks()
{
    QList<LocationNetwork> networks;
    for (int net = 0; net < NetCount; ++net) {
        const DemoNetwork &n = DemoNetworks::network(net);
        LocationNetwork entry;
        entry.asn = n.asn;
        entry.country = QString::fromLatin1(n.country);
        entry.anonymousProxy = isAnonymisingService(n);
        // The residential-proxy rows nest inside their ISP's prefix with the ISP's AS and
        // country, so writing them changes no answer; they are written because they are rows.
        entry.cidr = u"%1.%2.%3.%4/%5"_s.arg(int(n.v4[0])).arg(int(n.v4[1])).arg(int(n.v4[2])).arg(int(n.v4[3]))
                         .arg(n.v4Length);
        networks.append(entry);
        if (n.v6Group != 0) { // as DemoNetworks::format writes it: 2001:db8:<group>:<subnet>:…
            entry.cidr = u"2001:db8:%1::/48"_s.arg(uint(n.v6Group), 0, 16);
            networks.append(entry);
        }
    }
    return networks;
}

QList<LocationAs> demoLocationAses()
{
    QList<LocationAs> ases;
    QSet<std::uint32_t> seen;
    for (int net = 0; net < NetCount; ++net) {
        const DemoNetwork &n = DemoNetworks::network(net);
        if (seen.contains(n.asn))
            continue; // the proxy-exit rows repeat their ISP's AS
        seen.insert(n.asn);
        ases.append({n.asn, QString::fromUtf8(n.asName)});
    }
    return ases;
}

bool writeDemoLocationDatabase(const QString &path, QString *error)
{
    return writeLocationDatabase(path, demoLocationNetworks(), demoLocationAses(), u"HydraLens demo"_s,
                                 u"The synthetic internet of the HydraLens demo export (docs/demo-data.md): "
                                 "documentation and benchmarking address space and documentation AS numbers only."_s,
                                 u"synthetic demo data; describes no real network"_s, error);
}

} // namespace hl
