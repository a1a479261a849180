// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief HA only: "Copy data and activate replica". The target takes the source's place in its
 * group: it receives the source's data (the source is in maintenance and no longer replicates, so
 * its data is the master's up to the source's replica position), then replicates from the master
 * from exactly that position, through a permanent replication account on the master, until it has
 * applied everything the master wrote meanwhile. The master keeps serving throughout.
 *
 * It lies before the point of no return: a failure (the target cannot reach the master, the link
 * stops with an error, the catch-up does not finish in time) backs out — the target forgets the
 * link, the account on the master is dropped, and the earlier steps put the source back into the
 * group. The journal holds the master's address and pin, the replica position, the copy's chunks
 * and the account's name (never its password), so a killed run resumes where it stopped.
 *
 * Every link it configures verifies the database certificate of the node it reads from against
 * what that node's pinned API reports (`GET /api/v1/database/certificate`); a refused certificate
 * fails at once (`ha.master_certificate`) and backs out.
 */
class HaReplicaOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::HaReplicaOperation)

public:
    HaReplicaOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

    /**
     * The PEM the database certificate of the appliance behind @p client chains to, for a link
     * that reads from it to verify (@p who names it in the log). Empty, and a log line, when the
     * appliance cannot say (404: older, or its database has no certificate): that link is not
     * verified. Every other failure fails.
     */
    static Result databaseCa(
        ApplianceClient &client, const QString &who, OperationContext &context, QByteArray *pem);
};

} // namespace cutover
