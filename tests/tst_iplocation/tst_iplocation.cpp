#include "analysis/iplocation.h"
#include "demo/demogenerator.h"
#include "demo/demolocation.h"
#include "io/recordreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace hl;
using namespace Qt::StringLiterals;

namespace {

// A small database: nested IPv4 networks (most specific wins), IPv6, every flag, a network
// without AS and one whose AS has no name.
QList<LocationNetwork> smallNetworks()
{
    QList<LocationNetwork> n;
    n.append({u"10.0.0.0/8"_s, 64500, u"DE"_s});
    n.append({u"10.1.0.0/16"_s, 64501, u"FR"_s, true});
    n.append({u"10.1.2.0/24"_s, 64502, u"NL"_s, false, false, false, true});
    n.append({u"192.0.2.0/24"_s, 0, QString(), false, false, true});
    n.append({u"2001:db8::/32"_s, 64500, u"DE"_s, false, true});
    n.append({u"2001:db8:1::/48"_s, 64503, u"JP"_s});
    return n;
}

QList<LocationAs> smallAses()
{
    return {{64500, u"Alpha Net"_s}, {64501, u"Beta Proxy"_s}, {64502, u"Gamma Hostile"_s}, {64504, u"Unused"_s}};
}

// Reads `columns` of every record of a demo table; fails the test on a reader error.
QList<QStringList> readTable(const QString &path, const QStringList &columns)
{
    QList<QStringList> rows;
    auto reader = RecordReader::create(path);
    reader->setColumns(columns);
    if (!reader->open()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(reader->issue().message));
        return {};
    }
    while (reader->next() == RecordReader::Status::Record) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(QString::fromUtf8(reader->value(i).data(), qsizetype(reader->value(i).size())));
        rows.append(row);
    }
    return rows;
}

QString flagsOf(const IpLocation &l)
{
    const std::pair<bool, QString> flags[] = {
        {l.anonymousProxy, u"proxy"_s}, {l.satelliteProvider, u"satellite"_s}, {l.anycast, u"anycast"_s}, {l.drop, u"drop"_s}};
    QStringList set;
    for (const auto &[on, name] : flags)
        if (on)
            set << name;
    return set.join(u',');
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_IpLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookup_data();
    void lookup();
    void notFound_data();
    void notFound();
    void description();
    void openErrors();
    void writeErrors_data();
    void writeErrors();
    void writeToBadPlace();
    void moveAndClose();
    void demoSpotChecks_data();
    void demoSpotChecks();
    void demoExportResolves();
    void systemDatabase_data();
    void systemDatabase();

private:
    QTemporaryDir m_tmp;
    QString m_small;
    IpLocator m_locator; // on m_small
    IpLocator m_demo;    // on the demo's database
};

void tst_IpLocation::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_small = m_tmp.filePath(u"small.db"_s);
    QString error;
    QVERIFY2(writeLocationDatabase(m_small, smallNetworks(), smallAses(), u"HydraLens test"_s, u"A small database"_s,
                                   u"CC0-1.0"_s, &error), qPrintable(error));
    QVERIFY2(m_locator.open(m_small, &error), qPrintable(error));
    QVERIFY(m_locator.isOpen());
    QCOMPARE(m_locator.path(), m_small);
    const QString demo = m_tmp.filePath(u"demo.db"_s);
    QVERIFY2(writeDemoLocationDatabase(demo, &error), qPrintable(error));
    QVERIFY2(m_demo.open(demo, &error), qPrintable(error));
    QVERIFY(m_demo.description().startsWith(u"HydraLens demo"_s));
}

void tst_IpLocation::lookup_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<uint>("asn");
    QTest::addColumn<QString>("asName");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("flags");
    QTest::addRow("/8") << u"10.200.0.1"_s << 64500u << u"Alpha Net"_s << u"DE"_s << QString();
    QTest::addRow("/8 first") << u"10.0.0.0"_s << 64500u << u"Alpha Net"_s << u"DE"_s << QString();
    QTest::addRow("/8 last") << u"10.255.255.255"_s << 64500u << u"Alpha Net"_s << u"DE"_s << QString();
    QTest::addRow("/16 in /8") << u"10.1.200.1"_s << 64501u << u"Beta Proxy"_s << u"FR"_s << u"proxy"_s;
    QTest::addRow("/16 beside the /24") << u"10.1.3.0"_s << 64501u << u"Beta Proxy"_s << u"FR"_s << u"proxy"_s;
    // The /24 does not inherit the /16's flag: a network's answer is its own.
    QTest::addRow("/24 in /16") << u"10.1.2.3"_s << 64502u << u"Gamma Hostile"_s << u"NL"_s << u"drop"_s;
    QTest::addRow("/24 last") << u"10.1.2.255"_s << 64502u << u"Gamma Hostile"_s << u"NL"_s << u"drop"_s;
    QTest::addRow("IPv4-mapped") << u"::ffff:10.1.2.3"_s << 64502u << u"Gamma Hostile"_s << u"NL"_s << u"drop"_s;
    QTest::addRow("no AS, no country") << u"192.0.2.7"_s << 0u << QString() << QString() << u"anycast"_s;
    QTest::addRow("IPv6 /32") << u"2001:db8::1"_s << 64500u << u"Alpha Net"_s << u"DE"_s << u"satellite"_s;
    QTest::addRow("IPv6 /32 beside") << u"2001:db8:2::1"_s << 64500u << u"Alpha Net"_s << u"DE"_s << u"satellite"_s;
    QTest::addRow("IPv6 /48, AS without name") << u"2001:db8:1::1"_s << 64503u << QString() << u"JP"_s << QString();
    QTest::addRow("IPv6 /48 last") << u"2001:db8:1:ffff:ffff:ffff:ffff:ffff"_s << 64503u << QString() << u"JP"_s
                                   << QString();
    QTest::addRow("IPv6 upper case") << u"2001:DB8:1::A"_s << 64503u << QString() << u"JP"_s << QString();
}

void tst_IpLocation::lookup()
{
    QFETCH(QString, ip);
    QFETCH(uint, asn);
    QFETCH(QString, asName);
    QFETCH(QString, country);
    QFETCH(QString, flags);
    const std::string text = ip.toStdString();
    const IpLocation l = m_locator.lookup(text);
    QVERIFY(l.found);
    QCOMPARE(l.asn, asn);
    QCOMPARE(l.asName, asName);
    QCOMPARE(l.country, country);
    QCOMPARE(flagsOf(l), flags);
    // The AS-name cache gives the same answer the second time.
    QCOMPARE(m_locator.lookup(text).asName, asName);
}

void tst_IpLocation::notFound_data()
{
    QTest::addColumn<QByteArray>("ip");
    QTest::addRow("outside, below") << QByteArray("9.255.255.255");
    QTest::addRow("outside, above") << QByteArray("11.0.0.0");
    QTest::addRow("outside IPv6") << QByteArray("2001:db9::1");
    QTest::addRow("IPv4-compatible is not IPv4") << QByteArray("::10.1.2.3");
    QTest::addRow("empty") << QByteArray("");
    QTest::addRow("word") << QByteArray("garbage");
    QTest::addRow("three parts") << QByteArray("10.1.2");
    QTest::addRow("five parts") << QByteArray("10.1.2.3.4");
    QTest::addRow("octet 256") << QByteArray("10.1.2.256");
    QTest::addRow("prefix") << QByteArray("10.1.2.3/24");
    QTest::addRow("leading space") << QByteArray(" 10.1.2.3");
    QTest::addRow("trailing space") << QByteArray("10.1.2.3 ");
    QTest::addRow("triple colon") << QByteArray("2001:db8:::1");
    QTest::addRow("zone") << QByteArray("2001:db8::1%eth0");
    QTest::addRow("embedded NUL") << QByteArray("10.1.2.3\0junk", 13);
    QTest::addRow("very long") << QByteArray(200, '1');
}

void tst_IpLocation::notFound()
{
    QFETCH(QByteArray, ip);
    const IpLocation l = m_locator.lookup(std::string_view(ip.constData(), std::size_t(ip.size())));
    QVERIFY(!l.found);
    QCOMPARE(l.asn, 0u);
    QVERIFY(l.asName.isEmpty() && l.country.isEmpty());
    QVERIFY(!l.anonymousProxy && !l.satelliteProvider && !l.anycast && !l.drop);
}

void tst_IpLocation::description()
{
    const QString d = m_locator.description();
    QVERIFY2(d.startsWith(u"HydraLens test, created "_s), qPrintable(d));
    QVERIFY2(d.contains(u"license CC0-1.0"_s) && d.endsWith(u": A small database"_s), qPrintable(d));
    QVERIFY2(d.contains(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)), qPrintable(d));
}

void tst_IpLocation::openErrors()
{
    IpLocator locator;
    QString error;
    QVERIFY(!locator.isOpen());
    QVERIFY(!locator.lookup("10.1.2.3").found); // nothing open: nothing found, no crash
    QVERIFY(locator.description().isEmpty());

    const QString missing = m_tmp.filePath(u"no-such.db"_s);
    QVERIFY(!locator.open(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY2(error.contains(u"apt-get install libloc-database"_s), qPrintable(error));
    QVERIFY(!locator.isOpen());

    const QString text = m_tmp.filePath(u"notes.txt"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();
    QVERIFY(!locator.open(text, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(text)) && error.contains(u"not a libloc location database"_s),
             qPrintable(error));

    QVERIFY(!locator.open(m_tmp.path(), &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));

    // A failed open closes what was open before.
    QVERIFY2(locator.open(m_small, &error), qPrintable(error));
    QVERIFY(locator.lookup("10.1.2.3").found);
    QVERIFY(!locator.open(missing, &error));
    QVERIFY(!locator.isOpen());
    QVERIFY(!locator.lookup("10.1.2.3").found);
}

void tst_IpLocation::writeErrors_data()
{
    QTest::addColumn<QList<LocationNetwork>>("networks");
    QTest::addColumn<QList<LocationAs>>("ases");
    QTest::addColumn<QString>("mentions");
    const QList<LocationAs> noAses;
    QTest::addRow("bad prefix") << QList<LocationNetwork>{{u"10.0.0.0/8"_s, 1, u"DE"_s}, {u"10.1.2/x"_s, 1, u"DE"_s}}
                                << noAses << u"'10.1.2/x' is not a network prefix"_s;
    QTest::addRow("prefix too long") << QList<LocationNetwork>{{u"10.0.0.0/33"_s, 1, u"DE"_s}} << noAses
                                     << u"10.0.0.0/33"_s;
    QTest::addRow("listed twice") << QList<LocationNetwork>{{u"10.0.0.0/8"_s, 1, u"DE"_s}, {u"10.0.0.0/8"_s, 2, u"FR"_s}}
                                  << noAses << u"10.0.0.0/8 is listed twice"_s;
    QTest::addRow("lower-case country") << QList<LocationNetwork>{{u"10.0.0.0/8"_s, 1, u"de"_s}} << noAses
                                        << u"'de'"_s;
    QTest::addRow("long country") << QList<LocationNetwork>{{u"10.0.0.0/8"_s, 1, u"DEU"_s}} << noAses << u"'DEU'"_s;
    QTest::addRow("AS twice") << QList<LocationNetwork>{} << QList<LocationAs>{{5, u"a"_s}, {5, u"b"_s}}
                              << u"AS5 is listed twice"_s;
    QTest::addRow("AS 0") << QList<LocationNetwork>{} << QList<LocationAs>{{0, u"zero"_s}} << u"AS number 0"_s;
}

void tst_IpLocation::writeErrors()
{
    QFETCH(QList<LocationNetwork>, networks);
    QFETCH(QList<LocationAs>, ases);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.db"_s);
    QString error;
    QVERIFY(!writeLocationDatabase(path, networks, ases, u"v"_s, u"d"_s, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList()); // nothing half-written, no temporary left

    // An existing database survives a failed rewrite byte for byte.
    QVERIFY2(writeLocationDatabase(path, smallNetworks(), smallAses(), u"v"_s, u"d"_s, &error), qPrintable(error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QVERIFY(!writeLocationDatabase(path, networks, ases, u"v"_s, u"d"_s, &error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QCOMPARE(filesIn(dir.path()), QStringList{u"out.db"_s});
}

void tst_IpLocation::writeToBadPlace()
{
    QString error;
    const QString folder = m_tmp.filePath(u"no/such/folder"_s);
    QVERIFY(!writeLocationDatabase(folder + u"/x.db"_s, smallNetworks(), smallAses(), u"v"_s, u"d"_s, &error));
    QVERIFY2(error.contains(u"does not exist"_s) && error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(!writeLocationDatabase(m_tmp.path(), smallNetworks(), smallAses(), u"v"_s, u"d"_s, &error));
    QVERIFY2(error.contains(u"it is a folder"_s), qPrintable(error));
    QVERIFY(!writeLocationDatabase(QString(), smallNetworks(), smallAses(), u"v"_s, u"d"_s, &error));
    QVERIFY(!error.isEmpty());
}

void tst_IpLocation::moveAndClose()
{
    QString error;
    IpLocator a;
    QVERIFY2(a.open(m_small, &error), qPrintable(error));
    IpLocator b(std::move(a));
    QCOMPARE(b.lookup("10.1.2.3").asn, 64502u);
    QVERIFY(!a.isOpen()); // NOLINT(bugprone-use-after-move): a moved-from locator is closed
    QVERIFY(!a.lookup("10.1.2.3").found);
    QVERIFY2(a.open(m_small, &error), qPrintable(error)); // and can be opened again
    QCOMPARE(a.lookup("2001:db8:1::1").asn, 64503u);
    b.close();
    QVERIFY(!b.isOpen() && !b.lookup("10.1.2.3").found && b.path().isEmpty());
}

void tst_IpLocation::demoSpotChecks_data()
{
    // Expectations from the table in docs/demo-data.md, not from the code that writes them.
    QTest::addColumn<QString>("ip");
    QTest::addColumn<uint>("asn");
    QTest::addColumn<QString>("asName");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("proxy");
    QTest::addRow("home, US") << u"198.18.0.1"_s << 64496u << u"Northwind Broadband"_s << u"US"_s << false;
    QTest::addRow("proxy exit hides in its ISP") << u"198.18.100.1"_s << 64496u << u"Northwind Broadband"_s << u"US"_s
                                                 << false;
    QTest::addRow("proxy exit, KR") << u"198.19.15.7"_s << 64504u << u"Han River Telecom"_s << u"KR"_s << false;
    QTest::addRow("home, FR") << u"198.19.24.9"_s << 65538u << u"Gallia Telecom"_s << u"FR"_s << false;
    QTest::addRow("home IPv6, FR") << u"2001:db8:10b:77:1:2:3:4"_s << 65538u << u"Gallia Telecom"_s << u"FR"_s << false;
    QTest::addRow("CGNAT") << u"198.19.32.10"_s << 64505u << u"Bluewave Mobile"_s << u"US"_s << false;
    QTest::addRow("mobile, DE") << u"198.19.50.3"_s << 65539u << u"Rheinfunk Mobil"_s << u"DE"_s << false;
    QTest::addRow("cloud") << u"198.19.64.5"_s << 64506u << u"Stratus Cloud Hosting"_s << u"US"_s << false;
    QTest::addRow("cloud IPv6") << u"2001:db8:130:2a1:5:6:7:8"_s << 64506u << u"Stratus Cloud Hosting"_s << u"US"_s
                                << false;
    QTest::addRow("VPS, NL") << u"198.19.100.1"_s << 64507u << u"Ironclad VPS"_s << u"NL"_s << false;
    QTest::addRow("datacenter, SG") << u"198.19.127.254"_s << 64508u << u"Ferrous Datacenter"_s << u"SG"_s << false;
    QTest::addRow("colocation, HK") << u"192.0.2.77"_s << 65541u << u"Quill Colocation"_s << u"HK"_s << false;
    QTest::addRow("VPN exit") << u"198.19.128.4"_s << 64509u << u"NimbusVPN"_s << u"CH"_s << true;
    QTest::addRow("VPN exit IPv6") << u"2001:db8:140:5::1"_s << 64509u << u"NimbusVPN"_s << u"CH"_s << true;
    QTest::addRow("ISP proxy") << u"198.19.143.250"_s << 64510u << u"Tanager ISP Proxies"_s << u"US"_s << true;
    QTest::addRow("enterprise") << u"203.0.113.9"_s << 64511u << u"Halvorsen Industries"_s << u"US"_s << false;
    QTest::addRow("campus") << u"198.51.100.20"_s << 65540u << u"Westbrook University Network"_s << u"US"_s << false;
    QTest::addRow("campus IPv6") << u"2001:db8:151:101:a:b:c:d"_s << 65540u << u"Westbrook University Network"_s
                                 << u"US"_s << false;
}

void tst_IpLocation::demoSpotChecks()
{
    QFETCH(QString, ip);
    QFETCH(uint, asn);
    QFETCH(QString, asName);
    QFETCH(QString, country);
    QFETCH(bool, proxy);
    const IpLocation l = m_demo.lookup(ip.toStdString());
    QVERIFY(l.found);
    QCOMPARE(l.asn, asn);
    QCOMPARE(l.asName, asName);
    QCOMPARE(l.country, country);
    QCOMPARE(l.anonymousProxy, proxy);
    QVERIFY(!l.satelliteProvider && !l.anycast && !l.drop);
    // Outside the synthetic internet: the gap after Tanager's /21, and an unused IPv6 /48.
    QVERIFY(!m_demo.lookup("198.19.144.1").found);
    QVERIFY(!m_demo.lookup("2001:db8:1ff::1").found);
}

void tst_IpLocation::demoExportResolves()
{
    QTemporaryDir tmp;
    DemoOptions options;
    options.outDir = tmp.filePath(u"export"_s);
    options.accounts = 200;
    options.exchanges = 5000;
    options.seed = 3;
    options.truthPath = tmp.filePath(u"truth.json"_s);
    const DemoResult r = generateDemoExport(options);
    QVERIFY2(r.ok, qPrintable(r.error));
    const IpLocator &locator = m_demo;

    QFile truthFile(options.truthPath);
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    const QJsonObject groupOf = truth.value(u"accounts"_s).toObject();
    QString vpnGroup;
    for (const auto &v : truth.value(u"lookalikes"_s).toArray()) {
        if (v.toObject().value(u"kind"_s).toString() == u"vpn_exit"_s)
            vpnGroup = v.toObject().value(u"group"_s).toString();
    }
    QVERIFY(!vpnGroup.isEmpty());

    // Every address of the export resolves.
    QList<uint> exchangeAsn;
    qint64 vpnExits = 0, ipv6 = 0;
    const auto exchanges = readTable(QDir(options.outDir).filePath(u"exchanges.csv"_s), {u"account_id"_s, u"ip"_s});
    QCOMPARE(exchanges.size(), qsizetype(5000));
    for (const QStringList &row : exchanges) {
        const IpLocation l = locator.lookup(row[1].toStdString());
        QVERIFY2(l.found, qPrintable(row[1]));
        QVERIFY2(!l.asName.isEmpty() && l.country.size() == 2, qPrintable(row[1]));
        exchangeAsn.append(l.asn);
        ipv6 += row[1].contains(u':');
        // Anonymous proxies are exactly the VPN and the ISP-proxy provider, never a home ISP.
        QCOMPARE(l.anonymousProxy, l.asn == 64509u || l.asn == 64510u);
        vpnExits += groupOf.value(row[0]).toString() == vpnGroup && l.asn == 64509u;
    }
    QVERIFY2(vpnExits > 0, "no exchange of a VPN user came through a NimbusVPN exit");
    QVERIFY2(ipv6 > 0, "the export has no IPv6 exchange to check");

    // infrastructure: the sign-up `ip` resolves and its ASN is among the account's `asn` rows
    // (the generator always counts the sign-up address); every `asn` row names an AS of the
    // database; and the `asn` rows, sampled over the account's active time, cover nearly all of
    // its exchanges (97 % with this seed).
    QSet<uint> knownAses;
    for (const LocationAs &as : demoLocationAses())
        knownAses.insert(as.asn);
    QHash<QString, QSet<uint>> infraAsns;
    QHash<QString, uint> signupAsn;
    const auto infra = readTable(QDir(options.outDir).filePath(u"infrastructure.csv"_s),
                                 {u"account_id"_s, u"kind"_s, u"value"_s});
    for (const QStringList &row : infra) {
        if (row[1] == u"ip"_s) {
            const IpLocation l = locator.lookup(row[2].toStdString());
            QVERIFY2(l.found, qPrintable(row[2]));
            signupAsn.insert(row[0], l.asn);
        } else if (row[1] == u"asn"_s) {
            QVERIFY2(row[2].startsWith(u"AS"_s), qPrintable(row[2]));
            const uint asn = row[2].mid(2).toUInt();
            QVERIFY2(knownAses.contains(asn), qPrintable(row[2]));
            infraAsns[row[0]].insert(asn);
        }
    }
    QCOMPARE(signupAsn.size(), qsizetype(200));
    for (auto it = signupAsn.cbegin(); it != signupAsn.cend(); ++it)
        QVERIFY2(infraAsns.value(it.key()).contains(it.value()), qPrintable(it.key()));
    qint64 covered = 0;
    for (qsizetype i = 0; i < exchanges.size(); ++i)
        covered += infraAsns.value(exchanges[i][0]).contains(exchangeAsn[i]);
    QVERIFY2(covered >= exchanges.size() * 9 / 10,
             qPrintable(u"only %1 of %2 exchanges come from an ASN in infrastructure.csv"_s.arg(covered)
                            .arg(exchanges.size())));

    // The partners' indicators too (a NimbusVPN exit, a CGNAT gateway, an unused IPv6 address…).
    const auto indicators = readTable(QDir(options.outDir).filePath(u"indicators.csv"_s), {u"kind"_s, u"value"_s});
    int indicatorIps = 0;
    for (const QStringList &row : indicators) {
        if (row[0] == u"ip"_s) {
            QVERIFY2(locator.lookup(row[1].toStdString()).found, qPrintable(row[1]));
            ++indicatorIps;
        } else if (row[0] == u"asn"_s) {
            QVERIFY2(knownAses.contains(row[1].mid(2).toUInt()), qPrintable(row[1]));
        }
    }
    QVERIFY(indicatorIps > 0);
}

void tst_IpLocation::systemDatabase_data()
{
    // What Debian 12's libloc-database (built 2022-10-29) says. A newer database may rename an AS;
    // then update the name here.
    QTest::addColumn<QString>("ip");
    QTest::addColumn<uint>("asn");
    QTest::addColumn<QString>("asName");
    QTest::addRow("Google DNS") << u"8.8.8.8"_s << 15169u << u"GOOGLE"_s;
    QTest::addRow("Cloudflare DNS") << u"1.1.1.1"_s << 13335u << u"CLOUDFLARENET"_s;
    QTest::addRow("Cloudflare DNS IPv6") << u"2606:4700:4700::1111"_s << 13335u << u"CLOUDFLARENET"_s;
    QTest::addRow("Quad9") << u"9.9.9.9"_s << 19281u << u"QUAD9-AS-1"_s;
}

void tst_IpLocation::systemDatabase()
{
    if (!QFile::exists(IpLocator::defaultDatabasePath()))
        QSKIP("no system location database (apt-get install libloc-database)");
    QFETCH(QString, ip);
    QFETCH(uint, asn);
    QFETCH(QString, asName);
    IpLocator locator;
    QString error;
    QVERIFY2(locator.open(QString(), &error), qPrintable(error));
    QCOMPARE(locator.path(), IpLocator::defaultDatabasePath());
    const IpLocation l = locator.lookup(ip.toStdString());
    QVERIFY(l.found);
    QCOMPARE(l.asn, asn);
    QCOMPARE(l.asName, asName);
    QCOMPARE(l.country.size(), 2);
    QVERIFY(!l.anonymousProxy && !l.drop);
    if (ip == u"8.8.8.8"_s)
        QCOMPARE(l.country, u"US"_s);
    // The demo's benchmarking space is in no real network.
    QVERIFY(!locator.lookup("198.18.0.1").found);
}

QTEST_GUILESS_MAIN(tst_IpLocation)
#include "tst_iplocation.moc"
