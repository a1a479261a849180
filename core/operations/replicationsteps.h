// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "common/progress.h"
#include "mysql/mysqlendpoint.h"
#include "replication/catchupmonitor.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cutover {

/**
 * @brief What the low-downtime operations (bulk copy, catch-up) share: temporary database
 * accounts made through `applianced`, and taking the target's replication link down again.
 *
 * Account names may go to the journal; passwords never do.
 */
class ReplicationSteps
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ReplicationSteps)

public:
    /** A temporary account on @p side as a ready endpoint (TLS, the side's address). */
    static Result createAccount(
        ApplianceConnections::Side &side, ApplianceClient::DbAccess access, MysqlEndpoint *endpoint);
    /** Drops a temporary account (a no-op for an empty name) and wipes the endpoint's password. */
    static void dropAccount(ApplianceConnections::Side &side, MysqlEndpoint *endpoint);
    static void dropAccount(ApplianceConnections::Side &side, const QString &user);

    /**
     * Stops and removes the link on the target, then drops the source account it logged in with
     * (from the link itself, or @p knownReplicationUser when the link is already gone). Safe to
     * call again.
     */
    static Result removeLink(ApplianceConnections &connections, const QString &knownReplicationUser = {});

    /**
     * The lag as progress: bytes done grow as the target draws level with the source (the
     * largest lag seen is the total), with a status line naming the lag.
     */
    static Progress lagProgress(const CatchUpSample &sample, qint64 *peakLagBytes);

    /**
     * Stops the target fetching from the source, without waiting for what it is applying (a
     * backout must not keep the source in maintenance for that); removeLink() follows later.
     */
    static Result stopFetching(ApplianceConnections &connections);

    static QJsonObject toJson(const BinlogPosition &position);
    static BinlogPosition fromJson(const QJsonObject &json);

    /** A database error as a Result with a translated message naming the side. */
    static Result databaseError(const QString &code, const QString &message, const QString &details);
};

} // namespace cutover
