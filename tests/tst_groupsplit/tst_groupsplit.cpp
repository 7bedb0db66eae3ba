// The training export's building blocks that need no case (model/training/): the grouped
// train/valid/test split (property tests on random graphs), the stored-feature parser and the
// number and field formats of training.csv / training.jsonl.
#include "training/featureobject.h"
#include "training/groupsplit.h"
#include "training/trainingrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace {

struct RandomRows
{
    std::vector<QString> keys;
    std::vector<hl::GroupLink> links;
    std::vector<std::uint8_t> classes; // 1 for about a third of the rows
};

// n rows; each may join a cluster, a card, a device and one or two IPs drawn from pools whose
// size sets how much rows share (`spread` 1: few shared values, a giant group; 8: many small
// groups). `crowd`: one IP used by that share of all rows (a carrier gateway).
RandomRows randomRows(int n, double spread, double crowd, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    RandomRows r;
    auto pick = [&](double pool) { return std::uint64_t(rng() % std::max<std::uint64_t>(1, std::uint64_t(pool))); };
    auto chance = [&](double p) { return std::uniform_real_distribution<>(0, 1)(rng) < p; };
    const double pool = spread * n;
    for (std::uint32_t i = 0; i < std::uint32_t(n); ++i) {
        r.keys.push_back(u"acct-%1-%2"_s.arg(rng() % 1000).arg(i));
        r.classes.push_back(chance(0.3) ? 1 : 0);
        if (chance(0.7))
            r.links.push_back({hl::groupKey(hl::GroupKeyKind::Cluster, 1 + pick(pool)), i});
        if (chance(0.2))
            r.links.push_back({hl::groupKey(hl::GroupKeyKind::Infra, 1'000'000 + pick(pool)), i}); // card
        if (chance(0.2))
            r.links.push_back({hl::groupKey(hl::GroupKeyKind::Infra, 2'000'000 + pick(pool)), i}); // device
        for (int k = int(rng() % 3); k > 0; --k)
            r.links.push_back({hl::groupKey(hl::GroupKeyKind::Infra, 3'000'000 + pick(pool * 2)), i}); // IP
        if (chance(crowd))
            r.links.push_back({hl::groupKey(hl::GroupKeyKind::Infra, 999), i});
    }
    std::shuffle(r.links.begin(), r.links.end(), rng);
    return r;
}

} // namespace

class TestGroupSplit : public QObject
{
    Q_OBJECT

private slots:
    void splitProperties_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("crowd");
        QTest::addRow("empty") << 0 << 4.0 << 0.0;
        QTest::addRow("one row") << 1 << 4.0 << 0.0;
        QTest::addRow("two rows") << 2 << 0.5 << 0.0;
        QTest::addRow("small, sparse") << 12 << 8.0 << 0.0;
        QTest::addRow("small, dense") << 12 << 0.3 << 0.0;
        QTest::addRow("500, sparse") << 500 << 8.0 << 0.0;
        QTest::addRow("500, dense") << 500 << 1.0 << 0.0;
        QTest::addRow("3000, sparse") << 3000 << 8.0 << 0.0;
        QTest::addRow("3000, crowd IP on 40 percent") << 3000 << 8.0 << 0.4;
        QTest::addRow("3000, crowd IP on 90 percent") << 3000 << 8.0 << 0.9;
    }
    // Whatever the graph: every row gets a split, no shared value crosses two splits, and the
    // result does not depend on the order of rows or links.
    void splitProperties()
    {
        QFETCH(int, rows);
        QFETCH(double, spread);
        QFETCH(double, crowd);
        for (std::uint32_t seed = 1; seed <= 25; ++seed) {
            const RandomRows r = randomRows(rows, spread, crowd, seed);
            const hl::GroupSplit s = hl::splitByGroups(r.keys, r.links, r.classes);
            QCOMPARE(s.splits.size(), std::size_t(rows));
            QCOMPARE(s.rows[0] + s.rows[1] + s.rows[2], qint64(rows));
            QCOMPARE(s.groups[0] + s.groups[1] + s.groups[2], qint64(s.groupRows.size()));
            QVERIFY(std::is_sorted(s.groupRows.begin(), s.groupRows.end(), std::greater<>()));
            std::map<std::uint64_t, hl::Split> splitOfKey;
            for (const hl::GroupLink &l : r.links) {
                const auto [it, added] = splitOfKey.emplace(l.key, s.splits[l.row]);
                QVERIFY2(it->second == s.splits[l.row], qPrintable(u"seed %1: key %2 in two splits"_s.arg(seed).arg(l.key)));
            }

            // The same rows and links in another order: the same split for every account.
            std::mt19937 rng(seed * 7919);
            std::vector<std::uint32_t> moved(std::size_t(rows), 0);
            std::iota(moved.begin(), moved.end(), 0u);
            std::shuffle(moved.begin(), moved.end(), rng);
            std::vector<QString> keys(r.keys.size());
            std::vector<std::uint8_t> classes(r.keys.size());
            for (std::size_t i = 0; i < r.keys.size(); ++i) {
                keys[moved[i]] = r.keys[i];
                classes[moved[i]] = r.classes[i];
            }
            std::vector<hl::GroupLink> links = r.links;
            for (hl::GroupLink &l : links)
                l.row = moved[l.row];
            std::shuffle(links.begin(), links.end(), rng);
            const hl::GroupSplit again = hl::splitByGroups(keys, links, classes);
            for (std::size_t i = 0; i < r.keys.size(); ++i)
                QVERIFY2(again.splits[moved[i]] == s.splits[i], qPrintable(u"seed %1: row %2 moved"_s.arg(seed).arg(i)));
            QCOMPARE(again.groupRows, s.groupRows);

            // Many small groups: each class comes close to 70/15/15.
            if (rows >= 500 && !s.groupRows.empty() && s.groupRows.front() * 20 < rows) {
                std::array<std::array<double, hl::SplitCount>, 2> n{};
                std::array<double, 2> total{};
                for (std::size_t i = 0; i < r.keys.size(); ++i) {
                    ++n[r.classes[i]][std::size_t(s.splits[i])];
                    ++total[r.classes[i]];
                }
                for (std::size_t c = 0; c < 2; ++c)
                    for (std::size_t k = 0; k < hl::SplitCount; ++k)
                        QVERIFY2(std::abs(n[c][k] / total[c] - hl::SplitTargets().share[k]) < 0.03,
                                 qPrintable(u"seed %1, class %2, split %3: %4"_s.arg(seed).arg(c).arg(k).arg(n[c][k] / total[c])));
            }
        }
    }

    void splitSmallCases()
    {
        const std::vector<QString> keys{u"b"_s, u"a"_s, u"c"_s};
        // a and b share an IP: one group of two, taken first, into train; c into valid.
        const hl::GroupSplit s = hl::splitByGroups(keys, {{hl::groupKey(hl::GroupKeyKind::Infra, 5), 0},
                                                          {hl::groupKey(hl::GroupKeyKind::Infra, 5), 1}});
        QCOMPARE(s.groupRows, (std::vector<std::int64_t>{2, 1}));
        QCOMPARE(s.splits, (std::vector<hl::Split>{hl::Split::Train, hl::Split::Train, hl::Split::Valid}));
        QCOMPARE(s.groupOf, (std::vector<std::uint32_t>{0, 0, 1}));
        // Cluster 5 and IP 5 are different keys.
        const hl::GroupSplit apart = hl::splitByGroups(keys, {{hl::groupKey(hl::GroupKeyKind::Infra, 5), 0},
                                                              {hl::groupKey(hl::GroupKeyKind::Cluster, 5), 1}});
        QCOMPARE(apart.groupRows.size(), std::size_t(3));
        QCOMPARE(hl::splitName(hl::Split::Valid), u"valid"_s);
        QCOMPARE(hl::stableHash(u""_s), 0xcbf29ce484222325ull); // FNV-1a offset basis
        // Stratified: four positive groups of 50, 40, 25, 15 and 100 negatives alone go
        // 50+40 / 25 / 15 for the positives, not all four into train.
        std::vector<QString> many;
        std::vector<std::uint8_t> classes;
        std::vector<hl::GroupLink> links;
        for (std::uint32_t g = 0, row = 0; g < 4; ++g)
            for (int k = 0; k < std::array{50, 40, 25, 15}[g]; ++k, ++row) {
                many.push_back(u"p%1"_s.arg(row));
                classes.push_back(1);
                links.push_back({hl::groupKey(hl::GroupKeyKind::Cluster, g + 1), row});
            }
        for (int k = 0; k < 100; ++k) {
            many.push_back(u"n%1"_s.arg(k));
            classes.push_back(0);
        }
        const hl::GroupSplit strat = hl::splitByGroups(many, links, classes);
        QCOMPARE(strat.splits[0], hl::Split::Train);
        QCOMPARE(strat.splits[50], hl::Split::Train);
        QCOMPARE(strat.splits[90], hl::Split::Valid);
        QCOMPARE(strat.splits[115], hl::Split::Test);
        QCOMPARE(strat.rows[0], 90 + 70);
    }

    void parseFeatures_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("size");       // NaN: missing
        QTest::addColumn<double>("meanScore");
        const double nan = std::nan("");
        QTest::addRow("as stored") << QByteArray(R"({"active_days":88.1,"mean_score":null,"size":3})") << true << 3.0 << nan;
        QTest::addRow("spaces, exponent") << QByteArray("{ \"size\" :\n 1E+2 , \"mean_score\": -2.5e-1 }") << true << 100.0 << -0.25;
        QTest::addRow("unsorted, repeated") << QByteArray(R"({"size":1,"mean_score":0.5,"size":4})") << true << 4.0 << 0.5;
        QTest::addRow("unknown name") << QByteArray(R"({"bogus":1,"size":5})") << true << 5.0 << nan;
        QTest::addRow("escaped name") << QByteArray(R"({"si\u007ae":6})") << true << 6.0 << nan;
        QTest::addRow("string value") << QByteArray(R"({"size":"7","mean_score":0.1})") << true << nan << 0.1;
        QTest::addRow("nested value") << QByteArray(R"({"x":{"size":1},"size":8})") << true << 8.0 << nan;
        QTest::addRow("boolean") << QByteArray(R"({"size":true})") << true << nan << nan;
        QTest::addRow("empty object") << QByteArray("{}") << true << nan << nan;
        QTest::addRow("unterminated") << QByteArray(R"({"size":1)") << false << nan << nan;
        QTest::addRow("trailing comma") << QByteArray(R"({"size":1,})") << false << nan << nan;
        QTest::addRow("trailing text") << QByteArray(R"({"size":1}x)") << false << nan << nan;
        QTest::addRow("nan") << QByteArray(R"({"size":nan})") << false << nan << nan;
        QTest::addRow("array") << QByteArray("[1,2]") << false << nan << nan;
        QTest::addRow("nothing") << QByteArray() << false << nan << nan;
    }
    void parseFeatures()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(double, size);
        QFETCH(double, meanScore);
        hl::FeatureValues v;
        QCOMPARE(hl::parseFeatureObject(std::string_view(json.constData(), std::size_t(json.size())), v), valid);
        auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
        QVERIFY(same(v[std::size_t(hl::Feature::Size)], size));
        QVERIFY(same(v[std::size_t(hl::Feature::MeanScore)], meanScore));
        QVERIFY(std::isnan(v[std::size_t(hl::Feature::Synchrony)]));
    }

    // Decimal texts of every length read bit for bit as std::from_chars reads them (the fast
    // path for plain decimals and its fallback for long or exponent forms).
    void parseNumbersAsFromChars()
    {
        std::mt19937_64 rng(20261123);
        for (int i = 0; i < 100000; ++i) {
            std::string text = rng() % 4 == 0 ? "-" : "";
            const int whole = int(rng() % 18), decimals = int(rng() % 25);
            text += whole == 0 ? "0" : std::to_string(1 + rng() % 9);
            for (int d = 1; d < whole; ++d)
                text += char('0' + rng() % 10);
            if (decimals > 0) {
                text += '.';
                for (int d = 0; d < decimals; ++d)
                    text += char('0' + (rng() % 3 == 0 ? 0 : rng() % 10));
            }
            if (rng() % 10 == 0)
                text += "e" + std::to_string(int(rng() % 40) - 20);
            double expected = 0;
            std::from_chars(text.data(), text.data() + text.size(), expected);
            const std::string json = "{\"size\":" + text + "}";
            hl::FeatureValues v;
            QVERIFY2(hl::parseFeatureObject(json, v), json.c_str());
            const double got = v[std::size_t(hl::Feature::Size)];
            QVERIFY2(std::memcmp(&got, &expected, sizeof got) == 0, json.c_str());
        }
    }

    // Whatever the analysis writes (featuresToJson) reads back as QJsonDocument reads it.
    void parseFeaturesAsQtDoes()
    {
        std::mt19937 rng(11);
        std::uniform_real_distribution<> value(-1e6, 1e6);
        for (int i = 0; i < 2000; ++i) {
            hl::FeatureValues in;
            for (double &d : in)
                d = rng() % 5 == 0 ? std::nan("") : rng() % 3 == 0 ? double(rng() % 1000) : value(rng) / double(1 + rng() % 1000);
            const QByteArray json = QJsonDocument(hl::featuresToJson(in)).toJson(i % 2 ? QJsonDocument::Compact
                                                                                     : QJsonDocument::Indented);
            const QJsonObject qt = QJsonDocument::fromJson(json).object();
            hl::FeatureValues out;
            QVERIFY(hl::parseFeatureObject(std::string_view(json.constData(), std::size_t(json.size())), out));
            for (std::size_t k = 0; k < hl::FeatureCount; ++k) {
                const QJsonValue expected = qt.value(QLatin1StringView(hl::featureCatalogue()[k].name));
                QVERIFY2(expected.isNull() ? std::isnan(out[k]) : out[k] == expected.toDouble(), json.constData());
            }
        }
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0.0 << u"0"_s;
        QTest::addRow("million") << 1e6 << u"1000000"_s;
        QTest::addRow("tenth") << 0.1 << u"0.1"_s;
        QTest::addRow("negative") << -2.5 << u"-2.5"_s;
        QTest::addRow("tiny") << 1e-7 << u"1e-07"_s;
        QTest::addRow("huge") << 1e20 << u"1e+20"_s;
        QTest::addRow("third") << 1.0 / 3 << u"0.3333333333333333"_s;
        QTest::addRow("four decimals") << 85.8073 << u"85.8073"_s;
        QTest::addRow("ten thousandth") << 0.0001 << u"0.0001"_s; // not 1e-04
        QTest::addRow("small negative") << -0.00025 << u"-0.00025"_s;
        QTest::addRow("negative zero") << -0.0 << u"-0"_s;
        QTest::addRow("2^53 - 1") << 9007199254740991.0 << u"9007199254740991"_s;
        QTest::addRow("missing") << std::nan("") << QString();
        QTest::addRow("infinite") << HUGE_VAL << QString();
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        std::string out;
        hl::appendNumber(out, value);
        QCOMPARE(QString::fromStdString(out), text);
        if (!out.empty()) { // the shortest text that reads back to the same double
            double back = 0;
            std::from_chars(out.data(), out.data() + out.size(), back);
            QCOMPARE(back, value);
        }
    }

    // Every finite double reads back bit for bit, whichever way it was written (whole, a few
    // decimals, to_chars): random bit patterns and random decimals like the analysis stores.
    void numbersRoundTrip()
    {
        QRandomGenerator random(20261123);
        for (int i = 0; i < 200000; ++i) {
            double value;
            if (i % 2 == 0) {
                const quint64 bits = random.generate64();
                std::memcpy(&value, &bits, sizeof value);
                if (!std::isfinite(value))
                    continue;
            } else {
                static constexpr double Scale[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e9};
                value = double(qint64(random.generate64() % 2000000001) - 1000000000) / Scale[random.bounded(9)];
            }
            std::string out;
            hl::appendNumber(out, value);
            double back = 0;
            const auto [end, ec] = std::from_chars(out.data(), out.data() + out.size(), back);
            QVERIFY2(ec == std::errc() && end == out.data() + out.size(), out.c_str());
            QVERIFY2(std::memcmp(&back, &value, sizeof value) == 0, out.c_str());
            std::array<char, 32> shortest;
            const auto len = std::to_chars(shortest.begin(), shortest.end(), value).ptr - shortest.begin();
            QVERIFY2(out.size() <= std::size_t(len) + 5, out.c_str()); // never much longer than the shortest
        }
    }

    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("json");
        QTest::addRow("plain") << u"acct-1"_s << u"acct-1"_s << u"\"acct-1\""_s;
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s << u"\"say \\\"hi\\\"\""_s;
        QTest::addRow("newline") << u"x\r\ny"_s << u"\"x\r\ny\""_s << u"\"x\\u000d\\u000ay\""_s;
        QTest::addRow("backslash, unicode") << u"ä\\b"_s << u"ä\\b"_s << u"\"ä\\\\b\""_s;
    }
    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, csv);
        QFETCH(QString, json);
        const std::string utf8 = text.toStdString();
        std::string c, j;
        hl::appendCsvField(c, utf8);
        hl::appendJsonString(j, utf8);
        QCOMPARE(QString::fromStdString(c), csv);
        QCOMPARE(QString::fromStdString(j), json);
        QCOMPARE(QJsonDocument::fromJson("[" + QByteArray::fromStdString(j) + "]").array().at(0).toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestGroupSplit)
#include "tst_groupsplit.moc"
