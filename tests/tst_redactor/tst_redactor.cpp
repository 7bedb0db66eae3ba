// Pseudonyms for --redact (model/export/redactor.h): stable for one key, different across keys
// and kinds, not the value, and the case's key persists.
#include "export/redactor.h"
#include "storage/casefile.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hl::RedactKind;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void disabledKeepsValues()
    {
        const hl::Redactor off;
        QVERIFY(!off.isEnabled());
        QCOMPARE(off.pseudonym(RedactKind::Ip, u"203.0.113.7"_s), u"203.0.113.7"_s);
        QCOMPARE(off.infraValue(4, u"example.org"_s), u"example.org"_s);
    }

    void pseudonyms_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("account") << int(RedactKind::Account) << u"acc-000123"_s << u"acct-"_s;
        QTest::addRow("ipv4") << int(RedactKind::Ip) << u"203.0.113.7"_s << u"ip-"_s;
        QTest::addRow("ipv6") << int(RedactKind::Ip) << u"2001:db8::1"_s << u"ip-"_s;
        QTest::addRow("domain") << int(RedactKind::EmailDomain) << u"mail.example.org"_s << u"dom-"_s;
        QTest::addRow("payment") << int(RedactKind::Payment) << u"card-9f8e7d"_s << u"pay-"_s;
        QTest::addRow("device") << int(RedactKind::Device) << u"dev-abc"_s << u"dev-"_s;
    }
    void pseudonyms()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, prefix);
        const hl::Redactor a("0123456789abcdef0123456789abcdef");
        const hl::Redactor again("0123456789abcdef0123456789abcdef");
        const hl::Redactor other("fedcba9876543210fedcba9876543210");
        const QString p = a.pseudonym(RedactKind(kind), value);
        QVERIFY(p.startsWith(prefix));
        QVERIFY2(QRegularExpression(u"^[a-z]+-[0-9a-f]{12}$"_s).match(p).hasMatch(), qPrintable(p));
        QVERIFY(!p.contains(value));
        QCOMPARE(again.pseudonym(RedactKind(kind), value), p);   // stable
        QVERIFY(other.pseudonym(RedactKind(kind), value) != p);  // keyed
        QVERIFY(a.pseudonym(RedactKind(kind), value + u"x"_s) != p);
    }

    void kindsDiffer()
    {
        const hl::Redactor a("0123456789abcdef0123456789abcdef");
        const QString v = u"example.org"_s;
        QVERIFY(a.pseudonym(RedactKind::EmailDomain, v).mid(4) != a.pseudonym(RedactKind::Org, v).mid(4));
        QCOMPARE(a.infraValue(4, v), a.pseudonym(RedactKind::EmailDomain, v));
        QCOMPARE(a.infraValue(1, u"10.0.0.1"_s), a.pseudonym(RedactKind::Ip, u"10.0.0.1"_s));
        QCOMPARE(a.infraValue(2, u"AS64500"_s), u"AS64500"_s); // public routing fact
    }

    void caseKeyPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.hlcase"_s);
        QString error;
        QByteArray first;
        {
            hl::CaseFile file;
            QVERIFY2(file.open(path, hl::CaseFile::Mode::CreateIfMissing), qPrintable(file.errorString()));
            const auto key = hl::caseRedactionKey(file, &error);
            QVERIFY2(key, qPrintable(error));
            QCOMPARE(key->size(), 32);
            first = *key;
        }
        hl::CaseFile file;
        QVERIFY(file.open(path));
        const auto key = hl::caseRedactionKey(file, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(*key, first);
        const auto on = hl::makeRedactor(file, true, &error);
        QVERIFY(on && on->isEnabled());
        QCOMPARE(on->pseudonym(RedactKind::Ip, u"10.1.2.3"_s), hl::Redactor(first).pseudonym(RedactKind::Ip, u"10.1.2.3"_s));
        const auto off = hl::makeRedactor(file, false, &error);
        QVERIFY(off && !off->isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
