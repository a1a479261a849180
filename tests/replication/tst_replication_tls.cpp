// SPDX-License-Identifier: GPL-3.0-or-later
// Verified replication links (issue 8). The target's MariaDB verifies the certificate of the
// database it replicates from against what that appliance's pinned API reports
// (GET /api/v1/database/certificate): a certificate that names the address the link uses is
// accepted, one that names another host stops the link at once with a translated message, and an
// HA run against such a master backs out with the group as it was and nothing lost.
// A group of a master (its database certificate names "db.elsewhere.test", not its address), the
// source (a replica of it, certificate for its address) and a target.
// Addresses: 127.0.215.1 (master), .2 (source), .3 (target).
#include "hagrouptestsupport.h"
#include "operations/replicationsteps.h"
#include "replication/catchupmonitor.h"

#include <QElapsedTimer>
#include <QSslCertificate>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::ha;

class TstReplicationTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkVerifiesTheSourcesCertificate();
    void linkRefusesACertificateForAnotherHost();
    void haRunWithARefusedMasterCertificateBacksOut();
    void cleanupTestCase();

private:
    /** Starts a low-downtime link from @p sourceInfo to the target as the engine does; returns its status. */
    void startLink(const SandboxInfo &sourceInfo, MysqlEndpoint *write, MysqlEndpoint *linkAccount,
        std::shared_ptr<ApplianceConnections> *connections);

    std::unique_ptr<SandboxAppliance> m_master;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    QTemporaryDir m_dataDir;
};

void TstReplicationTls::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
    QVERIFY(m_dataDir.isValid());
    qputenv("CUTOVER_DATA_DIR", m_dataDir.path().toUtf8());
    SandboxAppliance::Options masterOptions;
    masterOptions.role = QStringLiteral("master");
    masterOptions.dbCertHost = QStringLiteral("db.elsewhere.test");
    m_master = std::make_unique<SandboxAppliance>(
        QStringLiteral("rtls-m"), QStringLiteral("127.0.215.1"), masterOptions);
    QString error;
    QVERIFY2(m_master->start(&error), qPrintable(error));
    {
        MysqlConnection root;
        QVERIFY2(root.open(rootEndpoint(m_master->info())), qPrintable(root.errorDetails()));
        QVERIFY2(root.exec(QStringLiteral("CREATE TABLE sakila.ha_probe (id INT AUTO_INCREMENT PRIMARY KEY, "
                                          "note VARCHAR(64) NOT NULL)")),
            qPrintable(root.errorDetails()));
    }
    SandboxAppliance::Options sourceOptions;
    sourceOptions.role = QStringLiteral("replica");
    sourceOptions.peer = QStringLiteral("rtls-m");
    m_source = std::make_unique<SandboxAppliance>(
        QStringLiteral("rtls-s"), QStringLiteral("127.0.215.2"), sourceOptions);
    QVERIFY2(m_source->start(&error), qPrintable(error));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    m_target = std::make_unique<SandboxAppliance>(
        QStringLiteral("rtls-t"), QStringLiteral("127.0.215.3"), targetOptions);
    QVERIFY2(m_target->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(scalar(rootEndpoint(m_source->info()),
                                 QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                "table_schema = 'sakila' AND table_name = 'ha_probe'"))
            == "1",
        20000);
}

void TstReplicationTls::startLink(const SandboxInfo &sourceInfo, MysqlEndpoint *write,
    MysqlEndpoint *linkAccount, std::shared_ptr<ApplianceConnections> *connections)
{
    *connections = connectBoth(sourceInfo, m_target->info());
    QVERIFY(*connections);
    auto &c = **connections;
    QVERIFY(ReplicationSteps::createAccount(c.target(), ApplianceClient::DbAccess::Write, write));
    bool unsupported = false;
    QVERIFY(ReplicationSteps::createReplicationAccount(c.source(), linkAccount, nullptr, &unsupported));
    QVERIFY(ReplicationSteps::trustSourceDatabase(c, linkAccount));
    // The CA the target keeps is a file on the target (here the same machine) with the source's
    // database CA in it.
    QVERIFY(!linkAccount->tlsCaFile.isEmpty());
    // … next to the target's own MariaDB certificate, where MariaDB can read (applianced's state
    // directory is private on a real appliance).
    QVERIFY2(linkAccount->tlsCaFile.contains(QLatin1String("/mariadb-tls/cutover-replication-ca/")),
        qPrintable(linkAccount->tlsCaFile));
    QFile ca(linkAccount->tlsCaFile);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const auto source = c.source().client->databaseCertificate();
    QVERIFY(source);
    QCOMPARE(QSslCertificate::fromData(ca.readAll()), QSslCertificate::fromData(source.value()));
    // Only certificates are kept: anything else is refused and writes nothing.
    const auto refused
        = c.target().client->trustReplicationCa("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), QStringLiteral("request.invalid_value"));

    BinlogPosition from;
    MysqlConnection sourceRoot;
    QVERIFY2(sourceRoot.open(rootEndpoint(sourceInfo)), qPrintable(sourceRoot.errorDetails()));
    QString error;
    QVERIFY2(ReplicationLink::currentPosition(sourceRoot, &from, &error), qPrintable(error));
    ReplicationLink link(*write);
    QVERIFY2(link.start(*linkAccount, from, &error), qPrintable(error));
}

void TstReplicationTls::linkVerifiesTheSourcesCertificate()
{
    MysqlEndpoint write, linkAccount;
    std::shared_ptr<ApplianceConnections> connections;
    startLink(m_source->info(), &write, &linkAccount, &connections);
    if (QTest::currentTestFailed())
        return;
    ReplicationLink link(write);
    ReplicaStatus status;
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(link.status(&status, &error) && status.ioRunning, 15000);
    QVERIFY(status.tlsVerified);
    QCOMPARE(status.ioErrno, 0u);
    // A write on the source reaches the target through the verified link (the target has no
    // sakila: a schema of its own).
    {
        MysqlConnection root;
        QVERIFY(root.open(rootEndpoint(m_source->info())));
        // A domain of its own: the group's domain keeps only the master's transactions.
        QVERIFY(root.exec(QStringLiteral("SET SESSION gtid_domain_id = 99")));
        QVERIFY2(root.exec(QStringLiteral("CREATE DATABASE rtls_probe")), qPrintable(root.errorDetails()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(scalar(rootEndpoint(m_target->info()),
                                  QStringLiteral("SELECT COUNT(*) FROM information_schema.schemata WHERE "
                                                 "schema_name = 'rtls_probe'")),
        QByteArray("1"), 15000);
    QVERIFY(ReplicationSteps::removeLink(*connections, linkAccount.user));
    ReplicationSteps::dropAccount(connections->target(), &write);
    {
        MysqlConnection root;
        QVERIFY(root.open(rootEndpoint(m_source->info())));
        QVERIFY(root.exec(QStringLiteral("SET SESSION sql_log_bin = 0")));
        QVERIFY(root.exec(QStringLiteral("DROP DATABASE rtls_probe")));
        MysqlConnection target;
        QVERIFY(target.open(rootEndpoint(m_target->info())));
        QVERIFY(target.exec(QStringLiteral("DROP DATABASE rtls_probe")));
    }
    QCOMPARE(replicationLinks(rootEndpoint(m_target->info())), 0);
    connections->disconnectAll();
}

void TstReplicationTls::linkRefusesACertificateForAnotherHost()
{
    // The master's database certificate chains to the CA its API reports but names another host:
    // the link does not run, and the wait the bulk copy and the catch-up use fails at once with a
    // translated message (instead of retrying until its timeout).
    MysqlEndpoint write, linkAccount;
    std::shared_ptr<ApplianceConnections> connections;
    startLink(m_master->info(), &write, &linkAccount, &connections);
    if (QTest::currentTestFailed())
        return;
    ReplicationLink link(write);
    MysqlConnection masterRoot;
    QVERIFY(masterRoot.open(rootEndpoint(m_master->info())));
    CatchUpMonitor monitor(link, masterRoot, true);
    std::atomic<bool> cancel { false };
    QElapsedTimer clock;
    clock.start();
    const auto outcome = monitor.waitUntilClose(30000, cancel);
    QCOMPARE(outcome, CatchUpMonitor::Outcome::Failed);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(monitor.linkError().contains(QLatin1String("certificate"))
            && monitor.linkError().contains(m_master->info().address),
        qPrintable(monitor.linkError()));
    ReplicaStatus status;
    QString error;
    QVERIFY(link.status(&status, &error));
    QVERIFY(!status.ioRunning);
    QCOMPARE(status.ioErrno, ReplicaStatus::kTlsHandshakeFailed);
    QVERIFY(ReplicationSteps::removeLink(*connections, linkAccount.user));
    ReplicationSteps::dropAccount(connections->target(), &write);
    QCOMPARE(replicationLinks(rootEndpoint(m_target->info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(m_master->info())), 0);
    connections->disconnectAll();
}

void TstReplicationTls::haRunWithARefusedMasterCertificateBacksOut()
{
    // The HA plan with that master: the target's link to it is refused at once
    // (ha.master_certificate, not the 15 s of ha.master_unreachable), the run backs out, the group
    // is as it was and every write the master acknowledged reaches the source again.
    const HaInfo masterBefore = haOf(m_master->info());
    auto connections = connectBoth(m_source->info(), m_target->info());
    QVERIFY(connections);
    HaGroup::Credentials master;
    master.fingerprint = m_master->info().tlsSha256;
    master.password = m_master->info().adminPassword.toUtf8();
    HaGroup::setCredentials(*connections, master);

    MasterWriter writer(appEndpoint(m_master->info(), m_master->info().address));
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > 20, 10000);
    const MigrationPlan plan = PlanBuilder::build(SourceRole::HaReplica, MigrationOptions {});
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
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(finished.wait(240000));
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const Result result = finished.first().at(1).value<Result>();
    HaGroup::release(*connections);
    qInfo("HA run with a refused master certificate: backed out after %lld ms", clock.elapsed());
    writer.stop();

    QVERIFY2(outcome == Runner::Outcome::BackedOut,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    QCOMPARE(result.code(), QStringLiteral("ha.master_certificate"));
    QVERIFY2(result.message().contains(m_master->info().address), qPrintable(result.message()));
    QCOMPARE(writer.refused.load(), 0); // the master served throughout

    // The group as it was: round-robin list, the source replicating again (and catching up with
    // every acknowledged write) and out of maintenance, no link or login of the run left.
    const HaInfo masterAfter = haOf(m_master->info());
    QCOMPARE(masterAfter.roundRobinHosts, masterBefore.roundRobinHosts);
    QCOMPARE(masterAfter.removedRoundRobinHosts, masterBefore.removedRoundRobinHosts);
    QTRY_VERIFY_WITH_TIMEOUT(haOf(m_source->info()).replication.ioRunning, 20000);
    const QString lastId = QString::number(writer.ids.constLast());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(rootEndpoint(m_source->info()),
            QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe WHERE id = %1").arg(lastId)),
        QByteArray("1"), 20000);
    QCOMPARE(scalar(rootEndpoint(m_source->info()), QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")),
        scalar(rootEndpoint(m_master->info()), QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")));
    QCOMPARE(scalar(rootEndpoint(m_source->info()), QStringLiteral("SELECT @@read_only")), QByteArray("0"));
    QCOMPARE(replicationLinks(rootEndpoint(m_target->info())), 0);
    QCOMPARE(countAccounts(rootEndpoint(m_master->info()), "cutover\\_ha\\_"), 0);
    for (const auto *a : { m_master.get(), m_source.get(), m_target.get() })
        QCOMPARE(migrationAccounts(rootEndpoint(a->info())), 0);
}

void TstReplicationTls::cleanupTestCase()
{
    m_target.reset();
    m_source.reset();
    m_master.reset();
}

QTEST_GUILESS_MAIN(TstReplicationTls)
#include "tst_replication_tls.moc"
