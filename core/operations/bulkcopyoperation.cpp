// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcopyoperation.h"

#include "mysql/databasecopier.h"
#include "plan/copypath.h"
#include "replication/catchupmonitor.h"
#include "replication/replicationlogging.h"
#include "replicationsteps.h"

#include <QLocale>

namespace cutover {

namespace {

const QString kSnapshot = QStringLiteral("snapshot");
const QString kLinkStarted = QStringLiteral("linkStarted");
const QString kReplicationUser = QStringLiteral("replicationUser");

} // namespace

BulkCopyOperation::BulkCopyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::BulkCopyData, std::move(connections), options)
{ }

QString BulkCopyOperation::description() const
{
    const QString size = QLocale().formattedDataSize(source().info.dataBytes);
    //: %1 is a data size, %2 and %3 name the appliances
    return tr(
        "About %1 of data is copied from a consistent snapshot of %2 to %3 and verified while the source "
        "keeps serving. Then the target replicates the changes made since the snapshot until it is "
        "level with the source. Everything on the target's databases is replaced; the source keeps "
        "its data.",
        "@info")
        .arg(size, name(source()), name(target()));
}

double BulkCopyOperation::weight() const
{
    // Like the offline copy: about one unit per 20 MB.
    return std::max(5.0, double(source().info.dataBytes) / (20.0 * 1024 * 1024));
}

Result BulkCopyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;

    if (!context.isResumed()) {
        // The report says which copy path the run took and why (issue 9).
        SourceRole role = SourceRole::Standalone;
        sourceRoleFromId(source().info.role, &role);
        const CopyPathChoice path = CopyPath::choose(role, m_options, source().info, target().info);
        if (!path.isPhysical())
            context.log(path.explanation());
    }
    QJsonObject position = context.position();
    if (position.value(kLinkStarted).toBool()) {
        // A resumed run: carry on with the link when it is still healthy.
        const QString user = position.value(kReplicationUser).toString();
        m_replicationUser = user;
        MysqlEndpoint write;
        if (auto r
            = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write, &context);
            !r)
            return r;
        ReplicaStatus status;
        QString error;
        bool healthy = false;
        {
            ReplicationLink link(write);
            healthy = link.status(&status, &error) && status.configured && !status.hasError()
                && status.masterUser == user;
        }
        ReplicationSteps::dropAccount(target(), &write, &context);
        if (healthy) {
            context.log(
                tr("The target still replicates from the source; waiting for it to catch up.", "@info"));
            return catchUpWhileServing(context, user);
        }
        context.log(tr("The earlier copy cannot be continued; copying again from a new snapshot.", "@info"));
        if (auto r = ReplicationSteps::removeLink(*m_connections, user, &context); !r)
            return r;
        position = {};
        context.savePosition(position);
    } else if (position.contains(kReplicationUser)) {
        // Interrupted before the link was recorded as started: it may still have been started (a
        // kill between link.start() and savePosition()), and a running link would write into the
        // target while the copy starts over. Remove it (a no-op without one) and its account.
        if (auto r = ReplicationSteps::removeLink(
                *m_connections, position.value(kReplicationUser).toString(), &context);
            !r)
            return r;
        position = {};
        context.savePosition(position);
    }
    if (auto r = copyAndLink(context, position); !r)
        return r;
    return catchUpWhileServing(context, position.value(kReplicationUser).toString());
}

Result BulkCopyOperation::copyAndLink(OperationContext &context, QJsonObject &position)
{
    context.progress().setStatus(tr("Creating temporary database accounts …", "@info progress"));
    MysqlEndpoint read;
    MysqlEndpoint write;
    if (auto r = ReplicationSteps::createAccount(source(), ApplianceClient::DbAccess::Read, &read, &context);
        !r)
        return r;
    m_replicationUser = read.user;
    // The account's name goes to the journal at once, so a crash cannot leave it behind unnoticed.
    position.insert(kReplicationUser, read.user);
    context.savePosition(position);
    if (auto r
        = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write, &context);
        !r) {
        ReplicationSteps::dropAccount(source(), &read, &context);
        return r;
    }

    DatabaseCopier copier(read, write);
    const qint64 dataBytes = source().info.dataBytes;
    copier.setProgressCallback([&context, dataBytes](const CopyProgress &p) {
        Progress progress;
        progress.unitsDone = p.chunksDone;
        progress.unitsTotal = p.chunksTotal;
        progress.bytesDone = p.totalBytes;
        progress.bytesTotal = std::max(p.estimatedTotalBytes, dataBytes);
        if (!p.table.isEmpty())
            //: %1 is a schema.table name
            progress.status = BulkCopyOperation::tr("Copying %1", "@info progress")
                                  .arg(p.schema + QLatin1Char('.') + p.table);
        if (p.phase == CopyProgress::Phase::Verifying)
            progress.status = BulkCopyOperation::tr("Verifying the copy …", "@info progress");
        context.progress().set(progress);
    });
    copier.setSnapshotCallback([&context, &position](const SnapshotPosition &s) {
        position.insert(kSnapshot, ReplicationSteps::toJson({ s.file, s.position, s.gtid }));
        context.savePosition(position);
    });
    context.progress().setStatus(tr("Copying the data while the source keeps serving …", "@info progress"));
    const CopyResult result = copier.run(context.cancellation().flag());

    const QLocale locale;
    context.addFigure(tr("Rows", "@label"), locale.toString(result.rows));
    context.addFigure(tr("Bytes", "@label"), locale.formattedDataSize(result.bytes));
    context.addFigure(tr("Seconds", "@label"), locale.toString(result.seconds, 'f', 1));
    for (const auto &w : result.warnings)
        context.log(w);
    for (const auto &m : result.mismatches)
        context.addCheck(QStringLiteral("%1.%2 %3").arg(m.schema, m.object, m.range), false, m.detail);
    auto fail = [&](const Result &r) {
        ReplicationSteps::dropAccount(target(), &write, &context);
        ReplicationSteps::dropAccount(source(), &read, &context);
        return r;
    };
    if (result.code == CopyResult::Code::Cancelled)
        return fail(Result::cancelled());
    if (!result.ok())
        return fail(Result::error(QStringLiteral("copy.failed"), result.message, result.details));
    if (!result.snapshot.isValid()) {
        return fail(Result::error(QStringLiteral("replication.no_binlog"),
            tr("The source has no binary log, so the target cannot replicate from it. Choose the offline "
               "mode; "
               "the source keeps serving meanwhile.",
                "@info")));
    }
    context.addCheck(tr("Data verified against the source's snapshot", "@info check"), true);
    const BinlogPosition from { result.snapshot.file, result.snapshot.position, result.snapshot.gtid };
    //: %1 is a binary-log position such as "mariadb-bin.000003:1234 (0-11-57)"
    context.log(tr("Snapshot taken at the source's binary-log position %1.", "@info").arg(from.toString()));
    context.addFigure(tr("Snapshot position", "@label"), from.toString());

    context.progress().setStatus(tr("Starting the replication to the target …", "@info progress"));
    // The link logs in with an account that may only replicate (applianced's "replication"
    // access, REPLICATION SLAVE alone); an appliance without that access gets the copy's read
    // account, as before.
    MysqlEndpoint linkAccount;
    bool unsupported = false;
    bool ownLinkAccount = false;
    if (auto r = ReplicationSteps::createReplicationAccount(source(), &linkAccount, &context, &unsupported);
        r)
        ownLinkAccount = true;
    else if (!unsupported)
        return fail(r);
    else
        linkAccount = read;
    m_replicationUser = linkAccount.user;
    // The journal names the link's account before the link can exist.
    position.insert(kReplicationUser, linkAccount.user);
    context.savePosition(position);
    QString error;
    bool started = false;
    // The target verifies the source's database certificate against what the source's pinned API
    // reports (docs/replication.md, "Verified links"); a failure here takes the path of a link
    // that did not start.
    const Result trusted = ReplicationSteps::trustSourceDatabase(*m_connections, &linkAccount, &context);
    if (!trusted) {
        error = trusted.message() + QLatin1Char(' ') + trusted.details();
    } else {
        ReplicationLink link(write);
        started = link.start(linkAccount, from, &error);
    }
    // The link keeps its account; Cutover no longer needs the password.
    linkAccount.password.fill('\0');
    linkAccount.password.clear();
    ReplicationSteps::dropAccount(target(), &write, &context);
    if (ownLinkAccount) {
        ReplicationSteps::dropAccount(source(), &read, &context); // the copy is done with it
    } else {
        read.password.fill('\0');
        read.password.clear();
    }
    if (!started) {
        ReplicationSteps::removeLink(*m_connections, linkAccount.user, &context);
        if (!trusted)
            return trusted; // says what is wrong with the certificate and what to do
        //: %1 names the source appliance
        return Result::error(QStringLiteral("replication.start_failed"),
            tr("The target could not start replicating from %1. Check that the target reaches the source's "
               "database port (3306); the source keeps serving. Try again, or choose the offline mode.",
                "@info")
                .arg(name(source())),
            error);
    }
    // From here the account belongs to the link, which must survive a resume: it leaves the
    // journal's temporary resources (dropped at every resume) and is known by the position's
    // kReplicationUser instead. Forgotten first, so a kill in between still leaves it named there.
    ReplicationSteps::forgetAccount(&context, linkAccount.user);
    position.insert(kLinkStarted, true);
    context.savePosition(position);
    return Result::ok();
}

Result BulkCopyOperation::catchUpWhileServing(OperationContext &context, const QString &replicationUser)
{
    Q_UNUSED(replicationUser)
    return waitUntilLevel(*m_connections, context, m_servingTimeoutMs);
}

Result BulkCopyOperation::waitUntilLevel(
    ApplianceConnections &connections, OperationContext &context, int timeoutMs)
{
    auto source = [&connections]() -> ApplianceConnections::Side & { return connections.source(); };
    auto target = [&connections]() -> ApplianceConnections::Side & { return connections.target(); };
    // A source account to read the source's position. applianced creates and drops it with
    // sql_log_bin=0, so nothing of it replays on the target through the link.
    MysqlEndpoint read;
    MysqlEndpoint write;
    if (auto r = ReplicationSteps::createAccount(source(), ApplianceClient::DbAccess::Read, &read, &context);
        !r)
        return r;
    if (auto r
        = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write, &context);
        !r) {
        ReplicationSteps::dropAccount(source(), &read, &context);
        return r;
    }
    auto cleanup = [&] {
        ReplicationSteps::dropAccount(source(), &read, &context);
        ReplicationSteps::dropAccount(target(), &write, &context);
    };
    MysqlConnection sourceConnection;
    if (!sourceConnection.open(read)) {
        const QString details = sourceConnection.errorDetails();
        cleanup();
        return Result::error(QStringLiteral("replication.source_unreachable"),
            tr("Cutover could not read the source's binary-log position.", "@info"), details);
    }
    ReplicationLink link(write);
    ReplicaStatus status;
    QString error;
    if (!link.status(&status, &error)) {
        cleanup();
        return Result::error(QStringLiteral("replication.status_failed"),
            tr("Cutover could not read the state of the target's replication.", "@info"), error);
    }
    CatchUpMonitor monitor(link, sourceConnection, status.usingGtid);
    qint64 peak = 0;
    monitor.setSampleCallback([&context, &peak](const CatchUpSample &s) {
        context.progress().set(ReplicationSteps::lagProgress(s, &peak));
    });
    const auto outcome = monitor.waitUntilClose(timeoutMs, context.cancellation().flag());
    const CatchUpSample last = monitor.last();
    const QString monitorError = monitor.error();
    const QString linkError = monitor.linkError();
    sourceConnection.close();
    link.connection().close();
    cleanup();
    switch (outcome) {
    case CatchUpMonitor::Outcome::CaughtUp:
        context.addFigure(tr("Catch-up while serving (seconds)", "@label"),
            QLocale().toString(double(last.elapsedMs) / 1000.0, 'f', 1));
        context.log(tr("The target is level with the source.", "@info"));
        return Result::ok();
    case CatchUpMonitor::Outcome::Cancelled:
        return Result::cancelled();
    case CatchUpMonitor::Outcome::TimedOut:
        return Result::error(QStringLiteral("replication.serving_catchup_timeout"),
            tr("The target could not keep up with the changes on the source within %n minute(s). The source "
               "was never in maintenance and keeps serving. Try again when the source is less busy, or "
               "choose "
               "the offline mode.",
                "@info", std::max(1, timeoutMs / 60000)),
            monitorError);
    case CatchUpMonitor::Outcome::Failed:
        break;
    }
    //: %1 is MariaDB's own error text
    return Result::error(QStringLiteral("replication.link_failed"),
        tr("The target's replication from the source stopped: %1 The source keeps serving; nothing was lost. "
           "Try again, or choose the offline mode.",
            "@info")
            .arg(linkError),
        monitorError);
}

Result BulkCopyOperation::rollback(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    QString user = m_replicationUser;
    if (user.isEmpty())
        user = context.position().value(kReplicationUser).toString();
    return ReplicationSteps::removeLink(*m_connections, user, &context);
}

QString BulkCopyOperation::rollbackDescription() const
{
    return tr("The target no longer replicates from the source; its temporary account was removed.", "@info");
}

} // namespace cutover
