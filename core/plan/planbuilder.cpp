// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "common/logging.h"

namespace cutover {

MigrationPlan PlanBuilder::build(SourceRole role, const MigrationOptions &options)
{
    // Without both appliances' Source Info the physical path cannot be judged: logical.
    CopyPathChoice logical;
    logical.reason = CopyPathChoice::Reason::OptionOff;
    return build(role, options, logical);
}

MigrationPlan PlanBuilder::build(
    SourceRole role, const MigrationOptions &options, const CopyPathChoice &copyPath)
{
    using K = OperationKind;
    // The physical copy (issue 9) replaces the bulk copy (low downtime) or the copy (offline).
    const bool physical = copyPath.isPhysical() && !options.rehearsal && !isHighAvailability(role);
    const bool ha = isHighAvailability(role);
    QList<K> steps;

    if (options.rehearsal) {
        // Reads from the source only: no maintenance, no license move, no swap, no reboot.
        // An HA source is copied from a consistent snapshot too; its replica link stays as is.
        MigrationOptions effective = options;
        effective.swapConfiguration = false;
        effective.migrateLicense = false;
        effective.mode = MigrationOptions::Mode::Offline;
        steps << K::CopySystemSettings << K::CopyData << K::UpdateCertificates << K::RestartServices;
        if (options.copyTrafficLogs)
            steps << K::CopyTrafficLogs;
        steps << K::FinalOperations << K::Verify;
        qCDebug(lcCutoverPlan) << "rehearsal plan" << steps.size() << "steps";
        return MigrationPlan(role, effective, steps, steps.size());
    }

    const bool lowDowntime = !ha && options.mode == MigrationOptions::Mode::LowDowntime;
    MigrationOptions effective = options;
    if (ha)
        effective.mode = MigrationOptions::Mode::Offline;

    steps << K::CopySystemSettings;
    if (lowDowntime)
        steps << (physical ? K::PhysicalCopyData : K::BulkCopyData);
    if (ha)
        steps << K::RemoveRoundRobinHosts;
    steps << K::EnterMaintenance;
    if (ha)
        steps << K::DeactivateReplica;
    // HA: the target takes the source's place in the group before the point of no return, so a target
    // that cannot join (cannot reach the master, a replication error) backs out and the source rejoins.
    if (ha)
        steps << K::CopyDataActivateReplica;
    else
        steps << (lowDowntime ? K::CatchUpData : (physical ? K::PhysicalCopyData : K::CopyData));

    const qsizetype pointOfNoReturn = steps.size();
    steps << K::ModifySourceConfiguration;
    // The license moves once the data is on the target and the source no longer serves, but
    // before a swap reboot changes addresses and identities: both appliances are still where
    // preflight checked them, and the source is already marked as migrated.
    if (options.migrateLicense)
        steps << K::MigrateLicense;
    if (options.swapConfiguration)
        steps << K::RebootBoth;
    steps << K::UpdateCertificates << K::RestartServices;
    if (options.copyTrafficLogs)
        steps << K::CopyTrafficLogs;
    steps << K::FinalOperations << K::Verify;

    return MigrationPlan(role, effective, steps, pointOfNoReturn);
}

} // namespace cutover
