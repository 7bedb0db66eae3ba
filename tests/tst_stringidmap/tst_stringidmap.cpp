#include "util/stringidmap.h"

#include <QTest>

#include <cstdio>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std::string_literals;

namespace {

// Random bytes (any value, NUL included) of a length in [minLength, maxLength].
std::string randomKey(std::mt19937_64 &rng, std::size_t minLength, std::size_t maxLength)
{
    std::string key(minLength + rng() % (maxLength - minLength + 1), '\0');
    for (char &c : key)
        c = char(rng());
    return key;
}

QByteArray hex(std::string_view key)
{
    return QByteArray(key.data(), qsizetype(key.size())).toHex();
}

} // namespace

class TestStringIdMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyMap()
    {
        const hl::StringIdMap map;
        QCOMPARE(quint64(map.size()), quint64(0));
        QVERIFY(map.empty());
        QCOMPARE(map.find(""), 0u);
        QCOMPARE(map.find(std::string_view()), 0u);
        QCOMPARE(map.find("x"), 0u);
        QCOMPARE(quint64(map.memoryBytes()), quint64(0));
    }

    void emptyKey()
    {
        hl::StringIdMap map;
        map.insert(std::string_view(), 5);
        QCOMPARE(map.find(""), 5u);
        QCOMPARE(map.find("\0"s), 0u);
        QCOMPARE(map.find(" "), 0u);
        bool inserted = true;
        QCOMPARE(map.findOrInsert("", 9, &inserted), 5u);
        QVERIFY(!inserted);
        QCOMPARE(quint64(map.size()), quint64(1));
    }

    void embeddedNul()
    {
        hl::StringIdMap map;
        const std::string keys[] = {"a\0b"s, "a\0c"s, "a"s, "\0"s, "\0\0"s, "ab"s, "a\0"s, "\0a"s};
        std::uint32_t id = 100;
        for (const std::string &key : keys)
            map.insert(key, id++);
        id = 100;
        for (const std::string &key : keys)
            QCOMPARE(map.find(key), id++);
        QCOMPARE(map.find("\0\0\0"s), 0u);
        QCOMPARE(map.find("a\0d"s), 0u);
        QCOMPARE(map.find(""), 0u);
    }

    // Every length band of the hash (0, 1–3, 4–7, 8–16, 17–48, > 48) with 256 keys that differ
    // only in their last byte, plus their common prefix, which must stay absent.
    void lastByte_data()
    {
        QTest::addColumn<int>("length");
        for (int length : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 49, 64, 96, 97, 200})
            QTest::addRow("%d", length) << length;
    }

    void lastByte()
    {
        QFETCH(int, length);
        hl::StringIdMap map;
        std::string key(std::size_t(length), 'k');
        for (int b = 0; b < 256; ++b) {
            key.back() = char(b);
            map.insert(key, std::uint32_t(1000 + b));
        }
        QCOMPARE(quint64(map.size()), quint64(256));
        for (int b = 0; b < 256; ++b) {
            key.back() = char(b);
            QCOMPARE(map.find(key), std::uint32_t(1000 + b));
        }
        QCOMPARE(map.find(std::string_view(key).substr(0, key.size() - 1)), 0u);
        QCOMPARE(map.find(key + 'k'), 0u);
    }

    void findOrInsert()
    {
        hl::StringIdMap map;
        bool inserted = false;
        QCOMPARE(map.findOrInsert("alpha", 1, &inserted), 1u);
        QVERIFY(inserted);
        QCOMPARE(map.findOrInsert("beta", 2, &inserted), 2u);
        QVERIFY(inserted);
        QCOMPARE(map.findOrInsert("alpha", 3, &inserted), 1u); // newId ignored when present
        QVERIFY(!inserted);
        QCOMPARE(map.findOrInsert("beta", 4), 2u); // `inserted` may be null
        QCOMPARE(quint64(map.size()), quint64(2));
        QCOMPARE(map.find("alpha"), 1u);
        QCOMPARE(map.find("beta"), 2u);
        QCOMPARE(map.find("gamma"), 0u);
        // Interleaved with insert(), across several growths of the table.
        for (std::uint32_t i = 0; i < 5000; ++i) {
            const std::string key = "k" + std::to_string(i);
            if (i % 3 == 0) {
                map.insert(key, i + 10);
            } else {
                QCOMPARE(map.findOrInsert(key, i + 10, &inserted), i + 10);
                QVERIFY(inserted);
            }
        }
        for (std::uint32_t i = 0; i < 5000; ++i) {
            QCOMPARE(map.findOrInsert("k" + std::to_string(i), 1, &inserted), i + 10);
            QVERIFY(!inserted);
        }
        QCOMPARE(quint64(map.size()), quint64(5002));
    }

    void clear()
    {
        hl::StringIdMap map;
        for (std::uint32_t i = 1; i <= 1000; ++i)
            map.insert(std::to_string(i), i);
        QVERIFY(map.memoryBytes() > 0);
        map.clear();
        QCOMPARE(quint64(map.size()), quint64(0));
        QCOMPARE(quint64(map.memoryBytes()), quint64(0));
        for (std::uint32_t i = 1; i <= 1000; ++i)
            QCOMPARE(map.find(std::to_string(i)), 0u);
        // Usable again, with other ids.
        for (std::uint32_t i = 1; i <= 1000; ++i)
            map.insert(std::to_string(i), i + 7);
        for (std::uint32_t i = 1; i <= 1000; ++i)
            QCOMPARE(map.find(std::to_string(i)), i + 7);
        QCOMPARE(quint64(map.size()), quint64(1000));
    }

    void longKeys()
    {
        hl::StringIdMap map;
        std::string key300(300, '\0');
        for (std::size_t i = 0; i < key300.size(); ++i)
            key300[i] = char(i * 7 + 3);
        map.insert(key300, 300);
        QCOMPARE(map.find(key300), 300u);
        std::string other = key300;
        other[150] ^= 1;
        QCOMPARE(map.find(other), 0u);
        QCOMPARE(map.find(std::string_view(key300).substr(0, 299)), 0u);

        // Keys longer than an arena block (1 MiB), among small keys, through several growths.
        const std::string huge1(3 * 1024 * 1024 + 5, 'h');
        const std::string huge2(1024 * 1024, 'H');
        for (std::uint32_t i = 0; i < 20000; ++i) {
            map.insert("s" + std::to_string(i), i + 1000);
            if (i == 5000)
                map.insert(huge1, 1);
            if (i == 12000)
                map.insert(huge2, 2);
        }
        map.reserve(200000);
        QCOMPARE(map.find(huge1), 1u);
        QCOMPARE(map.find(huge2), 2u);
        QCOMPARE(map.find(key300), 300u);
        QCOMPARE(map.find(std::string_view(huge1).substr(1)), 0u);
        for (std::uint32_t i = 0; i < 20000; ++i)
            QCOMPARE(map.find("s" + std::to_string(i)), i + 1000);
        QCOMPARE(quint64(map.size()), quint64(20003));
        QVERIFY(map.memoryBytes() >= huge1.size() + huge2.size());
    }

    // Two keys with the same tag and the same home slot in the smallest table (16 slots): the
    // lookup must compare the key bytes, not stop at the first equal tag.
    void equalTags()
    {
        std::unordered_map<std::uint64_t, std::string> seen;
        std::string a;
        std::string b;
        for (std::uint64_t i = 0; i < 20'000'000 && a.empty(); ++i) {
            std::string key = "t" + std::to_string(i);
            const std::uint64_t h = hl::StringIdMap::hash(key);
            const std::uint64_t bits = ((h >> 32) << 4) | (h & 15);
            const auto [it, isNew] = seen.try_emplace(bits, key);
            if (!isNew) {
                a = it->second;
                b = std::move(key);
            }
        }
        QVERIFY(!a.empty());
        QVERIFY(hl::StringIdMap::hash(a) != hl::StringIdMap::hash(b));
        hl::StringIdMap map;
        map.insert(a, 1);
        map.insert(b, 2);
        QCOMPARE(map.find(a), 1u);
        QCOMPARE(map.find(b), 2u);
        QCOMPARE(map.findOrInsert(b, 3), 2u);
        QCOMPARE(quint64(map.size()), quint64(2));
    }

    // One million random keys against std::unordered_map, then one million other keys.
    void randomKeys()
    {
        std::mt19937_64 rng(20260214);
        std::unordered_map<std::string, std::uint32_t> reference;
        reference.reserve(1'000'000);
        hl::StringIdMap map;
        std::size_t duplicates = 0;
        for (std::size_t i = 0; reference.size() < 1'000'000; ++i) {
            const std::string key = randomKey(rng, 0, 40);
            const auto id = std::uint32_t(rng()) | 1u;
            const auto [it, isNew] = reference.try_emplace(key, id);
            if (i % 2 == 0) {
                if (isNew)
                    map.insert(key, id);
                else
                    ++duplicates;
            } else {
                bool inserted = !isNew;
                const std::uint32_t got = map.findOrInsert(key, id, &inserted);
                if (got != it->second || inserted != isNew)
                    QFAIL(qPrintable(QStringLiteral("findOrInsert(%1) = %2, inserted %3; expected %4, %5")
                                         .arg(QString::fromLatin1(hex(key)))
                                         .arg(got)
                                         .arg(inserted)
                                         .arg(it->second)
                                         .arg(isNew)));
            }
        }
        QVERIFY(duplicates > 0); // short keys repeat, so the found path of findOrInsert ran too
        QCOMPARE(quint64(map.size()), quint64(reference.size()));
        for (const auto &[key, id] : reference) {
            const std::uint32_t got = map.find(key);
            if (got != id)
                QFAIL(qPrintable(QStringLiteral("find(%1) = %2, expected %3").arg(QString::fromLatin1(hex(key))).arg(got).arg(id)));
        }

        std::mt19937_64 otherRng(77);
        std::size_t absent = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            const std::string key = randomKey(otherRng, 3, 40);
            const auto it = reference.find(key);
            const std::uint32_t want = it == reference.end() ? 0 : it->second;
            absent += want == 0;
            const std::uint32_t got = map.find(key);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("find(%1) = %2, expected %3").arg(QString::fromLatin1(hex(key))).arg(got).arg(want)));
        }
        QVERIFY(absent > 990'000);
    }

    void reserveAndMove()
    {
        hl::StringIdMap map;
        map.insert("before", 1);
        map.reserve(100'000); // rehashes the key already there
        QCOMPARE(map.find("before"), 1u);
        const std::size_t reserved = map.memoryBytes();
        for (std::uint32_t i = 0; i < 100'000; ++i)
            map.insert(std::to_string(i), i + 2);
        // The slot table did not grow: only the arena (about 12 bytes a key here) was added.
        QVERIFY(map.memoryBytes() - reserved < 100'000 * 16 + 1024 * 1024);

        hl::StringIdMap moved(std::move(map));
        QCOMPARE(quint64(moved.size()), quint64(100'001));
        QCOMPARE(moved.find("99999"), 100'001u);
        QCOMPARE(moved.find("before"), 1u);
        QCOMPARE(quint64(map.size()), quint64(0)); // NOLINT(bugprone-use-after-move): defined state
        QCOMPARE(map.find("before"), 0u);
        map.insert("again", 4); // a moved-from map is usable
        QCOMPARE(map.find("again"), 4u);

        hl::StringIdMap assigned;
        assigned.insert("x", 1);
        assigned = std::move(moved);
        QCOMPARE(assigned.find("x"), 0u);
        QCOMPARE(assigned.find("12345"), 12'347u);
    }

    // 16-byte hex keys, as the importer's template hashes: well under std::unordered_map's
    // ~100 bytes a key.
    void memoryPerKey()
    {
        hl::StringIdMap map;
        char text[17];
        for (std::uint32_t i = 0; i < 200'000; ++i) {
            std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(i) * 0x9e3779b97f4a7c15ull);
            map.insert(std::string_view(text, 16), i + 1);
        }
        // Arena 21 bytes a key, slots 8 bytes at a load of 0.35–0.7 (0.38 here: 22 bytes a
        // key), one partly used block: about 47 bytes a key.
        const double perKey = double(map.memoryBytes()) / 200'000;
        QVERIFY2(perKey < 56, qPrintable(QString::number(perKey)));
    }
};

QTEST_GUILESS_MAIN(TestStringIdMap)
#include "tst_stringidmap.moc"
