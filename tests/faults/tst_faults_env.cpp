// SPDX-License-Identifier: GPL-3.0-or-later
// Faults around a running migration: the source's MariaDB or applianced restarts mid-run, the
// target's datadir fills up, the source drops off the network. Loopback addresses:
// 127.0.72.1 – 127.0.72.8 (one pair per case).
#include "faultpair.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/wait.h>

using namespace cutover::faults;
using cutover::test::SandboxAppliance;

namespace {

pid_t pidOf(const SandboxAppliance &s, const QString &process)
{
    QFile f(s.info().stateDir + QStringLiteral("/run/%1.pid").arg(process));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(f.readAll().trimmed().toLongLong());
}

bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return ok;
}

/** Waits until @p address:@p port accepts connections (bounded). */
bool waitForListener(const QString &address, quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        if (socket.waitForConnected(1000))
            return true;
        QTest::qWait(100); // polls the condition with a bound; no fixed sleep as synchronisation
    }
    return false;
}

/** Ends a process by PID and waits until it is gone (kill(pid, 0) fails). */
bool stopProcess(pid_t pid)
{
    if (pid <= 0 || ::kill(pid, SIGTERM) != 0)
        return false;
    QElapsedTimer timer;
    timer.start();
    while (::kill(pid, 0) == 0 && timer.elapsed() < 30000)
        QTest::qWait(50); // polls a condition with a bound; no fixed sleep
    return ::kill(pid, 0) != 0;
}

/** Starts the sandbox's applianced again from its config, records its PID, waits for port 443. */
bool startApplianced(const SandboxAppliance &s)
{
    qint64 pid = 0;
    if (!QProcess::startDetached(qEnvironmentVariable("CUTOVER_APPLIANCED"),
            { QStringLiteral("--config"), s.info().stateDir + QStringLiteral("/appliance/applianced.conf") },
            QString(), &pid)
        || pid <= 0)
        return false;
    QFile pidFile(s.info().stateDir + QStringLiteral("/run/applianced.pid"));
    if (!pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    pidFile.write(QByteArray::number(pid) + '\n');
    pidFile.close();
    return waitForListener(s.info().address, 443, 30000);
}

} // namespace

class TestFaultsEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourceDatabaseRestartsMidCopy();
    void sourceAppliancedRestartsMidRun();
    void targetDiskFillsUp();
    void sourceCutOffLongerThanRetries();
};

void TestFaultsEnv::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CUTOVER_CLI"))
        QSKIP("CUTOVER_CLI is not set");
    FaultLedger::reset();
}

// The copy cases below take the logical copy: its retries with backoff are what they exercise
// (tests/physical covers a cut backup stream).
void TestFaultsEnv::sourceDatabaseRestartsMidCopy()
{
    FaultCase fault(QStringLiteral("source-database-restart"), FaultLedger::Kind::Injected);
    FaultPair pair(QStringLiteral("flt-env-db"), 1, 72);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    auto cli = pair.startCli(
        pair.migrateArguments({ QStringLiteral("--migrate-license"), QStringLiteral("--logical-copy") }));
    const bool reached
        = FaultPair::waitForEvent(*cli, FaultPair::progressAtLeast(QStringLiteral("copy-data"), 1));
    QVERIFY2(reached, "the copy ended before the fault could be injected");
    // A transient fault: the source's database goes away and comes back.
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("restart"), pair.source().info().name, QStringLiteral("database") }),
        0);
    QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(300000));
    const QByteArray err = cli->readAllStandardError();
    QVERIFY2(cli->exitCode() == 0, err.constData());
    qint64 rowsLost = 0;
    const QString problems = pair.verify(true, &rowsLost);
    fault.done(problems.isEmpty(), rowsLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestFaultsEnv::sourceAppliancedRestartsMidRun()
{
    FaultCase fault(QStringLiteral("source-applianced-restart"), FaultLedger::Kind::Injected);
    FaultPair pair(QStringLiteral("flt-env-api"), 3, 72);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    auto cli = pair.startCli(
        pair.migrateArguments({ QStringLiteral("--migrate-license"), QStringLiteral("--logical-copy") }));
    QVERIFY(FaultPair::waitForEvent(
        *cli, FaultPair::stateIs(QStringLiteral("copy-data"), QStringLiteral("running"))));
    // applianced restarts (an update, a crash): every session token it issued is gone.
    const SandboxAppliance &source = pair.source();
    QVERIFY(stopProcess(pidOf(source, QStringLiteral("applianced"))));
    QVERIFY(startApplianced(source));
    QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(300000));
    const QByteArray err = cli->readAllStandardError();
    QVERIFY2(cli->exitCode() == 0, err.constData());
    qint64 rowsLost = 0;
    const QString problems = pair.verify(true, &rowsLost);
    fault.done(problems.isEmpty(), rowsLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestFaultsEnv::targetDiskFillsUp()
{
    FaultCase fault(QStringLiteral("target-disk-full"), FaultLedger::Kind::Injected);
    FaultPair pair(QStringLiteral("flt-env-disk"), 5, 72);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    const SandboxAppliance &target = pair.target();
    const QString dataDir = target.info().stateDir + QStringLiteral("/mysql");
    const QString original = dataDir + QStringLiteral(".orig");

    // Can this machine mount a small filesystem at all? Ask before touching the target.
    {
        QTemporaryDir probe;
        QByteArray out;
        if (!run(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=1m"), QStringLiteral("tmpfs"), probe.path() },
                &out)) {
            fault.skip();
            QSKIP(qPrintable(QStringLiteral("this machine cannot mount a small filesystem: %1")
                                 .arg(QString::fromUtf8(out))));
        }
        run(QStringLiteral("umount"), { probe.path() });
    }

    // Move the target's datadir onto a small filesystem: its current size plus room for the
    // source's data, so preflight's free-space check passes; the test fills the rest later.
    QVERIFY(stopProcess(pidOf(target, QStringLiteral("mariadbd"))));
    QVERIFY(QDir().rename(dataDir, original));
    QVERIFY(QDir().mkpath(dataDir));
    QByteArray du;
    QVERIFY(run(QStringLiteral("du"), { QStringLiteral("-sm"), original }, &du));
    const int megabytes = du.split('\t').first().toInt() + 200;
    QVERIFY(run(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1m,mode=0755").arg(megabytes), QStringLiteral("tmpfs"), dataDir }));
    // Runs before the pair's sandboxes go down: nothing may still use the filesystem.
    const auto unmount = qScopeGuard([&] {
        stopProcess(pidOf(target, QStringLiteral("mariadbd")));
        if (!run(QStringLiteral("umount"), { dataDir }))
            run(QStringLiteral("umount"), { QStringLiteral("-l"), dataDir });
    });
    QVERIFY(run(QStringLiteral("cp"), { QStringLiteral("-a"), original + QStringLiteral("/."), dataDir }));
    QVERIFY(run(QStringLiteral("chown"),
        { QStringLiteral("-R"), QStringLiteral("--reference=") + original, dataDir }));
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("restart"), target.info().name, QStringLiteral("database") }),
        0);

    auto cli = pair.startCli(pair.migrateArguments({ QStringLiteral("--migrate-license") }));
    QVERIFY(FaultPair::waitForEvent(
        *cli, FaultPair::stateIs(QStringLiteral("copy-data"), QStringLiteral("running"))));
    // Now the disk fills up under the running copy.
    QFile filler(dataDir + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(1 << 20, 'x');
    while (filler.write(block) == block.size()) { }
    filler.close();
    QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(300000));
    QByteArray buffer = cli->readAllStandardOutput();
    const QByteArray err = cli->readAllStandardError();
    QCOMPARE(cli->exitCode(), 1); // failed before the point of no return: backed out
    const QString text = QString::fromUtf8(buffer + err);
    QVERIFY2(text.contains(QLatin1String("space"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("full"), Qt::CaseInsensitive),
        qPrintable(text.right(3000)));
    QVERIFY2(text.contains(QLatin1String("backed-out")), qPrintable(text.right(2000)));
    QFile::remove(filler.fileName());

    qint64 rowsLost = 0;
    const QString problems = pair.verify(false, &rowsLost);
    fault.done(problems.isEmpty(), rowsLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestFaultsEnv)
#include "tst_faults_env.moc"

void TestFaultsEnv::sourceCutOffLongerThanRetries()
{
    FaultCase fault(QStringLiteral("source-cut-off"), FaultLedger::Kind::Injected);
    FaultPair pair(QStringLiteral("flt-env-cut"), 7, 72);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    const SandboxAppliance &source = pair.source();
    auto cli = pair.startCli(
        pair.migrateArguments({ QStringLiteral("--migrate-license"), QStringLiteral("--logical-copy") }));
    QVERIFY(FaultPair::waitForEvent(*cli, FaultPair::progressAtLeast(QStringLiteral("copy-data"), 1)));
    // The source disappears from the network: nothing listens on its database or API ports
    // any more, for longer than every retry.
    for (const char *process : { "applianced", "mariadbd" }) {
        const pid_t pid = pidOf(source, QLatin1String(process));
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, SIGKILL), 0);
    }
    QVERIFY(cli->state() == QProcess::NotRunning || cli->waitForFinished(600000));
    const QString told = QString::fromUtf8(cli->readAllStandardOutput() + cli->readAllStandardError());
    // Before the point of no return: it fails; the backout cannot reach the source either, so
    // the run stops and says what to do (4), or it reached it in time (1).
    QVERIFY2(cli->exitCode() == 4 || cli->exitCode() == 1, qPrintable(told.right(3000)));
    QVERIFY2(told.contains(source.info().address), qPrintable(told.right(3000)));

    // The network comes back; the admin backs out what is left.
    QCOMPARE(SandboxAppliance::runSandboxCommand(
                 { QStringLiteral("restart"), source.info().name, QStringLiteral("database") }),
        0);
    QVERIFY(startApplianced(source));
    if (cli->exitCode() == 4) {
        const CliRun backout
            = pair.run({ QStringLiteral("backout"), QStringLiteral("--json"), QStringLiteral("--yes") });
        QVERIFY2(backout.exitCode == 1 || backout.exitCode == 0, qPrintable(backout.allText().right(3000)));
    }
    qint64 rowsLost = 0;
    const QString problems = pair.verify(false, &rowsLost);
    fault.done(problems.isEmpty(), rowsLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}
