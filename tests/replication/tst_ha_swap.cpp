// SPDX-License-Identifier: GPL-3.0-or-later
// A high-availability source migrated with Swap Configuration (issue 8): the target takes the
// source's place in the group *and* its address. A group of a master and the source (a replica of
// it) and a target; the HA plan with swapConfiguration runs while an application writes to the
// master. Afterwards the target serves at the source's old address, replicates from the master
// (verifying its database certificate) with every acknowledged write, and the master's
// round-robin list names the source's old address, which is the target's now.
// Addresses: 127.0.216.1 (master), .2 (source), .3 (target).
#include "hagrouptestsupport.h"

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::ha;

class TstHaSwap : public QObject, protected HaGroupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targetTakesTheSourcesPlaceAndAddress();
    void cleanupTestCase();
};

void TstHaSwap::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
    QVERIFY(m_dataDir.isValid());
    qputenv("CUTOVER_DATA_DIR", m_dataDir.path().toUtf8());
    startGroup(QStringLiteral("hswap"), QStringLiteral("127.0.216"), &m_master, &m_source, &m_target);
}

void TstHaSwap::targetTakesTheSourcesPlaceAndAddress()
{
    auto connections = connectBoth(m_source->info(), m_target->info());
    QVERIFY(connections);
    HaGroup::Credentials master;
    master.fingerprint = m_master->info().tlsSha256;
    master.password = m_master->info().adminPassword.toUtf8();
    HaGroup::setCredentials(*connections, master);
    const QString targetMachine = connections->target().info.machineId;
    QVERIFY(!targetMachine.isEmpty());

    MigrationOptions options;
    options.swapConfiguration = true;
    const MigrationPlan plan = PlanBuilder::build(SourceRole::HaReplica, options);
    MasterWriter writer(appEndpoint(m_master->info(), m_master->info().address));
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > 20, 10000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Journal journal(dir.filePath(QStringLiteral("journal.json")));
    auto operations = OperationFactory::createAll(plan, connections);
    QStringList ids;
    for (const auto &op : operations)
        ids.append(op->id());
    journal.begin(plan, ids);
    Runner runner(std::move(operations), plan.pointOfNoReturn(), &journal);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(240000));
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const Result result = finished.first().at(1).value<Result>();
    HaGroup::release(*connections);
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    const qint64 atEnd = writer.acknowledged;
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > atEnd + 20, 10000);
    writer.stop();
    QCOMPARE(writer.refused.load(), 0); // the master served throughout

    const QString masterAddress = m_master->info().address;
    const QString sourceAddress = m_source->info().address;
    // The target answers at the source's old address now.
    QCOMPARE(connections->target().address, sourceAddress);
    SandboxInfo targetNow = m_target->info();
    targetNow.address = sourceAddress;
    targetNow.tlsSha256 = connections->target().fingerprint;
    ApplianceConnections::Side probe;
    probe.address = sourceAddress;
    probe.fingerprint = connections->target().fingerprint;
    probe.password = m_target->info().adminPassword.toUtf8();
    QVERIFY(ApplianceConnections::connect(probe));
    QCOMPARE(probe.info.machineId, targetMachine);
    // It replicates from the master, verified, with every acknowledged write.
    auto ha = probe.client->ha();
    QVERIFY(ha);
    QCOMPARE(ha.value().replication.sourceHost, masterAddress);
    QTRY_VERIFY_WITH_TIMEOUT((ha = probe.client->ha()) && ha.value().replication.ioRunning, 30000);
    QVERIFY2(ha.value().replication.sqlRunning, qPrintable(ha.value().replication.lastError));
    QVERIFY(ha.value().replication.tlsVerified);
    const MysqlEndpoint targetRoot = rootEndpoint(targetNow);
    const QString lastId = QString::number(writer.ids.constLast());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe WHERE id = %1").arg(lastId)),
        QByteArray("1"), 30000);
    QCOMPARE(scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")),
        scalar(rootEndpoint(m_master->info()), QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")));
    // The master's round-robin list names the source's old address (the target's now) again.
    const HaInfo masterHa = haOf(m_master->info());
    QVERIFY2(masterHa.roundRobinHosts.contains(sourceAddress),
        qPrintable(masterHa.roundRobinHosts.join(QLatin1Char(','))));
    QVERIFY(masterHa.removedRoundRobinHosts.isEmpty());
    QCOMPARE(migrationAccounts(rootEndpoint(m_master->info())), 0);
    QCOMPARE(migrationAccounts(targetRoot), 0);
    QCOMPARE(replicationLinks(targetRoot), 1);
}

void TstHaSwap::cleanupTestCase()
{
    m_target.reset();
    m_source.reset();
    m_master.reset();
}

QTEST_GUILESS_MAIN(TstHaSwap)
#include "tst_ha_swap.moc"
