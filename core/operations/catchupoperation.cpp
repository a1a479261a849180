// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchupoperation.h"

#include "replication/catchupmonitor.h"
#include "replication/replicationlogging.h"
#include "replicationsteps.h"

#include <QElapsedTimer>
#include <QLocale>

namespace cutover {

namespace {

const QString kFinal = QStringLiteral("final");
const QString kDone = QStringLiteral("linkRemoved");
const QString kHelperUser = QStringLiteral("helperUser");
const QString kReplicationUser = QStringLiteral("replicationUser");

} // namespace

CatchUpOperation::CatchUpOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::CatchUpData, std::move(connections), options)
{ }

QString CatchUpOperation::description() const
{
    //: %1 and %2 name the appliances
    return tr(
        "%1 applies the last changes made on %2 before maintenance began, waiting at most %n second(s); "
        "then the replication between them is removed. If it takes longer, the migration backs out "
        "and the source serves again.",
        "@info", m_options.catchUpTimeoutSeconds)
        .arg(name(target()), name(source()));
}

Result CatchUpOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    QJsonObject position = context.position();
    if (m_helperUser.isEmpty())
        m_helperUser = position.value(kHelperUser).toString();
    if (m_replicationUser.isEmpty())
        m_replicationUser = position.value(kReplicationUser).toString();
    if (position.value(kDone).toBool()) {
        // An earlier attempt removed the link; only its accounts may be left.
        ReplicationSteps::dropAccount(source(), m_replicationUser);
        ReplicationSteps::dropAccount(source(), m_helperUser);
        ReplicationSteps::dropAccount(target(), m_helperUser);
        context.progress().setUnits(1, 1);
        return Result::ok();
    }

    context.progress().setStatus(tr("Creating temporary database accounts …", "@info progress"));
    // An account made on the source now replays on the target through the link; it is dropped on
    // both once the link is gone.
    if (!m_helperUser.isEmpty()) {
        ReplicationSteps::dropAccount(source(), m_helperUser);
        m_helperUser.clear();
    }
    MysqlEndpoint read;
    MysqlEndpoint write;
    if (auto r = ReplicationSteps::createAccount(source(), ApplianceClient::DbAccess::Read, &read); !r)
        return r;
    m_helperUser = read.user;
    position.insert(kHelperUser, m_helperUser);
    context.savePosition(position);
    if (auto r = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write); !r)
        return r;
    auto wipe = [&] {
        read.password.fill('\0');
        ReplicationSteps::dropAccount(target(), &write);
    };

    MysqlConnection sourceConnection;
    if (!sourceConnection.open(read)) {
        const QString details = sourceConnection.errorDetails();
        wipe();
        return Result::error(QStringLiteral("replication.source_unreachable"),
            tr("Cutover could not read the source's binary-log position.", "@info"), details);
    }
    bool ok = false;
    const QByteArray readOnly = sourceConnection.scalar(QStringLiteral("SELECT @@global.read_only"), &ok);
    if (!ok || readOnly.toInt() != 1) {
        wipe();
        // Without maintenance the source could take writes the target never sees.
        return Result::error(QStringLiteral("replication.source_writable"),
            tr("The source is not in maintenance, so its last changes cannot be caught up safely. Nothing "
               "was "
               "changed on the source; try again.",
                "@info"),
            sourceConnection.errorDetails());
    }

    ReplicationLink link(write);
    ReplicaStatus status;
    QString error;
    if (!link.status(&status, &error)) {
        wipe();
        return Result::error(QStringLiteral("replication.status_failed"),
            tr("Cutover could not read the state of the target's replication.", "@info"), error);
    }
    if (!status.configured) {
        wipe();
        return Result::error(QStringLiteral("replication.no_link"),
            tr("The target does not replicate from the source (the link was removed outside Cutover). The "
               "migration backs out; start it again to copy the data anew.",
                "@info"));
    }
    if (status.masterUser.startsWith(QLatin1String("cutover_mig_"))) {
        m_replicationUser = status.masterUser;
        position.insert(kReplicationUser, m_replicationUser);
    }

    BinlogPosition final;
    if (!ReplicationLink::currentPosition(sourceConnection, &final, &error)) {
        wipe();
        return Result::error(QStringLiteral("replication.source_position"),
            tr("Cutover could not read the source's binary-log position.", "@info"), error);
    }
    position.insert(kFinal, ReplicationSteps::toJson(final));
    context.savePosition(position);
    //: %1 is a binary-log position such as "mariadb-bin.000003:1234 (0-11-57)"
    context.log(tr("The source's last change is at %1.", "@info").arg(final.toString()));

    CatchUpMonitor monitor(link, sourceConnection, status.usingGtid);
    qint64 peak = 0;
    monitor.setSampleCallback([&context, &peak](const CatchUpSample &s) {
        context.progress().set(ReplicationSteps::lagProgress(s, &peak));
    });
    const int timeoutMs = std::max(1, m_options.catchUpTimeoutSeconds) * 1000;
    const auto outcome = monitor.waitUntil(final, timeoutMs, context.cancellation().flag());
    const CatchUpSample last = monitor.last();
    sourceConnection.close();

    switch (outcome) {
    case CatchUpMonitor::Outcome::CaughtUp:
        break;
    case CatchUpMonitor::Outcome::Cancelled:
        wipe();
        return Result::cancelled();
    case CatchUpMonitor::Outcome::TimedOut: {
        wipe();
        const QString lag = last.lagBytes >= 0 ? QLocale().formattedDataSize(last.lagBytes)
                                               : tr("an unknown amount", "@info lag");
        //: %1 is an amount of binary log still to apply, such as "3.1 MB"
        return Result::error(QStringLiteral("replication.catchup_timeout"),
            tr("The target could not apply the source's last changes within %n second(s) (%1 still to "
               "apply). "
               "The migration falls back: the source leaves maintenance and serves as before, and nothing "
               "was "
               "lost. Try again when the source is less busy, allow a longer catch-up, or choose the offline "
               "mode.",
                "@info", std::max(1, m_options.catchUpTimeoutSeconds))
                .arg(lag),
            monitor.error());
    }
    case CatchUpMonitor::Outcome::Failed:
        wipe();
        //: %1 is MariaDB's own error text
        return Result::error(QStringLiteral("replication.link_failed"),
            tr("The target's replication from the source stopped: %1 The migration falls back: the source "
               "leaves maintenance and serves as before, and nothing was lost.",
                "@info")
                .arg(monitor.linkError()),
            monitor.error());
    }

    // The wait says the target applied the final position; the link must agree and show no error.
    if (!link.status(&status, &error) || status.hasError()) {
        wipe();
        return Result::error(QStringLiteral("replication.link_failed"),
            tr("The target's replication reported an error after catching up. The migration falls back; "
               "nothing was lost.",
                "@info"),
            error + status.sqlError + status.ioError);
    }
    const bool atFinal = status.executed.file == final.file && status.executed.position >= final.position;
    //: %1 is a binary-log position
    context.addCheck(
        tr("The target applied the source's changes up to %1", "@info check").arg(final.toString()),
        atFinal || status.usingGtid, status.executed.toString());
    if (!atFinal && !status.usingGtid) {
        wipe();
        return Result::error(QStringLiteral("replication.position_mismatch"),
            tr("The target stopped short of the source's last change. The migration falls back; nothing was "
               "lost.",
                "@info"),
            QStringLiteral("final %1, executed %2").arg(final.toString(), status.executed.toString()));
    }
    context.addFigure(tr("Final catch-up (seconds)", "@label"),
        QLocale().toString(double(last.elapsedMs) / 1000.0, 'f', 2));

    context.progress().setStatus(tr("Removing the replication …", "@info progress"));
    if (!link.remove(&error)) {
        wipe();
        return Result::error(QStringLiteral("replication.remove_failed"),
            tr("The target's replication link to the source could not be removed.", "@info"), error);
    }
    link.connection().close();
    position.insert(kDone, true);
    context.savePosition(position);
    context.log(
        tr("The target holds all of the source's data; the replication between them was removed.", "@info"));
    wipe();
    ReplicationSteps::dropAccount(source(), m_replicationUser);
    ReplicationSteps::dropAccount(source(), &read);
    ReplicationSteps::dropAccount(target(), m_helperUser);
    context.progress().setUnits(1, 1);
    return Result::ok();
}

Result CatchUpOperation::rollback(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    if (m_helperUser.isEmpty())
        m_helperUser = context.position().value(kHelperUser).toString();
    if (m_replicationUser.isEmpty())
        m_replicationUser = context.position().value(kReplicationUser).toString();
    // Only stop fetching here: the backout puts the source back into service next, and must not
    // wait for a transaction the target is still applying (or stuck on). The bulk copy's rollback,
    // later in the backout, removes the link.
    if (auto r = ReplicationSteps::stopFetching(*m_connections); !r)
        return r;
    ReplicationSteps::dropAccount(source(), m_helperUser);
    ReplicationSteps::dropAccount(target(), m_helperUser);
    return Result::ok();
}

QString CatchUpOperation::rollbackDescription() const
{
    return tr("The target no longer fetches changes from the source; the temporary accounts were removed.",
        "@info");
}

} // namespace cutover
