#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace hl::stix {

// STIX patterns (STIX 2.1, section 9): the few HydraLens writes, and what it takes from a
// partner's.

// A string literal for a pattern: quoted, with ' and \ escaped.
QString quoted(const QString &text);
// "[ipv4-addr:value = '203.0.113.7']" and the like.
QString equalsPattern(const QString &objectPath, const QString &literal);
// "[email-addr:value LIKE '%@example.org']": any address at the domain.
QString emailDomainPattern(const QString &domain);

// What a partner's pattern says about addresses, domains and networks.
struct PatternValue
{
    enum Kind { Ip = 1, Asn = 2, Domain = 4 }; // as schema::InfraKind (Domain: e-mail domain)
    Kind kind = Ip;
    QString value; // canonical: "203.0.113.7", "198.51.100.0/24", "AS64500", "example.org"
    QString path;  // the object path it came from, e.g. "ipv4-addr:value"
};

struct PatternValues
{
    std::vector<PatternValue> values;
    QString problem; // why the pattern gives no values (empty when it gives some)
};

// Reads a STIX pattern. A pattern gives values when it is a disjunction (OR, inside and between
// observation expressions; qualifiers are ignored) in which some comparisons test, with =, IN or
// ISSUBSET, ipv4-addr:value, ipv6-addr:value (addresses or CIDR), domain-name:value,
// email-addr:value (the domain part; or LIKE '%@domain') or autonomous-system:number; any such
// comparison alone makes the pattern match. Comparisons on other objects are left aside. A
// pattern that needs several things at once (AND, FOLLOWEDBY) or negates one (NOT, !=, <, >)
// gives nothing, with a reason: a single address would not make it match.
PatternValues parsePattern(const QString &pattern);

} // namespace hl::stix
