#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

namespace hl {

// What an offline location database (libloc, as shipped by libloc-database) says about one
// address.
struct IpLocation
{
    std::uint32_t asn = 0;          // 0 = unknown
    QString asName;                 // "" if unknown
    QString country;                // ISO 3166 alpha-2, "" if unknown
    bool anonymousProxy = false;    // libloc LOC_NETWORK_FLAG_ANONYMOUS_PROXY
    bool satelliteProvider = false; // LOC_NETWORK_FLAG_SATELLITE_PROVIDER
    bool anycast = false;           // LOC_NETWORK_FLAG_ANYCAST
    bool drop = false;              // LOC_NETWORK_FLAG_DROP (hostile networks)
    bool found = false;             // the address is in a network of the database
};

// Looks addresses up in a libloc database (the file is memory-mapped, so opening is cheap and
// the pages are shared between locators). Offline: no DNS, no network.
//
// Thread-safety: none. lookup() is const but fills an AS-name cache, and libloc's objects are
// reference-counted without atomics. Use one locator per thread (open the same file again).
class IpLocator
{
public:
    IpLocator();
    ~IpLocator();
    IpLocator(IpLocator &&other) noexcept;
    IpLocator &operator=(IpLocator &&other) noexcept;
    IpLocator(const IpLocator &) = delete;
    IpLocator &operator=(const IpLocator &) = delete;

    // Opens a libloc database; an empty path means the system one (defaultDatabasePath()).
    // Replaces any database opened before. On failure returns false and sets *error (what,
    // where, what to do); the locator is then closed.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const;                     // of the open database, "" if closed

    static QString defaultDatabasePath();     // /usr/share/libloc-location/location.db
    // Vendor, creation time (UTC), license and description of the open database, on one line
    // (for provenance in reports); "" if closed.
    QString description() const;

    // One IPv4 or IPv6 address as text ("203.0.113.7", "2001:db8::1"; IPv4-mapped IPv6 is
    // looked up as IPv4). Unknown, unparsable, or no database open: found = false. The most
    // specific network of the database wins.
    IpLocation lookup(std::string_view ip) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One network of a location database to write.
struct LocationNetwork
{
    QString cidr;            // "198.51.100.0/24", "2001:db8::/32"
    std::uint32_t asn = 0;   // 0 = none
    QString country;         // ISO 3166 alpha-2 (upper case), "" = none
    bool anonymousProxy = false;
    bool satelliteProvider = false;
    bool anycast = false;
    bool drop = false;
};

struct LocationAs
{
    std::uint32_t asn = 0;
    QString name;
};

// Writes a libloc database (format LOC_DATABASE_VERSION_LATEST, unsigned) that IpLocator and
// libloc's own tools (`location --database FILE lookup …`) can read. Networks may nest; a
// network listed twice, a malformed prefix or a bad country code is an error. The file is
// written next to `path` under a temporary name and renamed into place, so a failure leaves
// no half-written database (and an existing one untouched). Returns false + *error on failure.
bool writeLocationDatabase(const QString &path, const QList<LocationNetwork> &networks, const QList<LocationAs> &ases,
                           const QString &vendor, const QString &description, const QString &license,
                           QString *error);
// The same without a license.
bool writeLocationDatabase(const QString &path, const QList<LocationNetwork> &networks, const QList<LocationAs> &ases,
                           const QString &vendor, const QString &description, QString *error);

} // namespace hl
