// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace cutover {

/**
 * @brief The kinds of step a migration plan is made of, in no particular order.
 *
 * The plan holds kinds, not operation objects, so it can be built, shown, compared in tests
 * and stored in the journal without touching an appliance. The ids are stable: the journal
 * stores them, so never rename one.
 */
enum class OperationKind {
    CopySystemSettings, ///< "copy-system-settings"
    BulkCopyData, ///< "bulk-copy-data": low-downtime copy while the source still serves
    RemoveRoundRobinHosts, ///< "remove-round-robin-hosts": HA, before maintenance
    EnterMaintenance, ///< "enter-maintenance"
    DeactivateReplica, ///< "deactivate-replica": HA only
    CopyData, ///< "copy-data": standalone, offline (and rehearsal)
    CatchUpData, ///< "catch-up-data": low-downtime, short catch-up after maintenance
    ModifySourceConfiguration, ///< "modify-source-configuration"
    MigrateLicense, ///< "migrate-license"
    RebootBoth, ///< "reboot-both": Swap Configuration only
    CopyDataActivateReplica, ///< "copy-data-activate-replica": HA only
    UpdateCertificates, ///< "update-certificates"
    RestartServices, ///< "restart-services"
    CopyTrafficLogs, ///< "copy-traffic-logs": option
    FinalOperations, ///< "final-operations": HA restores the round-robin hosts; temp accounts go
    Verify, ///< "verify": data, settings and license checked on the target
    PhysicalCopyData, ///< "physical-copy-data": the database files streamed and swapped in (issue 9)
};

/** The stable id of @p kind, as stored in the journal and printed by `--json`. */
QString operationKindId(OperationKind kind);
/** Parses an id; returns false for an unknown one (a journal from a newer version). */
bool operationKindFromId(const QString &id, OperationKind *kind);
/** The translated title, as the Confirmation and Execution pages show it. */
QString operationKindTitle(OperationKind kind);
/** Every kind, in declaration order. */
QList<OperationKind> allOperationKinds();

} // namespace cutover

Q_DECLARE_METATYPE(cutover::OperationKind)
