#include "iplocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>

// libloc's headers (except libloc.h) have no extern "C" guards of their own.
extern "C" {
#include <libloc/as.h>
#include <libloc/database.h>
#include <libloc/libloc.h>
#include <libloc/network.h>
#include <libloc/writer.h>
}

#include <arpa/inet.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(hl::IpLocator)
};

template <auto Unref>
struct LocUnref
{
    template <typename T>
    void operator()(T *p) const
    {
        if (p)
            Unref(p);
    }
};
using ContextPtr = std::unique_ptr<loc_ctx, LocUnref<loc_unref>>;
using DatabasePtr = std::unique_ptr<loc_database, LocUnref<loc_database_unref>>;
using NetworkPtr = std::unique_ptr<loc_network, LocUnref<loc_network_unref>>;
using AsPtr = std::unique_ptr<loc_as, LocUnref<loc_as_unref>>;
using WriterPtr = std::unique_ptr<loc_writer, LocUnref<loc_writer_unref>>;

ContextPtr newContext()
{
    loc_ctx *ctx = nullptr;
    if (loc_new(&ctx) != 0)
        return nullptr;
    // libloc prints its own errors to stderr; ours say the same with the path and a remedy.
    // LOC_LOG (libloc's debugging switch) still turns its logging on.
    if (qEnvironmentVariableIsEmpty("LOC_LOG"))
        loc_set_log_priority(ctx, 0);
    return ContextPtr(ctx);
}

QString errnoText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString fromLoc(const char *text)
{
    return text ? QString::fromUtf8(text).simplified() : QString();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

struct IpLocator::Private
{
    ContextPtr ctx;
    DatabasePtr db;
    QString path;
    // libloc finds an AS by binary search and allocates a loc_as each time; an analysis sees a
    // few thousand ASNs among hundreds of thousands of addresses.
    mutable QHash<std::uint32_t, QString> asNames;

    QString asName(std::uint32_t asn) const
    {
        if (asn == 0)
            return QString();
        const auto it = asNames.constFind(asn);
        if (it != asNames.cend())
            return *it;
        QString name;
        loc_as *raw = nullptr;
        if (loc_database_get_as(db.get(), &raw, asn) == 0 && raw) {
            const AsPtr as(raw);
            name = fromLoc(loc_as_get_name(raw));
        }
        asNames.insert(asn, name);
        return name;
    }
};

IpLocator::IpLocator()
    : d(std::make_unique<Private>())
{
}

IpLocator::~IpLocator() = default;
IpLocator::IpLocator(IpLocator &&other) noexcept = default;
IpLocator &IpLocator::operator=(IpLocator &&other) noexcept = default;

QString IpLocator::defaultDatabasePath()
{
    return u"/usr/share/libloc-location/location.db"_s;
}

bool IpLocator::open(const QString &path, QString *error)
{
    close();
    if (!d)
        d = std::make_unique<Private>(); // a moved-from locator can be opened again
    const QString file = path.isEmpty() ? defaultDatabasePath() : path;
    const QString shown = QDir::toNativeSeparators(file);
    const QString remedy = path.isEmpty()
        ? Messages::tr("Install the system database with 'apt-get install libloc-database'.")
        : Messages::tr("Check the path, or leave it empty to use the system database (apt-get install libloc-database).");
    if (QFileInfo(file).isDir())
        return fail(error, Messages::tr("Cannot open the IP location database %1: it is a folder. %2").arg(shown, remedy));

    std::FILE *f = std::fopen(QFile::encodeName(file).constData(), "re");
    if (!f)
        return fail(error, Messages::tr("Cannot open the IP location database %1: %2. %3").arg(shown, errnoText(errno), remedy));
    ContextPtr ctx = newContext();
    loc_database *raw = nullptr;
    const int r = ctx ? loc_database_new(ctx.get(), &raw, f) : -ENOMEM;
    std::fclose(f); // libloc keeps a duplicate of the descriptor for its memory maps
    if (r != 0 || !raw) {
        if (raw)
            loc_database_unref(raw);
        return fail(error, Messages::tr("%1 is not a libloc location database, or it is damaged. Use a location.db such as "
                                        "%2 (package libloc-database).").arg(shown, QDir::toNativeSeparators(defaultDatabasePath())));
    }
    d->ctx = std::move(ctx);
    d->db.reset(raw);
    d->path = file;
    return true;
}

void IpLocator::close()
{
    if (!d)
        return;
    d->db.reset(); // before its context
    d->ctx.reset();
    d->path.clear();
    d->asNames.clear();
}

bool IpLocator::isOpen() const
{
    return d && d->db;
}

QString IpLocator::path() const
{
    return d ? d->path : QString();
}

QString IpLocator::description() const
{
    if (!isOpen())
        return QString();
    loc_database *db = d->db.get();
    QStringList parts;
    const QString vendor = fromLoc(loc_database_get_vendor(db));
    parts << (vendor.isEmpty() ? Messages::tr("unknown vendor") : vendor);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(loc_database_created_at(db), Qt::UTC);
    parts << Messages::tr("created %1").arg(created.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    const QString license = fromLoc(loc_database_get_license(db));
    if (!license.isEmpty())
        parts << Messages::tr("license %1").arg(license);
    QString text = parts.join(u", "_s);
    const QString about = fromLoc(loc_database_get_description(db));
    if (!about.isEmpty())
        text += u": "_s + about;
    return text;
}

IpLocation IpLocator::lookup(std::string_view ip) const
{
    IpLocation out;
    char text[INET6_ADDRSTRLEN]; // the longest address text, with its terminating NUL
    if (!isOpen() || ip.empty() || ip.size() >= sizeof(text) || ip.find('\0') != std::string_view::npos)
        return out;
    std::memcpy(text, ip.data(), ip.size());
    text[ip.size()] = '\0';

    // Parsed here rather than by loc_database_lookup_from_string(): inet_pton does not allocate,
    // and libloc would log every unparsable value.
    in6_addr address{};
    in_addr v4{};
    if (inet_pton(AF_INET, text, &v4) == 1) {
        // libloc keeps IPv4 networks as IPv4-mapped IPv6 (::ffff:a.b.c.d).
        address.s6_addr[10] = 0xff;
        address.s6_addr[11] = 0xff;
        std::memcpy(&address.s6_addr[12], &v4, sizeof(v4));
    } else if (inet_pton(AF_INET6, text, &address) != 1) {
        return out;
    }

    loc_network *raw = nullptr;
    const int r = loc_database_lookup(d->db.get(), &address, &raw);
    const NetworkPtr network(raw);
    if (r != 0 || !raw)
        return out;
    out.found = true;
    out.asn = loc_network_get_asn(raw);
    const char *cc = loc_network_get_country_code(raw);
    if (cc && cc[0])
        out.country = QString::fromLatin1(cc, qsizetype(qstrnlen(cc, 2)));
    out.anonymousProxy = loc_network_has_flag(raw, LOC_NETWORK_FLAG_ANONYMOUS_PROXY);
    out.satelliteProvider = loc_network_has_flag(raw, LOC_NETWORK_FLAG_SATELLITE_PROVIDER);
    out.anycast = loc_network_has_flag(raw, LOC_NETWORK_FLAG_ANYCAST);
    out.drop = loc_network_has_flag(raw, LOC_NETWORK_FLAG_DROP);
    out.asName = d->asName(out.asn);
    return out;
}

namespace {

// Fills the writer; false + *error on a bad entry (checked before anything touches the disk).
bool addEntries(loc_writer *writer, const QList<LocationNetwork> &networks, const QList<LocationAs> &ases,
                QString *error)
{
    QSet<std::uint32_t> seen;
    for (const LocationAs &entry : ases) {
        if (entry.asn == 0)
            return fail(error, Messages::tr("AS number 0 is reserved and cannot be listed (AS name '%1').").arg(entry.name));
        if (seen.contains(entry.asn))
            return fail(error, Messages::tr("AS%1 is listed twice.").arg(entry.asn));
        seen.insert(entry.asn);
        loc_as *raw = nullptr;
        if (loc_writer_add_as(writer, &raw, entry.asn) != 0 || !raw)
            return fail(error, Messages::tr("libloc could not add AS%1.").arg(entry.asn));
        const AsPtr as(raw);
        if (loc_as_set_name(raw, entry.name.toUtf8().constData()) != 0)
            return fail(error, Messages::tr("libloc could not set the name of AS%1.").arg(entry.asn));
    }
    for (const LocationNetwork &entry : networks) {
        loc_network *raw = nullptr;
        const int r = loc_writer_add_network(writer, &raw, entry.cidr.toUtf8().constData());
        const NetworkPtr network(raw);
        if (r == -EBUSY)
            return fail(error, Messages::tr("The network %1 is listed twice (another entry has the same prefix).").arg(entry.cidr));
        if (r != 0 || !raw)
            return fail(error, Messages::tr("'%1' is not a network prefix such as 192.0.2.0/24 or 2001:db8::/32.").arg(entry.cidr));
        if (entry.asn != 0 && loc_network_set_asn(raw, entry.asn) != 0)
            return fail(error, Messages::tr("libloc could not set AS%1 on the network %2.").arg(entry.asn).arg(entry.cidr));
        if (!entry.country.isEmpty() && loc_network_set_country_code(raw, entry.country.toUtf8().constData()) != 0)
            return fail(error, Messages::tr("The country '%1' of the network %2 is not an ISO 3166 two-letter code in capitals "
                                            "(such as DE).").arg(entry.country, entry.cidr));
        const std::pair<bool, loc_network_flags> flags[] = {
            {entry.anonymousProxy, LOC_NETWORK_FLAG_ANONYMOUS_PROXY},
            {entry.satelliteProvider, LOC_NETWORK_FLAG_SATELLITE_PROVIDER},
            {entry.anycast, LOC_NETWORK_FLAG_ANYCAST},
            {entry.drop, LOC_NETWORK_FLAG_DROP}};
        for (const auto &[set, flag] : flags) {
            if (set && loc_network_set_flag(raw, flag) != 0)
                return fail(error, Messages::tr("libloc could not set a flag on the network %1.").arg(entry.cidr));
        }
    }
    return true;
}

// Writes to a temporary file in the target's folder (same file system) and renames it into
// place: readers never see a half-written database, and a failure leaves the old one.
bool writeAtomically(loc_writer *writer, const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.isDir())
        return fail(error, Messages::tr("Cannot write the location database %1: it is a folder. Give a file name.").arg(shown));
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(error, Messages::tr("Cannot write the location database %1: the folder %2 does not exist.")
                               .arg(shown, QDir::toNativeSeparators(target.absolutePath())));
    const QByteArray finalName = QFile::encodeName(target.absoluteFilePath());
    QByteArray tempName = finalName + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tempName.data());
    if (fd < 0)
        return fail(error, Messages::tr("Cannot write the location database %1: %2.").arg(shown, errnoText(errno)));
    ::fchmod(fd, 0644); // mkstemp creates 0600; a location database holds nothing secret
    std::FILE *f = ::fdopen(fd, "w+");
    if (!f) {
        const int e = errno;
        ::close(fd);
        ::unlink(tempName.constData());
        return fail(error, Messages::tr("Cannot write the location database %1: %2.").arg(shown, errnoText(e)));
    }
    errno = 0;
    const int r = loc_writer_write(writer, f, LOC_DATABASE_VERSION_LATEST);
    bool ok = r == 0 && std::fflush(f) == 0 && ::fsync(fd) == 0;
    int e = r < 0 ? -r : errno;
    if (std::fclose(f) != 0 && ok) {
        ok = false;
        e = errno;
    }
    if (ok && ::rename(tempName.constData(), finalName.constData()) != 0) {
        ok = false;
        e = errno;
    }
    if (!ok) {
        ::unlink(tempName.constData());
        return fail(error, Messages::tr("Cannot write the location database %1: %2.")
                               .arg(shown, e ? errnoText(e) : Messages::tr("libloc could not write it")));
    }
    return true;
}

} // namespace

bool writeLocationDatabase(const QString &path, const QList<LocationNetwork> &networks, const QList<LocationAs> &ases,
                           const QString &vendor, const QString &description, const QString &license,
                           QString *error)
{
    if (path.isEmpty())
        return fail(error, Messages::tr("No file name was given for the location database."));
    ContextPtr ctx = newContext();
    loc_writer *raw = nullptr;
    if (!ctx || loc_writer_new(ctx.get(), &raw, nullptr, nullptr) != 0 || !raw) // unsigned: no keys
        return fail(error, Messages::tr("libloc could not prepare a location database (out of memory?)."));
    const WriterPtr writer(raw);
    if (loc_writer_set_vendor(raw, vendor.toUtf8().constData()) != 0
        || loc_writer_set_description(raw, description.toUtf8().constData()) != 0
        || loc_writer_set_license(raw, license.toUtf8().constData()) != 0)
        return fail(error, Messages::tr("libloc could not store the vendor, description or license of %1.")
                               .arg(QDir::toNativeSeparators(path)));
    QString why;
    if (!addEntries(raw, networks, ases, &why))
        return fail(error, Messages::tr("Cannot write the location database %1: %2").arg(QDir::toNativeSeparators(path), why));
    return writeAtomically(raw, path, error);
}

bool writeLocationDatabase(const QString &path, const QList<LocationNetwork> &networks, const QList<LocationAs> &ases,
                           const QString &vendor, const QString &description, QString *error)
{
    return writeLocationDatabase(path, networks, ases, vendor, description, QString(), error);
}

} // namespace hl
