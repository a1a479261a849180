// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cutover {

struct SftpSummary;

/**
 * @brief Copies the source's user traffic logs onto the target over SFTP (libssh), with two
 * one-time keys.
 *
 * run(), download phase: makes an Ed25519 key pair in memory, records its public half in the
 * journal, has the source's `applianced` authorise it (read-only SFTP chrooted to the traffic-log
 * directory), checks the source's SSH host key against the fingerprint reported over the pinned
 * HTTPS channel, copies every log into a staging directory on this computer with SftpDownloader
 * (pipelined, resumable per file, verified) and has the key revoked.
 *
 * Upload phase: a second key pair, journalled the same way, which the target's `applianced`
 * authorises for write access to its traffic-log import directory only (`"access": "write"`:
 * its own sshd port, chrooted into that directory). The target's SSH host key is checked the same
 * way; SftpUploader writes every file there (pipelined, resumable per file by offset) and the
 * target's `applianced` hashes each one on its own disk (`GET /api/v1/migration/traffic-log-import`),
 * which must give the source's size and SHA-256. Then that key is revoked, and a staging directory
 * Cutover chose itself is removed. Both keys are revoked on success, failure and cancellation
 * alike; each file's progress in both phases is journalled, so a resumed run continues mid-file.
 * When Cutover runs on the target appliance, the path is the same (it talks to its own sshd).
 *
 * Staging: the constructor's directory, else $CUTOVER_TRAFFIC_LOG_STAGING_DIR (or the older
 * $CUTOVER_TARGET_TRAFFIC_LOG_DIR), else a directory under the journal's data directory. A
 * directory named by the caller is kept after the run; Cutover's own is removed.
 *
 * rollback() revokes any key an interrupted attempt may have left authorised on either side; the
 * copies are left alone (they change nothing on the source, and on the target they sit only in
 * the import directory).
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

    /** Where the logs wait on this computer between download and upload. */
    QString destinationDirectory() const;
    /** True when Cutover chose the staging directory itself (and removes it after a verified upload). */
    bool isStaging() const;
    /** Journal checkpoints of a partly copied file every @p bytes (default 8 MiB); for tests. */
    void setCheckpointIntervalForTesting(qint64 bytes) { m_checkpointInterval = bytes; }

private:
    /**
     * Revokes every public key listed in @p position under @p field ("sshPublicKeys" on the
     * source, "targetSshPublicKeys" on the target); drops the revoked ones.
     */
    Result revokeRecordedKeys(QJsonObject *position, OperationContext &context, bool target);
    Result download(OperationContext &context, QJsonObject &position, SftpSummary *summary);
    Result upload(OperationContext &context, QJsonObject &position, qint64 downloadedBytes,
        int downloadedFiles, SftpSummary *summary);

    QString m_destination;
    qint64 m_checkpointInterval = 8 * 1024 * 1024;
};

} // namespace cutover
