// The German translation: complete (no unfinished or empty entry) and safe (every placeholder,
// HTML tag, accelerator and shortcut of the English text survives); the .qm built from it
// translates the window in-process; the binary finds its embedded copy with --lang de and
// reports an unknown language instead of failing.
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignsview.h"
#include "graph/graphpanel.h"
#include "mainwindow.h"

#include <QFile>
#include <QKeySequence>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context, source;
    QStringList translations; // one per numerus form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    qint64 line = 0;          // in the .ts, for the failure message
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") { // of a <context>
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            m.line = xml.lineNumber();
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations.append(xml.readElementText());
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement(); // location, comment, extracomment
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1 … %99, %L1 …, %n, %Ln: what QString::arg() and tr(…, n) replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The tags in order of appearance, "<b>", "</b>", "<br>", without attributes.
QStringList tags(const QString &text)
{
    static const QRegularExpression re(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append(u'<' + m.captured(1) + m.captured(2).toLower() + u'>');
    }
    return found;
}

bool balanced(const QStringList &tagList)
{
    static const QStringList empty{u"<br>"_s, u"<hr>"_s, u"<img>"_s};
    QStringList open;
    for (const QString &tag : tagList) {
        if (empty.contains(tag))
            continue;
        if (tag.startsWith(u"</"_s)) {
            if (open.isEmpty() || open.takeLast() != u'<' + tag.mid(2))
                return false;
        } else {
            open.append(tag);
        }
    }
    return open.isEmpty();
}

// The keyboard accelerator of a menu text: the letter after a single '&' ("&&" is a literal &).
int acceleratorCount(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&')
            ++i;
        else if (text.at(i + 1).isLetterOrNumber())
            ++n;
    }
    return n;
}

// "Ctrl+I", "Ctrl+Shift+F5": a translated shortcut must still be one (safest: unchanged).
bool looksLikeShortcut(const QString &text)
{
    static const QRegularExpression re(u"^(Ctrl|Shift|Alt|Meta)(\\+(Ctrl|Shift|Alt|Meta))*\\+\\S+$"_s);
    return re.match(text).hasMatch();
}

const QString TsFile = QStringLiteral(HL_TS_FILE);

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
    QList<Message> m_messages;
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_messages = readTs(TsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_messages.size() > 150, qPrintable(QString::number(m_messages.size())));
        QVERIFY2(m_translator.load(QStringLiteral(HL_QM_FILE)), HL_QM_FILE " does not load: build the hydralens target");
        QStandardPaths::setTestModeEnabled(true); // the window's QSettings go to a test location
    }

    void complete_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_messages.size(); ++i)
            QTest::addRow("%s line %lld", qPrintable(m_messages.at(i).context), m_messages.at(i).line) << i;
    }

    // Every entry translated; placeholders, tags, accelerators and shortcuts kept. When this
    // fails after 'ninja update_translations', translate the new entries (Qt Linguist, or the
    // XML by hand) in translations/hydralens_de.ts.
    void complete()
    {
        QFETCH(int, index);
        const Message &m = m_messages.at(index);
        const QString where = u"%1:%2 [%3] \"%4\""_s.arg(TsFile).arg(m.line).arg(m.context, m.source.left(60));
        const auto why = [&where](const QString &what) { return QString(where + u": "_s + what).toUtf8(); };
        QVERIFY2(m.type.isEmpty(), why(u"is "_s + m.type).constData());
        // German has two plural forms (1 Konto, 2 Konten).
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), why(u"the translation is empty"_s).constData());
            QVERIFY2(placeholders(t) == placeholders(m.source),
                     why(u"placeholders "_s + placeholders(m.source).join(u' ') + u" became "_s
                         + placeholders(t).join(u' ')).constData());
            QStringList sourceTags = tags(m.source), translatedTags = tags(t);
            QVERIFY2(balanced(translatedTags), why(u"unbalanced HTML in the translation"_s).constData());
            sourceTags.sort();
            translatedTags.sort();
            QVERIFY2(sourceTags == translatedTags, why(u"the HTML tags differ"_s).constData());
            QVERIFY2(acceleratorCount(t) == acceleratorCount(m.source),
                     why(u"the translation needs as many & accelerators as the source"_s).constData());
            if (looksLikeShortcut(m.source))
                QVERIFY2(QKeySequence(t, QKeySequence::PortableText) == QKeySequence(m.source, QKeySequence::PortableText),
                         why(u"the shortcut does not parse the same (leave shortcuts untranslated)"_s).constData());
        }
    }

    // The built .qm answers under the contexts the classes use at run time.
    void qmTranslates()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        QCOMPARE(QCoreApplication::translate("hl::MainWindow", "&Open Case…"), u"&Fall öffnen…"_s);
        QCOMPARE(QCoreApplication::translate("hl::MainWindow", "Cluster %1 (%n accounts)", nullptr, 1), u"Cluster %1 (1 Konto)"_s);
        QCOMPARE(QCoreApplication::translate("hl::MainWindow", "Cluster %1 (%n accounts)", nullptr, 12), u"Cluster %1 (12 Konten)"_s);
        QCOMPARE(QCoreApplication::translate("hl::Risk", "%1 of the traffic comes through anonymising proxies"),
                 u"%1 des Datenverkehrs kommt über anonymisierende Proxys"_s);
        // model/analysis/pivots.cpp's free tr() translates under "hl", the context lupdate gives it.
        QCOMPARE(QCoreApplication::translate("hl", "No other traffic in the case to compare with"),
                 u"Kein anderer Datenverkehr im Fall zum Vergleich"_s);
        QVERIFY(QCoreApplication::removeTranslator(&m_translator));
    }

    // The window itself, built with the translator installed.
    void windowInGerman()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        {
            hl::MainWindow window;
            QStringList menus;
            for (const QAction *a : window.menuBar()->actions())
                menus.append(a->text());
            QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Fall"_s, u"&Ansicht"_s, u"&Graph"_s, u"Be&wertung"_s}));
            QStringList graphCommands;
            for (const QAction *a : window.graph()->menuActions())
                graphCommands.append(a->text());
            QVERIFY2(graphCommands.contains(u"◀ Übersicht"_s) && graphCommands.contains(u"Neu anordnen"_s),
                     qPrintable(graphCommands.join(u", "_s)));
            const QAbstractItemModel *model = window.campaigns()->model();
            QCOMPARE(model->headerData(hl::CampaignsModel::RiskColumn, Qt::Horizontal).toString(), u"Risiko"_s);
            QCOMPARE(model->headerData(hl::CampaignsModel::ExchangesColumn, Qt::Horizontal).toString(), u"Anfragen"_s);
        }
        QVERIFY(QCoreApplication::removeTranslator(&m_translator));
    }

    void binaryLanguageOption_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("stderrHas");
        QTest::addRow("de, embedded") << u"de"_s << QString();
        QTest::addRow("de_AT falls back to de") << u"de_AT"_s << QString();
        QTest::addRow("en, the source") << u"en"_s << QString();
        QTest::addRow("unknown code") << u"xx"_s << u"unknown language 'xx'"_s;
        QTest::addRow("no translation") << u"fr"_s << u"no French translation"_s;
    }

    // hydralens --lang CODE: never fails over the language; says so when it cannot follow it.
    void binaryLanguageOption()
    {
        QFETCH(QString, lang);
        QFETCH(QString, stderrHas);
        QTemporaryDir tmp;
        const QString png = tmp.filePath(u"shot.png"_s);
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, tmp.filePath(u"config"_s)); // leave the user's settings alone
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HL_BINARY), {u"--lang"_s, lang, u"--screenshot"_s, png});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(png));
        if (stderrHas.isEmpty())
            QVERIFY2(!err.contains(u"continuing in English"_s), qPrintable(err));
        else
            QVERIFY2(err.contains(stderrHas) && err.contains(u"continuing in English"_s), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
