// The Agreement panel (views/labels/agreementpanel.h) offscreen: its two models through
// QAbstractItemModelTester, the empty states, resolving with the keyboard (an event with
// origin "resolve"; the row moves to the resolved ones), undo and redo through the
// LabelController's stack, moving through the queue and activating a row.
#include "labelcase.h"
#include "labelevent.h"

#include "labels/agreementmodel.h"
#include "labels/agreementpanel.h"
#include "labels/disagreementmodel.h"
#include "labels/labelcontroller.h"
#include "mainwindow.h"
#include "storage/casefile.h"
#include "storage/labelstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestAgreementPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    hl::CaseFile m_file;
    std::vector<std::int64_t> m_clusters;

    void add(int cluster, hl::Verdict verdict, const QString &analyst)
    {
        const auto e = hltest::labelEvent(hl::LabelTarget::Cluster, m_clusters[std::size_t(cluster)], verdict, analyst);
        QString error;
        QVERIFY2(hl::appendLabel(m_file, e, &error), qPrintable(error));
    }
    hl::LabelEvent lastEvent()
    {
        QString error;
        return hl::readLabelEvents(m_file, &error)->back();
    }
    static QString shownText(const hl::AgreementPanel &panel)
    {
        const auto *empty = panel.findChild<QLabel *>(u"agreementEmptyState"_s);
        return empty->isVisibleTo(&panel) ? empty->text() : QString();
    }
    static bool resolved(const hl::AgreementPanel &panel, std::int64_t cluster)
    {
        const hl::DisagreementModel *m = panel.disagreementsModel();
        const int row = m->rowOf(hl::LabelTarget::Cluster, cluster);
        return row >= 0 && m->disagreement(row).resolved;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the analyst's name goes to test settings
        QVERIFY(m_dir.isValid());
        QString error;
        const auto clusters = hltest::openLabelCase(m_dir.path(), m_file, &error);
        QVERIFY2(clusters.size() >= 4, qPrintable(error));
        for (std::size_t i = 0; i < 4; ++i)
            m_clusters.push_back(clusters[i].id);
    }

    void emptyStates()
    {
        hl::LabelController labels;
        hl::AgreementPanel panel(&labels);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(shownText(panel), u"No case is open."_s);
        labels.setCase(&m_file); // caseChanged reloads
        QVERIFY(shownText(panel).startsWith(u"No labels yet"_s));
        add(0, hl::Verdict::Distillation, u"ann"_s);
        panel.reload();
        QVERIFY(shownText(panel).startsWith(u"Only one analyst has labelled (ann): agreement needs two"_s));
        const QString path = qEnvironmentVariable("HL_AGREEMENT_SCREENSHOT"); // see resolveWithTheKeyboard
        if (!path.isEmpty())
            QVERIFY(panel.grab().save(QString(path).replace(u".png"_s, u"-one-analyst.png"_s)));
        add(0, hl::Verdict::Distillation, u"bob"_s);
        panel.reload();
        QVERIFY(shownText(panel).isEmpty());
        const auto *none = panel.findChild<QLabel *>(u"agreementNoDisagreements"_s);
        QVERIFY(none->isVisibleTo(&panel));
        QCOMPARE(none->text(), u"No disagreements"_s);
        if (!path.isEmpty())
            QVERIFY(panel.grab().save(QString(path).replace(u".png"_s, u"-agreeing.png"_s)));
        QCOMPARE(panel.pairsModel()->rowCount(), 1);
        labels.setCase(nullptr);
        QCOMPARE(shownText(panel), u"No case is open."_s);
    }

    void resolveWithTheKeyboard()
    {
        // c0 D D (from emptyStates) · c1 D B · c2 B U · c3 D U
        add(1, hl::Verdict::Distillation, u"ann"_s);
        add(1, hl::Verdict::Benign, u"bob"_s);
        add(2, hl::Verdict::Benign, u"ann"_s);
        add(2, hl::Verdict::Unsure, u"bob"_s);
        add(3, hl::Verdict::Distillation, u"ann"_s);
        add(3, hl::Verdict::Unsure, u"bob"_s);

        hl::LabelController labels;
        labels.setAnalyst(u"judge"_s);
        labels.setCase(&m_file);
        hl::AgreementPanel panel(&labels);
        QAbstractItemModelTester pairsTester(panel.pairsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester queueTester(panel.disagreementsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(720, 560);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));

        hl::DisagreementModel *queue = panel.disagreementsModel();
        QCOMPARE(panel.pairsModel()->rowCount(), 1);
        QCOMPARE(panel.pairsModel()->columnCount(), int(hl::AgreementModel::ColumnCount));
        QCOMPARE(queue->rowCount(), 3);
        QCOMPARE(queue->columnCount(), int(hl::DisagreementModel::FirstAnalystColumn) + 2);
        QCOMPARE(queue->headerData(hl::DisagreementModel::FirstAnalystColumn + 1, Qt::Horizontal).toString(), u"bob"_s);
        QTableView *view = panel.disagreementsView();
        view->setFocus();
        QCOMPARE(view->currentIndex().row(), 0);
        const std::int64_t first = view->currentIndex().data(hl::DisagreementModel::TargetIdRole).toLongLong();

        // 1 resolves the current disagreement as distillation and goes on with the next open one.
        QTest::keyClick(view, Qt::Key_1);
        hl::LabelEvent e = lastEvent();
        QCOMPARE(e.origin, u"resolve"_s);
        QCOMPARE(e.analyst, u"judge"_s);
        QCOMPARE(e.verdict, hl::Verdict::Distillation);
        QCOMPARE(e.targetId, first);
        QCOMPARE(queue->rowCount(), 2); // resolved ones are hidden…
        QCOMPARE(queue->rowOf(hl::LabelTarget::Cluster, first), -1);
        QVERIFY(view->currentIndex().isValid());
        QVERIFY(!view->currentIndex().data(hl::DisagreementModel::ResolvedRole).toBool());
        panel.findChild<QCheckBox *>(u"agreementShowResolved"_s)->setChecked(true);
        QCOMPARE(queue->rowCount(), 3); // …until asked for, after the open ones
        QCOMPARE(queue->rowOf(hl::LabelTarget::Cluster, first), 2);
        QVERIFY(resolved(panel, first));
        QCOMPARE(panel.pairsModel()->rowCount(), 1); // the adjudicator rated nothing

        // Undo appends the previous label as "unresolve": open again. Redo resolves again.
        labels.undoStack()->undo();
        QCOMPARE(lastEvent().origin, u"unresolve"_s);
        QVERIFY(!resolved(panel, first));
        labels.undoStack()->redo();
        QCOMPARE(lastEvent().origin, u"resolve"_s);
        QVERIFY(resolved(panel, first));
        labels.undoStack()->undo();
        QVERIFY(!resolved(panel, first));
        QCOMPARE(panel.pairsModel()->rowCount(), 1);

        // J / K move, O goes to the next open one; 2 and 3 resolve as benign and unsure.
        view->setFocus();
        panel.disagreementsView()->setCurrentIndex(queue->index(0, 0));
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_2);
        QCOMPARE(lastEvent().verdict, hl::Verdict::Benign);
        QTest::keyClick(view, Qt::Key_O);
        QVERIFY(!view->currentIndex().data(hl::DisagreementModel::ResolvedRole).toBool());
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(lastEvent().verdict, hl::Verdict::Unsure);
        QCOMPARE(lastEvent().origin, u"resolve"_s);

        // Enter shows the target.
        QSignalSpy activated(&panel, &hl::AgreementPanel::targetActivated);
        view->setCurrentIndex(queue->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<hl::LabelTarget>(), hl::LabelTarget::Cluster);
        QCOMPARE(activated.at(0).at(1).toLongLong(), queue->disagreement(0).targetId);

        // Set HL_AGREEMENT_SCREENSHOT=/tmp/agreement.png to look at the panel.
        labels.undoStack()->undo(); // two open, one resolved
        QCoreApplication::processEvents();
        const QImage image = panel.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = qEnvironmentVariable("HL_AGREEMENT_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
    }

    // The panel's single keys must not also be the window's: in a dock, the same key in both
    // would be an ambiguous shortcut and do nothing.
    void keysAreFreeInTheWindow()
    {
        hl::MainWindow window;
        QSet<QKeySequence> taken;
        const QList<QAction *> docked = window.agreement()->actions(); // the window's own panel
        for (const QAction *a : window.findChildren<QAction *>())
            if (!docked.contains(a))
                for (const QKeySequence &k : a->shortcuts())
                    taken.insert(k);
        QVERIFY(taken.contains(QKeySequence(u"D"_s))); // the scan sees the window's label keys
        hl::LabelController labels;
        hl::AgreementPanel panel(&labels);
        QCOMPARE(panel.actions().size(), 6);
        for (const QAction *a : panel.actions()) {
            QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
            QVERIFY2(!taken.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
        }
    }

    // Undoing a second resolution puts the first back, still a resolution; None resolves nothing.
    void undoAReResolution()
    {
        hl::LabelController labels;
        labels.setAnalyst(u"judge"_s);
        labels.setCase(&m_file);
        const std::int64_t c = m_clusters[0]; // not resolved before
        QString error;
        QVERIFY2(labels.resolve(hl::LabelTarget::Cluster, c, hl::Verdict::Benign, &error), qPrintable(error));
        QVERIFY2(labels.resolve(hl::LabelTarget::Cluster, c, hl::Verdict::Distillation, &error), qPrintable(error));
        QCOMPARE(labels.undoStack()->undoText(), u"Resolve cluster %1 as distillation"_s.arg(c));
        labels.undoStack()->undo();
        QCOMPARE(lastEvent().origin, u"resolve"_s);
        QCOMPARE(lastEvent().verdict, hl::Verdict::Benign);
        labels.undoStack()->undo();
        QCOMPARE(lastEvent().origin, u"unresolve"_s);
        const qint64 before = hl::readLabelEvents(m_file, &error)->size();
        QVERIFY(!labels.resolve(hl::LabelTarget::Cluster, c, hl::Verdict::None, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(qint64(hl::readLabelEvents(m_file, &error)->size()), before);
    }
};

QTEST_MAIN(TestAgreementPanel)
#include "tst_agreementpanel.moc"
