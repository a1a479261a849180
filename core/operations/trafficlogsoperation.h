// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Copies the source's user traffic logs over SFTP (libssh) with a one-time key.
 *
 * run(): makes an Ed25519 key pair in memory, records its public half in the journal, has the
 * source's `applianced` authorise it (read-only SFTP chrooted to the traffic-log directory),
 * checks the source's SSH host key against the fingerprint reported over the pinned HTTPS
 * channel, copies every log with SftpDownloader (pipelined, resumable per file, verified) and
 * has the key revoked — on success, failure and cancellation alike. Each finished file and the
 * offset of the file in progress are journalled, so a resumed run continues mid-file.
 *
 * Destination: the constructor's directory, else $CUTOVER_TARGET_TRAFFIC_LOG_DIR (Cutover running
 * on the target appliance writes straight into its traffic-log directory), else a staging
 * directory under the journal's data directory — `applianced` has no endpoint yet that receives
 * files, so the report then says where the logs wait.
 *
 * rollback() revokes any key an interrupted attempt may have left authorised; the copied files
 * are left alone (they change nothing on the source).
 */
class TrafficLogsOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::TrafficLogsOperation)

public:
    TrafficLogsOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options,
        const QString &destinationDirectory = {});

    QString description() const override;
    double weight() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

    /** Where the logs go: the explicit directory, the environment's, or the staging directory. */
    QString destinationDirectory() const;
    /** True when the destination is a staging directory rather than the target's log directory. */
    bool isStaging() const;

private:
    /** Revokes every public key listed in @p position ("sshPublicKeys"); drops the revoked ones. */
    Result revokeRecordedKeys(QJsonObject *position, OperationContext &context);

    QString m_destination;
};

} // namespace cutover
