// SPDX-License-Identifier: GPL-3.0-or-later
//
// The physical copy's failures on the target (issue 9), through the engine and two real sandbox
// appliances:
//  - MariaDB refuses to start on the swapped-in data (the new data lacks its privilege table, the
//    target's applianced told so by CUTOVER_APPLIANCED_FAULT=restore-start-fails): the target puts
//    its previous datadir back by itself and serves its old data; the run backs out with
//    physical.start_failed and a message that says so;
//  - the target's disk fills up while the stream is extracted (its sandbox lives on a small tmpfs,
//    filled by a ballast file mid-stream): migration.disk_full, physical.disk_full with the size to
//    free, the target's old data serving, the source untouched, and a retry once there is room
//    succeeds.
// Addresses: 127.0.225.1 (source), 127.0.225.2 (target).
#include "operations/operationfactory.h"
#include "operations/physicalcopyoperation.h"
#include "physicaltestsupport.h"
#include "plan/copypath.h"
#include "plan/planbuilder.h"
#include "runner/runner.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

const QString kMarker = QStringLiteral("TARGET-OLD-225");
const QString kSourceName = QStringLiteral("physfail-src");
const QString kTargetName = QStringLiteral("physfail-tgt");
constexpr int kTmpfsMegabytes = 1536;

QString sandboxDir(const QString &name)
{
    return qEnvironmentVariable("CUTOVER_SANDBOX_ROOT", QStringLiteral("/tmp/cutover-sandbox"))
        + QLatin1Char('/') + name;
}

bool isMountPoint(const QString &dir)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        if (line.split(' ').value(1) == QFile::encodeName(dir))
            return true;
    }
    return false;
}

int run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TstPhysicalFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startFailurePutsPreviousDataBack();
    void diskFullDuringExtractThenRetry();

private:
    /** Runs the offline plan up to and including the physical copy; @p maxBytesPerSecond throttles it. */
    Result runCopy(qint64 maxBytesPerSecond, const std::function<void()> &whileStreaming = {});
    void checkTargetOld();

    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    std::shared_ptr<ApplianceConnections> m_connections;
    std::unique_ptr<ApplianceClient> m_watcher;
    QHash<QString, QByteArray> m_sourceBefore;
    QString m_mount;
};

void TstPhysicalFailures::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
    // The target's whole sandbox (datadir, and next to it the fresh directory a restore extracts
    // into) on a small disk of its own, so the test can fill it without touching anyone else's.
    m_mount = sandboxDir(kTargetName);
    if (isMountPoint(m_mount))
        run(QStringLiteral("umount"), { QStringLiteral("-l"), m_mount });
    QDir().mkpath(m_mount);
    if (run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=%1m,mode=0755").arg(kTmpfsMegabytes), QStringLiteral("tmpfs"), m_mount })
        != 0)
        QSKIP("cannot mount a tmpfs (needs root)");

    m_source = std::make_unique<SandboxAppliance>(kSourceName, QStringLiteral("127.0.225.1"));
    m_target = std::make_unique<SandboxAppliance>(kTargetName, QStringLiteral("127.0.225.2"));
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    // Only the target's applianced gets the fault; it fires at the first restore's swap, once.
    qputenv("CUTOVER_APPLIANCED_FAULT", "restore-start-fails");
    const bool targetUp = m_target->start(&error);
    qunsetenv("CUTOVER_APPLIANCED_FAULT");
    QVERIFY2(targetUp, qPrintable(error));
    QVERIFY(isMountPoint(m_mount));

    QVERIFY2(rootExec(m_source->info(),
                 { QStringLiteral("CREATE TABLE sakila.padding (id INT PRIMARY KEY, body VARBINARY(1024))"),
                     QStringLiteral("INSERT INTO sakila.padding SELECT seq, REPEAT(MD5(seq), 32) FROM "
                                    "sakila.seq_1_to_8000") },
                 &error),
        qPrintable(error));
    QVERIFY2(
        rootExec(m_target->info(),
            { QStringLiteral("UPDATE sakila.actor SET first_name = '%1' WHERE actor_id = 1").arg(kMarker) },
            &error),
        qPrintable(error));
    m_sourceBefore = checksums(rootEndpoint(m_source->info()), QStringLiteral("sakila"));
    QVERIFY(!m_sourceBefore.isEmpty());
    m_connections = connectBoth(m_source->info(), m_target->info());
    QVERIFY(m_connections);
    m_watcher = loggedIn(m_target->info());
    QVERIFY(m_watcher);
}

void TstPhysicalFailures::cleanupTestCase()
{
    m_watcher.reset();
    if (m_connections)
        m_connections->disconnectAll();
    m_connections.reset();
    m_target.reset(); // down: stops its processes by PID
    m_source.reset();
    if (!m_mount.isEmpty() && isMountPoint(m_mount)) {
        QCOMPARE(run(QStringLiteral("umount"), { m_mount }), 0);
        QDir().rmdir(m_mount); // the empty mount point
    }
}

Result TstPhysicalFailures::runCopy(qint64 maxBytesPerSecond, const std::function<void()> &whileStreaming)
{
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::Offline;
    const CopyPathChoice choice = CopyPath::choose(
        SourceRole::Standalone, options, m_connections->source().info, m_connections->target().info);
    if (!choice.isPhysical())
        return Result::error(QStringLiteral("test.logical"), choice.explanation());
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options, choice);
    const qsizetype copyIndex = plan.indexOf(OperationKind::PhysicalCopyData);
    auto operations = OperationFactory::createAll(plan, m_connections);
    operations.resize(copyIndex + 1); // up to the copy: the rest is other tests' business
    auto copy = std::dynamic_pointer_cast<PhysicalCopyOperation>(operations.at(copyIndex));
    if (!copy)
        return Result::error(QStringLiteral("test.no_copy"), QStringLiteral("no physical copy step"));
    copy->setMaxBytesPerSecond(maxBytesPerSecond);
    Runner runner(std::move(operations), copyIndex + 1);
    runner.setWorkerCleanup([connections = m_connections] { connections->disconnectAll(); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (whileStreaming) {
        const bool streaming = QTest::qWaitFor(
            [&] {
                auto s = PhysicalRestoreClient::status(*m_watcher);
                return s && s.value().state == QLatin1String("streaming") && s.value().bytesStreamed > 0;
            },
            60000);
        if (streaming)
            whileStreaming();
    }
    if (!finished.wait(150000))
        return Result::error(QStringLiteral("test.timeout"), QStringLiteral("the run did not end"));
    return finished.first().at(1).value<Result>();
}

void TstPhysicalFailures::checkTargetOld()
{
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(m_target->info())), qPrintable(t.errorDetails()));
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT first_name FROM sakila.actor WHERE actor_id = 1")), kMarker.toUtf8());
    QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                     "'sakila' AND table_name = 'padding'")),
        QByteArray("0"));
    QVERIFY(!QFileInfo::exists(m_mount + QStringLiteral("/mysql.cutover-fresh")));
    QVERIFY(!QFileInfo::exists(m_mount + QStringLiteral("/mysql.cutover-previous")));
}

void TstPhysicalFailures::startFailurePutsPreviousDataBack()
{
    const Result result = runCopy(0);
    QCOMPARE(result.code(), QStringLiteral("physical.start_failed"));
    qInfo().noquote() << "start failure:" << result.message();
    QVERIFY2(result.message().contains(QLatin1String("did not start")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QLatin1String("previous data back")), qPrintable(result.message()));
    QVERIFY2(
        result.details().contains(QLatin1String("migration.start_failed")), qPrintable(result.details()));

    // The target's own answer: put back by itself, nothing kept, the error named.
    auto s = PhysicalRestoreClient::status(*m_watcher);
    QVERIFY(s);
    QCOMPARE(s.value().state, QStringLiteral("rolled-back"));
    QCOMPARE(s.value().errorCode, QStringLiteral("migration.start_failed"));
    QVERIFY(!s.value().previousDatadirKept);
    checkTargetOld();
    QCOMPARE(checksums(rootEndpoint(m_source->info()), QStringLiteral("sakila")), m_sourceBefore);
    QCOMPARE(migrationAccounts(rootEndpoint(m_source->info())), 0);
}

void TstPhysicalFailures::diskFullDuringExtractThenRetry()
{
    const QString ballast = m_mount + QStringLiteral("/ballast");
    qint64 freeBefore = 0;
    // Held to 1 MB/s so it surely still streams when the disk fills: everything but 2 MB goes.
    const Result result = runCopy(1024 * 1024, [&] {
        freeBefore = QStorageInfo(m_mount).bytesAvailable();
        run(QStringLiteral("fallocate"),
            { QStringLiteral("-l"), QString::number(std::max<qint64>(0, freeBefore - 2 * 1024 * 1024)),
                ballast });
    });
    QVERIFY2(QFileInfo::exists(ballast), "the disk was not filled while streaming");
    QFile::remove(ballast);
    QCOMPARE(result.code(), QStringLiteral("physical.disk_full"));
    qInfo().noquote() << "disk full:" << result.message();
    QVERIFY2(result.details().contains(QLatin1String("migration.disk_full")), qPrintable(result.details()));
    // It names the room to make (a size) and what to do.
    QVERIFY2(result.message().contains(QRegularExpression(QStringLiteral("\\d+(\\.\\d+)? [KMG]i?B"))),
        qPrintable(result.message()));
    QVERIFY2(result.message().contains(QLatin1String("Free")), qPrintable(result.message()));
    auto s = PhysicalRestoreClient::status(*m_watcher);
    QVERIFY(s);
    QCOMPARE(s.value().state, QStringLiteral("failed"));
    QCOMPARE(s.value().errorCode, QStringLiteral("migration.disk_full"));
    checkTargetOld();
    if (QTest::currentTestFailed())
        return;
    // The source only ever read: same data, no backup left running, no account left.
    QCOMPARE(checksums(rootEndpoint(m_source->info()), QStringLiteral("sakila")), m_sourceBefore);
    QCOMPARE(migrationAccounts(rootEndpoint(m_source->info())), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        processesWith({ QByteArrayLiteral("mariadb-backup"), QByteArrayLiteral("--backup"),
                          m_source->info().dbSocket.toUtf8() })
            .isEmpty(),
        20000);

    // With the room back, the retry copies everything; prepare reported it prepared every byte.
    const Result retry = runCopy(0);
    QVERIFY2(retry.isOk(),
        qPrintable(retry.code() + QLatin1Char(' ') + retry.message() + QLatin1Char(' ') + retry.details()));
    s = PhysicalRestoreClient::status(*m_watcher);
    QVERIFY(s);
    QCOMPARE(s.value().state, QStringLiteral("ready"));
    QCOMPARE(s.value().bytesPrepared, s.value().bytesStreamed);
    QCOMPARE(checksums(rootEndpoint(m_target->info()), QStringLiteral("sakila")), m_sourceBefore);
    auto c = PhysicalRestoreClient::commit(*m_watcher);
    QVERIFY(c);
    QCOMPARE(c.value().state, QStringLiteral("committed"));
}

QTEST_GUILESS_MAIN(TstPhysicalFailures)
#include "tst_physicalfailures.moc"
