// SPDX-License-Identifier: GPL-3.0-or-later
//
// The physical copy's failures (issue 9): the source's backup killed mid-stream, and a failure
// after the new data was swapped in, both before the point of no return. Each time the run backs
// out, the target runs its old data again and the source is untouched; then a retry succeeds.
// And a run killed while the target streams: the next run follows the same job from the journal
// position, and a backout puts the old data back. Addresses: 127.0.188.x, 127.0.192.x.
#include "operations/operationfactory.h"
#include "operations/physicalcopyoperation.h"
#include "physicaltestsupport.h"
#include "plan/copypath.h"
#include "plan/planbuilder.h"
#include "runner/runner.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <mutex>
#include <thread>

using namespace cutover;
using namespace cutover::test;

namespace {

/** Fails, so the runner backs out everything before it. */
class FailStep : public Operation
{
public:
    QString id() const override { return QStringLiteral("test-fail"); }
    QString title() const override { return QStringLiteral("Fail"); }
    QString description() const override { return title(); }
    Result run(OperationContext &) override
    {
        return Result::error(QStringLiteral("test.fail"), QStringLiteral("a failure after the swap"));
    }
};

const QString kMarker = QStringLiteral("TARGET-OLD");

} // namespace

class TstPhysicalRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedStreamAndLateFailureBackOutThenRetrySucceeds();
    void resumedRunFollowsTheJobThenBacksOut();

private:
    /** The target still runs its old data: the marker row, and no copy of the source's new table. */
    void checkTargetOld(const SandboxInfo &target);
};

void TstPhysicalRollback::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
}

void TstPhysicalRollback::checkTargetOld(const SandboxInfo &target)
{
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(target)), qPrintable(t.errorDetails()));
    QCOMPARE(
        t.scalar(QStringLiteral("SELECT first_name FROM sakila.actor WHERE actor_id = 1")), kMarker.toUtf8());
    QCOMPARE(t.scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'sakila' "
                 "AND table_name = 'padding'")),
        QByteArray("0"));
    QCOMPARE(replicationLinks(rootEndpoint(target)), 0);
}

void TstPhysicalRollback::killedStreamAndLateFailureBackOutThenRetrySucceeds()
{
    SandboxAppliance source(QStringLiteral("phys-rb-src"), QStringLiteral("127.0.188.1"));
    SandboxAppliance target(QStringLiteral("phys-rb-tgt"), QStringLiteral("127.0.188.2"));
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    // The source gets a table the target lacks; the target gets a row of its own (its "old data").
    QVERIFY2(rootExec(source.info(),
                 { QStringLiteral("CREATE TABLE sakila.padding (id INT PRIMARY KEY, body VARBINARY(1024))"),
                     QStringLiteral("INSERT INTO sakila.padding SELECT seq, REPEAT(MD5(seq), 32) FROM "
                                    "sakila.seq_1_to_8000") },
                 &error),
        qPrintable(error));
    QVERIFY2(
        rootExec(target.info(),
            { QStringLiteral("UPDATE sakila.actor SET first_name = '%1' WHERE actor_id = 1").arg(kMarker) },
            &error),
        qPrintable(error));
    const auto sourceBefore = checksums(rootEndpoint(source.info()), QStringLiteral("sakila"));
    QVERIFY(!sourceBefore.isEmpty());

    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LowDowntime;
    const CopyPathChoice choice = CopyPath::choose(
        SourceRole::Standalone, options, connections->source().info, connections->target().info);
    QVERIFY2(choice.isPhysical(), qPrintable(choice.explanation()));
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options, choice);
    const qsizetype physical = plan.indexOf(OperationKind::PhysicalCopyData);
    QVERIFY(physical >= 0);
    auto watcher = loggedIn(target.info());
    QVERIFY(watcher);

    // 1. The source's mariadb-backup is killed while the target pulls the stream (held to 1 MB/s
    // so it is surely still streaming).
    {
        auto operations = OperationFactory::createAll(plan, connections);
        auto copy = std::dynamic_pointer_cast<PhysicalCopyOperation>(operations.at(physical));
        QVERIFY(copy);
        copy->setMaxBytesPerSecond(1024 * 1024);
        Runner runner(std::move(operations), plan.pointOfNoReturn());
        runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto s = PhysicalRestoreClient::status(*watcher);
                return s && s.value().state == QLatin1String("streaming") && s.value().bytesStreamed > 0;
            }(),
            60000);
        const QList<pid_t> backups = processesWith({ QByteArrayLiteral("mariadb-backup"),
            QByteArrayLiteral("--backup"), source.info().dbSocket.toUtf8() });
        QCOMPARE(backups.size(), 1);
        QCOMPARE(::kill(backups.first(), SIGKILL), 0);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
        const auto result = finished.first().at(1).value<Result>();
        QVERIFY2(result.code().endsWith(QLatin1String("physical.stream_interrupted")),
            qPrintable(result.code() + QLatin1Char(' ') + result.details()));
        qInfo().noquote() << "killed stream:" << result.message();
    }
    checkTargetOld(target.info());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(checksums(rootEndpoint(source.info()), QStringLiteral("sakila")), sourceBefore);

    // 2. The copy succeeds and the link runs, then a later step fails before the point of no
    // return: the backout removes the link and the target puts its previous datadir back.
    {
        auto operations = OperationFactory::createAll(plan, connections);
        operations.insert(operations.begin() + physical + 1, std::make_shared<FailStep>());
        Runner runner(std::move(operations), plan.pointOfNoReturn() + 1);
        runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(150000));
        QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
        QCOMPARE(finished.first().at(1).value<Result>().code(), QStringLiteral("test.fail"));
        auto s = PhysicalRestoreClient::status(*watcher);
        QVERIFY(s);
        QCOMPARE(s.value().state, QStringLiteral("rolled-back"));
        QVERIFY(!s.value().previousDatadirKept);
    }
    checkTargetOld(target.info());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);
    QCOMPARE(checksums(rootEndpoint(source.info()), QStringLiteral("sakila")), sourceBefore);

    // 3. The retry (offline this time: no load, no catch-up needed) copies everything.
    {
        MigrationOptions offline;
        offline.mode = MigrationOptions::Mode::Offline;
        const MigrationPlan retryPlan = PlanBuilder::build(SourceRole::Standalone, offline,
            CopyPath::choose(
                SourceRole::Standalone, offline, connections->source().info, connections->target().info));
        QVERIFY(retryPlan.contains(OperationKind::PhysicalCopyData));
        const qsizetype copyIndex = retryPlan.indexOf(OperationKind::PhysicalCopyData);
        auto operations = OperationFactory::createAll(retryPlan, connections);
        // Up to the copy only: the rest of the plan is the other tests' business.
        operations.resize(copyIndex + 1);
        Runner runner(std::move(operations), copyIndex + 1);
        runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(150000));
        const auto result = finished.first().at(1).value<Result>();
        QVERIFY2(finished.first().at(0).value<Runner::Outcome>() == Runner::Outcome::Succeeded,
            qPrintable(
                result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    }
    QCOMPARE(checksums(rootEndpoint(target.info()), QStringLiteral("sakila")), sourceBefore);
    auto s = PhysicalRestoreClient::status(*watcher);
    QVERIFY(s);
    QCOMPARE(s.value().state, QStringLiteral("ready"));
    QVERIFY(s.value().previousDatadirKept);
    // The backout of this run's test would roll back; commit instead, as Verify does.
    auto c = PhysicalRestoreClient::commit(*watcher);
    QVERIFY(c);
    QCOMPARE(c.value().state, QStringLiteral("committed"));
}

void TstPhysicalRollback::resumedRunFollowsTheJobThenBacksOut()
{
    SandboxAppliance source(QStringLiteral("phys-rs-src"), QStringLiteral("127.0.192.1"));
    SandboxAppliance target(QStringLiteral("phys-rs-tgt"), QStringLiteral("127.0.192.2"));
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    QVERIFY2(
        rootExec(target.info(),
            { QStringLiteral("UPDATE sakila.actor SET first_name = '%1' WHERE actor_id = 1").arg(kMarker) },
            &error),
        qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    connections->disconnectAll(); // the operations run on another thread
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::Offline;

    // The first process: asks for the job, journals it, and dies (here: stops) while it streams.
    QJsonObject journal;
    std::mutex journalMutex;
    auto writer = [&](const QJsonObject &p) {
        std::lock_guard<std::mutex> lock(journalMutex);
        journal = p;
    };
    auto journalled = [&] {
        std::lock_guard<std::mutex> lock(journalMutex);
        return journal;
    };
    {
        ProgressSink sink;
        CancellationToken cancel;
        OperationContext context(sink, cancel, {}, writer);
        PhysicalCopyOperation first(connections, options);
        first.setMaxBytesPerSecond(4 * 1024 * 1024);
        Result result;
        std::thread worker([&] {
            result = first.run(context);
            connections->disconnectAll();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!journalled().value(QStringLiteral("job")).toString().isEmpty(), 60000);
        cancel.cancel();
        worker.join();
        QVERIFY(result.isCancelled());
    }
    const QJsonObject killedAt = journalled();
    const QString job = killedAt.value(QStringLiteral("job")).toString();
    QVERIFY(killedAt.value(QStringLiteral("restoreRequested")).toBool());
    QVERIFY(!killedAt.contains(QStringLiteral("ticket")));

    // The resumed process: the same job, followed to its end, not a second backup.
    {
        ProgressSink sink;
        CancellationToken cancel;
        OperationContext context(sink, cancel, killedAt, writer);
        PhysicalCopyOperation resumed(connections, options);
        Result result;
        std::thread worker([&] {
            result = resumed.run(context);
            connections->disconnectAll();
        });
        worker.join();
        QVERIFY2(result.isOk(), qPrintable(result.code() + QLatin1Char(' ') + result.message()));
        QCOMPARE(journalled().value(QStringLiteral("job")).toString(), job);
        QVERIFY(journalled().value(QStringLiteral("ready")).toBool());
    }
    auto watcher = loggedIn(target.info());
    QVERIFY(watcher);
    auto s = PhysicalRestoreClient::status(*watcher);
    QVERIFY(s);
    QCOMPARE(s.value().job, job);
    QCOMPARE(s.value().state, QStringLiteral("ready"));
    MysqlConnection t;
    QVERIFY(t.open(rootEndpoint(target.info())));
    QVERIFY(t.scalar(QStringLiteral("SELECT first_name FROM sakila.actor WHERE actor_id = 1"))
        != kMarker.toUtf8());
    t.close();

    // A backout in yet another process, from the journal position alone.
    {
        ProgressSink sink;
        CancellationToken cancel;
        OperationContext context(sink, cancel, journalled(), writer);
        PhysicalCopyOperation backout(connections, options);
        Result result;
        std::thread worker([&] {
            result = backout.rollback(context);
            connections->disconnectAll();
        });
        worker.join();
        QVERIFY2(result.isOk(), qPrintable(result.code() + QLatin1Char(' ') + result.message()));
    }
    checkTargetOld(target.info());
    s = PhysicalRestoreClient::status(*watcher);
    QVERIFY(s);
    QCOMPARE(s.value().state, QStringLiteral("rolled-back"));
}

QTEST_GUILESS_MAIN(TstPhysicalRollback)
#include "tst_physicalrollback.moc"
