// STIX 2.1 export and import (model/stix, docs/stix.md): bundles that validate against the OASIS
// schemas, the same bytes for the same case, redaction that leaves no raw identifier, partner
// bundles read whatever they hold, and malformed input that changes nothing.
#include "clirun.h"
#include "democase.h"
#include "exportfixture.h"
#include "labelevent.h"
#include "truthlabels.h"

#include "demo/demolocation.h"
#include "stix/stixids.h"
#include "stix/stixpattern.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"
#include "storage/statement.h"
#include "util/ipnetwork.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
