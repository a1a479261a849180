// SPDX-License-Identifier: GPL-3.0-or-later
//
// Low-downtime cutover through real MariaDB replication between two sandbox appliances, under a
// write load. Addresses: 127.0.121.x (low-downtime, sakila),
// 127.0.123.x (catch-up timeout and fallback), 127.0.124.x / 127.0.125.x (32 MB more, both modes),
// 127.0.126.x (a privileged write during maintenance), 127.0.127.x (a link left by a killed copy),
// 127.0.128.x (the replication-only account).
#include "journal/journal.h"
#include "operations/bulkcopyoperation.h"
#include "operations/operationfactory.h"
#include "operations/temporarydbaccounts.h"
#include "plan/planbuilder.h"
#include "replication/replicationlink.h"
#include "replicationtestsupport.h"
#include "runner/runner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cutover;
using namespace cutover::test;

namespace {

/**
 * A step the test puts between the bulk copy and maintenance: an application on the target holds
 * a row lock the replicated change needs, then the same row changes on the source, so the
 * target's replication is stuck behind it and the catch-up cannot finish in time.
 */
class BlockReplicationStep : public Operation
{
public:
    BlockReplicationStep(MysqlEndpoint targetRoot, MysqlEndpoint sourceApp)
        : m_targetRoot(std::move(targetRoot))
        , m_sourceApp(std::move(sourceApp))
    { }
    QString id() const override { return QStringLiteral("test-block-replication"); }
    QString title() const override { return QStringLiteral("Block the replication"); }
    QString description() const override { return title(); }
    Result run(OperationContext &) override
    {
        m_lock = std::make_unique<MysqlConnection>();
        if (!m_lock->open(m_targetRoot) || !m_lock->exec(QStringLiteral("START TRANSACTION"))
            || !m_lock->exec(
                QStringLiteral("SELECT * FROM sakila.customer WHERE customer_id = 7 FOR UPDATE")))
            return Result::error(QStringLiteral("test.lock"), m_lock->errorDetails());
        MysqlConnection source;
        if (!source.open(m_sourceApp)
            || !source.exec(QStringLiteral("UPDATE sakila.customer SET email = 'blocked@load.example' WHERE "
                                           "customer_id = 7")))
            return Result::error(QStringLiteral("test.update"), source.errorDetails());
        return Result::ok();
    }
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &) override
    {
        m_lock.reset();
        return Result::ok();
    }

protected:
    MysqlEndpoint m_targetRoot;
    MysqlEndpoint m_sourceApp;
    std::unique_ptr<MysqlConnection> m_lock;
};

/**
 * Like BlockReplicationStep, but the test releases the lock itself (KILL of the connection whose
 * id this step publishes), so it decides when the target may catch up.
 */
class HoldReplicationStep : public BlockReplicationStep
{
public:
    HoldReplicationStep(MysqlEndpoint targetRoot, MysqlEndpoint sourceApp, std::atomic<qint64> *lockId)
        : BlockReplicationStep(std::move(targetRoot), std::move(sourceApp))
        , m_lockId(lockId)
    { }
    QString id() const override { return QStringLiteral("test-hold-replication"); }
    Result run(OperationContext &context) override
    {
        if (auto r = BlockReplicationStep::run(context); !r)
            return r;
        bool ok = false;
        const QByteArray id = m_lock->scalar(QStringLiteral("SELECT CONNECTION_ID()"), &ok);
        if (!ok)
            return Result::error(QStringLiteral("test.lock"), m_lock->errorDetails());
        m_lockId->store(id.toLongLong());
        return Result::ok();
    }

private:
    std::atomic<qint64> *m_lockId;
};

/**
 * A probe the test puts right after the data step: once the target holds the data, neither side
 * may still have the link or a temporary account of the data steps (later steps make their own).
 */
class NoLeftoversProbe : public Operation
{
public:
    NoLeftoversProbe(MysqlEndpoint sourceRoot, MysqlEndpoint targetRoot)
        : m_source(std::move(sourceRoot))
        , m_target(std::move(targetRoot))
    { }
    QString id() const override { return QStringLiteral("test-no-leftovers"); }
    QString title() const override { return QStringLiteral("No leftovers"); }
    QString description() const override { return title(); }
    Result run(OperationContext &) override
    {
        const int links = replicationLinks(m_target);
        const int sourceAccounts = migrationAccounts(m_source);
        const int targetAccounts = migrationAccounts(m_target);
        if (links != 0 || sourceAccounts != 0 || targetAccounts != 0)
            return Result::error(QStringLiteral("test.leftovers"),
                QStringLiteral("links %1, accounts on the source %2, on the target %3")
                    .arg(links)
                    .arg(sourceAccounts)
                    .arg(targetAccounts));
        return Result::ok();
    }

private:
    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
};

struct RunFigures
{
    qint64 windowMs = -1; ///< first refused write on the source → first write accepted by the target
    qint64 maintenanceToDataMs = -1; ///< maintenance started → data step done (runner's view)
    qint64 totalMs = 0;
    qint64 acknowledged = 0;
};

} // namespace

class TstLowDowntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lowDowntimeLosesNothingUnderLoad();
    void moreData_data();
    void moreData();
    void catchUpTimeoutFallsBack();
    void privilegedWriteDuringMaintenanceIsCaughtUp();
    void resumeRemovesALinkStartedButNotRecorded();
    void replicationAccountCanOnlyReplicate();
    void cleanupTestCase();

private:
    void migrateUnderLoad(const QString &prefix, const QString &net, MigrationOptions::Mode mode,
        RunFigures *figures, int paddingRows = 0);
    RunFigures m_lowDowntime;
    RunFigures m_lowDowntimeMore;
};

void TstLowDowntime::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
}

void TstLowDowntime::migrateUnderLoad(const QString &prefix, const QString &net, MigrationOptions::Mode mode,
    RunFigures *figures, int paddingRows)
{
    SandboxAppliance source(prefix + QStringLiteral("-src"), net + QStringLiteral(".1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(prefix + QStringLiteral("-tgt"), net + QStringLiteral(".2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    if (paddingRows > 0) {
        // More data (about 1 KB a row) in one extra table, written before the run starts.
        MysqlConnection root;
        QVERIFY2(root.open(rootEndpoint(source.info())), qPrintable(root.errorDetails()));
        QVERIFY2(root.exec(QStringLiteral(
                     "CREATE TABLE sakila.padding (id INT PRIMARY KEY, body VARBINARY(1024))")),
            qPrintable(root.errorDetails()));
        QVERIFY2(
            root.exec(QStringLiteral("INSERT INTO sakila.padding SELECT seq, CONCAT(REPEAT(MD5(seq), 16), "
                                     "REPEAT(SHA2(seq, 256), 8)) FROM sakila.seq_1_to_%1")
                          .arg(paddingRows)),
            qPrintable(root.errorDetails()));
    }
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    QVERIFY(connections->source().info.database.binlog);

    MigrationOptions options;
    options.mode = mode;
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options);
    const qsizetype maintenance = plan.indexOf(OperationKind::EnterMaintenance);
    const qsizetype dataStep = plan.indexOf(
        mode == MigrationOptions::Mode::LowDowntime ? OperationKind::CatchUpData : OperationKind::CopyData);
    QVERIFY(maintenance >= 0 && dataStep >= 0);
    // Everything up to and including the data step can be backed out.
    QVERIFY(plan.isReversible(dataStep));
    QCOMPARE(plan.at(plan.pointOfNoReturn()), OperationKind::ModifySourceConfiguration);
    if (mode == MigrationOptions::Mode::LowDowntime) {
        QVERIFY(plan.indexOf(OperationKind::BulkCopyData) < maintenance);
        QVERIFY(maintenance < dataStep);
    }

    LoadWriter writer(
        appEndpoint(source.info(), source.info().address), appEndpoint(source.info(), target.info().address));
    writer.start();

    auto operations = OperationFactory::createAll(plan, connections);
    operations.insert(operations.begin() + dataStep + 1,
        std::make_shared<NoLeftoversProbe>(rootEndpoint(source.info()), rootEndpoint(target.info())));
    Runner runner(std::move(operations), plan.pointOfNoReturn() + 1);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    qint64 maintenanceStartedMs = -1;
    qint64 dataDoneMs = -1;
    QList<double> lagFractions;
    connect(&runner, &Runner::operationStateChanged, this, [&](int index, OperationState state) {
        if (index == maintenance && state == OperationState::Running)
            maintenanceStartedMs = nowMs();
        if (index == dataStep && state == OperationState::Done) {
            dataDoneMs = nowMs();
            writer.switchToTarget();
        }
    });
    connect(&runner, &Runner::operationProgressChanged, this, [&](int index, const OperationProgress &p) {
        if (index == dataStep)
            lagFractions.append(p.fraction);
    });
    QSignalSpy finished(&runner, &Runner::finished);
    // Let the load run a moment before the copy starts, so the snapshot is taken mid-stream.
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > 50, 10000);
    const qint64 started = nowMs();
    runner.start();
    QVERIFY(finished.wait(150000));
    figures->totalMs = nowMs() - started;
    QTRY_VERIFY_WITH_TIMEOUT(writer.finished(), 20000);
    writer.stop();
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));

    // Progress of the data step never went backwards.
    for (qsizetype i = 1; i < lagFractions.size(); ++i)
        QVERIFY(lagFractions.at(i) >= lagFractions.at(i - 1));

    // No write was acknowledged by the source once it refused one; every acknowledged one is on the target.
    QVERIFY2(writer.firstRefusedMs > 0, qPrintable(writer.lastError));
    QCOMPARE(writer.acknowledgedAfterRefusal, 0);
    QVERIFY(writer.firstTargetWriteMs > writer.firstRefusedMs);
    QVERIFY(writer.acknowledged >= 50);
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(target.info())), qPrintable(t.errorDetails()));
    QStringList ids;
    for (auto id : writer.insertedActors)
        ids.append(QString::number(id));
    bool ok = false;
    const auto found = t.scalar(QStringLiteral("SELECT COUNT(*) FROM sakila.actor WHERE actor_id IN (%1)")
                                    .arg(ids.join(QLatin1Char(','))),
        &ok);
    QVERIFY2(ok, qPrintable(t.errorDetails()));
    QCOMPARE(found.toLongLong(), qint64(writer.insertedActors.size()));
    for (auto it = writer.lastEmail.cbegin(); it != writer.lastEmail.cend(); ++it) {
        const auto email = t.scalar(
            QStringLiteral("SELECT email FROM sakila.customer WHERE customer_id = %1").arg(it.key()));
        QCOMPARE(QString::fromUtf8(email), it.value());
    }
    // The target's tables equal the source's final state.
    const auto sourceSums = checksums(rootEndpoint(source.info()), QStringLiteral("sakila"));
    const auto targetSums = checksums(rootEndpoint(target.info()), QStringLiteral("sakila"));
    QVERIFY(sourceSums.size() >= 16);
    QCOMPARE(targetSums, sourceSums);
    // Nothing of the cutover's plumbing is left behind.
    QCOMPARE(replicationLinks(rootEndpoint(target.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);
    // The target is checked by the probe after the data step: the plan's later steps restart its
    // database and make accounts of their own.

    qInfo().noquote() << QStringLiteral(
        "timeline (ms from the first refused write): maintenance started %1, data "
        "step done %2, first write accepted by the target %3")
                             .arg(maintenanceStartedMs - writer.firstRefusedMs)
                             .arg(dataDoneMs - writer.firstRefusedMs)
                             .arg(writer.firstTargetWriteMs - writer.firstRefusedMs);
    figures->windowMs = writer.firstTargetWriteMs - writer.firstRefusedMs;
    figures->maintenanceToDataMs = dataDoneMs - maintenanceStartedMs;
    figures->acknowledged = writer.acknowledged.load();
    qInfo().noquote() << QStringLiteral(
        "%1: write-unavailable %2 ms (maintenance → data step done %3 ms), %4 writes "
        "acknowledged, %5 refused, run %6 ms")
                             .arg(mode == MigrationOptions::Mode::LowDowntime ? QStringLiteral("low-downtime")
                                                                              : QStringLiteral("offline"))
                             .arg(figures->windowMs)
                             .arg(figures->maintenanceToDataMs)
                             .arg(writer.acknowledged.load())
                             .arg(writer.refusedAttempts)
                             .arg(figures->totalMs);
}

void TstLowDowntime::lowDowntimeLosesNothingUnderLoad()
{
    migrateUnderLoad(QStringLiteral("repl-ld"), QStringLiteral("127.0.121"),
        MigrationOptions::Mode::LowDowntime, &m_lowDowntime);
}

void TstLowDowntime::moreData_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("low-downtime") << int(MigrationOptions::Mode::LowDowntime);
    QTest::newRow("offline") << int(MigrationOptions::Mode::Offline);
}

void TstLowDowntime::moreData()
{
    // Sakila plus about 32 MB: the low-downtime window must not grow with the data, the offline one does.
    QFETCH(int, mode);
    const auto m = MigrationOptions::Mode(mode);
    RunFigures figures;
    const bool low = m == MigrationOptions::Mode::LowDowntime;
    migrateUnderLoad(low ? QStringLiteral("repl-ldm") : QStringLiteral("repl-offm"),
        low ? QStringLiteral("127.0.124") : QStringLiteral("127.0.125"), m, &figures, 32768);
    if (QTest::currentTestFailed())
        return;
    if (low) {
        m_lowDowntimeMore = figures;
        // The copy took seconds; the source was read-only for well under them.
        QVERIFY(figures.maintenanceToDataMs < 5000);
    } else if (m_lowDowntimeMore.windowMs > 0) {
        qInfo().noquote() << QStringLiteral("sakila + 32 MB: downtime online_s=%1 offline_s=%2 lost=0")
                                 .arg(m_lowDowntimeMore.windowMs / 1000.0, 0, 'f', 2)
                                 .arg(figures.windowMs / 1000.0, 0, 'f', 2);
        QVERIFY(figures.maintenanceToDataMs > m_lowDowntimeMore.maintenanceToDataMs);
    }
}

void TstLowDowntime::catchUpTimeoutFallsBack()
{
    SandboxAppliance source(QStringLiteral("repl-to-src"), QStringLiteral("127.0.123.1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("repl-to-tgt"), QStringLiteral("127.0.123.2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LowDowntime;
    options.catchUpTimeoutSeconds = 3;
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options);
    auto operations = OperationFactory::createAll(plan, connections);
    const qsizetype maintenance = plan.indexOf(OperationKind::EnterMaintenance);
    operations.insert(operations.begin() + maintenance,
        std::make_shared<BlockReplicationStep>(
            rootEndpoint(target.info()), appEndpoint(source.info(), source.info().address)));
    Runner runner(std::move(operations), plan.pointOfNoReturn() + 1);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    // How long the source stays read-only after the catch-up gave up: the backout must put it back
    // into service first, not wait for the stuck replication.
    const int catchUpIndex = int(plan.indexOf(OperationKind::CatchUpData)) + 1;
    const int maintenanceIndex = int(maintenance) + 1;
    qint64 catchUpFailedMs = -1;
    qint64 sourceBackMs = -1;
    connect(&runner, &Runner::operationStateChanged, this, [&](int index, OperationState state) {
        if (index == catchUpIndex && state == OperationState::Failed)
            catchUpFailedMs = nowMs();
        if (index == maintenanceIndex && state == OperationState::RolledBack)
            sourceBackMs = nowMs();
    });
    QSignalSpy finished(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const auto result = finished.first().at(1).value<Result>();
    QCOMPARE(outcome, Runner::Outcome::BackedOut);
    QVERIFY2(result.code().endsWith(QLatin1String("replication.catchup_timeout")), qPrintable(result.code()));
    QVERIFY(result.message().contains(QLatin1String("source leaves maintenance")));
    qInfo().noquote() << "fallback message:" << result.message();

    // The source serves again, with everything acknowledged before: its last write is there and a
    // new one is accepted.
    MysqlConnection app;
    QVERIFY2(app.open(appEndpoint(source.info(), source.info().address)), qPrintable(app.errorDetails()));
    QCOMPARE(app.scalar(QStringLiteral("SELECT email FROM sakila.customer WHERE customer_id = 7")),
        QByteArray("blocked@load.example"));
    QVERIFY2(app.exec(QStringLiteral(
                 "UPDATE sakila.customer SET email = 'after@load.example' WHERE customer_id = 7")),
        qPrintable(app.errorDetails()));
    MysqlConnection sourceRoot;
    QVERIFY(sourceRoot.open(rootEndpoint(source.info())));
    QCOMPARE(sourceRoot.scalar(QStringLiteral("SELECT @@global.read_only")), QByteArray("0"));
    auto maintenanceNow = connections->source().client->maintenance();
    QVERIFY(maintenanceNow);
    QVERIFY(!maintenanceNow.value());
    QCOMPARE(replicationLinks(rootEndpoint(target.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(target.info())), 0);
    QVERIFY(catchUpFailedMs > 0 && sourceBackMs > catchUpFailedMs);
    qInfo().noquote() << "fallback run took" << clock.elapsed() << "ms; the source served again"
                      << sourceBackMs - catchUpFailedMs << "ms after the catch-up gave up";
    QVERIFY(sourceBackMs - catchUpFailedMs < 10000);
}

void TstLowDowntime::privilegedWriteDuringMaintenanceIsCaughtUp()
{
    // An account with SUPER ignores read_only: a write it commits after the catch-up read the
    // source's final position must still reach the target before the link goes.
    SandboxAppliance source(QStringLiteral("repl-su-src"), QStringLiteral("127.0.126.1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("repl-su-tgt"), QStringLiteral("127.0.126.2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LowDowntime;
    options.catchUpTimeoutSeconds = 30;
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options);
    auto operations = OperationFactory::createAll(plan, connections);
    const qsizetype maintenance = plan.indexOf(OperationKind::EnterMaintenance);
    std::atomic<qint64> lockId { 0 };
    operations.insert(operations.begin() + maintenance,
        std::make_shared<HoldReplicationStep>(
            rootEndpoint(target.info()), appEndpoint(source.info(), source.info().address), &lockId));
    const int catchUpIndex = int(plan.indexOf(OperationKind::CatchUpData)) + 1;
    // A journal, to see the temporary accounts recorded while they exist.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.json")));
    QStringList ids;
    for (const auto &op : operations)
        ids.append(op->id());
    journal.begin(plan, ids);
    Runner runner(std::move(operations), plan.pointOfNoReturn() + 1, &journal);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    QStringList accountsDuringCatchUp;
    bool wrote = false;
    QString writeError;
    QStringList catchUpLines;
    connect(&runner, &Runner::operationLog, this, [&](int index, const QString &line) {
        if (index != catchUpIndex)
            return;
        catchUpLines.append(line);
        if (wrote)
            return;
        wrote = true;
        for (const QJsonValue &v : journal.temporaryResources())
            accountsDuringCatchUp.append(v.toObject().value(QLatin1String("side")).toString());
        // The catch-up has just read its final position; the replication is held behind the
        // lock, so it cannot have finished yet.
        MysqlConnection sourceRoot;
        if (!sourceRoot.open(rootEndpoint(source.info()))
            || !sourceRoot.exec(QStringLiteral(
                "INSERT INTO sakila.actor (first_name, last_name) VALUES ('SUPER', 'AFTERFINAL')")))
            writeError = sourceRoot.errorDetails();
        MysqlConnection targetRoot;
        if (!targetRoot.open(rootEndpoint(target.info()))
            || !targetRoot.exec(QStringLiteral("KILL %1").arg(lockId.load())))
            writeError += targetRoot.errorDetails();
    });
    QSignalSpy finished(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(finished.wait(150000));
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY2(wrote && writeError.isEmpty(), qPrintable(writeError));
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    QVERIFY2(
        catchUpLines.join(QLatin1Char('\n')).contains(QLatin1String("further changes during maintenance")),
        qPrintable(catchUpLines.join(QLatin1Char('\n'))));
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(target.info())), qPrintable(t.errorDetails()));
    QCOMPARE(t.scalar(QStringLiteral("SELECT COUNT(*) FROM sakila.actor WHERE last_name = 'AFTERFINAL'")),
        QByteArray("1"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT email FROM sakila.customer WHERE customer_id = 7")),
        QByteArray("blocked@load.example"));
    QCOMPARE(replicationLinks(rootEndpoint(target.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);
    // While the catch-up ran, its two accounts (a source read account, a target write account)
    // were in the journal, and not the link's own source account, which must survive a resume.
    accountsDuringCatchUp.sort();
    QCOMPARE(accountsDuringCatchUp, QStringList({ QStringLiteral("source"), QStringLiteral("target") }));
    // Every step dropped and forgot its accounts.
    QVERIFY2(journal.temporaryResources().isEmpty(),
        qPrintable(QString::number(journal.temporaryResources().size())));
    qInfo().noquote() << "privileged-write run took" << clock.elapsed() << "ms";
}

void TstLowDowntime::resumeRemovesALinkStartedButNotRecorded()
{
    // A run killed between START SLAVE and the journal's "link started": the journal names the
    // replication account, and a link with it runs on the target. The resumed bulk copy must
    // take that link down before it copies again, and start its own.
    SandboxAppliance source(QStringLiteral("repl-kl-src"), QStringLiteral("127.0.127.1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("repl-kl-tgt"), QStringLiteral("127.0.127.2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);

    // The killed run's link: its account, and the link started at the source's current position.
    auto stray = connections->source().client->createDbAccount(
        ApplianceClient::DbAccess::Read, TemporaryDbAccounts::clientHostFor(source.info().address));
    QVERIFY(stray);
    const QString strayUser = stray.value().user;
    {
        MysqlEndpoint strayEndpoint;
        strayEndpoint.host = source.info().address;
        strayEndpoint.user = strayUser;
        strayEndpoint.password = stray.value().password;
        strayEndpoint.useTls = true;
        MysqlConnection sourceRoot;
        QVERIFY(sourceRoot.open(rootEndpoint(source.info())));
        BinlogPosition now;
        QVERIFY2(ReplicationLink::currentPosition(sourceRoot, &now, &error), qPrintable(error));
        ReplicationLink link(rootEndpoint(target.info()));
        QVERIFY2(link.start(strayEndpoint, now, &error), qPrintable(error));
    }
    QCOMPARE(replicationLinks(rootEndpoint(target.info())), 1);

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LowDowntime;
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options);
    std::vector<std::shared_ptr<Operation>> operations { std::make_shared<BulkCopyOperation>(
        connections, options) };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.begin(plan, { operations.front()->id() });
    journal.setPosition(0, QJsonObject { { QStringLiteral("replicationUser"), strayUser } });
    Runner runner(std::move(operations), 1, &journal);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    // Watch the target while the copy runs (once the snapshot is in the journal): the killed
    // run's link must be gone by then, or it writes into the tables being copied.
    bool strayDuringCopy = false;
    int copyLooks = 0;
    MysqlConnection watch;
    QVERIFY(watch.open(rootEndpoint(target.info())));
    QTimer look;
    look.setInterval(20);
    connect(&look, &QTimer::timeout, this, [&] {
        if (!journal.position(0).contains(QLatin1String("snapshot"))
            || journal.position(0).contains(QLatin1String("linkStarted")))
            return;
        ++copyLooks;
        QList<MysqlConnection::Row> links;
        QStringList columns;
        if (watch.query(QStringLiteral("SHOW ALL SLAVES STATUS"), &links, &columns)) {
            const qsizetype user = columns.indexOf(QStringLiteral("Master_User"));
            for (const auto &row : links)
                if (row.value(user) == strayUser.toUtf8())
                    strayDuringCopy = true;
        }
    });
    look.start();
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(90000));
    look.stop();
    qInfo().noquote() << "looked at the target" << copyLooks << "times during the copy";
    QVERIFY(copyLooks > 0);
    QVERIFY(!strayDuringCopy);
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));

    // One link, the new one, healthy; the killed run's account is gone.
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(target.info())), qPrintable(t.errorDetails()));
    QList<MysqlConnection::Row> rows;
    QVERIFY2(t.query(QStringLiteral("SHOW ALL SLAVES STATUS"), &rows), qPrintable(t.errorDetails()));
    QCOMPARE(rows.size(), 1);
    ReplicationLink link(rootEndpoint(target.info()));
    ReplicaStatus status;
    QVERIFY2(link.status(&status, &error), qPrintable(error));
    QVERIFY(status.configured && !status.hasError());
    QVERIFY(status.masterUser != strayUser);
    MysqlConnection s;
    QVERIFY(s.open(rootEndpoint(source.info())));
    QCOMPARE(s.scalar(QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE User = '%1'").arg(strayUser)),
        QByteArray("0"));
    const auto sourceSums = checksums(rootEndpoint(source.info()), QStringLiteral("sakila"));
    QCOMPARE(checksums(rootEndpoint(target.info()), QStringLiteral("sakila")), sourceSums);
    QVERIFY2(link.remove(&error), qPrintable(error));
}

void TstLowDowntime::replicationAccountCanOnlyReplicate()
{
    // applianced's "replication" account: enough for a link to log in and stream, nothing else.
    SandboxAppliance source(QStringLiteral("repl-ra-src"), QStringLiteral("127.0.128.1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("repl-ra-tgt"), QStringLiteral("127.0.128.2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    auto created
        = connections->source().client->request("POST", QStringLiteral("/api/v1/migration/db-account"),
            QJsonObject { { QStringLiteral("access"), QStringLiteral("replication") },
                { QStringLiteral("clientHost"), TemporaryDbAccounts::clientHostFor(source.info().address) } },
            true);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().technicalSummary()));
    MysqlEndpoint replication;
    replication.host = source.info().address;
    replication.user = created.value().value(QLatin1String("user")).toString();
    replication.password = created.value().value(QLatin1String("password")).toString().toUtf8();
    replication.useTls = true;

    // It reads no data.
    MysqlConnection direct;
    QVERIFY2(direct.open(replication), qPrintable(direct.errorDetails()));
    QVERIFY(!direct.exec(QStringLiteral("SELECT * FROM sakila.actor LIMIT 1")));
    QVERIFY(!direct.exec(QStringLiteral("SELECT * FROM mysql.user LIMIT 1")));
    direct.close();

    // A link logs in with it and applies a change made on the source.
    MysqlConnection sourceRoot;
    QVERIFY(sourceRoot.open(rootEndpoint(source.info())));
    BinlogPosition from;
    QVERIFY2(ReplicationLink::currentPosition(sourceRoot, &from, &error), qPrintable(error));
    ReplicationLink link(rootEndpoint(target.info()));
    QVERIFY2(link.start(replication, from, &error), qPrintable(error));
    QVERIFY(sourceRoot.exec(QStringLiteral("CREATE DATABASE replprobe")));
    QVERIFY(sourceRoot.exec(QStringLiteral("CREATE TABLE replprobe.t (id INT PRIMARY KEY)")));
    QVERIFY(sourceRoot.exec(QStringLiteral("INSERT INTO replprobe.t VALUES (42)")));
    BinlogPosition until;
    QVERIFY2(ReplicationLink::currentPosition(sourceRoot, &until, &error), qPrintable(error));
    ReplicaStatus status;
    QVERIFY2(link.status(&status, &error), qPrintable(error));
    QVERIFY2(link.waitFor(until, status.usingGtid, 20000, &error) == 1,
        qPrintable(error + status.ioError + status.sqlError));
    MysqlConnection targetRoot;
    QVERIFY(targetRoot.open(rootEndpoint(target.info())));
    QCOMPARE(targetRoot.scalar(QStringLiteral("SELECT id FROM replprobe.t")), QByteArray("42"));
    QVERIFY2(link.remove(&error), qPrintable(error));
    QVERIFY(connections->source().client->dropDbAccount(replication.user));
}

void TstLowDowntime::cleanupTestCase() { }

QTEST_GUILESS_MAIN(TstLowDowntime)
#include "tst_lowdowntime.moc"
