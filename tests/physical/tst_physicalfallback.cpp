// SPDX-License-Identifier: GPL-3.0-or-later
//
// When the physical copy (issue 9) cannot be used, the logical copy runs and the engine says why:
// different MariaDB major versions, a target with a database the source lacks, the option turned
// off (`--logical-copy`), and `cutover-cli check` printing the path. Addresses: 127.0.189.x
// (versions differ), 127.0.190.x (a database only the target has, and the CLI).
#include "../cli/clitestsupport.h"
#include "operations/operationfactory.h"
#include "operations/physicalcopyoperation.h"
#include "physicaltestsupport.h"
#include "plan/copypath.h"
#include "plan/planbuilder.h"
#include "runner/runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

class TstPhysicalFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choiceWithoutAppliances();
    void differentMajorVersionsCopyLogically();
    void targetDatabaseKeepsTheLogicalCopy();
};

void TstPhysicalFallback::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
}

void TstPhysicalFallback::choiceWithoutAppliances()
{
    SystemInfo source;
    source.database.flavor = QStringLiteral("MariaDB");
    source.database.version = QStringLiteral("10.11.6-MariaDB-0+deb12u1-log");
    source.dataBytes = 1000;
    SystemInfo target = source;
    target.disk.freeBytes = -1;
    MigrationOptions options;
    using R = CopyPathChoice::Reason;
    QCOMPARE(CopyPath::choose(SourceRole::Standalone, options, source, target).reason, R::Eligible);
    QCOMPARE(CopyPath::choose(SourceRole::HaMaster, options, source, target).reason, R::HighAvailability);
    MigrationOptions rehearsal = options;
    rehearsal.rehearsal = true;
    QCOMPARE(CopyPath::choose(SourceRole::Standalone, rehearsal, source, target).reason, R::Rehearsal);
    MigrationOptions off = options;
    off.physicalCopy = false;
    QCOMPARE(CopyPath::choose(SourceRole::Standalone, off, source, target).reason, R::OptionOff);
    SystemInfo mysql = target;
    mysql.database.flavor = QStringLiteral("MySQL");
    mysql.database.version = QStringLiteral("8.0.36");
    QCOMPARE(CopyPath::choose(SourceRole::Standalone, options, mysql, target).reason, R::NotMariaDb);
    SystemInfo small = target;
    small.disk.freeBytes = 10;
    QCOMPARE(CopyPath::choose(SourceRole::Standalone, options, source, small).reason, R::TargetDisk);
    SystemInfo extra = target;
    extra.database.schemasKnown = true;
    extra.database.schemas = QStringList { QStringLiteral("keepme"), QStringLiteral("mysql") };
    const auto c = CopyPath::choose(SourceRole::Standalone, options, source, extra);
    QCOMPARE(c.reason, R::TargetSchemas);
    QCOMPARE(c.extraTargetSchemas, QStringList { QStringLiteral("keepme") });
    QVERIFY(c.explanation().contains(QLatin1String("keepme")));
    // Without the engine's judgement the plan is logical; with it, the physical step replaces the
    // bulk copy (low downtime) or the copy (offline), before the point of no return.
    options.mode = MigrationOptions::Mode::LowDowntime;
    const auto eligible = CopyPath::choose(SourceRole::Standalone, options, source, target);
    QVERIFY(!PlanBuilder::build(SourceRole::Standalone, options).contains(OperationKind::PhysicalCopyData));
    const auto low = PlanBuilder::build(SourceRole::Standalone, options, eligible);
    QVERIFY(low.contains(OperationKind::CatchUpData));
    QVERIFY(low.indexOf(OperationKind::PhysicalCopyData) < low.indexOf(OperationKind::EnterMaintenance));
    options.mode = MigrationOptions::Mode::Offline;
    const auto offline = PlanBuilder::build(SourceRole::Standalone, options, eligible);
    QVERIFY(!offline.contains(OperationKind::CopyData));
    QVERIFY(
        offline.indexOf(OperationKind::PhysicalCopyData) > offline.indexOf(OperationKind::EnterMaintenance));
    QVERIFY(offline.isReversible(offline.indexOf(OperationKind::PhysicalCopyData)));
    QVERIFY(!PlanBuilder::build(SourceRole::Standalone, rehearsal, eligible)
                 .contains(OperationKind::PhysicalCopyData));
}

void TstPhysicalFallback::differentMajorVersionsCopyLogically()
{
    // The source reports an older major version (the sandbox's --db-version): an upgrade, which
    // the logical copy can do and the physical one cannot.
    SandboxAppliance::Options old;
    old.dbVersion = QStringLiteral("10.6.5-MariaDB");
    SandboxAppliance source(QStringLiteral("phys-fv-src"), QStringLiteral("127.0.189.1"), old);
    SandboxAppliance::Options empty;
    empty.dataset = QStringLiteral("none");
    SandboxAppliance target(QStringLiteral("phys-fv-tgt"), QStringLiteral("127.0.189.2"), empty);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::Offline;
    const auto choice = CopyPath::choose(
        SourceRole::Standalone, options, connections->source().info, connections->target().info);
    QCOMPARE(choice.reason, CopyPathChoice::Reason::VersionDiffers);
    QCOMPARE(choice.sourceVersion, QStringLiteral("10.6"));
    QVERIFY(choice.explanation().contains(QLatin1String("10.6")));
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options, choice);
    QVERIFY(!plan.contains(OperationKind::PhysicalCopyData));
    const qsizetype copy = plan.indexOf(OperationKind::CopyData);
    QVERIFY(copy >= 0);
    // The logical copy runs and verifies.
    auto operations = OperationFactory::createAll(plan, connections);
    operations.resize(copy + 1);
    Runner runner(std::move(operations), copy + 1);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(150000));
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY2(finished.first().at(0).value<Runner::Outcome>() == Runner::Outcome::Succeeded,
        qPrintable(result.code() + QLatin1Char(' ') + result.message()));
    QCOMPARE(checksums(rootEndpoint(target.info()), QStringLiteral("sakila")),
        checksums(rootEndpoint(source.info()), QStringLiteral("sakila")));
}

void TstPhysicalFallback::targetDatabaseKeepsTheLogicalCopy()
{
    SandboxAppliance source(QStringLiteral("phys-fs-src"), QStringLiteral("127.0.190.1"));
    SandboxAppliance target(QStringLiteral("phys-fs-tgt"), QStringLiteral("127.0.190.2"));
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    QVERIFY2(rootExec(target.info(),
                 { QStringLiteral("CREATE DATABASE keepme"),
                     QStringLiteral("CREATE TABLE keepme.t (id INT PRIMARY KEY)"),
                     QStringLiteral("INSERT INTO keepme.t VALUES (42)") },
                 &error),
        qPrintable(error));
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);
    MigrationOptions options;
    options.mode = MigrationOptions::Mode::Offline;
    const auto choice = CopyPath::choose(
        SourceRole::Standalone, options, connections->source().info, connections->target().info);
    if (connections->target().info.database.schemasKnown) {
        // The appliances report their databases: the plan already knows.
        QCOMPARE(choice.reason, CopyPathChoice::Reason::TargetSchemas);
    }
    // Whatever the plan says, the physical copy itself looks before it asks for a backup, and
    // refuses without changing anything.
    {
        auto copy = std::make_shared<PhysicalCopyOperation>(connections, options);
        std::vector<std::shared_ptr<Operation>> operations { copy };
        Runner runner(std::move(operations), 1);
        runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
        QSignalSpy finished(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<Result>();
        QCOMPARE(finished.first().at(0).value<Runner::Outcome>(), Runner::Outcome::BackedOut);
        QCOMPARE(result.code(), QStringLiteral("physical.target_schemas"));
        QVERIFY(result.message().contains(QLatin1String("keepme")));
        QVERIFY(result.message().contains(QLatin1String("--logical-copy")));
    }
    MysqlConnection t;
    QVERIFY(t.open(rootEndpoint(target.info())));
    QCOMPARE(t.scalar(QStringLiteral("SELECT id FROM keepme.t")), QByteArray("42"));
    QCOMPARE(migrationAccounts(rootEndpoint(target.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);

    // cutover-cli check says which path and why: logical here (when the appliances report their
    // databases), physical once the extra database is gone, logical with --logical-copy.
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
    QTemporaryDir data;
    const auto env = cliEnvironment(data.path(), source, target, QStringLiteral("127.0.190.53"));
    const QStringList check { QStringLiteral("check"), QStringLiteral("--source"), source.info().address,
        QStringLiteral("--target"), target.info().address, QStringLiteral("--trust-source"),
        source.info().tlsSha256, QStringLiteral("--trust-target"), target.info().tlsSha256,
        QStringLiteral("--json") };
    auto pathOf = [](const CliRun &run) {
        return run.event(QStringLiteral("plan")).value(QStringLiteral("copyPath")).toObject();
    };
    if (connections->target().info.database.schemasKnown) {
        const CliRun run = runCli(check, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(pathOf(run).value(QStringLiteral("reason")).toString(), QStringLiteral("target-schemas"));
    }
    QVERIFY(t.exec(QStringLiteral("DROP DATABASE keepme")));
    CliRun run = runCli(check, env);
    QVERIFY2(run.exitCode == 0, run.stderrText.constData());
    QCOMPARE(pathOf(run).value(QStringLiteral("path")).toString(), QStringLiteral("physical"));
    QVERIFY(pathOf(run).value(QStringLiteral("explanation")).toString().contains(QLatin1String("MariaDB")));
    bool planHasPhysical = false;
    for (const auto &step : run.event(QStringLiteral("plan")).value(QStringLiteral("steps")).toArray())
        planHasPhysical
            |= step.toObject().value(QStringLiteral("id")).toString() == QLatin1String("physical-copy-data");
    QVERIFY(planHasPhysical);
    run = runCli(check + QStringList { QStringLiteral("--logical-copy") }, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(pathOf(run).value(QStringLiteral("path")).toString(), QStringLiteral("logical"));
    QCOMPARE(pathOf(run).value(QStringLiteral("reason")).toString(), QStringLiteral("option-off"));
}

QTEST_GUILESS_MAIN(TstPhysicalFallback)
#include "tst_physicalfallback.moc"
