// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalcopyoperation.h"

#include "bulkcopyoperation.h"
#include "mysql/mysqlconnection.h"
#include "physicalrestoreclient.h"
#include "plan/copypath.h"
#include "replication/replicationlogging.h"
#include "replicationsteps.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

namespace cutover {

namespace {

// Journal position keys. Never the ticket.
const QString kRequested = QStringLiteral("restoreRequested");
const QString kJob = QStringLiteral("job");
const QString kReady = QStringLiteral("ready");
const QString kBackup = QStringLiteral("backupPosition");
const QString kReplicationUser = QStringLiteral("replicationUser");
const QString kLinkStarted = QStringLiteral("linkStarted");

constexpr int kPollMs = 250; // the target's job is polled this often

const QStringList kSystemSchemas { QStringLiteral("mysql"), QStringLiteral("information_schema"),
    QStringLiteral("performance_schema"), QStringLiteral("sys") };

QStringList schemasOf(const MysqlEndpoint &endpoint, QString *error)
{
    MysqlConnection c;
    if (!c.open(endpoint)) {
        *error = c.errorDetails();
        return {};
    }
    QList<MysqlConnection::Row> rows;
    if (!c.query(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"), &rows)) {
        *error = c.errorDetails();
        return {};
    }
    QStringList names;
    for (const auto &row : rows) {
        const QString name = QString::fromUtf8(row.value(0));
        if (!kSystemSchemas.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    return names;
}

} // namespace

PhysicalCopyOperation::PhysicalCopyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::PhysicalCopyData, std::move(connections), options)
{ }

void PhysicalCopyOperation::setStreamEndpoint(const QString &host, int port)
{
    m_streamHost = host;
    m_streamPort = port;
}

QString PhysicalCopyOperation::description() const
{
    const QString size = QLocale().formattedDataSize(source().info.dataBytes);
    if (isLowDowntime(m_options)) {
        //: %1 is a data size, %2 and %3 name the appliances
        return tr("The database files of %2 (about %1 of data) are streamed to %3 while the source keeps "
                  "serving, prepared there and swapped in for the target's databases, whose previous data is "
                  "kept until the verification passes. Then the target replicates the changes made since the "
                  "backup until it is level with the source. The source is only read.",
            "@info")
            .arg(size, name(source()), name(target()));
    }
    //: %1 is a data size, %2 and %3 name the appliances
    return tr("The database files of %2 (about %1 of data) are streamed to %3, prepared there and swapped in "
              "for the target's databases, whose previous data is kept until the verification passes. The "
              "source is only read.",
        "@info")
        .arg(size, name(source()), name(target()));
}

double PhysicalCopyOperation::weight() const
{
    // Several times faster than the logical copy (one unit per 20 MB there).
    return std::max(3.0, double(source().info.dataBytes) / (100.0 * 1024 * 1024));
}

Result PhysicalCopyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    m_lastFraction = 0.0;

    QJsonObject position = context.position();
    if (!context.isResumed()) {
        SourceRole role = SourceRole::Standalone;
        sourceRoleFromId(source().info.role, &role);
        context.log(CopyPath::choose(role, m_options, source().info, target().info).explanation());
    }

    if (position.value(kLinkStarted).toBool()) {
        // A resumed run whose link was started: carry on when it still replicates.
        m_replicationUser = position.value(kReplicationUser).toString();
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
                && status.masterUser == m_replicationUser;
        }
        ReplicationSteps::dropAccount(target(), &write, &context);
        if (healthy) {
            context.log(
                tr("The target still replicates from the source; waiting for it to catch up.", "@info"));
            return BulkCopyOperation::waitUntilLevel(*m_connections, context, m_servingTimeoutMs);
        }
        // The replicated changes cannot be told apart from the backup's any more: start over from
        // the target's previous data.
        context.log(tr("The earlier copy cannot be continued; the target's previous data is put back and the "
                       "copy starts again.",
            "@info"));
        if (auto r = rollback(context); !r)
            return r;
        position = {};
        save(context, position);
    } else if (position.value(kReady).toBool()) {
        // The new data runs on the target; only the link is missing (or was started but not
        // recorded: start() replaces a link of the same name).
        if (!isLowDowntime(m_options))
            return Result::ok();
        if (auto r = startLink(context, position); !r)
            return r;
        return BulkCopyOperation::waitUntilLevel(*m_connections, context, m_servingTimeoutMs);
    } else if (position.value(kRequested).toBool()) {
        // Asked for a job earlier: follow it when it is still the target's current one.
        auto s = PhysicalRestoreClient::status(*target().client);
        if (!s)
            return ApplianceConnections::toResult(s.error());
        const QString job = position.value(kJob).toString();
        const bool same = job.isEmpty() ? (s.value().isBusy() || s.value().state == QLatin1String("ready"))
                                        : s.value().job == job;
        if (same && (s.value().isBusy() || s.value().state == QLatin1String("ready"))) {
            position.insert(kJob, s.value().job);
            save(context, position);
            context.log(tr("Following the target's restore job of the interrupted run.", "@info"));
        } else {
            position = {};
            save(context, position);
        }
    }

    if (!position.value(kRequested).toBool()) {
        if (auto r = checkTargetSchemas(context); !r)
            return r;
        if (auto r = startJob(context, position); !r)
            return r;
    }
    if (auto r = waitForJob(context, position); !r)
        return r;
    if (!isLowDowntime(m_options))
        return Result::ok();
    if (auto r = startLink(context, position); !r)
        return r;
    return BulkCopyOperation::waitUntilLevel(*m_connections, context, m_servingTimeoutMs);
}

Result PhysicalCopyOperation::checkTargetSchemas(OperationContext &context)
{
    // The plan judged this from Source Info when the appliances report their schemas; this look
    // right before the copy also covers appliances that do not, and a schema created since.
    context.progress().setStatus(tr("Comparing the databases of both appliances …", "@info progress"));
    MysqlEndpoint read;
    MysqlEndpoint targetRead;
    if (auto r = ReplicationSteps::createAccount(source(), ApplianceClient::DbAccess::Read, &read, &context);
        !r)
        return r;
    if (auto r
        = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &targetRead, &context);
        !r) {
        ReplicationSteps::dropAccount(source(), &read, &context);
        return r;
    }
    QString error;
    const QStringList sourceSchemas = schemasOf(read, &error);
    const QStringList targetSchemas = error.isEmpty() ? schemasOf(targetRead, &error) : QStringList();
    ReplicationSteps::dropAccount(source(), &read, &context);
    ReplicationSteps::dropAccount(target(), &targetRead, &context);
    if (!error.isEmpty())
        return Result::error(QStringLiteral("physical.schemas"),
            tr("Cutover could not list the databases of both appliances. Nothing was changed; try again.",
                "@info"),
            error);
    QStringList extra;
    for (const QString &schema : targetSchemas) {
        if (!sourceSchemas.contains(schema))
            extra.append(schema);
    }
    if (!extra.isEmpty()) {
        //: %1 is a list of database names
        return Result::error(QStringLiteral("physical.target_schemas"),
            tr("The target holds databases the source does not have (%1), which the physical copy would "
               "remove. Nothing was changed; run the migration again with the logical copy "
               "(--logical-copy, or turn the physical copy off on the Options page).",
                "@info")
                .arg(extra.join(QLatin1String(", "))));
    }
    return Result::ok();
}

Result PhysicalCopyOperation::startJob(OperationContext &context, QJsonObject &position)
{
    context.progress().setStatus(tr("Asking the source for a backup …", "@info progress"));
    auto ticket = PhysicalRestoreClient::backupTicket(*source().client, m_maxBytesPerSecond);
    if (!ticket)
        return ApplianceConnections::toResult(ticket.error());
    BackupTicket t = ticket.takeValue();
    const QString targetMajor = CopyPath::majorVersion(target().info.database);
    if (!t.majorVersion.isEmpty() && !targetMajor.isEmpty() && t.majorVersion != targetMajor) {
        t.ticket.fill('\0');
        //: %1 and %2 are MariaDB major versions
        return Result::error(QStringLiteral("physical.version_differs"),
            tr("The source runs MariaDB %1 and the target MariaDB %2, so their database files cannot be "
               "copied. Nothing was changed; run the migration again with the logical copy "
               "(--logical-copy).",
                "@info")
                .arg(t.majorVersion, targetMajor));
    }
    //: %1 is a data size
    context.log(tr("The source's backup will stream about %1.", "@info")
                    .arg(QLocale().formattedDataSize(t.datadirBytes)));
    // Journalled before the request: a kill in between still finds the job at the next resume.
    position = { { kRequested, true } };
    save(context, position);
    context.progress().setStatus(tr("Starting the restore on the target …", "@info progress"));
    const QString host = m_streamHost.isEmpty() ? source().address : m_streamHost;
    auto started = PhysicalRestoreClient::start(
        *target().client, host, m_streamHost.isEmpty() ? 443 : m_streamPort, source().fingerprint, t.ticket);
    t.ticket.fill('\0');
    if (!started) {
        position = {};
        save(context, position);
        return ApplianceConnections::toResult(started.error());
    }
    position.insert(kJob, started.value().job);
    save(context, position);
    qCInfo(lcCutoverReplication).noquote() << "physical restore job" << started.value().job << "from" << host;
    return Result::ok();
}

Result PhysicalCopyOperation::waitForJob(OperationContext &context, QJsonObject &position)
{
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceMove;
    sinceMove.start();
    qint64 lastBytes = -1;
    QString lastState;
    for (;;) {
        if (context.isCancelled())
            return Result::cancelled(); // the runner's backout cancels the job through rollback()
        auto s = PhysicalRestoreClient::status(*target().client);
        if (!s) {
            if (s.error().kind() == ApiError::Kind::Cancelled)
                return Result::cancelled();
            return ApplianceConnections::toResult(s.error());
        }
        const PhysicalRestoreStatus &st = s.value();
        const QString job = position.value(kJob).toString();
        if (!job.isEmpty() && st.job != job) {
            return Result::error(QStringLiteral("physical.job_lost"),
                tr("The target's restore job was replaced by another one. The migration backs out; start it "
                   "again.",
                    "@info"),
                st.job);
        }
        report(context, st, clock.elapsed());
        const qint64 moved = st.bytesStreamed + st.bytesPrepared;
        if (moved != lastBytes || st.state != lastState) {
            lastBytes = moved;
            lastState = st.state;
            sinceMove.restart();
        }
        if (st.state == QLatin1String("ready") || st.state == QLatin1String("committed")) {
            BinlogPosition from { st.binlogFile, quint64(std::max<qint64>(0, st.binlogPosition)), st.gtid };
            position.insert(kReady, true);
            position.insert(kBackup, ReplicationSteps::toJson(from));
            save(context, position);
            const QLocale locale;
            context.addFigure(tr("Bytes streamed", "@label"), locale.formattedDataSize(st.bytesStreamed));
            context.addFigure(
                tr("Seconds", "@label"), locale.toString(double(clock.elapsed()) / 1000.0, 'f', 1));
            if (clock.elapsed() > 0)
                context.addFigure(tr("Throughput", "@label"),
                    //: %1 is a data size; "per second" follows
                    tr("%1/s", "@label throughput")
                        .arg(locale.formattedDataSize(
                            st.bytesStreamed * 1000 / std::max<qint64>(1, clock.elapsed()))));
            if (from.isValid()) {
                //: %1 is a binary-log position such as "mariadb-bin.000003:1234 (0-11-57)"
                context.log(tr("The backup was taken at the source's binary-log position %1.", "@info")
                                .arg(from.toString()));
                context.addFigure(tr("Backup position", "@label"), from.toString());
            }
            context.log(
                tr("The source's database files run on the target; its previous data is kept until the "
                   "verification passes.",
                    "@info"));
            return Result::ok();
        }
        if (st.state == QLatin1String("failed") || st.state == QLatin1String("rolled-back")
            || st.state == QLatin1String("idle"))
            return jobError(st);
        if (sinceMove.elapsed() > m_stallTimeoutMs) {
            return Result::error(QStringLiteral("physical.stalled"),
                tr("The copy of the database files made no progress for %n minute(s). The migration backs "
                   "out: "
                   "the target keeps its previous data and the source was not changed. Check the network "
                   "between the appliances and try again.",
                    "@info", std::max(1, m_stallTimeoutMs / 60000)),
                st.state);
        }
        QThread::msleep(kPollMs); // the poll interval of the target's job
    }
}

void PhysicalCopyOperation::report(
    OperationContext &context, const PhysicalRestoreStatus &st, qint64 elapsedMs)
{
    Q_UNUSED(elapsedMs)
    // Streaming and preparing count by bytes; swapping and starting take the last twentieth.
    const qint64 expected = std::max<qint64>({ 1, st.bytesExpected, st.bytesStreamed });
    const qint64 swapShare = std::max<qint64>(1, expected / 10);
    Progress p;
    p.bytesTotal = 2 * expected + swapShare;
    p.bytesDone = std::min(st.bytesStreamed, expected) + std::min(st.bytesPrepared, expected);
    const QLocale locale;
    if (st.state == QLatin1String("streaming")) {
        //: %1 and %2 are data sizes
        p.status = tr("Streaming the database files: %1 of %2 …", "@info progress")
                       .arg(locale.formattedDataSize(st.bytesStreamed),
                           locale.formattedDataSize(st.bytesExpected));
    } else if (st.state == QLatin1String("preparing")) {
        p.bytesDone = std::max(p.bytesDone, expected);
        p.status = tr("Preparing the database files on the target …", "@info progress");
    } else if (st.state == QLatin1String("swapping") || st.state == QLatin1String("starting")) {
        p.bytesDone = 2 * expected;
        p.status
            = tr("Swapping the new database files in and starting the target's database …", "@info progress");
    } else if (st.state == QLatin1String("ready") || st.state == QLatin1String("committed")) {
        p.bytesDone = p.bytesTotal;
        p.status = tr("The target runs the copied database files.", "@info progress");
    }
    // Never backwards, even when the estimate of the total grows.
    const double fraction = double(p.bytesDone) / double(p.bytesTotal);
    if (fraction < m_lastFraction)
        p.bytesDone = qint64(m_lastFraction * double(p.bytesTotal) + 0.5);
    m_lastFraction = std::max(m_lastFraction, fraction);
    context.progress().set(p);
}

Result PhysicalCopyOperation::jobError(const PhysicalRestoreStatus &st) const
{
    const QString details = st.errorCode + QLatin1Char(' ') + st.errorMessage;
    if (st.errorCode == QLatin1String("migration.stream_interrupted")
        || st.errorCode == QLatin1String("migration.source_unreachable")
        || st.errorCode == QLatin1String("migration.restore_interrupted")) {
        return Result::error(QStringLiteral("physical.stream_interrupted"),
            tr("The stream of the database files from the source was interrupted. The migration backs out: "
               "the "
               "target keeps its previous data and the source was not changed. Try again.",
                "@info"),
            details);
    }
    if (st.errorCode == QLatin1String("migration.source_fingerprint_mismatch")) {
        return Result::error(QStringLiteral("physical.fingerprint_mismatch"),
            tr("The target reached an appliance with another certificate than the source's, so it sent "
               "nothing "
               "and stopped. Check that the target reaches the source at its address; nothing was changed.",
                "@info"),
            details);
    }
    if (st.errorCode == QLatin1String("migration.disk_full")) {
        // What the target needs next to its current data (its own check: the estimate, a tenth more
        // and 256 MiB for the running database).
        const qint64 needed = st.bytesExpected + st.bytesExpected / 10 + 256ll * 1024 * 1024;
        //: %1 is a data size such as "2.4 GB"
        return Result::error(QStringLiteral("physical.disk_full"),
            tr("The target's disk has no room for the copied database files: they need about %1 of free "
               "space next to the target's current data. Free that much on the target's data disk (for "
               "example old backups or exported traffic logs) and start the migration again. The target "
               "keeps its previous data and the source was not changed.",
                "@info")
                .arg(QLocale().formattedDataSize(needed)),
            details);
    }
    if (st.state == QLatin1String("rolled-back")) {
        return Result::error(QStringLiteral("physical.start_failed"),
            tr("The target's database did not start on the copied files, so the target put its previous data "
               "back. The migration backs out; the source was not changed. The report has the details.",
                "@info"),
            details);
    }
    //: %1 is the target's own error message
    return Result::error(QStringLiteral("physical.failed"),
        tr("The copy of the database files failed on the target: %1 The migration backs out: the target "
           "keeps "
           "its previous data and the source was not changed.",
            "@info")
            .arg(st.errorMessage.isEmpty() ? st.state : st.errorMessage),
        details);
}

Result PhysicalCopyOperation::startLink(OperationContext &context, QJsonObject &position)
{
    const BinlogPosition from = ReplicationSteps::fromJson(position.value(kBackup).toObject());
    if (!from.isValid()) {
        return Result::error(QStringLiteral("replication.no_binlog"),
            tr("The backup did not record a binary-log position (the source's binary log is off), so the "
               "target "
               "cannot replicate from it. The migration backs out; choose the offline mode.",
                "@info"));
    }
    context.progress().setStatus(tr("Starting the replication to the target …", "@info progress"));
    // Same as the bulk copy: the link logs in with an account that may only replicate, else with a
    // read account that stays with the link. Made after the backup and without binary logging,
    // so its creation never reaches the target.
    MysqlEndpoint linkAccount;
    bool unsupported = false;
    if (auto r = ReplicationSteps::createReplicationAccount(source(), &linkAccount, &context, &unsupported);
        !r) {
        if (!unsupported)
            return r;
        if (auto a = ReplicationSteps::createAccount(
                source(), ApplianceClient::DbAccess::Read, &linkAccount, &context);
            !a)
            return a;
    }
    m_replicationUser = linkAccount.user;
    position.insert(kReplicationUser, linkAccount.user);
    save(context, position);
    MysqlEndpoint write;
    if (auto r
        = ReplicationSteps::createAccount(target(), ApplianceClient::DbAccess::Write, &write, &context);
        !r) {
        ReplicationSteps::dropAccount(source(), &linkAccount, &context);
        return r;
    }
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
    linkAccount.password.fill('\0');
    linkAccount.password.clear();
    ReplicationSteps::dropAccount(target(), &write, &context);
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
    //: %1 is a binary-log position
    context.log(tr("The target replicates from the source from the backup's position %1.", "@info")
                    .arg(from.toString()));
    // The account belongs to the link now and must survive a resume (see BulkCopyOperation).
    ReplicationSteps::forgetAccount(&context, linkAccount.user);
    position.insert(kLinkStarted, true);
    save(context, position);
    return Result::ok();
}

void PhysicalCopyOperation::save(OperationContext &context, const QJsonObject &position)
{
    m_position = position;
    context.savePosition(position);
}

Result PhysicalCopyOperation::rollback(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    // The journal's position (a backout in a new process), else this object's own (a runner
    // without a journal hands the rollback a fresh context).
    QJsonObject position = context.position();
    if (position.isEmpty())
        position = m_position;
    QString user = m_replicationUser;
    if (user.isEmpty())
        user = position.value(kReplicationUser).toString();
    if (!user.isEmpty() || position.value(kLinkStarted).toBool()) {
        if (auto r = ensureConnected(source(), context); !r)
            return r;
        if (auto r = ReplicationSteps::removeLink(*m_connections, user, &context); !r)
            return r;
    }
    m_replicationUser.clear();
    if (!position.value(kRequested).toBool() && !position.value(kReady).toBool())
        return Result::ok(); // no job was ever asked for: nothing on the target to undo
    return rollbackJob(context);
}

Result PhysicalCopyOperation::rollbackJob(OperationContext &context)
{
    context.progress().setStatus(tr("Putting the target's previous data back …", "@info progress"));
    QDeadlineTimer deadline(5 * 60 * 1000);
    for (;;) {
        auto r = PhysicalRestoreClient::rollback(*target().client);
        if (r) {
            const QString state = r.value().state;
            if (state == QLatin1String("committed")) {
                return Result::error(QStringLiteral("physical.committed"),
                    tr("The target's previous data was already deleted after the verification; it cannot be "
                       "put "
                       "back.",
                        "@info"));
            }
            if (r.value().previousDatadirKept && state == QLatin1String("ready"))
                return Result::error(QStringLiteral("physical.rollback_failed"),
                    tr("The target could not put its previous data back. Try the backout again.", "@info"),
                    state);
            context.log(tr("The target runs its previous data again.", "@info"));
            return Result::ok();
        }
        // While swapping or starting the job cannot be interrupted: wait for it to end.
        if (r.error().code() != QLatin1String("migration.restore_running") || deadline.hasExpired())
            return ApplianceConnections::toResult(r.error());
        QThread::msleep(500); // the swap of a running job finishes within seconds
    }
}

QString PhysicalCopyOperation::rollbackDescription() const
{
    return tr("The target runs its previous data again and no longer replicates from the source.", "@info");
}

} // namespace cutover
