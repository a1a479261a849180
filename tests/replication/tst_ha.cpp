// SPDX-License-Identifier: GPL-3.0-or-later
// A high-availability source, with real MariaDB replication: a group of a master and the source
// (a replica of it), plus a target. The HA plan runs while an application keeps writing to the
// master. First a target that cannot replicate from the master (its database has the master's
// server ID) backs out and leaves the group as it was; then the target takes the source's place.
// Addresses: 127.0.74.1 (master), .2 (source), .3 (target).
#include "hagrouptestsupport.h"

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::ha;

class TstHa : public QObject, protected HaGroupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preflightFindsAndTrustsTheMaster();
    void targetThatCannotReplicateBacksOut();
    void killedActivationResumes();
    void targetTakesTheSourcesPlace();
    void cleanupTestCase();
};

void TstHa::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
    // The trust store and journal of this test stay in its own directory.
    QVERIFY(m_dataDir.isValid());
    qputenv("CUTOVER_DATA_DIR", m_dataDir.path().toUtf8());
    startGroup(QStringLiteral("ha"), QStringLiteral("127.0.74"), &m_master, &m_source, &m_target);
    if (QTest::currentTestFailed())
        return;
    const HaInfo sourceHa = haOf(m_source->info());
    QCOMPARE(sourceHa.role, QStringLiteral("replica"));
    QVERIFY(sourceHa.replication.ioRunning && sourceHa.replication.sqlRunning);
    QCOMPARE(sourceHa.replication.sourceHost, m_master->info().address);
    // The group's own link is encrypted and verifies the master's certificate (the sandbox's group).
    QVERIFY(sourceHa.replication.tlsVerified);
    const HaInfo masterHa = haOf(m_master->info());
    QVERIFY2(masterHa.roundRobinHosts.contains(m_source->info().address),
        qPrintable(masterHa.roundRobinHosts.join(QLatin1Char(','))));
}

void TstHa::preflightFindsAndTrustsTheMaster()
{
    checkPreflightFindsAndTrustsTheMaster(QStringLiteral("hotspot-ha-s.example.test"));
}

void TstHa::targetThatCannotReplicateBacksOut()
{
    // A target whose database has the master's server ID cannot replicate from it (MariaDB refuses
    // equal IDs), a real fault of appliances cloned from one image.
    const MysqlEndpoint targetRoot = rootEndpoint(m_target->info());
    const QByteArray ownId = scalar(targetRoot, QStringLiteral("SELECT @@server_id"));
    const QByteArray masterId = scalar(rootEndpoint(m_master->info()), QStringLiteral("SELECT @@server_id"));
    {
        MysqlConnection root;
        QVERIFY2(root.open(targetRoot), qPrintable(root.errorDetails()));
        QVERIFY(root.exec(QStringLiteral("SET GLOBAL server_id = %1").arg(QString::fromLatin1(masterId))));
    }
    const HaInfo masterBefore = haOf(m_master->info());

    MasterWriter writer(appEndpoint(m_master->info(), m_master->info().address));
    Runner::Outcome outcome {};
    Result result;
    run(&outcome, &result, &writer);
    writer.stop();
    {
        MysqlConnection root;
        QVERIFY2(root.open(targetRoot), qPrintable(root.errorDetails()));
        QVERIFY(root.exec(QStringLiteral("SET GLOBAL server_id = %1").arg(QString::fromLatin1(ownId))));
    }
    QVERIFY2(outcome == Runner::Outcome::BackedOut,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    QCOMPARE(result.code(), QStringLiteral("ha.master_unreachable"));
    QVERIFY2(result.details().contains(QLatin1String("server id"), Qt::CaseInsensitive),
        qPrintable(result.details()));

    // The master served throughout.
    QCOMPARE(writer.refused.load(), 0);
    // The group is as it was: the round-robin list, the source replicating (and catching up with
    // the writes of the run), out of maintenance; no account or link of the run left.
    const HaInfo masterAfter = haOf(m_master->info());
    QVERIFY2(masterAfter.roundRobinHosts == masterBefore.roundRobinHosts
            && masterAfter.removedRoundRobinHosts == masterBefore.removedRoundRobinHosts,
        qPrintable(QStringLiteral("before %1 / %2, after %3 / %4")
                       .arg(masterBefore.roundRobinHosts.join(QLatin1Char(',')),
                           masterBefore.removedRoundRobinHosts.join(QLatin1Char(',')),
                           masterAfter.roundRobinHosts.join(QLatin1Char(',')),
                           masterAfter.removedRoundRobinHosts.join(QLatin1Char(',')))));
    QTRY_VERIFY_WITH_TIMEOUT(haOf(m_source->info()).replication.ioRunning, 20000);
    QVERIFY(haOf(m_source->info()).replication.sqlRunning);
    const QString lastId = QString::number(writer.ids.constLast());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(rootEndpoint(m_source->info()),
            QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe WHERE id = %1").arg(lastId)),
        QByteArray("1"), 20000);
    QCOMPARE(scalar(rootEndpoint(m_source->info()), QStringLiteral("SELECT @@read_only")), QByteArray("0"));
    QVERIFY(!haOf(m_target->info(), m_targetFingerprint).replication.configured);
    QCOMPARE(countAccounts(rootEndpoint(m_master->info()), "cutover\\_ha\\_"), 0);
    for (const auto *a : { m_master.get(), m_source.get(), m_target.get() })
        QCOMPARE(migrationAccounts(rootEndpoint(a->info())), 0);
}

void TstHa::killedActivationResumes()
{
    // The steps up to "Copy data and activate replica" run one by one, each with its position kept
    // as the journal keeps it; the activation is stopped right after the target's link started
    // (no rollback: as if the process had been killed), then a new process — new connections, new
    // operation objects, only the positions — resumes it, and finally backs the whole run out.
    const MigrationPlan plan = PlanBuilder::build(SourceRole::HaReplica, MigrationOptions {});
    const qsizetype activate = plan.indexOf(OperationKind::CopyDataActivateReplica);
    const HaInfo masterBefore = haOf(m_master->info());
    QList<QJsonObject> positions(activate + 1);
    ProgressSink sink;
    auto runStep = [&](const std::shared_ptr<Operation> &op, qsizetype i, CancellationToken &token,
                       QStringList *lines, bool rollback) {
        OperationContext context(
            sink, token, positions.at(i), [&positions, i](const QJsonObject &p) { positions[i] = p; },
            [&](const QString &line) {
                if (lines)
                    lines->append(line);
                if (line.startsWith(QLatin1String("The target replicates from the master")))
                    token.cancel();
            });
        context.setResumed(!positions.at(i).isEmpty());
        return rollback ? op->rollback(context) : op->run(context);
    };
    {
        auto connections = connectGroup();
        QVERIFY(connections);
        auto operations = OperationFactory::createAll(plan, connections);
        for (qsizetype i = 0; i <= activate; ++i) {
            CancellationToken token;
            const Result r = runStep(operations.at(i), i, token, nullptr, false);
            if (i < activate)
                QVERIFY2(r, qPrintable(operations.at(i)->id() + QLatin1Char(' ') + r.message()));
            else
                QVERIFY2(r.isCancelled(), qPrintable(r.code() + QLatin1Char(' ') + r.message()));
        }
        connections->disconnectAll();
        HaGroup::release(*connections);
    }
    const QJsonObject killed = positions.at(activate);
    QVERIFY(killed.value(QLatin1String("copied")).toBool());
    QVERIFY(killed.value(QLatin1String("linkStarted")).toBool());
    const QString account = killed.value(QLatin1String("account")).toString();
    QVERIFY(account.startsWith(QLatin1String("cutover_ha_")));
    QVERIFY(!QJsonDocument(killed).toJson().contains(m_master->info().adminPassword.toUtf8()));

    auto connections = connectGroup();
    QVERIFY(connections);
    auto operations = OperationFactory::createAll(plan, connections);
    QStringList lines;
    CancellationToken token;
    {
        // The resumed activation neither copies again nor makes a second login on the master.
        OperationContext context(
            sink, token, killed, [&positions, activate](const QJsonObject &p) { positions[activate] = p; },
            [&](const QString &line) { lines.append(line); });
        context.setResumed(true);
        const Result r = operations.at(activate)->run(context);
        QVERIFY2(r, qPrintable(r.code() + QLatin1Char(' ') + r.message() + QLatin1Char(' ') + r.details()));
    }
    QCOMPARE(positions.at(activate).value(QLatin1String("account")).toString(), account);
    QCOMPARE(countAccounts(rootEndpoint(m_master->info()), "cutover\\_ha\\_"), 1);
    const HaInfo targetHa = haOf(m_target->info());
    QVERIFY(targetHa.replication.ioRunning && targetHa.replication.sqlRunning);

    // Backing the resumed run out leaves the group as it was.
    for (qsizetype i = activate; i >= 0; --i) {
        CancellationToken never;
        OperationContext context(sink, never, positions.at(i));
        if (operations.at(i)->canRollback()) {
            const Result r = operations.at(i)->rollback(context);
            QVERIFY2(r, qPrintable(operations.at(i)->id() + QLatin1Char(' ') + r.message()));
        }
    }
    connections->disconnectAll();
    HaGroup::release(*connections);
    const HaInfo masterAfter = haOf(m_master->info());
    QCOMPARE(masterAfter.roundRobinHosts, masterBefore.roundRobinHosts);
    QCOMPARE(masterAfter.removedRoundRobinHosts, masterBefore.removedRoundRobinHosts);
    QCOMPARE(countAccounts(rootEndpoint(m_master->info()), "cutover\\_ha\\_"), 0);
    QVERIFY(!haOf(m_target->info()).replication.configured);
    QTRY_VERIFY_WITH_TIMEOUT(haOf(m_source->info()).replication.ioRunning, 20000);
    QCOMPARE(scalar(rootEndpoint(m_source->info()), QStringLiteral("SELECT @@read_only")), QByteArray("0"));
}

void TstHa::targetTakesTheSourcesPlace()
{
    MasterWriter writer(appEndpoint(m_master->info(), m_master->info().address));
    Runner::Outcome outcome {};
    Result result;
    run(&outcome, &result, &writer);
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));
    // Writes go on a moment after the run: they must reach the target through its new link.
    const qint64 atEnd = writer.acknowledged;
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > atEnd + 20, 10000);
    writer.stop();
    QCOMPARE(writer.refused.load(), 0); // the master served throughout
    QVERIFY(writer.ids.size() > 40);

    const QString master = m_master->info().address;
    const QString source = m_source->info().address;
    const QString target = m_target->info().address;
    // The target replicates from the master in place of the source.
    const HaInfo targetHa = haOf(m_target->info(), m_targetFingerprint);
    QVERIFY(targetHa.replication.configured);
    QCOMPARE(targetHa.replication.sourceHost, master);
    QVERIFY2(targetHa.replication.ioRunning && targetHa.replication.sqlRunning,
        qPrintable(targetHa.replication.lastError));
    // … verifying the master's database certificate against what the master's pinned API reported.
    QVERIFY(targetHa.replication.tlsVerified);
    // Every write the master acknowledged, during and after the run, is on the target.
    const MysqlEndpoint targetRoot = rootEndpoint(m_target->info());
    const QString lastId = QString::number(writer.ids.constLast());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe WHERE id = %1").arg(lastId)),
        QByteArray("1"), 20000);
    QCOMPARE(scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")),
        scalar(rootEndpoint(m_master->info()), QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")));
    QCOMPARE(scalar(targetRoot, QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe")).toLongLong(),
        qint64(writer.ids.size())
            + scalar(targetRoot,
                QStringLiteral("SELECT COUNT(*) FROM sakila.ha_probe WHERE id < %1")
                    .arg(writer.ids.constFirst()))
                  .toLongLong());
    QCOMPARE(checksums(targetRoot, QStringLiteral("sakila")),
        checksums(rootEndpoint(m_master->info()), QStringLiteral("sakila")));

    // The application account (reported: "hotspot_app refused on the target with the master's
    // password"). The target holds the source's accounts, so it accepts exactly the passwords the
    // source accepts. Each sandbox node makes its own application account with its own password,
    // out of the binary log, so the master's password never worked on the source either.
    const auto appLogin = [](const SandboxInfo &whose, const QString &at) {
        MysqlConnection c;
        return c.open(appEndpoint(whose, at));
    };
    QVERIFY(appLogin(m_source->info(), target));
    QVERIFY(!appLogin(m_master->info(), source));
    QVERIFY(!appLogin(m_master->info(), target));

    // The round-robin list is restored with the target's address instead of the source's.
    const HaInfo masterHa = haOf(m_master->info());
    QVERIFY2(masterHa.roundRobinHosts.contains(target),
        qPrintable(masterHa.roundRobinHosts.join(QLatin1Char(','))));
    QVERIFY(masterHa.roundRobinHosts.contains(master));
    QVERIFY(!masterHa.roundRobinHosts.contains(source));
    QVERIFY(masterHa.removedRoundRobinHosts.isEmpty());
    bool peerMoved = false;
    for (const auto &p : masterHa.peers)
        peerMoved = peerMoved || p.address == target;
    QVERIFY(peerMoved);

    // The source left the group: its replica stays deactivated, and it is marked as migrated.
    const HaInfo sourceHa = haOf(m_source->info());
    QVERIFY(!sourceHa.replication.ioRunning && !sourceHa.replication.sqlRunning);

    // No temporary account or link is left; the target's one link is the group's.
    for (const auto *a : { m_master.get(), m_source.get(), m_target.get() })
        QCOMPARE(migrationAccounts(rootEndpoint(a->info())), 0);
    QCOMPARE(replicationLinks(targetRoot), 1);
    QCOMPARE(countAccounts(rootEndpoint(m_master->info()), "cutover\\_ha\\_"), 1);
}

void TstHa::cleanupTestCase()
{
    m_target.reset();
    m_source.reset();
    m_master.reset();
}

QTEST_GUILESS_MAIN(TstHa)
#include "tst_ha.moc"
