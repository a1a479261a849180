// SPDX-License-Identifier: GPL-3.0-or-later
// cutover-cli against two real sandbox appliances: a full migration, a kill -9 followed by
// resume, and a failure before the point of no return that leaves the source as it was.
// Loopback addresses of this test: 127.0.31.1 – 127.0.31.8 (DNS: 127.0.31.250, nothing answers).
#include "../../cli/clitestsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace cutover;
using namespace cutover::test;

class TestCliMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void migratesAndVerifies();
    void killNineThenResume();
    void failureBeforePointOfNoReturnLeavesSourceUnchanged();
    void killNineThenBackoutDropsLeftoverAccounts();
    void licenseKillBetweenImportAndInvalidationThenResume();

private:
    QProcessEnvironment environment() const;
    QStringList migrateArguments(const QStringList &extra = {}) const;
    CliRun runCli(const QStringList &arguments, int timeoutMs = 300000);
    bool killWhenCopying(QProcess &p);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    int m_pair = 0;
};

void TestCliMigrate::initTestCase()
{
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
    if (!QFile::exists(SandboxAppliance::sandboxBinary()))
        QSKIP("CUTOVER_SANDBOX is not set");
}

void TestCliMigrate::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    // Each test gets its own pair of addresses so a leftover process of one cannot disturb the next.
    ++m_pair;
    SandboxAppliance::Options sourceOptions;
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    m_source = std::make_unique<SandboxAppliance>(QStringLiteral("tst-cli-src%1").arg(m_pair),
        QStringLiteral("127.0.31.%1").arg(2 * m_pair - 1), sourceOptions);
    m_target = std::make_unique<SandboxAppliance>(QStringLiteral("tst-cli-tgt%1").arg(m_pair),
        QStringLiteral("127.0.31.%1").arg(2 * m_pair), targetOptions);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
}

void TestCliMigrate::cleanup()
{
    m_source.reset();
    m_target.reset();
}

QProcessEnvironment TestCliMigrate::environment() const
{
    return cliEnvironment(m_dataDir->path(), *m_source, *m_target, QStringLiteral("127.0.31.250"));
}

QStringList TestCliMigrate::migrateArguments(const QStringList &extra) const
{
    // The logical copy: the kills below wait for its temporary accounts (tests/physical covers
    // the physical path the CLI takes by default between equal MariaDB versions).
    return cutover::test::migrateArguments(
        *m_source, *m_target, QStringList { QStringLiteral("--logical-copy") } + extra);
}

CliRun TestCliMigrate::runCli(const QStringList &arguments, int timeoutMs)
{
    return cutover::test::runCli(arguments, environment(), timeoutMs);
}

bool TestCliMigrate::killWhenCopying(QProcess &p)
{
    // Kill it the moment the data copy holds its temporary database accounts: the journal lists
    // them (names only) and they exist on both appliances.
    const QString journalPath = m_dataDir->filePath(QStringLiteral("journal.json"));
    const auto accountsJournalled = [&] {
        QFile f(journalPath);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const auto journal = QJsonDocument::fromJson(f.readAll()).object();
        return journal.value(QStringLiteral("temporaryResources")).toArray().size() >= 2;
    };
    QDeadlineTimer deadline(120000);
    while (!accountsJournalled()) {
        if (deadline.hasExpired() || p.state() != QProcess::Running)
            return false;
        QTest::qWait(5); // polls another process's file; it offers nothing to wait on
    }
    ::kill(pid_t(p.processId()), SIGKILL);
    return true;
}

void TestCliMigrate::migratesAndVerifies()
{
    const ApplianceState sourceBefore = stateOf(*m_source);
    const CliRun run = runCli(migrateArguments({ QStringLiteral("--migrate-license") }));
    QVERIFY2(run.exitCode == 0, run.stderrText.constData());
    const QJsonObject finished = run.events.last();
    QCOMPARE(finished.value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
    QCOMPARE(finished.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));

    auto source = clientFor(*m_source);
    auto target = clientFor(*m_target);
    QVERIFY(source && target);
    const auto sourceSystem = source->system();
    const auto targetSystem = target->system();
    QVERIFY(sourceSystem && targetSystem);
    QVERIFY(sourceSystem.value().maintenance); // the source stays in maintenance as the fallback
    QCOMPARE(sourceSystem.value().migratedTo, targetSystem.value().machineId);
    QVERIFY(QDateTime::fromString(sourceSystem.value().migratedAt, Qt::ISODate).isValid());
    // "Modify the source configuration" keeps every byte of the source's data and its settings.
    const ApplianceState sourceAfter = stateOf(*m_source);
    QCOMPARE(sourceAfter.dataChecksum, sourceBefore.dataChecksum);
    QCOMPARE(sourceAfter.settings, sourceBefore.settings);
    QCOMPARE(sourceAfter.accounts, QByteArray());
    QCOMPARE(migrationAccounts(*m_target), QByteArray());
    QCOMPARE(sourceSystem.value().license.state, QStringLiteral("invalidated"));
    QCOMPARE(targetSystem.value().license.state, QStringLiteral("active"));
    QCOMPARE(targetSystem.value().license.guid, sourceSystem.value().license.guid);
    // Update Certificates remembered the target's new certificate: a later check trusts it
    // without --trust-target and reports no changed fingerprint (it refuses only because the
    // source is now migrated).
    QStringList check { QStringLiteral("check"), QStringLiteral("--source"), m_source->info().address,
        QStringLiteral("--target"), m_target->info().address, QStringLiteral("--json") };
    const CliRun again = runCli(check);
    const QJsonObject tls = again.check(QStringLiteral("tls.target"));
    QVERIFY2(tls.value(QStringLiteral("satisfied")).toBool(), again.stdoutText.constData());
    QVERIFY(tls.value(QStringLiteral("reason")).toString().contains(QLatin1String("trusted before")));
    QVERIFY(tls.value(QStringLiteral("details")).toObject().value(QStringLiteral("sha256")).toString()
        != m_target->info().tlsSha256);
    QCOMPARE(again.check(QStringLiteral("compat.sourceAlreadyMigrated"))
                 .value(QStringLiteral("satisfied"))
                 .toBool(),
        false);
    QCOMPARE(again.exitCode, 3);
    // A finished run is moved aside: nothing needs attention.
    QVERIFY(!QFile::exists(m_dataDir->filePath(QStringLiteral("journal.json"))));
    QCOMPARE(runCli({ QStringLiteral("status") }).exitCode, 0);
}

void TestCliMigrate::killNineThenResume()
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliBinary(), migrateArguments({ QStringLiteral("--migrate-license") }));
    QVERIFY(p.waitForStarted(10000));
    const bool killed = killWhenCopying(p);
    QVERIFY2(killed, "the copy-data step never held its accounts");
    // The accounts of the killed process are still there.
    QVERIFY(!migrationAccounts(*m_source).isEmpty());
    QVERIFY(!migrationAccounts(*m_target).isEmpty());
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    // The next start finds the run.
    const CliRun status = runCli({ QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(status.exitCode, 4);
    QCOMPARE(status.events.first().value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    // A new migrate refuses while it is there.
    QCOMPARE(runCli(migrateArguments()).exitCode, 4);

    const CliRun resumed = runCli({ QStringLiteral("resume"), QStringLiteral("--json") });
    QVERIFY2(resumed.exitCode == 0, resumed.stderrText.constData());
    // Steps done before the kill were not repeated.
    for (const auto &e : resumed.events) {
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("state"))
            QVERIFY(e.value(QStringLiteral("id")).toString() != QLatin1String("copy-system-settings"));
    }
    auto source = clientFor(*m_source);
    auto target = clientFor(*m_target);
    QVERIFY(source && target);
    QCOMPARE(source->license().value().state, QStringLiteral("invalidated"));
    QCOMPARE(target->license().value().state, QStringLiteral("active"));
    // Resume dropped the leftover accounts; the run's own were dropped as it went.
    QCOMPARE(migrationAccounts(*m_source), QByteArray());
    QCOMPARE(migrationAccounts(*m_target), QByteArray());
    const QJsonObject finished = resumed.events.last();
    QVERIFY2(QJsonDocument(finished).toJson().contains("left behind by the interrupted run were removed"),
        QJsonDocument(finished).toJson().constData());
}

void TestCliMigrate::killNineThenBackoutDropsLeftoverAccounts()
{
    const ApplianceState sourceBefore = stateOf(*m_source);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliBinary(), migrateArguments());
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(killWhenCopying(p), "the copy-data step never held its accounts");
    QVERIFY(p.waitForFinished(10000));
    QVERIFY(!migrationAccounts(*m_source).isEmpty());

    const CliRun backout = runCli({ QStringLiteral("backout"), QStringLiteral("--json") });
    QCOMPARE(backout.exitCode, 1);
    QCOMPARE(backout.events.last().value(QStringLiteral("outcome")).toString(), QStringLiteral("backed-out"));
    // Listed from the outside: no migration account is left on either appliance.
    QCOMPARE(migrationAccounts(*m_source), QByteArray());
    QCOMPARE(migrationAccounts(*m_target), QByteArray());
    const ApplianceState sourceAfter = stateOf(*m_source);
    QCOMPARE(sourceAfter.settings, sourceBefore.settings);
    QCOMPARE(sourceAfter.maintenance, false);
    QCOMPARE(sourceAfter.license, sourceBefore.license);
    QCOMPARE(sourceAfter.dataChecksum, sourceBefore.dataChecksum);
}

void TestCliMigrate::failureBeforePointOfNoReturnLeavesSourceUnchanged()
{
    auto source = clientFor(*m_source);
    QVERIFY(source);
    const auto settingsBefore = source->settings();
    const auto licenseBefore = source->license();
    QVERIFY(settingsBefore && licenseBefore);

    // A real fault once the preflight passed (it would refuse a target without its database):
    // the target's database dies when the plan is shown, so the data copy cannot run.
    QFile pidFile(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);

    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliBinary(), migrateArguments({ QStringLiteral("--migrate-license") }));
    QVERIFY(p.waitForStarted(10000));
    bool killed = false;
    QByteArray output;
    while (!killed && p.waitForReadyRead(120000)) {
        output += p.readAllStandardOutput();
        if (output.contains("\"event\":\"plan\"")) {
            QCOMPARE(::kill(pid, SIGKILL), 0);
            killed = true;
        }
    }
    QVERIFY2(killed, output.constData());
    QVERIFY(p.waitForFinished(300000));
    output += p.readAllStandardOutput();
    CliRun run;
    run.exitCode = p.exitCode();
    for (const auto &line : output.split('\n')) {
        const auto doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            run.events.append(doc.object());
    }
    QCOMPARE(run.exitCode, 1);
    const QJsonObject finished = run.events.last();
    QCOMPARE(finished.value(QStringLiteral("outcome")).toString(), QStringLiteral("backed-out"));
    const QString report
        = QString::fromUtf8(QJsonDocument(finished.value(QStringLiteral("report")).toObject()).toJson());
    QVERIFY2(report.contains(QStringLiteral("The source left maintenance")), qPrintable(report));

    source = clientFor(*m_source);
    QVERIFY(source);
    const auto system = source->system();
    QVERIFY(system);
    QVERIFY(!system.value().maintenance);
    QVERIFY(system.value().migratedTo.isEmpty());
    QCOMPARE(source->license().value().state, licenseBefore.value().state);
    QCOMPARE(source->settings().value().groups, settingsBefore.value().groups);
}

void TestCliMigrate::licenseKillBetweenImportAndInvalidationThenResume()
{
    auto source = clientFor(*m_source);
    QVERIFY(source);
    const QString guid = source->license().value().guid;
    QVERIFY(!guid.isEmpty());

    // Killed for real (SIGKILL) right after the target imported the license and the journal said so.
    auto env = environment();
    env.insert(QStringLiteral("CUTOVER_KILL_AT"), QStringLiteral("license-imported"));
    const CliRun killed
        = cutover::test::runCli(migrateArguments({ QStringLiteral("--migrate-license") }), env);
    QCOMPARE(killed.exitCode, -2); // crashed
    QVERIFY(killed.stderrText.contains("license-imported"));

    // The window: valid on both, never on neither.
    auto target = clientFor(*m_target);
    QVERIFY(target);
    QCOMPARE(target->license().value().state, QStringLiteral("active"));
    QCOMPARE(target->license().value().guid, guid);
    QCOMPARE(source->license().value().state, QStringLiteral("active"));

    // Past the point of no return: it cannot be backed out, only resumed.
    const CliRun backout = runCli({ QStringLiteral("backout"), QStringLiteral("--json") });
    QCOMPARE(backout.exitCode, 4);
    QCOMPARE(source->license().value().state, QStringLiteral("active"));

    const CliRun resumed = runCli({ QStringLiteral("resume"), QStringLiteral("--json") });
    QVERIFY2(resumed.exitCode == 0, resumed.stdoutText.constData());
    source = clientFor(*m_source);
    target = clientFor(*m_target);
    QVERIFY(source && target);
    const auto sourceLicense = source->license().value();
    QCOMPARE(sourceLicense.state, QStringLiteral("invalidated"));
    QCOMPARE(sourceLicense.transferredTo, target->system().value().machineId);
    QCOMPARE(target->license().value().state, QStringLiteral("active"));
    QCOMPARE(target->license().value().guid, guid);
    // The target imported exactly once: the resumed step saw it there and only invalidated.
    int imports = 0;
    const auto audit = target->audit();
    QVERIFY(audit);
    for (const auto &e : audit.value())
        imports += e.action == QLatin1String("license.import") ? 1 : 0;
    QCOMPARE(imports, 1);
    // The run report carries the license receipt.
    const QByteArray report
        = QJsonDocument(resumed.events.last().value(QStringLiteral("report")).toObject()).toJson();
    QVERIFY2(report.contains(guid.toUtf8()), report.constData());
    QVERIFY(report.contains("License GUID"));
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
