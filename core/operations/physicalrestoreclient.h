// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"
#include "api/applianceclient.h"

namespace cutover {

/**
 * @brief The physical-copy calls of the `applianced` API (docs/api.md "Physical copy"), on an
 * ApplianceClient: the backup ticket on the source, the restore job on the target.
 *
 * The ticket is a credential: it goes from the source's answer straight into the target's
 * request and is wiped afterwards; it never reaches a log, the journal or the report.
 */
class PhysicalRestoreClient
{
public:
    /** `POST /api/v1/migration/backup-ticket` on the source; @p maxBytesPerSecond 0 = unlimited. */
    static ApiResult<BackupTicket> backupTicket(ApplianceClient &source, qint64 maxBytesPerSecond = 0);
    /** `POST /api/v1/migration/physical-restore` on the target; @p ticket is wiped before return. */
    static ApiResult<PhysicalRestoreStatus> start(ApplianceClient &target, const QString &sourceHost,
        int sourcePort, const QString &sourceFingerprint, QByteArray &ticket);
    /** `GET /api/v1/migration/physical-restore`. */
    static ApiResult<PhysicalRestoreStatus> status(ApplianceClient &target);
    /** `POST …/commit`: deletes the kept previous datadir (only in `ready`). */
    static ApiResult<PhysicalRestoreStatus> commit(ApplianceClient &target);
    /**
     * `POST …/rollback`: the previous datadir back, or a running job cancelled. Answers once the
     * target's MariaDB is up again, so it may take a while (bounded by @p timeoutMs).
     */
    static ApiResult<PhysicalRestoreStatus> rollback(ApplianceClient &target, int timeoutMs = 180000);
};

} // namespace cutover
