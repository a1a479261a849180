// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight checks the target's traffic-log import port (sshd's own block, `[ssh] importPort`,
// named in `GET /api/v1/system` as sshImportPort) when traffic logs are copied: open → satisfied;
// the target's sshd stopped → exit code 3 with a message that names the port and what to do, and
// nothing changed. Without --copy-traffic-logs the port is not checked at all.
// Loopback addresses of this test: 127.0.175.1 – 127.0.175.2 (DNS: 127.0.175.250, nothing answers).
#include "clitestsupport.h"
#include "preflight/portprobe.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <csignal>

using namespace cutover;
using namespace cutover::test;

namespace {
bool portAccepts(const QString &host, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return socket.waitForConnected(2000);
}
} // namespace

class TestCliImportPort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void systemNamesTheImportPort();
    void notCheckedWithoutTrafficLogs();
    void openImportPortPasses();
    void closedImportPortRefuses();

private:
    QStringList checkArguments(const QStringList &extra = {}) const;
    QProcessEnvironment environment() const;

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
};

void TestCliImportPort::initTestCase()
{
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
    SandboxAppliance::Options source;
    source.license = QStringLiteral("active");
    SandboxAppliance::Options target;
    target.dataset = QStringLiteral("none");
    target.license = QStringLiteral("active");
    m_source = std::make_unique<SandboxAppliance>(
        QStringLiteral("tst-importport-src"), QStringLiteral("127.0.175.1"), source);
    m_target = std::make_unique<SandboxAppliance>(
        QStringLiteral("tst-importport-tgt"), QStringLiteral("127.0.175.2"), target);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
}

void TestCliImportPort::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
}

QProcessEnvironment TestCliImportPort::environment() const
{
    return cliEnvironment(m_dataDir.path(), *m_source, *m_target, QStringLiteral("127.0.175.250"));
}

QStringList TestCliImportPort::checkArguments(const QStringList &extra) const
{
    return QStringList { QStringLiteral("check"), QStringLiteral("--source"), m_source->info().address,
        QStringLiteral("--target"), m_target->info().address, QStringLiteral("--json"),
        QStringLiteral("--trust-source"), m_source->info().tlsSha256, QStringLiteral("--trust-target"),
        m_target->info().tlsSha256 }
    + extra;
}

void TestCliImportPort::systemNamesTheImportPort()
{
    auto client = clientFor(*m_target);
    QVERIFY(client);
    auto info = client->system();
    QVERIFY(info);
    QCOMPARE(info.value().sshImportPort, 2222);
}

void TestCliImportPort::notCheckedWithoutTrafficLogs()
{
    const CliRun run = runCli(checkArguments(), environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.check(QStringLiteral("port.target.import")).isEmpty());
}

void TestCliImportPort::openImportPortPasses()
{
    const CliRun run = runCli(checkArguments({ QStringLiteral("--copy-traffic-logs") }), environment());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject entry = run.check(QStringLiteral("port.target.import"));
    QVERIFY2(entry.value(QStringLiteral("satisfied")).toBool(), run.stdoutText.constData());
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("port")).toInt(), 2222);
    QCOMPARE(details.value(QStringLiteral("host")).toString(), m_target->info().address);
    QCOMPARE(details.value(QStringLiteral("answered")).toString(),
        PortProbe::serviceName(PortProbe::Service::Ssh));
}

void TestCliImportPort::closedImportPortRefuses()
{
    const ApplianceState before = stateOf(*m_target);
    // Stop the target's sshd (its listener, by the PID the sandbox recorded) and wait until the
    // import port refuses; `cutover-sandbox restart NAME ssh` brings it back afterwards.
    QFile pidFile(m_target->info().stateDir + QStringLiteral("/run/sshd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t sshd = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(sshd > 0);
    QCOMPARE(::kill(sshd, SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!portAccepts(m_target->info().address, 2222), 10000);
    const CliRun run = runCli(checkArguments({ QStringLiteral("--copy-traffic-logs") }), environment());
    // Start sshd again before asserting, so a failure leaves the sandbox as it was.
    QByteArray restarted;
    const int startCode = SandboxAppliance::runSandboxCommand(
        { QStringLiteral("restart"), QStringLiteral("tst-importport-tgt"), QStringLiteral("ssh") },
        &restarted);
    QCOMPARE(run.exitCode, 3);
    const QJsonObject entry = run.check(QStringLiteral("port.target.import"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    QCOMPARE(entry.value(QStringLiteral("mandatory")).toBool(), true);
    const QString reason = entry.value(QStringLiteral("reason")).toString();
    const QString remedy = entry.value(QStringLiteral("remedy")).toString();
    QVERIFY2(reason.contains(QLatin1String("2222")) && reason.contains(QLatin1String("traffic logs"))
            && reason.contains(m_target->info().address),
        qPrintable(reason));
    QVERIFY2(remedy.contains(QLatin1String("importPort")) && remedy.contains(QLatin1String("firewall")),
        qPrintable(remedy));
    QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("outcome")).toString(),
        PortProbe::outcomeName(PortProbe::Outcome::Refused));
    // The other ports of the target were fine: only the import port refuses.
    QVERIFY(run.check(QStringLiteral("port.target.443")).value(QStringLiteral("satisfied")).toBool());
    QVERIFY(run.check(QStringLiteral("port.source.22")).value(QStringLiteral("satisfied")).toBool());
    const ApplianceState after = stateOf(*m_target);
    QCOMPARE(after.settings, before.settings);
    QCOMPARE(after.maintenance, before.maintenance);
    QCOMPARE(after.authorizedKeys, before.authorizedKeys);
    QVERIFY(!QFile::exists(m_dataDir.filePath(QStringLiteral("journal.json"))));
    QVERIFY2(startCode == 0, restarted.constData());
    QVERIFY(portAccepts(m_target->info().address, 2222));
}

QTEST_GUILESS_MAIN(TestCliImportPort)
#include "tst_cli_importport.moc"
