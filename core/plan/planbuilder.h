// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copypath.h"
#include "migrationplan.h"

namespace cutover {

/**
 * @brief Builds the plan from the source's role and the chosen options, in the order of the
 * vendor manual's Execution step.
 *
 * Offline order (the manual): copy system settings; [HA] remove round-robin hosts from the
 * master; put the source into maintenance; [HA] deactivate the replica; [standalone] copy data;
 * ── point of no return ── modify the source configuration; [Migrate License] migrate the
 * license; [Swap] reboot both; [HA] copy data and activate the replica; update certificates;
 * restart services; [Copy Traffic Logs] copy traffic logs; final operations; verify.
 *
 * Low-downtime (standalone only): a bulk copy runs right after the settings, while the source
 * still serves; the copy after maintenance becomes a short catch-up. An HA source ignores the
 * mode: its data already moves through replication.
 *
 * Rehearsal: the target gets settings (basic groups only), data, certificates, services and
 * logs, then is verified; the source is only read.
 */
class PlanBuilder
{
public:
    /** The logical copy: without both appliances' Source Info the physical path cannot be judged. */
    static MigrationPlan build(SourceRole role, const MigrationOptions &options);
    /**
     * With the copy path chosen by CopyPath::choose(): the physical copy (issue 9) takes the place
     * of the bulk copy (low downtime, followed by the same catch-up) or of the copy (offline).
     */
    static MigrationPlan build(
        SourceRole role, const MigrationOptions &options, const CopyPathChoice &copyPath);
    /**
     * Whether this build offers the low-downtime mode (bulk copy while the source serves, then a
     * replication catch-up); the session still falls back to offline for HA sources and when
     * the source's binary log is off.
     */
    static bool isLowDowntimeAvailable() { return true; }
};

} // namespace cutover
