// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief How long the application cannot write, for the Confirmation step and `cutover-cli
 * migrate --json`: from the moment the source enters maintenance until the target holds the data
 * and its services restarted. Computed from the plan alone, without touching anything.
 *
 * Offline, the copy happens inside that window, so it grows with the data. Low-downtime, the copy
 * runs before maintenance and only the last changes are applied inside it, so it does not depend
 * on the data size; the catch-up is bounded by MigrationOptions::catchUpTimeoutSeconds, after which
 * the run falls back and the source serves again.
 */
struct DowntimeEstimate
{
    Q_DECLARE_TR_FUNCTIONS(cutover::DowntimeEstimate)

public:
    qint64 seconds = 0; ///< expected write-unavailable time; 0 for a rehearsal
    qint64 worstCaseSeconds = 0; ///< with the catch-up taking its whole timeout (low-downtime)
    bool dependsOnDataSize = false; ///< true when the copy runs inside the window (offline)
    bool lowDowntime = false;
    /** HA source: the group's other nodes keep serving, so the application never stops (seconds 0). */
    bool highAvailability = false;

    /** One translated sentence for the Confirmation step ("About 12 seconds: …"). */
    QString summary() const;

    /**
     * The estimate for @p plan with @p dataBytes of data, copying at @p bytesPerSecond (the offline
     * copy; default 25 MiB/s, what the copy engine sustains on modest hardware).
     */
    static DowntimeEstimate forPlan(
        const MigrationPlan &plan, qint64 dataBytes, double bytesPerSecond = 25.0 * 1024 * 1024);

    /** Assumptions, public so faces and tests agree on them. */
    static constexpr qint64 kSecondsPerApiStep = 3;
    static constexpr qint64 kSecondsPerReboot = 90;
    static constexpr qint64 kCatchUpSeconds = 2; ///< measured: the final catch-up under load
};

} // namespace cutover
