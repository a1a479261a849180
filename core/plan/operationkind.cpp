// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationkind.h"

#include <QCoreApplication>
#include <array>

namespace cutover {

namespace {

struct TranslatableText
{
    const char *source;
    const char *comment;
};

struct KindInfo
{
    OperationKind kind;
    const char *id;
    TranslatableText title;
};

// The titles follow the wording of the vendor manual's Execution step.
const std::array<KindInfo, 17> kKinds { {
    { OperationKind::CopySystemSettings, "copy-system-settings",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Copy the system settings", "@title operation") },
    { OperationKind::BulkCopyData, "bulk-copy-data",
        QT_TRANSLATE_NOOP3(
            "cutover::Operation", "Copy the data while the source keeps serving", "@title operation") },
    { OperationKind::RemoveRoundRobinHosts, "remove-round-robin-hosts",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Remove the source's round-robin hosts from the master",
            "@title operation") },
    { OperationKind::EnterMaintenance, "enter-maintenance",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Put the source into maintenance", "@title operation") },
    { OperationKind::DeactivateReplica, "deactivate-replica",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Deactivate the source's replica", "@title operation") },
    { OperationKind::CopyData, "copy-data",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Copy the data", "@title operation") },
    { OperationKind::CatchUpData, "catch-up-data",
        QT_TRANSLATE_NOOP3(
            "cutover::Operation", "Catch up with the last changes on the source", "@title operation") },
    { OperationKind::ModifySourceConfiguration, "modify-source-configuration",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Modify the source configuration", "@title operation") },
    { OperationKind::MigrateLicense, "migrate-license",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Migrate the license", "@title operation") },
    { OperationKind::RebootBoth, "reboot-both",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Reboot both systems", "@title operation") },
    { OperationKind::CopyDataActivateReplica, "copy-data-activate-replica",
        QT_TRANSLATE_NOOP3(
            "cutover::Operation", "Copy the data and activate the replica", "@title operation") },
    { OperationKind::UpdateCertificates, "update-certificates",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Update the certificates", "@title operation") },
    { OperationKind::RestartServices, "restart-services",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Restart the services", "@title operation") },
    { OperationKind::CopyTrafficLogs, "copy-traffic-logs",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Copy the user traffic logs", "@title operation") },
    { OperationKind::FinalOperations, "final-operations",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Final operations", "@title operation") },
    { OperationKind::Verify, "verify",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Verify the target", "@title operation") },
    { OperationKind::PhysicalCopyData, "physical-copy-data",
        QT_TRANSLATE_NOOP3("cutover::Operation", "Copy the database files", "@title operation") },
} };

const KindInfo *find(OperationKind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

} // namespace

QString operationKindId(OperationKind kind)
{
    const auto *info = find(kind);
    return info ? QString::fromLatin1(info->id) : QString();
}

bool operationKindFromId(const QString &id, OperationKind *kind)
{
    for (const auto &info : kKinds) {
        if (id == QLatin1String(info.id)) {
            if (kind)
                *kind = info.kind;
            return true;
        }
    }
    return false;
}

QString operationKindTitle(OperationKind kind)
{
    const auto *info = find(kind);
    return info ? QCoreApplication::translate("cutover::Operation", info->title.source, info->title.comment)
                : QString();
}

QList<OperationKind> allOperationKinds()
{
    QList<OperationKind> kinds;
    for (const auto &info : kKinds)
        kinds.append(info.kind);
    return kinds;
}

} // namespace cutover
