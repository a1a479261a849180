// SPDX-License-Identifier: GPL-3.0-or-later
// What the HA group tests (tst_ha, tst_ha_circular, tst_ha_swap) share: the group's start-up, the
// master's writer and small readers of the group's state.
#pragma once

#include "common/cancellationtoken.h"
#include "common/progresssink.h"
#include "journal/journal.h"
#include "mysql/mysqlconnection.h"
#include "operations/hagroup.h"
#include "operations/operationcontext.h"
#include "operations/operationfactory.h"
#include "plan/planbuilder.h"
#include "preflight/preflight.h"
#include "replicationtestsupport.h"
#include "runner/runner.h"
#include "sandboxappliance.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace cutover::test::ha {

using namespace cutover;
using namespace cutover::test;

/** Inserts rows on the master as an application would, recording every acknowledged id. */
class MasterWriter
{
public:
    explicit MasterWriter(MysqlEndpoint endpoint)
        : m_endpoint(std::move(endpoint))
    { }
    ~MasterWriter() { stop(); }
    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    std::atomic<qint64> acknowledged { 0 };
    std::atomic<qint64> refused { 0 };
    QList<qint64> ids; ///< read after stop()
    QString lastError;

private:
    void loop()
    {
        MysqlConnection c;
        while (!m_stop) {
            if (!c.isOpen() && !c.open(m_endpoint)) {
                ++refused;
                lastError = c.errorDetails();
                std::this_thread::sleep_for(std::chrono::milliseconds(20)); // pacing the load, not a sync
                continue;
            }
            if (!c.exec(
                    QStringLiteral("INSERT INTO sakila.ha_probe (note) VALUES ('written during the run')"))) {
                ++refused;
                lastError = c.errorDetails();
                c.close();
                continue;
            }
            bool ok = false;
            const qint64 id = c.scalar(QStringLiteral("SELECT LAST_INSERT_ID()"), &ok).toLongLong();
            if (ok) {
                ids.append(id);
                ++acknowledged;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10)); // ~100 writes a second
        }
    }
    MysqlEndpoint m_endpoint;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

QByteArray scalar(const MysqlEndpoint &e, const QString &sql)
{
    MysqlConnection c;
    if (!c.open(e))
        return QByteArrayLiteral("<no connection>");
    bool ok = false;
    const QByteArray v = c.scalar(sql, &ok);
    return ok ? v : QByteArrayLiteral("<error>");
}

int countAccounts(const MysqlEndpoint &e, const char *prefix)
{
    return scalar(
        e, QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE User LIKE '%1%'").arg(QLatin1String(prefix)))
        .toInt();
}

HaInfo haOf(const SandboxInfo &info, const QString &fingerprint = {})
{
    ApplianceConnections::Side side;
    side.address = info.address;
    side.fingerprint = fingerprint.isEmpty() ? info.tlsSha256 : fingerprint;
    side.password = info.adminPassword.toUtf8();
    if (!ApplianceConnections::connect(side))
        return {};
    auto ha = side.client->ha();
    return ha ? ha.value() : HaInfo {};
}

/**
 * Starts the group the HA tests use: a master "<prefix>-m" at <subnet>.1 holding an empty
 * sakila.ha_probe, a source "<prefix>-s" at <subnet>.2 replicating from it, and an empty target
 * "<prefix>-t" at <subnet>.3; returns once the source has the probe table. On a failure it records
 * the failure like QVERIFY: the caller checks QTest::currentTestFailed().
 */
inline void startGroup(const QString &prefix, const QString &subnet,
    std::unique_ptr<SandboxAppliance> *master, std::unique_ptr<SandboxAppliance> *source,
    std::unique_ptr<SandboxAppliance> *target)
{
    SandboxAppliance::Options masterOptions;
    masterOptions.role = QStringLiteral("master");
    *master = std::make_unique<SandboxAppliance>(
        prefix + QStringLiteral("-m"), subnet + QStringLiteral(".1"), masterOptions);
    QString error;
    QVERIFY2((*master)->start(&error), qPrintable(error));
    // The probe table exists before the replica starts, so the replica has it too.
    {
        MysqlConnection root;
        QVERIFY2(root.open(rootEndpoint((*master)->info())), qPrintable(root.errorDetails()));
        QVERIFY2(root.exec(QStringLiteral("CREATE TABLE sakila.ha_probe (id INT AUTO_INCREMENT PRIMARY KEY, "
                                          "note VARCHAR(64) NOT NULL)")),
            qPrintable(root.errorDetails()));
    }
    SandboxAppliance::Options sourceOptions;
    sourceOptions.role = QStringLiteral("replica");
    sourceOptions.peer = prefix + QStringLiteral("-m");
    *source = std::make_unique<SandboxAppliance>(
        prefix + QStringLiteral("-s"), subnet + QStringLiteral(".2"), sourceOptions);
    QVERIFY2((*source)->start(&error), qPrintable(error));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    *target = std::make_unique<SandboxAppliance>(
        prefix + QStringLiteral("-t"), subnet + QStringLiteral(".3"), targetOptions);
    QVERIFY2((*target)->start(&error), qPrintable(error));
    // The group really replicates: the source has the table created on the master.
    QTRY_VERIFY_WITH_TIMEOUT(scalar(rootEndpoint((*source)->info()),
                                 QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                "table_schema = 'sakila' AND table_name = 'ha_probe'"))
            == "1",
        20000);
}

/**
 * What the HA group tests share: the group (see startGroup()), the connections to it with the
 * master's credentials, the run of the HA plan under a write load, and the preflight's checks of
 * the master. A test class derives from QObject and from this.
 */
class HaGroupFixture
{
protected:
    std::shared_ptr<ApplianceConnections> connectGroup()
    {
        auto connections = connectBoth(m_source->info(), m_target->info());
        if (!connections)
            return {};
        HaGroup::Credentials master;
        master.fingerprint = m_master->info().tlsSha256;
        master.password = m_master->info().adminPassword.toUtf8();
        HaGroup::setCredentials(*connections, master);
        return connections;
    }

    /** Runs the HA plan with a write load on the master; returns the outcome and result. */
    void run(Runner::Outcome *outcome, Result *result, MasterWriter *writer)
    {
        // The master's own admin password and pin: the group's nodes do not share them here.
        auto connections = connectGroup();
        QVERIFY(connections);
        QCOMPARE(connections->source().info.role, QStringLiteral("replica"));

        MigrationOptions options;
        const MigrationPlan plan = PlanBuilder::build(SourceRole::HaReplica, options);
        const qsizetype activate = plan.indexOf(OperationKind::CopyDataActivateReplica);
        QVERIFY(activate > plan.indexOf(OperationKind::DeactivateReplica));
        QVERIFY(plan.indexOf(OperationKind::RemoveRoundRobinHosts)
            < plan.indexOf(OperationKind::EnterMaintenance));
        // The target joins the group before the point of no return: a failure there backs out.
        QVERIFY(plan.isReversible(activate));
        QCOMPARE(plan.at(plan.pointOfNoReturn()), OperationKind::ModifySourceConfiguration);

        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(writer->acknowledged > 20, 10000);
        // A journal, as every real run has: the HA steps' rollbacks read what their run recorded.
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
        *outcome = finished.first().at(0).value<Runner::Outcome>();
        *result = finished.first().at(1).value<Result>();
        m_targetFingerprint = connections->target().fingerprint;
        HaGroup::release(*connections);
    }

    /** The preflight finds the master, asks to trust it, logs in, and writes out the DNS advice. */
    void checkPreflightFindsAndTrustsTheMaster(const QString &sourceHostName)
    {
        // Source Info of the replica leads to its master: its certificate is asked about like the
        // others (role "master"), the login works with the master's password, and the pin is kept for
        // the HA steps. Nothing changes anywhere.
        auto connections = connectBoth(m_source->info(), m_target->info());
        QVERIFY(connections);
        connections->disconnectAll();
        HaGroup::Credentials master;
        master.password = m_master->info().adminPassword.toUtf8();
        HaGroup::setCredentials(*connections, master);
        Preflight::Options options;
        options.sourcePinExplicit = true;
        options.targetPinExplicit = true;
        options.timeoutMs = 1000;
        QStringList asked;
        const auto findings = Preflight::run(*connections, options, {},
            [&](const QString &role, const QString &host, const QString &fingerprint) {
                asked << role + QLatin1Char(' ') + host;
                return role == QLatin1String("master") && fingerprint == m_master->info().tlsSha256;
            });
        QCOMPARE(asked, QStringList { QStringLiteral("master ") + m_master->info().address });
        auto entry = [&](const QString &id) {
            for (const auto &e : findings.entries)
                if (e.id == id)
                    return e;
            return RequirementEntry {};
        };
        QVERIFY2(entry(QStringLiteral("tls.master")).satisfied,
            qPrintable(entry(QStringLiteral("tls.master")).reasonText()));
        QVERIFY2(entry(QStringLiteral("login.master")).satisfied,
            qPrintable(entry(QStringLiteral("login.master")).reasonText()));
        QVERIFY2(entry(QStringLiteral("ha.roundRobin")).satisfied,
            qPrintable(entry(QStringLiteral("ha.roundRobin")).reasonText()));
        QVERIFY(entry(QStringLiteral("ha.roundRobin")).reasonText().contains(m_source->info().address));
        QVERIFY(entry(QStringLiteral("compat.highAvailability")).id.isEmpty());
        QCOMPARE(HaGroup::credentials(*connections).fingerprint, m_master->info().tlsSha256);
        // Source Info writes out the DNS changes with the real names and addresses.
        const QStringList before = findings.sourceInfo.dnsAdviceBefore();
        QVERIFY(!before.isEmpty());
        QVERIFY2(before.first().contains(sourceHostName) && before.first().contains(m_master->info().address)
                && before.first().contains(m_source->info().address),
            qPrintable(before.first()));
        QVERIFY(findings.sourceInfo.dnsAdviceAfter(m_target->info().address)
                    .first()
                    .contains(m_target->info().address));
        HaGroup::release(*connections);
    }

    std::unique_ptr<SandboxAppliance> m_master;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    QTemporaryDir m_dataDir;
    QString m_targetFingerprint; ///< "Update the certificates" renews the target's
};

} // namespace cutover::test::ha
