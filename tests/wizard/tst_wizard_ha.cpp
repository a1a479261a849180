// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 8: an HA migration through the real wizard, offscreen. A real group (a master, the source
// replicating from it) and a standalone target. On Source Info the wizard reaches the group's
// master: a closed port, a changed certificate and a wrong password each give their message and
// let the user correct it; the master's certificate is asked about like the source's and kept in
// the trust store; then the run succeeds and the target replicates from the master in the source's
// place. The master's admin password differs from the source's, as on real appliances.
// Addresses: master 127.0.210.1, source 127.0.210.2, target 127.0.210.3.
// With a real Secret Service (tst_wizard_ha_keychain, CUTOVER_KEYCHAIN_EXPECTED=available) the
// master's password is remembered beside the source's, recalled by the next start and forgotten
// with it: master 127.0.211.1, source 127.0.211.2, target 127.0.211.3.
#include "../replication/replicationtestsupport.h"
#include "credentials/passwordstore.h"
#include "pageid.h"
#include "resultpage.h"
#include "sandboxappliance.h"
#include "trust/truststore.h"
#include "wizarddriver.h"

#include <QDirIterator>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;

namespace {

QByteArray scalar(const MysqlEndpoint &e, const QString &sql)
{
    MysqlConnection c;
    if (!c.open(e))
        return QByteArrayLiteral("<no connection>");
    bool ok = false;
    const QByteArray v = c.scalar(sql, &ok);
    return ok ? v : QByteArrayLiteral("<error>");
}

/** Logs in to a sandbox's applianced and reads what it says about itself and its group. */
bool readAppliance(const SandboxInfo &info, SystemInfo *system, HaInfo *ha, const QString &fingerprint = {})
{
    ApplianceClient client(info.address);
    client.setPinnedFingerprint(fingerprint.isEmpty() ? info.tlsSha256 : fingerprint);
    client.setTimeouts(5000, 15000);
    if (!client.login(QStringLiteral("admin"), info.adminPassword.toUtf8()))
        return false;
    if (system) {
        auto s = client.system();
        if (!s)
            return false;
        *system = s.value();
    }
    if (ha) {
        auto h = client.ha();
        if (!h)
            return false;
        *ha = h.value();
    }
    return true;
}

} // namespace

class TestWizardHa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migratesAnHaReplicaThroughTheMaster();
    void masterPasswordRemembered();

private:
    static bool keychainExpected()
    {
        return qEnvironmentVariable("CUTOVER_KEYCHAIN_EXPECTED") == QLatin1String("available");
    }

    QTemporaryDir m_data;
};

void TestWizardHa::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
    QVERIFY(m_data.isValid());
    // The trust store, the journal and the keychain-less settings of this test stay here.
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

void TestWizardHa::migratesAnHaReplicaThroughTheMaster()
{
    if (keychainExpected())
        QSKIP("the keychain run checks only the remembered master password");
    using S = WizardController::CheckState;
    using M = WizardController::MasterState;
    SandboxAppliance::Options masterOptions;
    masterOptions.dataset = QStringLiteral("none");
    masterOptions.license = QStringLiteral("none");
    masterOptions.role = QStringLiteral("master");
    masterOptions.hostName = QStringLiteral("wizha-master");
    SandboxAppliance master(QStringLiteral("wiz-ha-m"), QStringLiteral("127.0.210.1"), masterOptions);
    QString error;
    QVERIFY2(master.start(&error), qPrintable(error));
    // A table the application writes to, there before the replica starts so the group has it.
    const MysqlEndpoint masterRoot = rootEndpoint(master.info());
    {
        MysqlConnection root;
        QVERIFY2(root.open(masterRoot), qPrintable(root.errorDetails()));
        QVERIFY2(root.exec(QStringLiteral("CREATE DATABASE wizha")), qPrintable(root.errorDetails()));
        QVERIFY2(
            root.exec(QStringLiteral(
                "CREATE TABLE wizha.probe (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(64) NOT NULL)")),
            qPrintable(root.errorDetails()));
        QVERIFY(root.exec(QStringLiteral("INSERT INTO wizha.probe (note) VALUES ('before the run')")));
    }
    SandboxAppliance::Options sourceOptions = masterOptions;
    sourceOptions.role = QStringLiteral("replica");
    sourceOptions.peer = QStringLiteral("wiz-ha-m");
    sourceOptions.hostName = QStringLiteral("wizha-old");
    SandboxAppliance source(QStringLiteral("wiz-ha-src"), QStringLiteral("127.0.210.2"), sourceOptions);
    QVERIFY2(source.start(&error), qPrintable(error));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    targetOptions.hostName = QStringLiteral("wizha-new");
    SandboxAppliance target(QStringLiteral("wiz-ha-tgt"), QStringLiteral("127.0.210.3"), targetOptions);
    QVERIFY2(target.start(&error), qPrintable(error));
    QVERIFY(master.info().adminPassword != source.info().adminPassword);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(rootEndpoint(source.info()), QStringLiteral("SELECT COUNT(*) FROM wizha.probe")),
        QByteArray("1"), 20000);
    SystemInfo masterSystem;
    QVERIFY(readAppliance(master.info(), &masterSystem, nullptr));
    const QString masterAddress = master.info().address;
    const QString masterFp = master.info().tlsSha256;

    // The master's service is down: its port 443 refuses.
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("stop"), QStringLiteral("wiz-ha-m"), QStringLiteral("appliance") }),
        0);

    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    WizardController *controller = wizard.controller();

    d.passWelcome();
    d.fillSource(source.info().address, source.info().adminPassword, target.info().address,
        target.info().adminPassword);
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
    QVERIFY2(d.checkState() == S::NeedsTrust, qPrintable(d.blockingChecks()));
    d.click(QStringLiteral("trust"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
    QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SourceInfoPageId));

    // Source Info: the master section is there for a replica, and the master refuses.
    QVERIFY(controller->needsHaMaster());
    QVERIFY(d.find<QWidget>(QStringLiteral("haMasterBox"))->isVisible());
    QCOMPARE(controller->haMasterAddress(), masterAddress);
    QVERIFY(d.find<QLineEdit>(QStringLiteral("haMaster"))->text().contains(masterAddress));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::Checking, 15000);
    QCOMPARE(controller->masterState(), M::Failed);
    QVERIFY2(d.checkText(QStringLiteral("tls.master"))
                 .contains(QStringLiteral("refused the connection on port 443")),
        qPrintable(d.checkText(QStringLiteral("tls.master"))));
    QVERIFY(d.checkText(QStringLiteral("tls.master")).contains(masterAddress));
    QVERIFY(!d.nextEnabled());

    // The master's service is back, but the trust store remembers another certificate for it.
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("start"), QStringLiteral("wiz-ha-m"), QStringLiteral("appliance") }),
        0);
    const QString bogus = QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:"
                                         "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
    {
        TrustStore store;
        QVERIFY(store.remember(masterSystem.machineId, bogus, masterAddress));
    }
    d.click(QStringLiteral("checkMaster"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::Checking, 15000);
    QCOMPARE(controller->masterState(), M::Failed);
    const QString changed = d.checkText(QStringLiteral("tls.master"));
    QVERIFY2(changed.contains(bogus) && changed.contains(masterFp), qPrintable(changed));
    QVERIFY2(changed.contains(QStringLiteral("--trust-master %1").arg(masterFp)), qPrintable(changed));
    QVERIFY(!d.nextEnabled());

    // The admin removes the old entry: now the question, with the master's real fingerprint.
    {
        TrustStore store;
        QVERIFY(store.forget(masterSystem.machineId));
    }
    d.click(QStringLiteral("checkMaster"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::Checking, 15000);
    QCOMPARE(controller->masterState(), M::NeedsTrust);
    QCOMPARE(controller->haMasterFingerprint(), masterFp);
    auto *trustText = d.find<QWidget>(QStringLiteral("trustMaster"))->parentWidget()->findChild<QLabel *>();
    QVERIFY(trustText && trustText->isVisible());
    QVERIFY2(trustText->text().contains(masterFp.left(48)) && trustText->text().contains(masterFp.mid(48)),
        qPrintable(trustText->text()));
    QVERIFY(!d.nextEnabled());

    // Trusted: the login with the source's password (the field is empty) is refused by the master.
    d.click(QStringLiteral("trustMaster"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::LoggingIn, 20000);
    QCOMPARE(controller->masterState(), M::Failed);
    QVERIFY2(d.checkText(QStringLiteral("login.master")).contains(QStringLiteral("source's admin password")),
        qPrintable(d.checkText(QStringLiteral("login.master"))));
    QVERIFY(!d.nextEnabled());

    // A mistyped master password: its own message, and the user may try again.
    d.type(QStringLiteral("masterPassword"), QStringLiteral("not-the-master-password"));
    QCOMPARE(controller->masterState(), M::Ready);
    d.click(QStringLiteral("checkMaster"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::LoggingIn, 20000);
    QCOMPARE(controller->masterState(), M::Failed);
    QVERIFY2(
        d.checkText(QStringLiteral("login.master")).contains(QStringLiteral("rejected the admin password")),
        qPrintable(d.checkText(QStringLiteral("login.master"))));
    QVERIFY(!d.nextEnabled());

    // The right one: logged in, the round-robin hosts that leave are shown, Next is enabled.
    d.type(QStringLiteral("masterPassword"), master.info().adminPassword);
    d.click(QStringLiteral("checkMaster"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::LoggingIn, 20000);
    QVERIFY2(controller->masterState() == M::Passed, qPrintable(d.checkText(QStringLiteral("login.master"))));
    QVERIFY(d.nextEnabled());
    QVERIFY(d.find<QLineEdit>(QStringLiteral("haMaster"))->text().contains(QStringLiteral("wizha-master")));
    QCOMPARE(controller->roundRobinHostsLeaving(), QStringList { source.info().address });
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("roundRobinLeaving"))->text(), source.info().address);
    QVERIFY(d.checkText(QStringLiteral("ha.roundRobin")).contains(source.info().address));
    {
        // Trusted like the source and the target: remembered per machine id once the login proved it.
        const TrustStore store;
        QCOMPARE(store.check(masterSystem.machineId, masterFp), TrustStore::Verdict::Trusted);
        QCOMPARE(store.machineIdForHost(masterAddress), masterSystem.machineId);
    }
    // The DNS advice before the run, with the real names.
    const QString notice = d.find<QLabel>(QStringLiteral("roleNotice"))->text();
    QVERIFY2(
        notice.contains(QStringLiteral("wizha-old")) && notice.contains(masterAddress), qPrintable(notice));

    // Options (an HA source moves through replication) and Confirmation: the HA plan.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(OptionsPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConfirmationPageId));
    const MigrationPlan plan = controller->plan();
    QVERIFY(plan.contains(OperationKind::RemoveRoundRobinHosts));
    QVERIFY(plan.contains(OperationKind::CopyDataActivateReplica));
    QVERIFY2(controller->unsupportedSteps().isEmpty(), qPrintable(controller->unsupportedSteps().join(", ")));

    // Execution.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExecutionPageId));
    QSignalSpy finished(controller, &WizardController::runFinished);
    QVERIFY(controller->isFinished() || finished.wait(120000));
    if (controller->outcome() != Runner::Outcome::Succeeded) {
        qWarning().noquote() << d.find<QLabel>(QStringLiteral("failure"))->text();
        qWarning().noquote() << d.find<QPlainTextEdit>(QStringLiteral("log"))->toPlainText();
    }
    QCOMPARE(controller->outcome(), Runner::Outcome::Succeeded);
    QTRY_VERIFY(d.nextEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ResultPageId));
    auto *dns = d.find<QLabel>(QStringLiteral("dnsAdvice"));
    QVERIFY(dns->isVisible());
    QVERIFY2(dns->text().contains(QStringLiteral("replicates from the group's master %1").arg(masterAddress))
            && dns->text().contains(target.info().address),
        qPrintable(dns->text()));

    // The target replicates from the master in the source's place: a write on the master after the
    // run arrives there, and the master's round-robin list names the target instead of the source.
    {
        MysqlConnection root;
        QVERIFY2(root.open(masterRoot), qPrintable(root.errorDetails()));
        QVERIFY(root.exec(QStringLiteral("INSERT INTO wizha.probe (note) VALUES ('after the run')")));
    }
    const MysqlEndpoint targetRoot = rootEndpoint(target.info());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM wizha.probe WHERE note = 'after the run'")),
        QByteArray("1"), 20000);
    QCOMPARE(scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM wizha.probe")), QByteArray("2"));
    const QString targetFp = controller->session()->targetFingerprint();
    HaInfo targetHa;
    QVERIFY(readAppliance(target.info(), nullptr, &targetHa, targetFp));
    QCOMPARE(targetHa.replication.sourceHost, masterAddress);
    QVERIFY2(targetHa.replication.ioRunning && targetHa.replication.sqlRunning,
        qPrintable(targetHa.replication.lastError));
    HaInfo masterHa;
    QVERIFY(readAppliance(master.info(), nullptr, &masterHa));
    QVERIFY2(masterHa.roundRobinHosts.contains(target.info().address)
            && !masterHa.roundRobinHosts.contains(source.info().address),
        qPrintable(masterHa.roundRobinHosts.join(QLatin1Char(','))));
    // No password of any appliance in what the wizard wrote.
    for (QDirIterator it(m_data.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString name = it.next();
        QFile f(name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(master.info().adminPassword.toUtf8()), qPrintable(name));
        QVERIFY2(!content.contains(source.info().adminPassword.toUtf8()), qPrintable(name));
    }
}

/** What the keychain holds for @p account, read with a store of its own. */
static PasswordStore::Status keychainHolds(const QString &account, QByteArray *password = nullptr)
{
    PasswordStore store;
    QSignalSpy read(&store, &PasswordStore::readFinished);
    store.read(account);
    if (!read.wait(10000))
        return PasswordStore::Status::Unavailable;
    if (password)
        *password = read.at(0).at(1).toByteArray();
    return read.at(0).at(2).value<PasswordStore::Status>();
}

void TestWizardHa::masterPasswordRemembered()
{
    if (!keychainExpected())
        QSKIP("needs a Secret Service (tst_wizard_ha_keychain)");
    using S = WizardController::CheckState;
    using M = WizardController::MasterState;
    using K = WizardController::KeychainState;
    SandboxAppliance::Options masterOptions;
    masterOptions.dataset = QStringLiteral("none");
    masterOptions.license = QStringLiteral("none");
    masterOptions.role = QStringLiteral("master");
    SandboxAppliance master(QStringLiteral("wiz-hak-m"), QStringLiteral("127.0.211.1"), masterOptions);
    QString error;
    QVERIFY2(master.start(&error), qPrintable(error));
    SandboxAppliance::Options sourceOptions = masterOptions;
    sourceOptions.role = QStringLiteral("replica");
    sourceOptions.peer = QStringLiteral("wiz-hak-m");
    SandboxAppliance source(QStringLiteral("wiz-hak-src"), QStringLiteral("127.0.211.2"), sourceOptions);
    QVERIFY2(source.start(&error), qPrintable(error));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("wiz-hak-tgt"), QStringLiteral("127.0.211.3"), targetOptions);
    QVERIFY2(target.start(&error), qPrintable(error));
    const QString masterAccount = PasswordStore::accountFor(master.info().address);
    const QString sourceAccount = PasswordStore::accountFor(source.info().address);

    // First start: "remember" ticked; the master's password that logged in joins the source's.
    {
        MigrationWizard wizard;
        wizard.setOpenLoginPageOnClose(false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver d(&wizard);
        WizardController *controller = wizard.controller();
        d.passWelcome();
        QTRY_COMPARE_WITH_TIMEOUT(controller->keychainState(), K::Available, 10000);
        d.fillSource(source.info().address, source.info().adminPassword, target.info().address,
            target.info().adminPassword);
        d.find<QCheckBox>(QStringLiteral("rememberPassword"))->setChecked(true);
        QSignalSpy stored(controller, &WizardController::passwordStored);
        d.click(QStringLiteral("check"));
        QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
        QVERIFY2(d.checkState() == S::NeedsTrust, qPrintable(d.blockingChecks()));
        d.click(QStringLiteral("trust"));
        QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
        QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(controller->masterState(), M::NeedsTrust, 15000);
        d.type(QStringLiteral("masterPassword"), master.info().adminPassword);
        d.click(QStringLiteral("trustMaster"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->masterState() != M::LoggingIn, 20000);
        QVERIFY2(
            controller->masterState() == M::Passed, qPrintable(d.checkText(QStringLiteral("login.master"))));
        QTRY_VERIFY_WITH_TIMEOUT(stored.count() >= 2, 10000); // the source's, then the master's
    }
    QByteArray held;
    QCOMPARE(keychainHolds(masterAccount, &held), PasswordStore::Status::Ok);
    QCOMPARE(held, master.info().adminPassword.toUtf8());
    QCOMPARE(keychainHolds(sourceAccount, &held), PasswordStore::Status::Ok);
    QCOMPARE(held, source.info().adminPassword.toUtf8());

    // Next start: the source's password comes back with its address, the master's on Source Info;
    // both certificates are trusted already, so nothing is asked and nothing typed.
    {
        MigrationWizard wizard;
        wizard.setOpenLoginPageOnClose(false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver d(&wizard);
        WizardController *controller = wizard.controller();
        d.passWelcome();
        d.type(QStringLiteral("sourceAddress"), source.info().address);
        QTRY_COMPARE_WITH_TIMEOUT(
            d.find<QLineEdit>(QStringLiteral("sourcePassword"))->text(), source.info().adminPassword, 10000);
        d.find<QRadioButton>(QStringLiteral("remoteTarget"))->setChecked(true);
        d.type(QStringLiteral("targetAddress"), target.info().address);
        d.type(QStringLiteral("targetPassword"), target.info().adminPassword);
        d.click(QStringLiteral("check"));
        QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking && d.checkState() != S::LoggingIn, 20000);
        QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->masterState() == M::Passed || controller->masterState() == M::Failed, 20000);
        QVERIFY2(
            controller->masterState() == M::Passed, qPrintable(d.checkText(QStringLiteral("login.master"))));
        QCOMPARE(controller->masterPassword(), master.info().adminPassword.toUtf8());
        QCOMPARE(d.find<QLineEdit>(QStringLiteral("masterPassword"))->text(), master.info().adminPassword);
        QVERIFY(d.nextEnabled());

        // Unticking "remember" on the Source page forgets both.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(SourcePageId));
        QSignalSpy forgotten(controller, &WizardController::passwordForgotten);
        auto *remember = d.find<QCheckBox>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isChecked());
        remember->click();
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.count() >= 2, 10000);
    }
    QCOMPARE(keychainHolds(masterAccount), PasswordStore::Status::NotFound);
    QCOMPARE(keychainHolds(sourceAccount), PasswordStore::Status::NotFound);
}

QTEST_MAIN(TestWizardHa)
#include "tst_wizard_ha.moc"
