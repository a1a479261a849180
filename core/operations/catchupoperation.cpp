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

// "mariadb-bin.000012" → ("mariadb-bin", 12); the number is -1 when the name has none.
std::pair<QString, qint64> splitLogName(const QString &file)
{
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    bool ok = false;
    const qint64 number = dot >= 0 ? file.mid(dot + 1).toLongLong(&ok) : -1;
    if (!ok)
        return { file, -1 };
    return { file.left(dot), number };
}

// Whether @p executed is at or past @p final in file/position terms, across a rotation to a
// later binary-log file.
bool atOrPast(const BinlogPosition &executed, const BinlogPosition &final)
{
    if (executed.file == final.file)
        return executed.position >= final.position;
    const auto [executedBase, executedNumber] = splitLogName(executed.file);
    const auto [finalBase, finalNumber] = splitLogName(final.file);
    return executedBase == finalBase && executedNumber >= 0 && executedNumber > finalNumber;
}

// Whether the source logged anything since @p final (a new GTID, or a new file/position).
bool movedFrom(const BinlogPosition &now, const BinlogPosition &final)
{
    return now.gtid != final.gtid || now.file != final.file || now.position != final.position;
}

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
        ReplicationSteps::dropAccount(source(), m_replicationUser, &context);
        ReplicationSteps::dropAccount(source(), m_helperUser, &context);
        context.progress().setUnits(1, 1);
        return Result::ok();
    }

    context.progress().setStatus(tr("Creating temporary database accounts …", "@info progress"));
    // A source account to read the source's state (made with sql_log_bin=0, so it never reaches
    // the target), and a target account to watch and remove the link; both are in the journal.
    if (!m_helperUser.isEmpty()) {
        ReplicationSteps::dropAccount(source(), m_helperUser, &context);
        m_helperUser.clear();
    }
    MysqlEndpoint read;
    MysqlEndpoint write;
    if (auto r = ReplicationSteps::createAccount(source(), ApplianceClient::DbAccess::Read, &read, &context);
        !r)
        return r;
    m_helperUser = read.user;
    position.insert(kHelperUser, m_helperUser);
    context.savePosition(position);
    if (auto r
        = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write, &context);
        !r)
        return r;
    auto wipe = [&] {
        read.password.fill('\0');
        ReplicationSteps::dropAccount(target(), &write, &context);
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
    QElapsedTimer clock;
    clock.start();
    CatchUpMonitor::Outcome outcome = CatchUpMonitor::Outcome::TimedOut;
    // Maintenance makes the source read-only, but an account with SUPER or READ ONLY ADMIN can
    // still commit, and a restart of the source's database forgets read_only until the appliance
    // applies it again. So once the target reached `final`, look at the source again: still
    // read-only, and nothing logged since — otherwise wait for the newer position as well, within
    // the same timeout.
    bool writable = false;
    QString recheckError;
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            outcome = CatchUpMonitor::Outcome::TimedOut;
            break;
        }
        outcome = monitor.waitUntil(final, int(left), context.cancellation().flag());
        if (outcome != CatchUpMonitor::Outcome::CaughtUp)
            break;
        if (!sourceConnection.scalar(QStringLiteral("SELECT 1")).startsWith('1')) {
            // The source's database restarted meanwhile: a new session.
            sourceConnection.close();
            if (!sourceConnection.open(read)) {
                recheckError = sourceConnection.errorDetails();
                break;
            }
        }
        bool readOk = false;
        const QByteArray stillReadOnly
            = sourceConnection.scalar(QStringLiteral("SELECT @@global.read_only"), &readOk);
        if (!readOk) {
            recheckError = sourceConnection.errorDetails();
            break;
        }
        if (stillReadOnly.toInt() != 1) {
            writable = true;
            break;
        }
        BinlogPosition now;
        if (!ReplicationLink::currentPosition(sourceConnection, &now, &error)) {
            recheckError = error;
            break;
        }
        if (!movedFrom(now, final))
            break;
        qCInfo(lcCutoverReplication).noquote()
            << "the source logged more after maintenance began:" << final.toString() << "->"
            << now.toString();
        //: %1 is a binary-log position such as "mariadb-bin.000003:1234 (0-11-57)"
        context.log(
            tr("The source logged further changes during maintenance (up to %1); the target applies them "
               "too.",
                "@info")
                .arg(now.toString()));
        final = now;
        position.insert(kFinal, ReplicationSteps::toJson(final));
        context.savePosition(position);
    }
    const CatchUpSample last = monitor.last();
    sourceConnection.close();
    if (writable) {
        wipe();
        return Result::error(QStringLiteral("replication.source_writable"),
            tr("The source left its read-only state during maintenance (for example, its database was "
               "restarted), so changes made there might not reach the target. The migration falls back: "
               "the source leaves maintenance and serves as before. Try again.",
                "@info"));
    }
    if (!recheckError.isEmpty()) {
        wipe();
        return Result::error(QStringLiteral("replication.source_unreachable"),
            tr("Cutover could not read the source's binary-log position.", "@info"), recheckError);
    }

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
    const bool atFinal = atOrPast(status.executed, final);
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
        QLocale().toString(double(clock.elapsed()) / 1000.0, 'f', 2));

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
    ReplicationSteps::dropAccount(source(), m_replicationUser, &context);
    ReplicationSteps::dropAccount(source(), &read, &context);
    context.progress().setUnits(1, 1);
    return Result::ok();
}

Result CatchUpOperation::rollback(OperationContext &context)
{
    attach(context);
    if (m_helperUser.isEmpty())
        m_helperUser = context.position().value(kHelperUser).toString();
    if (m_replicationUser.isEmpty())
        m_replicationUser = context.position().value(kReplicationUser).toString();
    // Best effort, and short: the source is still in maintenance and the backout puts it back
    // into service next. Only stop fetching here, without waiting for a transaction the target is
    // still applying (or stuck on), and wait for a restarting target database a few seconds at
    // most. Whatever is left — the link, accounts — the bulk copy's rollback later in the backout
    // removes, and the journal's leftover accounts are dropped when the run ends.
    constexpr int kShortWaitMs = 3000;
    QString problem;
    if (auto r = ensureConnected(target(), context); !r) {
        problem = r.message() + QLatin1Char(' ') + r.details();
    } else if (auto s = ReplicationSteps::stopFetching(*m_connections, &context, kShortWaitMs); !s) {
        problem = s.message() + QLatin1Char(' ') + s.details();
    }
    if (!problem.isEmpty())
        qCWarning(lcCutoverReplication).noquote()
            << "could not stop the link's fetching now; the bulk copy's rollback removes it:" << problem;
    if (source().client && source().client->isLoggedIn())
        ReplicationSteps::dropAccount(source(), m_helperUser, &context);
    return Result::ok();
}

QString CatchUpOperation::rollbackDescription() const
{
    return tr("The target no longer fetches changes from the source; the temporary accounts were removed.",
        "@info");
}

} // namespace cutover
