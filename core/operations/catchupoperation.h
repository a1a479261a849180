// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Low-downtime, step two, with the source in maintenance (read-only): reads the source's
 * final binary-log position, waits — bounded by MigrationOptions::catchUpTimeoutSeconds — until
 * the target has applied exactly that much (MASTER_GTID_WAIT, or MASTER_POS_WAIT without GTIDs),
 * checks the link ended without an error at that position, then stops and removes the link
 * (STOP SLAVE, RESET SLAVE ALL) and the temporary accounts. From here the target holds the data.
 *
 * The lag is the operation's progress. When the wait times out the operation fails before the
 * point of no return, so the runner backs out: the link goes, the source leaves maintenance and
 * serves as before, and the message says why and what to do.
 */
class CatchUpOperation : public ApplianceOperation
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CatchUpOperation)

public:
    CatchUpOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override { return 2.0; }
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

private:
    QString m_replicationUser;
    QString m_helperUser; ///< the source account of this step; its creation replays on the target
};

} // namespace cutover
