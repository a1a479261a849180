// SPDX-License-Identifier: GPL-3.0-or-later
#include "hareplicaoperation.h"

#include "common/logging.h"
#include "datacopyoperation.h"
#include "hagroup.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QThread>

namespace cutover {

namespace {

const QString kSourceGtid = QStringLiteral("sourceGtid");
const QString kTargetGtid = QStringLiteral("targetGtid");
const QString kCopy = QStringLiteral("copy");
const QString kCopied = QStringLiteral("copied");
const QString kAccount = QStringLiteral("account"); ///< on the master, the target's link logs in with it
const QString kLinkStarted = QStringLiteral("linkStarted");
const QString kMasterLink = QStringLiteral("masterLink"); ///< circular groups: the master's link before
const QString kTargetAccount = QStringLiteral("targetAccount"); ///< on the target, for the master's link
const QString kMasterLinkMoved = QStringLiteral("masterLinkMoved");

// A replication link that cannot connect for this long is reported, not waited on: MariaDB
// retries every 5 s (MASTER_CONNECT_RETRY of applianced's configure), so this is three attempts.
constexpr int kUnreachableGraceMs = 15000;
constexpr int kPollMs = 500;
// Last_IO_Errno of a link whose TLS handshake failed (CR_SSL_CONNECTION_ERROR): with a CA given,
// the peer's certificate does not chain to it or does not name the address the link uses.
constexpr int kTlsHandshakeFailed = 2026;

/** The host pattern the peer's MariaDB sees for connections from @p address. */
QString clientHostFor(const QString &address)
{
    // On loopback the kernel picks the source address of a connection freely; elsewhere the
    // appliance's own address is what the peer sees.
    return QHostAddress(address).isLoopback() ? QStringLiteral("127.%") : address;
}

} // namespace

Result HaReplicaOperation::databaseCa(
    ApplianceClient &client, const QString &who, OperationContext &context, QByteArray *pem)
{
    pem->clear();
    auto ca = client.databaseCertificate();
    if (ca) {
        *pem = ca.value();
        return Result::ok();
    }
    if (ca.error().kind() == ApiError::Kind::Http && ca.error().httpStatus() == 404) {
        // An appliance that cannot say (older, or its database has no certificate): the link is
        // encrypted where the database offers TLS, but not verified, as before.
        //: %1 is an appliance's address
        context.log(tr("%1 does not hand out its database certificate, so the replication link to it is not "
                       "verified.",
            "@info")
                        .arg(who));
        return Result::ok();
    }
    return ApplianceConnections::toResult(ca.error());
}

HaReplicaOperation::HaReplicaOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::CopyDataActivateReplica, std::move(connections), options)
{ }

QString HaReplicaOperation::description() const
{
    QString master;
    for (const auto &peer : source().info.peers) {
        if (!peer.address.isEmpty()) {
            master = peer.address;
            break;
        }
    }
    if (master.isEmpty())
        master = tr("the master of the group", "@info");
    //: %1 and %2 name the appliances, %3 is the master's address
    return tr(
        "%2 receives the data of %1 and then replicates from the master %3 in the source's place, until it "
        "has every change the master took meanwhile. The other nodes keep serving.",
        "@info")
        .arg(name(source()), name(target()), master);
}

double HaReplicaOperation::weight() const
{
    // The copy dominates, as in "Copy the data"; the catch-up adds a little.
    return 2.0 + std::max(5.0, double(source().info.dataBytes) / (20.0 * 1024 * 1024));
}

Result HaReplicaOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    QJsonObject position = context.position();
    HaGroup::Connection master;
    if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
        return r;
    if (master.isSource) {
        return Result::error(QStringLiteral("ha.source_is_master"),
            tr("The source is the master of its high-availability group. Cutover moves a node that "
               "replicates "
               "from the master; make another node the master first, then migrate this one.",
                "@info"));
    }
    const QString masterAddress = master.side.address;
    context.savePosition(position);

    // 1. Where the source's data stands: its replica is deactivated and it is in maintenance, so
    // it holds the master's data up to its replica position (and nothing changes it any more).
    if (!position.contains(kSourceGtid)) {
        auto ha = source().client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        const auto &rep = ha.value().replication;
        if (rep.ioRunning || rep.sqlRunning) {
            return Result::error(QStringLiteral("ha.source_replicating"),
                tr("The source still replicates from the master, so its data is still changing. Nothing was "
                   "copied; the migration is backed out.",
                    "@info"));
        }
        if (rep.gtidSlavePos.isEmpty()) {
            return Result::error(QStringLiteral("ha.no_gtid"),
                tr("The source has no replication position (GTID), so the target could not continue the "
                   "replication where the source stopped. Nothing was copied; the migration is backed out.",
                    "@info"));
        }
        position.insert(kSourceGtid, rep.gtidSlavePos);
        context.savePosition(position);
    }
    const QString sourceGtid = position.value(kSourceGtid).toString();

    // 2. The data, with the copy engine of "Copy the data" (its chunks journalled under "copy").
    if (!position.value(kCopied).toBool()) {
        DataCopyOperation copy(m_connections, m_options);
        const QJsonObject copyPosition = position.value(kCopy).toObject();
        OperationContext sub(
            context.progress(), context.cancellation(), copyPosition,
            [&](const QJsonObject &p) {
                position.insert(kCopy, p);
                context.savePosition(position);
            },
            [&](const QString &line) { context.log(line); });
        sub.setResumed(!copyPosition.isEmpty());
        sub.setResourceRecorder([&](const QJsonObject &resource, bool created) {
            if (created)
                context.recordTemporaryResource(resource);
            else
                context.forgetTemporaryResource(resource);
        });
        if (auto r = copy.run(sub); !r)
            return r;
        for (const auto &check : sub.reportNode().checks)
            context.addCheck(check.name, check.passed, check.detail);
        position.insert(kCopied, true);
        position.remove(kCopy);
        context.savePosition(position);
    }

    // 3. The target replicates from the master, from the source's position on.
    if (!position.value(kLinkStarted).toBool()) {
        context.progress().setStatus(tr("Connecting the target to the master …", "@info progress"));
        // An attempt killed before the link started lost the account's password: a new one.
        if (const QString old = position.value(kAccount).toString(); !old.isEmpty()) {
            if (auto r = master.client()->dropHaReplicationAccount(old); !r)
                return ApplianceConnections::toResult(r.error());
            position.remove(kAccount);
            context.savePosition(position);
        }
        // The target's own binary-log position before it takes part: a master that replicates
        // from it (circular groups) starts after it.
        auto targetSystem = target().client->system();
        if (!targetSystem)
            return ApplianceConnections::toResult(targetSystem.error());
        position.insert(kTargetGtid, targetSystem.value().database.gtidBinlogPos);
        QStringList hosts { clientHostFor(target().address) };
        if (m_options.swapConfiguration)
            hosts << clientHostFor(source().address); // where the target serves after the swap
        hosts.removeDuplicates();
        auto account = master.client()->createHaReplicationAccount(hosts);
        if (!account)
            return ApplianceConnections::toResult(account.error());
        DbAccount a = account.takeValue();
        position.insert(kAccount, a.user);
        context.savePosition(position);
        ReplicationSource from;
        from.host = masterAddress;
        from.user = a.user;
        from.gtid = sourceGtid;
        // The target verifies the master's database certificate against what the master's pinned
        // API says it chains to.
        if (auto r = databaseCa(*master.client(), masterAddress, context, &from.caPem); !r) {
            a.password.fill('\0');
            return r;
        }
        auto configured = target().client->configureReplication(from, a.password);
        a.password.fill('\0');
        if (!configured)
            return ApplianceConnections::toResult(configured.error());
        if (auto r = target().client->startReplication(); !r)
            return ApplianceConnections::toResult(r.error());
        position.insert(kLinkStarted, true);
        context.savePosition(position);
        //: %1 is the master's address, %2 a GTID position
        context.log(tr("The target replicates from the master %1, starting after %2.", "@info")
                        .arg(masterAddress, sourceGtid));
    }

    // 4. Until the target has applied everything the master has written so far.
    const int timeoutSeconds = std::max(120, m_options.catchUpTimeoutSeconds);
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QElapsedTimer notConnected;
    for (;;) {
        if (context.isCancelled())
            return Result::cancelled();
        auto ha = target().client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        auto masterSystem = master.client()->system();
        if (!masterSystem)
            return ApplianceConnections::toResult(masterSystem.error());
        const auto &rep = ha.value().replication;
        const QString wanted = masterSystem.value().database.gtidBinlogPos;
        if (!rep.sqlRunning && !rep.lastError.isEmpty()) {
            //: %1 is MariaDB's own error text
            return Result::error(QStringLiteral("ha.link_failed"),
                tr("The target's replication from the master stopped with an error: %1. The migration is "
                   "backed "
                   "out; the source rejoins its group.",
                    "@info")
                    .arg(rep.lastError),
                rep.lastError);
        }
        if (!rep.ioRunning && rep.ioErrno == kTlsHandshakeFailed) {
            // Not worth retrying: the master's certificate will not change by itself.
            //: %1 is the master's address, %2 MariaDB's own error text
            return Result::error(QStringLiteral("ha.master_certificate"),
                tr("The target refused the database certificate of the master %1: it does not match what "
                   "the master's management service reported, or it does not name the address %1 (%2). "
                   "Give the master's database a certificate for this address, then try again. The "
                   "migration is backed out; the source rejoins its group.",
                    "@info")
                    .arg(masterAddress, rep.lastError),
                rep.lastError);
        }
        if (!rep.ioRunning) {
            if (!notConnected.isValid())
                notConnected.start();
            if (notConnected.elapsed() > kUnreachableGraceMs) {
                const QString why = rep.lastError.isEmpty() ? tr("no answer", "@info") : rep.lastError;
                //: %1 is the master's address, %2 MariaDB's own error text
                return Result::error(QStringLiteral("ha.master_unreachable"),
                    tr("The target cannot replicate from the master %1 (%2). Check that the target reaches "
                       "the "
                       "master on port 3306 and that their database server IDs differ. The migration is "
                       "backed "
                       "out; the source rejoins its group.",
                        "@info")
                        .arg(masterAddress, why),
                    rep.lastError);
            }
        } else {
            notConnected.invalidate();
        }
        const qint64 behind = Gtid::behind(rep.gtidSlavePos, wanted);
        if (rep.ioRunning && rep.sqlRunning && behind == 0)
            break;
        //: %n transactions
        context.progress().setStatus(tr("The target is %n transaction(s) behind the master …",
            "@info progress", int(std::min<qint64>(behind, INT_MAX))));
        if (deadline.hasExpired()) {
            //: %1 is a number of seconds
            return Result::error(QStringLiteral("ha.catchup_timeout"),
                tr("The target did not catch up with the master within %1 seconds. The migration is backed "
                   "out; the source rejoins its group. Try again at a quieter time.",
                    "@info")
                    .arg(timeoutSeconds),
                QStringLiteral("applied %1, master at %2").arg(rep.gtidSlavePos, wanted));
        }
        QThread::msleep(kPollMs); // a poll interval: the state lives in two other processes
    }
    //: %1 is the master's address
    context.addCheck(
        tr("The target replicates from the master %1 and has applied all of its changes", "@info check")
            .arg(masterAddress),
        true);

    // 5. Circular (multi-master) groups: the master's own link that read from the source now reads
    // from the target.
    if (!position.value(kMasterLinkMoved).toBool()) {
        auto masterHa = master.client()->ha();
        if (!masterHa)
            return ApplianceConnections::toResult(masterHa.error());
        const auto &rep = masterHa.value().replication;
        if (rep.configured && HaGroup::isSourceHost(source(), rep.sourceHost)) {
            context.progress().setStatus(
                tr("Pointing the master's replication at the target …", "@info progress"));
            if (!position.contains(kMasterLink)) {
                position.insert(kMasterLink,
                    QJsonObject { { QStringLiteral("host"), rep.sourceHost },
                        { QStringLiteral("port"), rep.sourcePort > 0 ? rep.sourcePort : 3306 },
                        { QStringLiteral("gtid"), rep.gtidSlavePos },
                        { QStringLiteral("wasRunning"), rep.ioRunning || rep.sqlRunning } });
                context.savePosition(position);
            }
            if (const QString old = position.value(kTargetAccount).toString(); !old.isEmpty()) {
                if (auto r = target().client->dropHaReplicationAccount(old); !r)
                    return ApplianceConnections::toResult(r.error());
            }
            auto account = target().client->createHaReplicationAccount({ clientHostFor(masterAddress) });
            if (!account)
                return ApplianceConnections::toResult(account.error());
            DbAccount a = account.takeValue();
            position.insert(kTargetAccount, a.user);
            context.savePosition(position);
            ReplicationSource from;
            // After a swap the target serves at the source's address.
            from.host = m_options.swapConfiguration ? source().address : target().address;
            from.user = a.user;
            from.gtid = position.value(kTargetGtid).toString();
            if (auto r = databaseCa(*target().client, from.host, context, &from.caPem); !r) {
                a.password.fill('\0');
                return r;
            }
            auto configured = master.client()->configureReplication(from, a.password);
            a.password.fill('\0');
            if (!configured)
                return ApplianceConnections::toResult(configured.error());
            if (auto r = master.client()->startReplication(); !r)
                return ApplianceConnections::toResult(r.error());
            position.insert(kMasterLinkMoved, true);
            context.savePosition(position);
            //: %1 is the master's address, %2 the target's
            context.log(tr("The master %1 now replicates from %2 instead of the source.", "@info")
                            .arg(masterAddress, from.host));
        }
    }
    context.progress().setUnits(1, 1);
    return Result::ok();
}

Result HaReplicaOperation::rollback(OperationContext &context)
{
    attach(context);
    QJsonObject position = context.position();
    Result outcome = Result::ok();
    auto keep = [&outcome](const Result &r) {
        if (!r && outcome)
            outcome = r;
    };
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    HaGroup::Connection master;
    if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
        return r;
    if (master.isSource)
        return Result::ok(); // run() refused before changing anything

    // The master reads from the source again (circular groups), with a new login on the source:
    // the old one's password was never Cutover's to know.
    const QJsonObject masterLink = position.value(kMasterLink).toObject();
    if (position.value(kMasterLinkMoved).toBool() || position.contains(kTargetAccount)) {
        auto account = source().client->createHaReplicationAccount({ clientHostFor(master.side.address) });
        if (!account)
            return ApplianceConnections::toResult(account.error());
        DbAccount a = account.takeValue();
        ReplicationSource from;
        from.host = masterLink.value(QStringLiteral("host")).toString(source().address);
        from.port = masterLink.value(QStringLiteral("port")).toInt(3306);
        from.user = a.user;
        from.gtid = masterLink.value(QStringLiteral("gtid")).toString();
        if (auto r = databaseCa(*source().client, from.host, context, &from.caPem); !r) {
            a.password.fill('\0');
            return r;
        }
        auto configured = master.client()->configureReplication(from, a.password);
        a.password.fill('\0');
        if (!configured)
            return ApplianceConnections::toResult(configured.error());
        if (masterLink.value(QStringLiteral("wasRunning")).toBool(true)) {
            if (auto r = master.client()->startReplication(); !r)
                return ApplianceConnections::toResult(r.error());
        }
        if (const QString user = position.value(kTargetAccount).toString(); !user.isEmpty()) {
            if (auto r = target().client->dropHaReplicationAccount(user); r) {
                position.remove(kTargetAccount);
                position.remove(kMasterLinkMoved);
                context.savePosition(position);
            } else {
                keep(ApplianceConnections::toResult(r.error()));
            }
        }
    }

    // The target forgets its link, then the master forgets the link's login.
    if (position.value(kLinkStarted).toBool() || position.contains(kAccount)) {
        if (auto r = target().client->resetReplication(); !r)
            return ApplianceConnections::toResult(r.error());
    }
    if (const QString user = position.value(kAccount).toString(); !user.isEmpty()) {
        if (auto r = master.client()->dropHaReplicationAccount(user); !r)
            return ApplianceConnections::toResult(r.error());
        position.remove(kAccount);
        position.remove(kLinkStarted);
        context.savePosition(position);
    }
    return outcome;
}

QString HaReplicaOperation::rollbackDescription() const
{
    return tr(
        "The target no longer replicates from the master, and its login on the master is removed.", "@info");
}

} // namespace cutover
