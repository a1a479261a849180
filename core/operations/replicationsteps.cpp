// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicationsteps.h"

#include "operationcontext.h"
#include "replication/replicationlogging.h"
#include "temporarydbaccounts.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QThread>

namespace cutover {

Result ReplicationSteps::createAccount(ApplianceConnections::Side &side, ApplianceClient::DbAccess access,
    MysqlEndpoint *endpoint, OperationContext *context, int unavailableWaitMs)
{
    if (!side.client)
        return Result::error(QStringLiteral("replication.not_connected"),
            tr("Cutover is not connected to %1.", "@info").arg(side.address));
    // Right after a restart of the database the appliance answers database.unavailable for a
    // moment; wait for it, bounded.
    QDeadlineTimer deadline(unavailableWaitMs);
    for (;;) {
        auto r = side.client->createDbAccount(access, TemporaryDbAccounts::clientHostFor(side.address));
        if (r) {
            if (context)
                context->recordTemporaryResource(TemporaryDbAccounts::resource(
                    access == ApplianceClient::DbAccess::Read ? QStringLiteral("source")
                                                              : QStringLiteral("target"),
                    r.value().user));
            endpoint->host = side.address;
            endpoint->user = r.value().user;
            endpoint->password = r.value().password;
            endpoint->useTls = true;
            return Result::ok();
        }
        if (r.error().code() != QLatin1String("database.unavailable") || deadline.hasExpired())
            return ApplianceConnections::toResult(r.error());
        QThread::msleep(500); // a poll interval while the appliance restarts its database
    }
}

Result ReplicationSteps::createReplicationAccount(
    ApplianceConnections::Side &side, MysqlEndpoint *endpoint, OperationContext *context, bool *unsupported)
{
    *unsupported = false;
    if (!side.client)
        return Result::error(QStringLiteral("replication.not_connected"),
            tr("Cutover is not connected to %1.", "@info").arg(side.address));
    // Not in ApplianceClient::DbAccess (yet): the generic call, with createDbAccount()'s body.
    auto r = side.client->request("POST", QStringLiteral("/api/v1/migration/db-account"),
        QJsonObject { { QStringLiteral("access"), QStringLiteral("replication") },
            { QStringLiteral("clientHost"), TemporaryDbAccounts::clientHostFor(side.address) } },
        true);
    if (!r) {
        *unsupported = r.error().code() == QLatin1String("request.invalid_value");
        return ApplianceConnections::toResult(r.error());
    }
    const QString user = r.value().value(QStringLiteral("user")).toString();
    if (user.isEmpty()) {
        *unsupported = true;
        return Result::error(QStringLiteral("replication.account_failed"), QString());
    }
    if (context)
        context->recordTemporaryResource(TemporaryDbAccounts::resource(QStringLiteral("source"), user));
    endpoint->host = side.address;
    endpoint->user = user;
    endpoint->password = r.value().value(QStringLiteral("password")).toString().toUtf8();
    endpoint->useTls = true;
    return Result::ok();
}

Result ReplicationSteps::trustSourceDatabase(
    ApplianceConnections &connections, MysqlEndpoint *linkAccount, OperationContext *context)
{
    auto &source = connections.source();
    auto &target = connections.target();
    if (!source.client || !target.client)
        return Result::error(QStringLiteral("replication.not_connected"),
            tr("Cutover is not connected to %1.", "@info")
                .arg(source.client ? target.address : source.address));
    linkAccount->tlsCaFile.clear();
    auto ca = source.client->databaseCertificate();
    if (!ca) {
        if (ca.error().kind() == ApiError::Kind::Http && ca.error().httpStatus() == 404) {
            qCWarning(lcCutoverReplication)
                << "the source does not hand out its database certificate; the link "
                   "is not verified";
            if (context) {
                //: %1 is the source's address
                context->log(
                    tr("%1 does not hand out its database certificate, so the replication link to it "
                       "is not verified.",
                        "@info")
                        .arg(source.address));
            }
            return Result::ok();
        }
        return ApplianceConnections::toResult(ca.error());
    }
    auto path = target.client->trustReplicationCa(ca.value());
    if (!path)
        return ApplianceConnections::toResult(path.error());
    linkAccount->tlsCaFile = path.value();
    return Result::ok();
}

void ReplicationSteps::dropAccount(
    ApplianceConnections::Side &side, const QString &user, OperationContext *context)
{
    if (user.isEmpty() || !side.client)
        return;
    if (auto r = side.client->dropDbAccount(user); !r) {
        // Left in the journal: the next resume or backout tries again.
        qCWarning(lcCutoverReplication).noquote() << "could not drop" << user << r.error().technicalSummary();
        return;
    }
    forgetAccount(context, user);
}

void ReplicationSteps::forgetAccount(OperationContext *context, const QString &user)
{
    if (!context || user.isEmpty())
        return;
    // The journal holds each account under the side it was made on; the names are unique.
    context->forgetTemporaryResource(TemporaryDbAccounts::resource(QStringLiteral("source"), user));
    context->forgetTemporaryResource(TemporaryDbAccounts::resource(QStringLiteral("target"), user));
}

void ReplicationSteps::dropAccount(
    ApplianceConnections::Side &side, MysqlEndpoint *endpoint, OperationContext *context)
{
    dropAccount(side, endpoint->user, context);
    endpoint->user.clear();
    endpoint->password.fill('\0');
    endpoint->password.clear();
}

Result ReplicationSteps::removeLink(
    ApplianceConnections &connections, const QString &knownReplicationUser, OperationContext *context)
{
    MysqlEndpoint write;
    if (auto r = createAccount(connections.target(), ApplianceClient::DbAccess::Write, &write, context); !r)
        return r;
    QString error;
    QString replicationUser = knownReplicationUser;
    {
        ReplicationLink link(write);
        ReplicaStatus status;
        if (!link.status(&status, &error) || !link.remove(&error)) {
            dropAccount(connections.target(), &write, context);
            return databaseError(QStringLiteral("replication.remove_failed"),
                tr("The target's replication link to the source could not be removed.", "@info"), error);
        }
        if (status.masterUser.startsWith(QLatin1String("cutover_mig_")))
            replicationUser = status.masterUser;
    }
    dropAccount(connections.target(), &write, context);
    dropAccount(connections.source(), replicationUser, context);
    if (!knownReplicationUser.isEmpty() && knownReplicationUser != replicationUser)
        dropAccount(connections.source(), knownReplicationUser, context);
    return Result::ok();
}

Progress ReplicationSteps::lagProgress(const CatchUpSample &sample, qint64 *peakLagBytes)
{
    Progress p;
    const qint64 lag = std::max<qint64>(0, sample.lagBytes);
    *peakLagBytes = std::max(*peakLagBytes, lag);
    p.bytesTotal = std::max<qint64>(1, *peakLagBytes);
    p.bytesDone = p.bytesTotal - std::min(lag, p.bytesTotal);
    if (sample.lagBytes < 0) {
        p.bytesDone = 0;
        p.status = tr("Waiting for the target's replication to start …", "@info progress");
    } else if (lag == 0) {
        p.bytesDone = p.bytesTotal;
        p.status = tr("The target is up to date with the source.", "@info progress");
    } else if (sample.secondsBehind > 0) {
        //: %1 is an amount of binary log such as "1.2 MB"; the target is behind by that much
        p.status = tr("The target is %1 (%n second(s)) behind the source …", "@info progress",
            int(std::min<qint64>(sample.secondsBehind, 1000000)))
                       .arg(QLocale().formattedDataSize(lag));
    } else {
        //: %1 is an amount of binary log such as "1.2 MB"
        p.status = tr("The target is %1 behind the source …", "@info progress")
                       .arg(QLocale().formattedDataSize(lag));
    }
    return p;
}

Result ReplicationSteps::stopFetching(
    ApplianceConnections &connections, OperationContext *context, int unavailableWaitMs)
{
    MysqlEndpoint write;
    if (auto r = createAccount(
            connections.target(), ApplianceClient::DbAccess::Write, &write, context, unavailableWaitMs);
        !r)
        return r;
    QString error;
    bool stopped = false;
    {
        ReplicationLink link(write);
        stopped = link.stopFetching(&error);
    }
    dropAccount(connections.target(), &write, context);
    if (!stopped)
        return databaseError(QStringLiteral("replication.remove_failed"),
            tr("The target's replication link to the source could not be removed.", "@info"), error);
    return Result::ok();
}

QJsonObject ReplicationSteps::toJson(const BinlogPosition &position)
{
    return { { QStringLiteral("file"), position.file },
        { QStringLiteral("position"), qint64(position.position) },
        { QStringLiteral("gtid"), position.gtid } };
}

BinlogPosition ReplicationSteps::fromJson(const QJsonObject &json)
{
    BinlogPosition p;
    p.file = json.value(QStringLiteral("file")).toString();
    p.position = quint64(json.value(QStringLiteral("position")).toInteger());
    p.gtid = json.value(QStringLiteral("gtid")).toString();
    return p;
}

Result ReplicationSteps::databaseError(const QString &code, const QString &message, const QString &details)
{
    return Result::error(code, message, details);
}

} // namespace cutover
