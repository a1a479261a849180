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
class OperationContext;

class ReplicationSteps
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ReplicationSteps)

public:
    /**
     * A temporary account on @p side as a ready endpoint (TLS, the side's address). With a
     * @p context its name goes to the journal's temporary resources (a read account as the
     * source's, a write account as the target's), so an interrupted run drops it at the next
     * resume or backout.
     */
    static Result createAccount(ApplianceConnections::Side &side, ApplianceClient::DbAccess access,
        MysqlEndpoint *endpoint, OperationContext *context = nullptr, int unavailableWaitMs = 60000);
    /**
     * The source account the replication link logs in with: applianced's `replication` access
     * (`REPLICATION SLAVE` only), recorded in @p context like createAccount(). Sets @p unsupported
     * (and fails) when the appliance does not know that access; the caller then uses its read
     * account, as before.
     */
    static Result createReplicationAccount(ApplianceConnections::Side &side, MysqlEndpoint *endpoint,
        OperationContext *context, bool *unsupported);
    /**
     * Lets the target's MariaDB verify the source's: fetches what the source's database
     * certificate chains to over the source's pinned API (`GET /api/v1/database/certificate`),
     * hands it to the target (`POST /api/v1/migration/replication-ca`) and sets
     * @p linkAccount's `tlsCaFile` to the file the target keeps it in, which
     * ReplicationLink::start() then verifies against. Call it after createReplicationAccount() (or
     * createAccount() for the link), before the link starts. A source that cannot say (404: an
     * older appliance or a database without a certificate) leaves the link unverified, with a line
     * in @p context's log; every other failure fails.
     */
    static Result trustSourceDatabase(
        ApplianceConnections &connections, MysqlEndpoint *linkAccount, OperationContext *context = nullptr);
    /**
     * Drops a temporary account (a no-op for an empty name) and wipes the endpoint's password;
     * once dropped, the account leaves @p context's temporary resources.
     */
    static void dropAccount(
        ApplianceConnections::Side &side, MysqlEndpoint *endpoint, OperationContext *context = nullptr);
    static void dropAccount(
        ApplianceConnections::Side &side, const QString &user, OperationContext *context = nullptr);
    /**
     * Takes @p user out of @p context's temporary resources without dropping it: the account the
     * replication link logs in with must survive a resume (the journal position names it instead).
     */
    static void forgetAccount(OperationContext *context, const QString &user);

    /**
     * Stops and removes the link on the target, then drops the source account it logged in with
     * (from the link itself, or @p knownReplicationUser when the link is already gone). Safe to
     * call again.
     */
    static Result removeLink(ApplianceConnections &connections, const QString &knownReplicationUser = {},
        OperationContext *context = nullptr);

    /**
     * The lag as progress: bytes done grow as the target draws level with the source (the
     * largest lag seen is the total), with a status line naming the lag.
     */
    static Progress lagProgress(const CatchUpSample &sample, qint64 *peakLagBytes);

    /**
     * Stops the target fetching from the source, without waiting for what it is applying (a
     * backout must not keep the source in maintenance for that); removeLink() follows later.
     * Waits at most @p unavailableWaitMs for a restarting target database.
     */
    static Result stopFetching(ApplianceConnections &connections, OperationContext *context = nullptr,
        int unavailableWaitMs = 60000);

    static QJsonObject toJson(const BinlogPosition &position);
    static BinlogPosition fromJson(const QJsonObject &json);

    /** A database error as a Result with a translated message naming the side. */
    static Result databaseError(const QString &code, const QString &message, const QString &details);
};

} // namespace cutover
