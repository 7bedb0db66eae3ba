#pragma once

#include "analysis/iplocation.h"

#include <QList>
#include <QString>

namespace hl {

// The demo's synthetic internet (demonetworks.cpp) as a libloc location database, so that the
// IP enrichment of an analysis has something to find in a demo export: the real database knows
// none of the demo's documentation/benchmarking prefixes and documentation AS numbers.
//
// Every network of the table is written with its AS number, AS name and country, IPv4 and (where
// it has one) its IPv6 /48. Only what a real database would plausibly flag as an anonymous
// proxy is flagged: the commercial VPN (NimbusVPN) and the ISP-proxy provider (Tanager). The
// residential-proxy exits are not: they hide in residential ISP ranges and resolve like any
// home user of the ISP, which is the point of them. Hosting ranges are not either: a cloud is
// not an anonymiser (the API reseller's egress lives there).
QList<LocationNetwork> demoLocationNetworks();
QList<LocationAs> demoLocationAses();

// Writes the database (atomically; see writeLocationDatabase). False + *error on failure.
bool writeDemoLocationDatabase(const QString &path, QString *error);

} // namespace hl
