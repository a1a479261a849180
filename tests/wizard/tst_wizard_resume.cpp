// SPDX-License-Identifier: GPL-3.0-or-later
//
// A wizard process is killed with SIGKILL in the middle of a migration; the next start of the
// wizard finds the run in the journal, and Welcome offers to resume it or back it out.
// Resume: the run completes. Back out: every change is undone and the source leaves maintenance.
// The killed process is this test binary started again with CUTOVER_WIZARD_CHILD=1: it drives
// the real MigrationWizard to Execute and runs its event loop until it is killed.
// Addresses: 127.0.65.1/.2 (resume), 127.0.65.3/.4 (back out).
#include "api/applianceclient.h"
#include "migrationwizard.h"
#include "pageid.h"
#include "sandboxappliance.h"
#include "welcomepage.h"
#include "wizarddriver.h"

#include <QDeadlineTimer>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>

using namespace cutover;
using namespace cutover::test;

namespace {

/** The child: the wizard, driven to Execute, then its ordinary event loop until SIGKILL. */
int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    WizardController *controller = wizard.controller();
    controller->setSourceAddress(qEnvironmentVariable("CHILD_SOURCE"));
    controller->setTargetIsThisSystem(false);
    controller->setTargetAddress(qEnvironmentVariable("CHILD_TARGET"));
    controller->setSourcePassword(qgetenv("CUTOVER_SOURCE_PASSWORD"));
    controller->setTargetPassword(qgetenv("CUTOVER_TARGET_PASSWORD"));
    controller->setPretrustedFingerprints(
        qEnvironmentVariable("CHILD_SOURCE_SHA256"), qEnvironmentVariable("CHILD_TARGET_SHA256"));
    wizard.show();
    for (auto *box : wizard.currentPage()->findChildren<QCheckBox *>())
        box->setChecked(true);
    wizard.next();
    QObject::connect(controller, &WizardController::checkStateChanged, &wizard,
        [&wizard](WizardController::CheckState state) {
            if (state == WizardController::CheckState::Failed) {
                std::fprintf(stderr, "child: the check failed\n");
                QCoreApplication::exit(3);
            }
            if (state != WizardController::CheckState::Passed)
                return;
            wizard.next(); // Source Info
            wizard.next(); // Options: offline, so the source is in maintenance while the data is copied
            if (auto *offline = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("offline")))
                offline->setChecked(true);
            wizard.next(); // Confirmation
            wizard.next(); // Execute
        });
    QObject::connect(controller, &WizardController::runFinished, &app, [] {
        std::fprintf(stderr, "child: the run finished before it was killed\n");
        QCoreApplication::exit(4);
    });
    controller->startCheck();
    return app.exec();
}

} // namespace

class TestWizardResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRunIsFinishedFromWelcome_data();
    void killedRunIsFinishedFromWelcome();
};

void TestWizardResume::killedRunIsFinishedFromWelcome_data()
{
    QTest::addColumn<bool>("resume");
    QTest::addColumn<int>("pair");
    QTest::newRow("resume") << true << 1;
    QTest::newRow("backout") << false << 2;
}

void TestWizardResume::killedRunIsFinishedFromWelcome()
{
    QFETCH(bool, resume);
    QFETCH(int, pair);
    // Counted in the fault suite's tally: tests/faults/faults-summary.sh reads this ledger line.
    const auto ledger = qScopeGuard([tag = QString::fromLatin1(QTest::currentDataTag())] {
        QFile f(QCoreApplication::applicationDirPath()
            + QStringLiteral("/../faults/ledger/tst_wizard_resume-%1.json").arg(tag));
        if (QDir().mkpath(QFileInfo(f).path()) && f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("wizard-kill-") + tag },
                    { QStringLiteral("kind"), QStringLiteral("injected") },
                    { QStringLiteral("ok"), !QTest::currentTestFailed() },
                    { QStringLiteral("rowsLost"), 0 } } })
                        .toJson());
    });
    using S = WizardController::CheckState;
    QTemporaryDir data;
    QVERIFY(data.isValid());
    qputenv("CUTOVER_DATA_DIR", data.path().toUtf8());
    SandboxAppliance::Options sourceOptions;
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    SandboxAppliance source(
        QStringLiteral("wiz-res-src-") + tag, QStringLiteral("127.0.65.%1").arg(2 * pair - 1), sourceOptions);
    SandboxAppliance target(
        QStringLiteral("wiz-res-tgt-") + tag, QStringLiteral("127.0.65.%1").arg(2 * pair), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));

    // 1. A wizard process starts the migration and is killed while the data copy runs.
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_WIZARD_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("CHILD_SOURCE"), source.info().address);
    env.insert(QStringLiteral("CHILD_TARGET"), target.info().address);
    env.insert(QStringLiteral("CHILD_SOURCE_SHA256"), source.info().tlsSha256);
    env.insert(QStringLiteral("CHILD_TARGET_SHA256"), target.info().tlsSha256);
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), source.info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_TARGET_PASSWORD"), target.info().adminPassword);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(10000));
    const QString journalPath = data.filePath(QStringLiteral("journal.json"));
    const auto copying = [&] {
        QFile f(journalPath);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const auto journal = QJsonDocument::fromJson(f.readAll()).object();
        for (const auto &op : journal.value(QStringLiteral("operations")).toArray()) {
            const auto o = op.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("copy-data") || id == QLatin1String("physical-copy-data"))
                return o.value(QStringLiteral("state")).toString() == QLatin1String("running");
        }
        return false;
    };
    QDeadlineTimer deadline(120000);
    while (!copying()) {
        QVERIFY2(!deadline.hasExpired(), "the wizard never started copying the data");
        QVERIFY2(child.state() == QProcess::Running, "the wizard process ended before it was killed");
        QTest::qWait(5); // polls another process's file; it offers nothing to wait on
    }
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    {
        // The source is in maintenance: the killed run left it there.
        ApplianceClient client(source.info().address);
        client.setPinnedFingerprint(source.info().tlsSha256);
        QVERIFY(client.login(QStringLiteral("admin"), source.info().adminPassword.toUtf8()));
        QCOMPARE(client.maintenance().value(), true);
    }

    // 2. The next start: Welcome offers to resume or back out.
    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    WizardController *controller = wizard.controller();
    QVERIFY(controller->hasInterruptedRun());
    auto *offer = d.find<QGroupBox>(QStringLiteral("interruptedRun"));
    QVERIFY(offer && offer->isVisible());
    QVERIFY2(offer->findChild<QLabel *>()->text().contains(source.info().address),
        qPrintable(offer->findChild<QLabel *>()->text()));
    auto *choice = d.find<QRadioButton>(resume ? QStringLiteral("resume") : QStringLiteral("backout"));
    QVERIFY(choice && choice->isEnabled());
    choice->setChecked(true);
    d.passWelcome();
    QCOMPARE(controller->runMode(),
        resume ? WizardController::RunMode::Resume : WizardController::RunMode::Backout);

    // Source: the journal's appliances, fixed; only the passwords are asked again.
    QCOMPARE(wizard.currentId(), int(SourcePageId));
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("sourceAddress"))->text(), source.info().address);
    QVERIFY(d.find<QLineEdit>(QStringLiteral("sourceAddress"))->isReadOnly());
    d.type(QStringLiteral("sourcePassword"), source.info().adminPassword);
    d.type(QStringLiteral("targetPassword"), target.info().adminPassword);
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking && d.checkState() != S::LoggingIn, 30000);
    QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
    wizard.next(); // Source Info
    wizard.next(); // straight to Confirmation: the run keeps its options
    QCOMPARE(wizard.currentId(), int(ConfirmationPageId));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(),
        resume ? QStringLiteral("&Resume") : QStringLiteral("&Back Out"));

    // 3. Execute: it completes, or everything is undone.
    QSignalSpy finished(controller, &WizardController::runFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExecutionPageId));
    QVERIFY(controller->isFinished() || finished.wait(300000));
    if (controller->outcome() != (resume ? Runner::Outcome::Succeeded : Runner::Outcome::BackedOut))
        qWarning().noquote() << d.find<QLabel>(QStringLiteral("failure"))->text();
    QCOMPARE(controller->outcome(), resume ? Runner::Outcome::Succeeded : Runner::Outcome::BackedOut);
    QVERIFY(!QFile::exists(journalPath)); // finished either way: nothing left to resume

    ApplianceClient client(source.info().address);
    client.setPinnedFingerprint(source.info().tlsSha256);
    QVERIFY(client.login(QStringLiteral("admin"), source.info().adminPassword.toUtf8()));
    const auto system = client.system();
    QVERIFY(system);
    if (resume) {
        QVERIFY(!system.value().migratedTo.isEmpty()); // handed over; it stays in maintenance
    } else {
        QCOMPARE(client.maintenance().value(), false); // serving again
        QVERIFY(system.value().migratedTo.isEmpty());
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("CUTOVER_WIZARD_CHILD"))
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestWizardResume test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_resume.moc"
