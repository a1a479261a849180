// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"
#include "applianceoperation.h"
#include "replication/replicationlink.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief The physical copy (issue 9): the target's `applianced` pulls a `mariadb-backup` stream
 * straight from the source's `applianced` (HTTPS, pinned to the source's certificate, a one-time
 * ticket this operation fetches and hands over), prepares it and swaps it in; the target's
 * previous datadir is kept until Verify has compared the data and commits.
 *
 * Low downtime: it takes the bulk copy's place while the source keeps serving, then starts the
 * same replication link from the backup's binary-log position / GTID and waits until the target
 * is level; the catch-up after maintenance follows as for the logical copy. Offline: it takes the
 * copy's place, with the source already in maintenance.
 *
 * Progress: bytes streamed, then bytes prepared, reported by the target's job. The journal
 * position records the job as soon as it exists (and that one was asked for before that), so a
 * resumed run polls the same job, and a backout rolls it back. Rollback removes the link and asks
 * the target to put its previous data back (or to cancel a job still streaming or preparing);
 * the source is only read throughout.
 */
class PhysicalCopyOperation : public ApplianceOperation
{
    Q_DECLARE_TR_FUNCTIONS(cutover::PhysicalCopyOperation)

public:
    PhysicalCopyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

    /** Holds the source's stream to this rate (bytes a second, 0 = unlimited) to spare a busy source. */
    void setMaxBytesPerSecond(qint64 bytesPerSecond) { m_maxBytesPerSecond = bytesPerSecond; }
    /** The job fails when its byte counts do not move for this long (default 5 minutes). */
    void setStallTimeoutMs(int ms) { m_stallTimeoutMs = ms; }
    /** How long the target may take to draw level with a serving source (default 10 minutes). */
    void setServingCatchUpTimeoutMs(int ms) { m_servingTimeoutMs = ms; }
    /**
     * Where the target reaches the source's `applianced` for the stream; empty: the source's
     * address as Cutover reaches it, port 443.
     */
    void setStreamEndpoint(const QString &host, int port);

    /** The states of the target's job, as the journal and the report name them. */
    static bool isLowDowntime(const MigrationOptions &options)
    {
        return options.mode == MigrationOptions::Mode::LowDowntime;
    }

private:
    Result checkTargetSchemas(OperationContext &context);
    Result startJob(OperationContext &context, QJsonObject &position);
    Result waitForJob(OperationContext &context, QJsonObject &position);
    Result startLink(OperationContext &context, QJsonObject &position);
    Result rollbackJob(OperationContext &context);
    Result jobError(const PhysicalRestoreStatus &status) const;
    void report(OperationContext &context, const PhysicalRestoreStatus &status, qint64 elapsedMs);

    qint64 m_maxBytesPerSecond = 0;
    int m_stallTimeoutMs = 5 * 60 * 1000;
    int m_servingTimeoutMs = 10 * 60 * 1000;
    QString m_streamHost;
    int m_streamPort = 443;
    void save(OperationContext &context, const QJsonObject &position);

    QString m_replicationUser;
    QJsonObject m_position; ///< the last position saved, for a rollback without a journal
    double m_lastFraction = 0.0;
};

} // namespace cutover
