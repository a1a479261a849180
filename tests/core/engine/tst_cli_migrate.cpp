// SPDX-License-Identifier: GPL-3.0-or-later
// cutover-cli against two real sandbox appliances: a full migration, a kill -9 followed by
// resume, and a failure before the point of no return that leaves the source as it was.
// Loopback addresses of this test: 127.0.31.1 – 127.0.31.6.
#include "api/applianceclient.h"
#include "sandboxappliance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace cutover;
using cutover::test::SandboxAppliance;

namespace {

QString cliBinary()
{
    return qEnvironmentVariable("CUTOVER_CLI");
}

/** A pinned, logged-in client to check an appliance from the outside. */
std::unique_ptr<ApplianceClient> clientFor(const SandboxAppliance &s)
{
    auto c = std::make_unique<ApplianceClient>(s.info().address);
    c->setPinnedFingerprint(s.info().tlsSha256);
    auto login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    if (!login && login.error().kind() == ApiError::Kind::FingerprintMismatch) {
        // The migration renewed this appliance's certificate (Update Certificates): follow it.
        c->setPinnedFingerprint(login.error().fingerprint());
        login = c->login(QStringLiteral("admin"), s.info().adminPassword.toUtf8());
    }
    if (!login)
        return nullptr;
    return c;
}

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QByteArray stderrText;
};

} // namespace

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

private:
    QProcessEnvironment environment() const;
    QStringList migrateArguments(const QStringList &extra = {}) const;
    CliRun runCli(const QStringList &arguments, int timeoutMs = 300000);

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
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUTOVER_DATA_DIR"), m_dataDir->path());
    env.insert(QStringLiteral("CUTOVER_SOURCE_PASSWORD"), m_source->info().adminPassword);
    env.insert(QStringLiteral("CUTOVER_TARGET_PASSWORD"), m_target->info().adminPassword);
    return env;
}

QStringList TestCliMigrate::migrateArguments(const QStringList &extra) const
{
    return QStringList { QStringLiteral("migrate"), QStringLiteral("--source"), m_source->info().address,
        QStringLiteral("--target"), m_target->info().address, QStringLiteral("--trust-source"),
        m_source->info().tlsSha256, QStringLiteral("--trust-target"), m_target->info().tlsSha256,
        QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--offline") }
    + extra;
}

CliRun TestCliMigrate::runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(cliBinary(), arguments);
    CliRun run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    for (const auto &line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            run.events.append(QJsonDocument::fromJson(line).object());
    }
    run.stderrText = p.readAllStandardError();
    return run;
}

void TestCliMigrate::migratesAndVerifies()
{
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
    QCOMPARE(sourceSystem.value().license.state, QStringLiteral("invalidated"));
    QCOMPARE(targetSystem.value().license.state, QStringLiteral("active"));
    QCOMPARE(targetSystem.value().license.guid, sourceSystem.value().license.guid);
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
    // Kill it the moment the data copy is running: the journal has the copy's state.
    bool killed = false;
    QByteArray buffer;
    while (!killed && p.waitForReadyRead(120000)) {
        buffer += p.readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const auto event = QJsonDocument::fromJson(buffer.left(newline)).object();
            buffer.remove(0, newline + 1);
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("state")
                && event.value(QStringLiteral("id")).toString() == QLatin1String("copy-data")
                && event.value(QStringLiteral("state")).toString() == QLatin1String("running")) {
                ::kill(pid_t(p.processId()), SIGKILL);
                killed = true;
                break;
            }
        }
    }
    QVERIFY2(killed, "the copy-data step never started");
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
}

void TestCliMigrate::failureBeforePointOfNoReturnLeavesSourceUnchanged()
{
    auto source = clientFor(*m_source);
    QVERIFY(source);
    const auto settingsBefore = source->settings();
    const auto licenseBefore = source->license();
    QVERIFY(settingsBefore && licenseBefore);

    // A real fault: the target's database is gone, so the data copy cannot start.
    QFile pidFile(m_target->info().stateDir + QStringLiteral("/run/mariadbd.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGKILL), 0);

    const CliRun run = runCli(migrateArguments({ QStringLiteral("--migrate-license") }));
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

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
