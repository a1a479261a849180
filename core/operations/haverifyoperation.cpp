// SPDX-License-Identifier: GPL-3.0-or-later
#include "haverifyoperation.h"

#include "hagroup.h"
#include "verifyoperation.h"

#include <QDeadlineTimer>
#include <QThread>

namespace cutover {

HaVerifyOperation::HaVerifyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::Verify, std::move(connections), options)
{ }

QString HaVerifyOperation::description() const
{
    //: %1 names the target appliance
    return tr(
        "%1 is checked: settings and license must match what was migrated, and it must replicate from the "
        "master without an error and hold all of its changes, before the run reports success.",
        "@info")
        .arg(name(target()));
}

Result HaVerifyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    int failures = 0;
    auto check = [&](const QString &name, bool passed, const QString &detail = {}) {
        context.addCheck(name, passed, detail);
        if (!passed)
            ++failures;
    };

    // Settings (and the license's state) exactly as VerifyOperation checks them; its data comparison
    // with the source is left out (see the class comment).
    MigrationOptions settingsOnly = m_options;
    settingsOnly.rehearsal = true;
    VerifyOperation settings(m_connections, settingsOnly);
    {
        OperationContext sub(context.progress(), context.cancellation(), {}, {},
            [&](const QString &line) { context.log(line); });
        const Result r = settings.run(sub);
        for (const auto &c : sub.reportNode().checks)
            check(c.name, c.passed, c.detail);
        if (!r && r.code() != QLatin1String("verify.failed"))
            return r;
    }
    if (m_options.migrateLicense) {
        auto tl = target().client->license();
        if (!tl)
            return ApplianceConnections::toResult(tl.error());
        auto sl = source().client->license();
        if (!sl)
            return ApplianceConnections::toResult(sl.error());
        check(tr("License active on the target", "@info check"),
            tl.value().isActive() && tl.value().guid == sl.value().guid, tl.value().guid);
        check(tr("License invalidated on the source", "@info check"),
            sl.value().state == QLatin1String("invalidated")
                && sl.value().transferredTo == target().info.machineId,
            sl.value().state);
    }

    // Data: the target follows the master.
    context.progress().setStatus(tr("Checking the target's replication from the master …", "@info progress"));
    QJsonObject position = context.position();
    HaGroup::Connection master;
    if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
        return r;
    const QString masterAddress = master.isSource ? source().address : master.side.address;
    auto masterSystem = master.client()->system();
    if (!masterSystem)
        return ApplianceConnections::toResult(masterSystem.error());
    const QString wanted = masterSystem.value().database.gtidBinlogPos;
    const QDeadlineTimer deadline(30000);
    ReplicationStatus rep;
    for (;;) {
        auto ha = target().client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        rep = ha.value().replication;
        const bool healthy = rep.configured && rep.ioRunning && rep.sqlRunning && rep.lastError.isEmpty();
        if ((healthy && Gtid::covers(rep.gtidSlavePos, wanted)) || deadline.hasExpired()
            || context.isCancelled())
            break;
        QThread::msleep(500); // a poll interval: the replication runs in the target's database
    }
    if (context.isCancelled())
        return Result::cancelled();
    //: %1 is the master's address
    check(tr("The target replicates from the master %1 without an error", "@info check").arg(masterAddress),
        rep.configured && rep.sourceHost == masterAddress && rep.ioRunning && rep.sqlRunning
            && rep.lastError.isEmpty(),
        rep.lastError);
    //: %1 is a GTID position
    check(tr("The target holds the master's changes up to %1", "@info check").arg(wanted),
        Gtid::covers(rep.gtidSlavePos, wanted), rep.gtidSlavePos);
    // A master that does not hand out its database certificate (older) leaves the link unverified:
    // said in the report, not a failure.
    if (rep.tlsVerified) {
        check(tr("The target's replication verifies the master's database certificate", "@info check"), true);
    } else {
        context.log(
            tr("The target's replication from the master is encrypted but does not verify the master's "
               "database certificate.",
                "@info"));
    }
    context.progress().setUnits(1, 1);
    if (failures > 0) {
        return Result::error(QStringLiteral("verify.failed"),
            tr("%n check(s) failed on the target; the report lists them.", "@info", failures));
    }
    return Result::ok();
}

} // namespace cutover
