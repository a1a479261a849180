// SPDX-License-Identifier: GPL-3.0-or-later
//
// A complete migration through the real wizard, offscreen, between two sandbox appliances:
// Welcome → Source (check, trust) → Source Info → Options (Migrate License) → Confirmation →
// Execution → Result, with a heartbeat that measures the longest GUI stall during the run (`./run bench gui`
// reports it). Addresses: source 127.0.62.1 (sakila, licensed), target 127.0.62.2 (empty, unlicensed).
#include "executionpage.h"
#include "pageid.h"
#include "resultpage.h"
#include "sandboxappliance.h"
#include "stallmonitor.h"
#include "wizarddriver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;

class TestWizardMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completeMigration_data();
    void completeMigration();

private:
    QTemporaryDir m_data;
};

void TestWizardMigration::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

void TestWizardMigration::completeMigration_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("sourceAddress");
    QTest::addColumn<QString>("targetAddress");
    QTest::newRow("empty") << QStringLiteral("none") << QStringLiteral("127.0.62.1")
                           << QStringLiteral("127.0.62.2");
    QTest::newRow("sakila") << QStringLiteral("sakila") << QStringLiteral("127.0.62.3")
                            << QStringLiteral("127.0.62.4");
}

void TestWizardMigration::completeMigration()
{
    using S = WizardController::CheckState;
    QFETCH(QString, dataset);
    QFETCH(QString, sourceAddress);
    QFETCH(QString, targetAddress);
    SandboxAppliance::Options sourceOptions;
    sourceOptions.dataset = dataset;
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    auto source = std::make_unique<SandboxAppliance>(
        QStringLiteral("wiz-mig-src-") + tag, sourceAddress, sourceOptions);
    auto target = std::make_unique<SandboxAppliance>(
        QStringLiteral("wiz-mig-tgt-") + tag, targetAddress, targetOptions);
    QString error;
    QVERIFY2(source->start(&error), qPrintable(error));
    QVERIFY2(target->start(&error), qPrintable(error));
    SandboxAppliance *const m_source = source.get();
    SandboxAppliance *const m_target = target.get();

    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    WizardController *controller = wizard.controller();

    StallMonitor heartbeat;
    heartbeat.start();

    // Welcome and Source.
    d.passWelcome();
    d.fillSource(m_source->info().address, m_source->info().adminPassword, m_target->info().address,
        m_target->info().adminPassword);
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
    QVERIFY2(d.checkState() == S::NeedsTrust, qPrintable(d.blockingChecks()));
    // The fingerprints shown are the sandboxes' real ones; the passwords are not sent yet.
    QCOMPARE(controller->sourceFingerprint(), m_source->info().tlsSha256);
    QCOMPARE(controller->targetFingerprint(), m_target->info().tlsSha256);
    QVERIFY(controller->sourceInfo().machineId.isEmpty());
    d.click(QStringLiteral("trust"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
    QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
    wizard.next();

    // Source Info.
    QCOMPARE(wizard.currentId(), int(SourceInfoPageId));
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("fingerprint"))->text(), m_source->info().tlsSha256);
    wizard.next();

    // Options: the license may move (target unlicensed, source under maintenance contract).
    QCOMPARE(wizard.currentId(), int(OptionsPageId));
    auto *license = d.find<QCheckBox>(QStringLiteral("migrateLicense"));
    QVERIFY2(license->isEnabled(), qPrintable(d.find<QLabel>(QStringLiteral("licenseReason"))->text()));
    license->setChecked(true);
    QVERIFY(controller->options().migrateLicense);
    wizard.next();

    // Confirmation: the plan's steps in order, with Execute instead of Next.
    QCOMPARE(wizard.currentId(), int(ConfirmationPageId));
    const MigrationPlan plan = controller->plan();
    const QString steps = d.find<QLabel>(QStringLiteral("steps"))->text();
    qsizetype at = 0;
    for (auto kind : plan.steps()) {
        const qsizetype found = steps.indexOf(operationKindTitle(kind).toHtmlEscaped(), at);
        QVERIFY2(found >= at, qPrintable(operationKindTitle(kind)));
        at = found;
    }
    QVERIFY(steps.contains(QStringLiteral("Point of no return")));
    QVERIFY(wizard.button(QWizard::CommitButton)->isVisible());
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Execute"));
    if (!controller->unsupportedSteps().isEmpty())
        QSKIP(qPrintable(
            QStringLiteral("the engine cannot run: %1").arg(controller->unsupportedSteps().join(", "))));

    // Execution.
    heartbeat.stop();
    heartbeat.start(); // measure the run itself
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExecutionPageId));
    Runner *runner = controller->runner();
    QVERIFY(runner);
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(!d.nextEnabled());

    // Every row's bar and the overall bar never go backwards; Cancel is gone past the point of
    // no return; Next stays hidden until the end.
    const auto bars = wizard.currentPage()->findChildren<QProgressBar *>();
    QHash<QProgressBar *, int> last;
    bool cancelSeenBefore = false;
    bool cancelSeenAfter = false;
    bool nextSeenDuringRun = false;
    connect(runner, &Runner::operationStateChanged, &wizard, [&] {
        QTimer::singleShot(0, &wizard, [&] {
            if (controller->isFinished())
                return;
            const bool cancel = wizard.button(QWizard::CancelButton)->isVisible();
            (controller->pastPointOfNoReturn() ? cancelSeenAfter : cancelSeenBefore) |= cancel;
            nextSeenDuringRun |= wizard.button(QWizard::NextButton)->isVisible();
        });
    });
    bool wentBackwards = false;
    connect(runner, &Runner::operationProgressChanged, &wizard, [&] {
        for (auto *bar : bars) {
            wentBackwards |= bar->value() < last.value(bar, 0);
            last[bar] = bar->value();
        }
    });
    QElapsedTimer runClock;
    runClock.start();
    // A real event loop (QTRY_* sleeps between its polls, which the heartbeat would count).
    QSignalSpy finished(controller, &WizardController::runFinished);
    QVERIFY(controller->isFinished() || finished.wait(600000));
    heartbeat.stop();
    const qint64 runMs = runClock.elapsed();
    qInfo("gui-stall max_ms=%.0f p99_ms=%.0f cpu_in_max_ms=%.0f ticks=%d run_ms=%lld", heartbeat.longestMs(),
        heartbeat.percentileMs(99), heartbeat.longestCpuMs(), heartbeat.ticks(), runMs);

    QVERIFY2(heartbeat.longestMs() < 1000, "the GUI thread stalled for more than a second");
    if (controller->outcome() != Runner::Outcome::Succeeded) {
        qWarning().noquote() << d.find<QLabel>(QStringLiteral("failure"))->text();
        qWarning().noquote() << d.find<QPlainTextEdit>(QStringLiteral("log"))->toPlainText();
    }
    QCOMPARE(controller->outcome(), Runner::Outcome::Succeeded);
    QVERIFY(cancelSeenBefore);
    QVERIFY(!cancelSeenAfter);
    QVERIFY(!nextSeenDuringRun);
    QVERIFY(!wentBackwards);
    QCOMPARE(d.find<QProgressBar>(QStringLiteral("overall"))->value(), 1000);
    QTRY_VERIFY(d.nextEnabled());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(d.find<QLabel>(QStringLiteral("runHeader"))->text().contains(QStringLiteral("Congratulations")));

    // Result: success, the report as HTML, Close.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ResultPageId));
    QVERIFY(d.find<QLabel>(QStringLiteral("headline"))->text().contains(QStringLiteral("successful")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Close"));
    const QString reportPath = m_data.filePath(QStringLiteral("report.html"));
    QVERIFY(wizard.resultPage()->saveReportTo(reportPath));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("<html"));
    QCOMPARE(wizard.loginPageUrl(), QUrl(QStringLiteral("https://%1/").arg(targetAddress)));
    QSignalSpy accepted(&wizard, &QWizard::accepted);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(accepted.count(), 1);
    // The finished run left no run in progress behind.
    QVERIFY(!QFile::exists(m_data.filePath(QStringLiteral("journal.json"))));
}

QTEST_MAIN(TestWizardMigration)
#include "tst_wizard_migration.moc"
