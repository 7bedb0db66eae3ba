// STIX 2.1 export and import (model/stix, docs/stix.md): bundles that validate against the OASIS
// schemas, the same bytes for the same case, redaction that leaves no raw identifier, partner
// bundles read whatever they hold, and malformed input that changes nothing.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "labelevent.h"
#include "truthlabels.h"

#include "storage/schema.h"

#include "demo/demolocation.h"
#include "stix/stixids.h"
#include "stix/stiximport.h"
#include "stix/stixpattern.h"
#include "storage/analysisstore.h"
#include "storage/campaigndata.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "storage/partnerstore.h"
#include "storage/statement.h"
#include "util/ipnetwork.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hltest;

namespace {

const QString SchemaDir = QStringLiteral(HL_TEST_DATA_DIR "/stix2.1-schemas");
const QString ExampleDir = QStringLiteral(HL_TEST_DATA_DIR "/stix2.1-examples");
const QString Validator = QStringLiteral(HL_TEST_DATA_DIR "/validate_stix.py");
const QString Python = QStringLiteral("/usr/bin/python3");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonArray objectsOf(const QByteArray &bundle)
{
    return QJsonDocument::fromJson(bundle).object().value(u"objects"_s).toArray();
}

// Every string in a JSON value, split into the words an identifier could be.
void collectWords(const QJsonValue &v, QSet<QString> &words)
{
    static const QRegularExpression separators(u"[^A-Za-z0-9._:@/+-]+"_s);
    if (v.isString()) {
        for (const QString &w : v.toString().split(separators, Qt::SkipEmptyParts)) {
            words.insert(w);
            QString trimmed = w;
            while (!trimmed.isEmpty() && (trimmed.endsWith(u'.') || trimmed.endsWith(u':')))
                trimmed.chop(1);
            words.insert(trimmed);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectWords(x, words);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            words.insert(it.key());
            collectWords(it.value(), words);
        }
    }
}

QJsonObject bundleOf(const QJsonArray &objects)
{
    return QJsonObject{{u"type"_s, u"bundle"_s},
                       {u"id"_s, hl::stix::objectId(u"bundle"_s, QString::fromLatin1(QJsonDocument(objects).toJson()))},
                       {u"objects"_s, objects}};
}

QJsonObject indicator(const QString &key, const QString &pattern, const QString &producerRef = QString())
{
    QJsonObject o{{u"type"_s, u"indicator"_s},
                  {u"spec_version"_s, u"2.1"_s},
                  {u"id"_s, hl::stix::objectId(u"indicator"_s, key)},
                  {u"created"_s, u"2026-03-01T00:00:00.000Z"_s},
                  {u"modified"_s, u"2026-03-01T00:00:00.000Z"_s},
                  {u"name"_s, key},
                  {u"pattern"_s, pattern},
                  {u"pattern_type"_s, u"stix"_s},
                  {u"valid_from"_s, u"2026-03-01T00:00:00Z"_s},
                  {u"object_marking_refs"_s, QJsonArray{u"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"_s}}};
    if (!producerRef.isEmpty())
        o.insert(u"created_by_ref"_s, producerRef);
    return o;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

// Clusters whose accounts used any of the infra ids `sql` selects.
QSet<std::int64_t> clustersUsing(const hl::CaseFile &file, const std::string &sql)
{
    QSet<std::int64_t> out;
    hl::Statement st(file.handle(), "SELECT DISTINCT m.cluster_id FROM account_infra ai JOIN cluster_members m"
                                    " ON m.account_id = ai.account_id WHERE ai.infra_id IN (" + sql + ")");
    while (st.step())
        out.insert(st.columnInt(0));
    return out;
}

} // namespace

class TestStix : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_case;
    std::vector<std::int64_t> m_distillation; // labelled clusters
    std::int64_t m_actorCluster = 0;

    static CliRun run(const QStringList &args) { return runHydralens(args, 300000); }
    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // Runs the schema validator; returns its exit code (-1 if it did not run) and output.
    static std::pair<int, QString> validate(const QString &bundle)
    {
        QProcess p;
        p.start(Python, {Validator, SchemaDir, bundle, u"--deterministic-sco-ids"_s});
        if (!p.waitForFinished(120000))
            return {-1, u"the validator did not finish"_s};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }
    static bool haveJsonSchema()
    {
        return QProcess::execute(Python, {u"-c"_s, u"import jsonschema"_s}) == 0;
    }

    QByteArray exportBundle(const QString &casePath, const QString &out, const QStringList &extra = {})
    {
        const CliRun r = run(QStringList{u"export"_s, u"stix"_s, u"--case"_s, casePath, u"--out"_s, out} + extra);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return r.code == 0 ? readAll(out) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_case = path(u"stix.hlcase"_s);
        DemoCase demo(800, 80000, 3, true);
        demo.truthPath = path(u"truth.json"_s);
        demo.locationDb = path(u"location.db"_s);
        QString error;
        QVERIFY2(hl::writeDemoLocationDatabase(demo.locationDb, &error), qPrintable(error));
        error = makeDemoCase(path(u"export"_s), m_case, demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hl::CaseFile file;
        QVERIFY2(file.open(m_case), qPrintable(file.errorString()));
        const TruthLabels labels = labelFromTruth(file, demo.truthPath, 0.05, 11);
        QVERIFY2(labels.error.isEmpty(), qPrintable(labels.error));
        QVERIFY(labels.distillation >= 2);
        const auto current = hl::readCurrentLabels(file, &error);
        QVERIFY(current);
        for (const hl::LabelEvent &e : *current)
            if (e.verdict == hl::Verdict::Distillation)
                m_distillation.push_back(e.targetId);
        // The first labelled cluster gets an actor and a confidence.
        m_actorCluster = m_distillation.front();
        hl::LabelEvent e = labelEvent(hl::LabelTarget::Cluster, m_actorCluster, hl::Verdict::Distillation, u"ann"_s,
                                      hl::Confidence::High);
        e.actor = u"Example Rival Labs"_s;
        QVERIFY2(hl::appendLabel(file, e, &error), qPrintable(error));
    }

    void ipNetworks()
    {
        const auto net = hl::IpNetwork::parse(u"198.51.100.77/24"_s);
        QVERIFY(net);
        QCOMPARE(net->toString(), u"198.51.100.0/24"_s);
        QVERIFY(net->contains(*hl::IpNetwork::parse(u"198.51.100.3"_s)));
        QVERIFY(!net->contains(*hl::IpNetwork::parse(u"198.51.101.3"_s)));
        QVERIFY(!net->contains(*hl::IpNetwork::parse(u"2001:db8::1"_s)));
        QCOMPARE(hl::IpNetwork::parse(u"2001:DB8:0::1"_s)->toString(), u"2001:db8::1"_s);
        QVERIFY(hl::IpNetwork::parse(u"2001:db8::/32"_s)->contains(*hl::IpNetwork::parse(u"2001:db8:ffff::2"_s)));
        QCOMPARE(hl::IpNetwork::parse(u"::ffff:203.0.113.9"_s)->toString(), u"203.0.113.9"_s);
        for (const QString &bad : {u"1.2.3"_s, u"1.2.3.4/33"_s, u"1.2.3.4/"_s, u"example.org"_s, u"2001:db8::/129"_s, u""_s})
            QVERIFY2(!hl::IpNetwork::parse(bad), qPrintable(bad));
    }

    void timestamps()
    {
        QCOMPARE(hl::stix::timestamp(0), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(hl::stix::parseTimestamp(hl::stix::timestamp(1767225600)), std::optional<std::int64_t>(1767225600));
        QCOMPARE(hl::stix::parseTimestamp(u"2016-04-06T20:03:48.123456Z"_s), std::optional<std::int64_t>(1459973028));
        QVERIFY(!hl::stix::parseTimestamp(u"2016-04-06 20:03:48"_s));
        QVERIFY(hl::stix::isIdentifier(hl::stix::objectId(u"campaign"_s, u"k"_s)));
        QVERIFY(hl::stix::objectId(u"campaign"_s, u"k"_s) != hl::stix::objectId(u"campaign"_s, u"k2"_s));
        QVERIFY(!hl::stix::isIdentifier(u"campaign--not-a-uuid"_s));
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("values"); // "kind:value"; empty: no values
        QTest::addRow("ipv4") << u"[ipv4-addr:value = '198.51.100.1']"_s << QStringList{u"1:198.51.100.1"_s};
        QTest::addRow("cidr") << u"[ipv4-addr:value ISSUBSET '198.51.100.9/24']"_s << QStringList{u"1:198.51.100.0/24"_s};
        QTest::addRow("ipv6") << u"[ipv6-addr:value = '2001:DB8::5']"_s << QStringList{u"1:2001:db8::5"_s};
        QTest::addRow("or") << u"[domain-name:value = 'Evil.Example.' OR ipv4-addr:value = '203.0.113.5'] OR "
                               "[autonomous-system:number = 64500]"_s
                            << QStringList{u"4:evil.example"_s, u"1:203.0.113.5"_s, u"2:AS64500"_s};
        QTest::addRow("in") << u"[ipv4-addr:value IN ('192.0.2.1', '192.0.2.2')]"_s
                            << QStringList{u"1:192.0.2.1"_s, u"1:192.0.2.2"_s};
        QTest::addRow("email") << u"[email-addr:value = 'ops@mail.rival.example']"_s << QStringList{u"4:mail.rival.example"_s};
        QTest::addRow("email like") << u"[email-addr:value LIKE '%@rival.example']"_s << QStringList{u"4:rival.example"_s};
        QTest::addRow("with others") << u"[file:hashes.'SHA-256' = 'ab' OR ipv4-addr:value = '192.0.2.9'] WITHIN 60 SECONDS"_s
                                     << QStringList{u"1:192.0.2.9"_s};
        QTest::addRow("escaped") << u"[domain-name:value = 'it\\'s.example' OR domain-name:value = 'ok.example']"_s
                                 << QStringList{u"4:ok.example"_s};
        QTest::addRow("and") << u"[ipv4-addr:value = '192.0.2.1' AND network-traffic:dst_port = 443]"_s << QStringList{};
        QTest::addRow("followedby") << u"[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'a.example']"_s
                                    << QStringList{};
        QTest::addRow("negated") << u"[ipv4-addr:value != '192.0.2.1']"_s << QStringList{};
        QTest::addRow("not") << u"[ipv4-addr:value NOT = '192.0.2.1']"_s << QStringList{};
        QTest::addRow("other types") << u"[file:name = 'x.exe']"_s << QStringList{};
        QTest::addRow("bad ip") << u"[ipv4-addr:value = '300.1.1.1']"_s << QStringList{};
        QTest::addRow("unclosed") << u"[ipv4-addr:value = '192.0.2.1]"_s << QStringList{};
        QTest::addRow("pseudonym") << u"[x-hydralens-pseudonym:value = 'ip-0f1466cbd4f5']"_s << QStringList{};
    }
    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, values);
        const hl::stix::PatternValues parsed = hl::stix::parsePattern(pattern);
        QStringList got;
        for (const hl::stix::PatternValue &v : parsed.values)
            got.append(QString::number(int(v.kind)) + u':' + v.value);
        QCOMPARE(got, values);
        QCOMPARE(parsed.problem.isEmpty(), !values.isEmpty());
        // What HydraLens writes, it reads back.
        QCOMPARE(hl::stix::parsePattern(hl::stix::equalsPattern(u"ipv4-addr:value"_s, u"192.0.2.44"_s)).values.size(), 1u);
        QCOMPARE(hl::stix::parsePattern(hl::stix::emailDomainPattern(u"o'brien.example"_s)).values.size(), 0u);
        QCOMPARE(hl::stix::parsePattern(hl::stix::emailDomainPattern(u"rival.example"_s)).values.front().value,
                 u"rival.example"_s);
    }

    // Every object validates against its own type's OASIS schema, and the bundle says what the
    // case says: one campaign per cluster labelled distillation, the actor, its infrastructure.
    void exportValidates()
    {
        if (!haveJsonSchema())
            QSKIP("python3-jsonschema is not installed: apt-get install python3-jsonschema");
        const QString out = path(u"bundle.json"_s);
        const QByteArray bytes = exportBundle(m_case, out);
        QVERIFY(!bytes.isEmpty());
        const auto [code, output] = validate(out);
        QVERIFY2(code == 0, qPrintable(output));

        const QJsonArray objects = objectsOf(bytes);
        QSet<QString> ids;
        QMap<QString, int> types;
        for (const QJsonValue &v : objects) {
            ids.insert(v[u"id"_s].toString());
            ++types[v[u"type"_s].toString()];
        }
        QCOMPARE(ids.size(), objects.size()); // no object twice
        QCOMPARE(types.value(u"campaign"_s), int(m_distillation.size()));
        QCOMPARE(types.value(u"identity"_s), 1);
        QCOMPARE(types.value(u"marking-definition"_s), 1);
        QCOMPARE(types.value(u"threat-actor"_s), 1);
        QCOMPARE(types.value(u"intrusion-set"_s), 1);
        QVERIFY(types.value(u"infrastructure"_s) >= 1);
        QVERIFY(types.value(u"indicator"_s) >= 1);
        QVERIFY(types.value(u"ipv4-addr"_s) + types.value(u"ipv6-addr"_s) >= 1);
        QVERIFY(types.value(u"autonomous-system"_s) >= 1);
        QSet<QString> relationshipTypes;
        for (const QJsonValue &v : objects) {
            const QJsonObject o = v.toObject();
            const QString type = o[u"type"_s].toString();
            if (type != u"marking-definition"_s)
                QCOMPARE(o[u"object_marking_refs"_s].toArray(),
                         QJsonArray{u"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"_s}); // TLP:AMBER
            if (type == u"relationship"_s) {
                relationshipTypes.insert(o[u"relationship_type"_s].toString());
                QVERIFY(ids.contains(o[u"source_ref"_s].toString()));
                QVERIFY(ids.contains(o[u"target_ref"_s].toString()));
            }
            if (type == u"campaign"_s && o[u"x_hydralens_cluster_id"_s].toInteger() == m_actorCluster) {
                QVERIFY(o[u"name"_s].toString().contains(u"Example Rival Labs"_s));
                QCOMPARE(o[u"confidence"_s].toInt(), 85);
            }
            if (type == u"indicator"_s)
                QVERIFY2(!hl::stix::parsePattern(o[u"pattern"_s].toString()).values.empty(),
                         qPrintable(o[u"pattern"_s].toString()));
            if (o.contains(u"created_by_ref"_s))
                QVERIFY(ids.contains(o[u"created_by_ref"_s].toString()));
        }
        for (const char *t : {"uses", "indicates", "attributed-to", "consists-of", "belongs-to"})
            QVERIFY2(relationshipTypes.contains(QLatin1StringView(t)), t);

        // Options: another TLP and producer change the marking and the identity, not the rest.
        const QByteArray red = exportBundle(m_case, path(u"red.json"_s), {u"--tlp"_s, u"red"_s, u"--producer"_s, u"CERT Example"_s});
        QVERIFY(red.contains("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"));
        QVERIFY(!red.contains("marking-definition--f88d31f6"));
        QVERIFY(red.contains("\"name\": \"CERT Example\""));
        QCOMPARE(validate(path(u"red.json"_s)).first, 0);
    }

    // The validator is not a rubber stamp: broken objects fail, and it says which.
    void validatorRejectsBrokenObjects()
    {
        if (!haveJsonSchema())
            QSKIP("python3-jsonschema is not installed: apt-get install python3-jsonschema");
        const QByteArray bytes = exportBundle(m_case, path(u"good.json"_s));
        QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QJsonArray objects = bundle[u"objects"_s].toArray();
        QString brokenIndicator, brokenCampaign, brokenIp;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject o = objects[i].toObject();
            const QString type = o[u"type"_s].toString();
            if (type == u"indicator"_s && brokenIndicator.isEmpty()) {
                o.remove(u"pattern"_s);
                brokenIndicator = o[u"id"_s].toString();
            } else if (type == u"campaign"_s && brokenCampaign.isEmpty()) {
                o[u"created"_s] = u"2026-01-01T00:00:00Z"_s; // no milliseconds
                brokenCampaign = o[u"id"_s].toString();
            } else if (type == u"ipv4-addr"_s && brokenIp.isEmpty()) {
                o[u"value"_s] = u"203.0.113.300"_s;
                brokenIp = o[u"id"_s].toString();
            } else {
                continue;
            }
            objects[i] = o;
        }
        bundle[u"objects"_s] = objects;
        QVERIFY(writeAll(path(u"broken.json"_s), QJsonDocument(bundle).toJson()));
        const auto [code, output] = validate(path(u"broken.json"_s));
        QCOMPARE(code, 1);
        for (const QString &id : {brokenIndicator, brokenCampaign, brokenIp})
            QVERIFY2(output.contains(id), qPrintable(id + u" not reported: "_s + output));
        QVERIFY(output.contains(u"'pattern' is a required property"_s));
        // An object type without a schema fails too, and so does an SCO id that is not the spec's UUIDv5.
        objects = QJsonDocument::fromJson(bytes).object()[u"objects"_s].toArray();
        objects.append(QJsonObject{{u"type"_s, u"x-unknown"_s}, {u"id"_s, u"x-unknown--1"_s}});
        bundle[u"objects"_s] = objects;
        QVERIFY(writeAll(path(u"unknown.json"_s), QJsonDocument(bundle).toJson()));
        QCOMPARE(validate(path(u"unknown.json"_s)).first, 1);
        objects = QJsonDocument::fromJson(bytes).object()[u"objects"_s].toArray();
        for (qsizetype i = 0; i < objects.size(); ++i)
            if (objects[i][u"type"_s].toString() == u"autonomous-system"_s) {
                QJsonObject o = objects[i].toObject();
                o[u"id"_s] = hl::stix::objectId(u"autonomous-system"_s, u"made up"_s);
                objects[i] = o;
                break;
            }
        bundle[u"objects"_s] = objects;
        QVERIFY(writeAll(path(u"scoid.json"_s), QJsonDocument(bundle).toJson()));
        const auto [scoCode, scoOutput] = validate(path(u"scoid.json"_s));
        QCOMPARE(scoCode, 1);
        QVERIFY2(scoOutput.contains(u"UUIDv5"_s), qPrintable(scoOutput));
    }

    // Same case, same bytes: twice in a row, and from a copy of the case file. A new label
    // changes the bundle, but not the ids of what was there.
    void deterministicBytes()
    {
        const QByteArray first = exportBundle(m_case, path(u"d1.json"_s));
        QVERIFY(!first.isEmpty());
        QCOMPARE(exportBundle(m_case, path(u"d2.json"_s)), first);
        const QString copy = path(u"copy.hlcase"_s);
        QVERIFY(QFile::copy(m_case, copy));
        QCOMPARE(exportBundle(copy, path(u"d3.json"_s)), first);

        // Label one more cluster (in the copy): one more campaign, the others keep their ids.
        hl::CaseFile file;
        QVERIFY(file.open(copy));
        QString error;
        const auto clusters = hl::readClusters(file, 2, &error);
        QVERIFY(clusters);
        std::int64_t fresh = 0;
        for (const hl::StoredCluster &c : *clusters)
            if (std::find(m_distillation.begin(), m_distillation.end(), c.id) == m_distillation.end()) {
                fresh = c.id;
                break;
            }
        QVERIFY(fresh != 0);
        QVERIFY(hl::appendLabel(file, labelEvent(hl::LabelTarget::Cluster, fresh, hl::Verdict::Distillation), &error));
        file.close();
        const QByteArray more = exportBundle(copy, path(u"d4.json"_s));
        QVERIFY(more != first);
        QSet<QString> before, after;
        for (const QJsonValue &v : objectsOf(first))
            if (v[u"type"_s].toString() == u"campaign"_s)
                before.insert(v[u"id"_s].toString());
        for (const QJsonValue &v : objectsOf(more))
            if (v[u"type"_s].toString() == u"campaign"_s)
                after.insert(v[u"id"_s].toString());
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY(after.contains(before));
    }

    // --redact: no account id, IP, domain, card, device, phone, org or API key of the case in
    // the bundle, not even in free text (a reason quoting an IP and an account id is planted).
    void redactionLeavesNoRawIdentifier()
    {
        QStringList raw;
        QString plantedIp, plantedAccount;
        {
            hl::CaseFile file;
            QVERIFY(file.open(m_case));
            hl::Statement values(file.handle(), "SELECT value FROM infra WHERE kind != 2");
            while (values.step())
                raw.append(values.columnText(0));
            hl::Statement keys(file.handle(), "SELECT account_key FROM accounts");
            while (keys.step())
                raw.append(keys.columnText(0));
            hl::Statement ip(file.handle(), "SELECT i.value FROM cluster_members m JOIN account_infra ai"
                                            " ON ai.account_id = m.account_id JOIN infra i ON i.id = ai.infra_id"
                                            " WHERE m.cluster_id = ?1 AND i.kind = 1 AND i.value LIKE '%.%' LIMIT 1");
            ip.bind(1, m_actorCluster);
            QVERIFY(ip.step());
            plantedIp = ip.columnText(0);
            hl::Statement account(file.handle(), "SELECT a.account_key FROM cluster_members m JOIN accounts a"
                                                 " ON a.id = m.account_id WHERE m.cluster_id = ?1 LIMIT 1");
            account.bind(1, m_actorCluster);
            QVERIFY(account.step());
            plantedAccount = account.columnText(0);
        }
        const QString planted = u"%1 sent most traffic via %2, and 10.9.8.7."_s.arg(plantedAccount, plantedIp);
        const QString tampered = path(u"tampered.hlcase"_s);
        QVERIFY(QFile::copy(m_case, tampered));
        {
            hl::CaseFile file;
            QVERIFY(file.open(tampered));
            hl::Statement st(file.handle(), "UPDATE clusters SET reasons = json_insert(reasons, '$[#]', ?1) WHERE id = ?2");
            st.bind(1, planted.toStdString()).bind(2, m_actorCluster);
            st.exec();
        }

        const QByteArray plain = exportBundle(tampered, path(u"plain.json"_s));
        const QByteArray redacted = exportBundle(tampered, path(u"redacted.json"_s), {u"--redact"_s});
        QVERIFY(!plain.isEmpty() && !redacted.isEmpty());
        QSet<QString> plainWords, redactedWords;
        for (const QJsonValue &o : objectsOf(plain))
            collectWords(o, plainWords);
        for (const QJsonValue &o : objectsOf(redacted))
            collectWords(o, redactedWords);
        // The check can fail: without --redact the bundle does hold raw values.
        QVERIFY(plainWords.contains(plantedIp) && plainWords.contains(plantedAccount));
        int rawInPlain = 0;
        for (const QString &value : raw) {
            rawInPlain += plainWords.contains(value);
            QVERIFY2(!redactedWords.contains(value), qPrintable(u"raw identifier in the redacted bundle: "_s + value));
        }
        QVERIFY(rawInPlain > 10);
        QVERIFY(!redactedWords.contains(u"10.9.8.7"_s));
        QVERIFY(!redacted.contains(plantedIp.toUtf8()));

        // Still a useful, valid bundle: indicators on pseudonyms, AS observables, no IP objects.
        QMap<QString, int> types;
        for (const QJsonValue &v : objectsOf(redacted))
            ++types[v[u"type"_s].toString()];
        QVERIFY(types.value(u"indicator"_s) > 0);
        QVERIFY(types.value(u"autonomous-system"_s) > 0);
        QCOMPARE(types.value(u"ipv4-addr"_s) + types.value(u"ipv6-addr"_s), 0);
        QVERIFY(redacted.contains("[x-hydralens-pseudonym:value = 'ip-"));
        if (haveJsonSchema())
            QCOMPARE(validate(path(u"redacted.json"_s)).first, 0);
        QCOMPARE(exportBundle(tampered, path(u"redacted2.json"_s), {u"--redact"_s}), redacted); // stable pseudonyms
    }

    // Real partner bundles (OASIS examples): what HydraLens can match is taken, every other
    // object is counted under its type, and nothing is lost or invented.
    void importOasisExamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(ExampleDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f;
    }
    void importOasisExamples()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(QDir(ExampleDir).filePath(file));
        QString error;
        const auto content = hl::readStixBundle(bytes, file, &error);
        QVERIFY2(content, qPrintable(error));
        QMap<QString, int> types;
        const QJsonArray objects = objectsOf(bytes);
        for (const QJsonValue &v : objects)
            ++types[v[u"type"_s].toString()];
        QCOMPARE(content->objects, int(objects.size()));
        int accounted = content->covered;
        for (int n : content->used)
            accounted += n;
        for (int n : content->skipped)
            accounted += n;
        for (int n : content->unusable)
            accounted += n;
        QCOMPARE(accounted, content->objects); // every object is used, skipped or said to be unusable
        for (const QString &t : {u"malware"_s, u"attack-pattern"_s, u"relationship"_s, u"tool"_s, u"report"_s, u"sighting"_s})
            QCOMPARE(content->skipped.value(t), types.value(t));
        const QString text = QString::fromUtf8(bytes).toLower();
        for (const hl::PartnerIndicator &p : content->indicators) {
            const QString literal = p.kind == hl::schema::Asn ? p.value.mid(2) : p.value.section(u'/', 0, 0);
            QVERIFY2(text.contains(literal), qPrintable(p.value));
            QVERIFY(hl::stix::isIdentifier(p.stixId));
        }
        if (file == u"apt1.json"_s) { // indicators with OR patterns over domains and IPs, and a report
            QVERIFY(std::any_of(content->indicators.begin(), content->indicators.end(),
                                [](const hl::PartnerIndicator &p) { return p.kind == hl::schema::Ip; }));
            QVERIFY(std::any_of(content->indicators.begin(), content->indicators.end(),
                                [](const hl::PartnerIndicator &p) { return p.kind == hl::schema::EmailDomain; }));
        }
        QSet<QString> identities{QString()}; // no created_by_ref: no producer
        for (const QJsonValue &v : objects)
            if (v[u"type"_s].toString() == u"identity"_s)
                identities.insert(v[u"name"_s].toString());
        for (const hl::PartnerIndicator &p : content->indicators)
            QVERIFY2(identities.contains(p.producer), qPrintable(p.producer));
        if (file == u"using-marking-definitions.json"_s)
            QVERIFY(std::all_of(content->indicators.begin(), content->indicators.end(),
                                [](const hl::PartnerIndicator &p) { return !p.tlp.isEmpty(); }));
    }

    // A valid bundle full of types HydraLens does not know: skipped with a count, the rest read.
    void importUnknownObjectTypes()
    {
        const QString casePath = path(u"unknown.hlcase"_s);
        QVERIFY(QFile::copy(m_case, casePath));
        QJsonArray objects{indicator(u"known"_s, u"[ipv4-addr:value = '192.0.2.77']"_s)};
        for (const QString &type : {u"x-acme-widget"_s, u"note"_s, u"grouping"_s, u"malware-analysis"_s, u"x-acme-widget"_s,
                                    u"language-content"_s, u"extension-definition"_s}) {
            objects.append(QJsonObject{{u"type"_s, type},
                                       {u"spec_version"_s, u"2.1"_s},
                                       {u"id"_s, hl::stix::objectId(type, QString::number(objects.size()))},
                                       {u"created"_s, u"2026-03-01T00:00:00.000Z"_s},
                                       {u"modified"_s, u"2026-03-01T00:00:00.000Z"_s},
                                       {u"x_acme_payload"_s, QJsonObject{{u"anything"_s, 1}}}});
        }
        const QString bundle = path(u"unknown.json"_s);
        QVERIFY(writeAll(bundle, QJsonDocument(bundleOf(objects)).toJson()));
        const CliRun r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 partner indicator values"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 x-acme-widget"_s) && r.out.contains(u"1 note"_s) && r.out.contains(u"1 grouping"_s)
                     && r.out.contains(u"1 malware-analysis"_s),
                 qPrintable(r.out));
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM partner_indicators"_s), 1);
        QCOMPARE(queryText(casePath, u"SELECT value || ' ' || tlp FROM partner_indicators"_s), u"192.0.2.77 green"_s);
    }

    // A partner's indicators on the demo case's IPs, a /24, an e-mail domain's parent and an AS:
    // the clusters that hit them are exactly those whose accounts used a matching value.
    void importHitsClusters()
    {
        const QString casePath = path(u"hits.hlcase"_s);
        QVERIFY(QFile::copy(m_case, casePath));
        hl::CaseFile file;
        QVERIFY(file.open(casePath));
        // Values of the case: an IPv4 of the actor's cluster, a network of another cluster's IP,
        // an AS of a third's, and a sub-domain planted on one account.
        auto text = [&](const std::string &sql, std::int64_t bind) {
            hl::Statement st(file.handle(), sql);
            st.bind(1, bind);
            return st.step() ? st.columnText(0) : QString();
        };
        const std::string clusterIpv4 = "SELECT i.value FROM cluster_members m JOIN account_infra ai ON ai.account_id ="
                                        " m.account_id JOIN infra i ON i.id = ai.infra_id WHERE m.cluster_id = ?1"
                                        " AND i.kind = 1 AND i.value NOT LIKE '%:%' ORDER BY i.value LIMIT 1";
        const QString ip = text(clusterIpv4, m_actorCluster);
        const QString other = text(clusterIpv4, m_distillation.back());
        QVERIFY(!ip.isEmpty() && !other.isEmpty());
        const QString network = other.section(u'.', 0, 2) + u".0/24"_s;
        const QString asn = text("SELECT l.asn FROM cluster_members m JOIN account_infra ai ON ai.account_id = m.account_id"
                                 " JOIN ip_locations l ON l.infra_id = ai.infra_id WHERE m.cluster_id = ?1 AND l.asn > 0"
                                 " ORDER BY l.asn DESC LIMIT 1", m_distillation[m_distillation.size() / 2]);
        QVERIFY(!asn.isEmpty());
        const std::int64_t plantedAccount = text("SELECT account_id FROM cluster_members WHERE cluster_id = ?1 LIMIT 1",
                                                 m_actorCluster).toLongLong();
        {
            hl::Statement st(file.handle(), "INSERT INTO infra(kind, value) VALUES(4, 'eu.mail.rival-lab.example')");
            st.exec();
            hl::Statement link(file.handle(), "INSERT INTO account_infra(account_id, infra_id, sources, observations)"
                                              " SELECT ?1, id, 4, 1 FROM infra WHERE value = 'eu.mail.rival-lab.example'");
            link.bind(1, plantedAccount);
            link.exec();
        }
        const QString identity = hl::stix::objectId(u"identity"_s, u"partner"_s);
        QJsonArray objects{
            QJsonObject{{u"type"_s, u"identity"_s}, {u"spec_version"_s, u"2.1"_s}, {u"id"_s, identity},
                        {u"created"_s, u"2026-03-01T00:00:00.000Z"_s}, {u"modified"_s, u"2026-03-01T00:00:00.000Z"_s},
                        {u"name"_s, u"Partner Lab Trust & Safety"_s}},
            indicator(u"exact ip"_s, u"[ipv4-addr:value = '%1']"_s.arg(ip), identity),
            indicator(u"network"_s, u"[ipv4-addr:value ISSUBSET '%1']"_s.arg(network), identity),
            indicator(u"as"_s, u"[autonomous-system:number = %1]"_s.arg(asn), identity),
            indicator(u"domain"_s, u"[email-addr:value LIKE '%@rival-lab.example']"_s, identity),
            indicator(u"nothing"_s, u"[ipv4-addr:value = '192.0.2.1' OR domain-name:value = 'nowhere.invalid']"_s, identity),
        };
        const QString bundle = path(u"partner.json"_s);
        QVERIFY(writeAll(bundle, QJsonDocument(bundleOf(objects)).toJson()));
        file.close();
        const CliRun r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        QVERIFY(file.open(casePath));
        const auto ipCluster = clustersUsing(file, "SELECT id FROM infra WHERE kind = 1 AND value = '" + ip.toStdString() + "'");
        QSet<std::int64_t> networkClusters;
        {
            const auto net = *hl::IpNetwork::parse(network);
            QStringList ids;
            hl::Statement st(file.handle(), "SELECT id, value FROM infra WHERE kind = 1");
            while (st.step())
                if (const auto a = hl::IpNetwork::parse(st.columnText(1)); a && net.contains(*a))
                    ids.append(QString::number(st.columnInt(0)));
            networkClusters = clustersUsing(file, ids.join(u',').toStdString());
        }
        const auto asClusters = clustersUsing(file, "SELECT infra_id FROM ip_locations WHERE asn = " + asn.toStdString()
                                                        + " UNION SELECT id FROM infra WHERE kind = 2 AND value = 'AS"
                                                        + asn.toStdString() + "'");
        const QSet<std::int64_t> domainClusters{m_actorCluster};
        QHash<std::int64_t, int> expected;
        for (const auto &set : {ipCluster, networkClusters, asClusters, domainClusters})
            for (std::int64_t c : set)
                ++expected[c];
        QVERIFY(ipCluster.contains(m_actorCluster) && networkClusters.contains(m_distillation.back()));
        QString error;
        const auto counts = hl::readClusterPartnerHitCounts(file, &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(*counts, expected);
        qInfo("%lld clusters hit the partner indicators", qint64(counts->size()));

        const auto hits = hl::readClusterPartnerHits(file, m_actorCluster, &error);
        QVERIFY2(hits, qPrintable(error));
        QSet<QString> matched;
        for (const hl::PartnerHit &h : *hits) {
            QCOMPARE(h.producer, u"Partner Lab Trust & Safety"_s);
            QCOMPARE(h.tlp, u"green"_s);
            QCOMPARE(h.source, u"partner.json"_s);
            QVERIFY(h.accounts >= 1);
            matched.insert(h.name + u'=' + h.matchedValue);
        }
        QVERIFY2(matched.contains(u"exact ip="_s + ip), qPrintable(QStringList(matched.values()).join(u' ')));
        QVERIFY(matched.contains(u"domain=eu.mail.rival-lab.example"_s));
        QCOMPARE(int(hits->size()) >= expected.value(m_actorCluster), true);

        // The campaigns table counts them.
        const auto rows = hl::readCampaigns(file, 1, &error);
        QVERIFY2(rows, qPrintable(error));
        for (const hl::CampaignRow &row : *rows)
            QCOMPARE(row.partnerHits, expected.value(row.clusterId));
    }

    // Malformed JSON and things that are not bundles: a clear error (what, where), exit 1, and
    // the case exactly as it was.
    void malformedInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("truncated") << QByteArray("{\n  \"type\": \"bundle\",\n  \"objects\": [\n") << u"line 4"_s;
        QTest::addRow("bad token") << QByteArray("{\"type\": \"bundle\",\n \"id\": nope}") << u"line 2, column"_s;
        QTest::addRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::addRow("array") << QByteArray("[{\"type\": \"indicator\"}]") << u"not a STIX bundle"_s;
        QTest::addRow("an indicator") << QJsonDocument(indicator(u"x"_s, u"[ipv4-addr:value = '192.0.2.1']"_s)).toJson()
                                      << u"type is \"indicator\""_s;
        QTest::addRow("no type") << QByteArray("{\"objects\": []}") << u"not a STIX bundle"_s;
        QTest::addRow("bad id") << QByteArray("{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": []}")
                                << u"\"bundle--\" and a UUID"_s;
        QTest::addRow("objects not array")
            << QByteArray("{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\", \"objects\": {}}")
            << u"not an array"_s;
        QTest::addRow("object without type")
            << QByteArray("{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\", "
                          "\"objects\": [{\"id\": \"indicator--5d0092c5-5f74-4287-9642-33f4c354e56d\"}, 3]}")
            << u"objects[0]"_s;
    }
    void malformedInputChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString casePath = path(u"malformed.hlcase"_s);
        if (!QFile::exists(casePath))
            QVERIFY(QFile::copy(m_case, casePath));
        const QString dump = dumpCase(casePath);
        const QByteArray hash = fileHash(casePath);
        const QString bundle = path(u"BUNDLE.json"_s);
        QVERIFY(writeAll(bundle, bytes));
        const CliRun r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"BUNDLE.json: "_s) && r.err.contains(message) && r.err.contains(u"Nothing was imported"_s),
                 qPrintable(r.err));
        QCOMPARE(fileHash(casePath), hash);
        QCOMPARE(dumpCase(casePath), dump);
    }

    // The same bundle again changes nothing; the same indicators in another file update nothing.
    void reimportIsIdempotent()
    {
        const QString casePath = path(u"again.hlcase"_s);
        QVERIFY(QFile::copy(m_case, casePath));
        const QString bundle = QDir(ExampleDir).filePath(u"poisonivy.json"_s);
        CliRun r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 values = queryInt(casePath, u"SELECT count(*) FROM partner_indicators"_s);
        QVERIFY(values > 0);
        const QString dump = dumpCase(casePath);
        r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QVERIFY2(r.code == 0 && r.out.contains(u"already imported"_s), qPrintable(r.out + r.err));
        QCOMPARE(dumpCase(casePath), dump);
        // Reformatted (another file, other bytes): the same indicators, none added or changed.
        const QString reformatted = path(u"poisonivy-compact.json"_s);
        QVERIFY(writeAll(reformatted, QJsonDocument::fromJson(readAll(bundle)).toJson(QJsonDocument::Compact)));
        r = run({u"import-stix"_s, reformatted, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"(0 new, 0 updated, %1 unchanged)"_s.arg(values)), qPrintable(r.out));
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM partner_indicators"_s), values);
        QCOMPARE(queryInt(casePath, u"SELECT count(*) FROM stix_imports"_s), 2);
    }

    // What HydraLens exports, another HydraLens reads: every exported campaign's cluster hits
    // the indicators made from it.
    void exportThenImport()
    {
        const QString casePath = path(u"roundtrip.hlcase"_s);
        QVERIFY(QFile::copy(m_case, casePath));
        const QString bundle = path(u"roundtrip.json"_s);
        QVERIFY(!exportBundle(m_case, bundle).isEmpty());
        const CliRun r = run({u"import-stix"_s, bundle, u"--case"_s, casePath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        hl::CaseFile file;
        QVERIFY(file.open(casePath));
        QString error;
        const auto counts = hl::readClusterPartnerHitCounts(file, &error);
        QVERIFY2(counts, qPrintable(error));
        int exportedWithIndicators = 0;
        for (const QJsonValue &v : objectsOf(readAll(bundle))) {
            if (v[u"type"_s].toString() != u"campaign"_s)
                continue;
            const auto values = v[u"x_hydralens_shared_values"_s].toObject();
            if (values[u"ip"_s].toInt() + values[u"email_domain"_s].toInt() == 0)
                continue;
            ++exportedWithIndicators;
            QVERIFY2(counts->value(v[u"x_hydralens_cluster_id"_s].toInteger()) > 0,
                     qPrintable(v[u"name"_s].toString()));
        }
        QVERIFY(exportedWithIndicators > 0);
    }

    void exportErrors()
    {
        const QString out = path(u"never.json"_s);
        CliRun r = run({u"export"_s, u"stix"_s, u"--case"_s, m_case, u"--out"_s, out, u"--tlp"_s, u"purple"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"purple"_s) && r.err.contains(u"clear, green, amber or red"_s), qPrintable(r.err));
        r = run({u"export"_s, u"stix"_s, u"--case"_s, m_case});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--out"_s));
        r = run({u"export"_s, u"stix"_s, u"--case"_s, m_case, u"--out"_s, path(u"no/such/dir/b.json"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"cannot write"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = run({u"export"_s, u"--help"_s});
        QVERIFY(r.code == 0 && r.out.contains(u"stix --case"_s));
    }
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
