// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Low-downtime, step one: copies the data while the source keeps serving, then makes the
 * target a replica of the source from exactly the copy's snapshot and waits until it trails the
 * source by less than a second. The lag is the operation's progress once the copy is done.
 *
 * The copy engine (core/mysql DatabaseCopier) reads one consistent snapshot and reports its
 * binary-log file, position and GTID; they go to the journal before the first write to the target.
 * The source account the copy reads with is also the one the link logs in with: it was made
 * before the snapshot, so its creation never replays on the target. It stays until the catch-up
 * (or a backout) removes the link.
 *
 * A resumed run whose link is up goes on waiting; otherwise it copies again from a new snapshot
 * (the source kept changing, so the old chunks are no longer a consistent set). Rollback removes
 * the link and the account; the target keeps the copied data, the source is untouched.
 */
class BulkCopyOperation : public ApplianceOperation
{
    Q_DECLARE_TR_FUNCTIONS(cutover::BulkCopyOperation)

public:
    BulkCopyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

    /** How long the target may take to draw level with a serving source (default 10 minutes). */
    void setServingCatchUpTimeoutMs(int ms) { m_servingTimeoutMs = ms; }

    /**
     * Waits, bounded by @p timeoutMs, until the target's replication link trails the serving
     * source by less than a second, the lag as progress. The physical copy waits the same way.
     */
    static Result waitUntilLevel(ApplianceConnections &connections, OperationContext &context, int timeoutMs);

private:
    Result copyAndLink(OperationContext &context, QJsonObject &position);
    Result catchUpWhileServing(OperationContext &context, const QString &replicationUser);

    int m_servingTimeoutMs = 10 * 60 * 1000;
    QString m_replicationUser;
};

} // namespace cutover
