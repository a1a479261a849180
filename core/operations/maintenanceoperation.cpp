// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenanceoperation.h"

namespace cutover {

MaintenanceOperation::MaintenanceOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::EnterMaintenance, std::move(connections), options)
{ }

QString MaintenanceOperation::description() const
{
    //: %1 names the source appliance
    return tr("%1 stops accepting changes: its database becomes read-only and its application API pauses. "
              "A backout turns maintenance off again.",
        "@info")
        .arg(name(source()));
}

Result MaintenanceOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    context.progress().setStatus(tr("Turning maintenance on …", "@info progress"));
    if (auto r = source().client->setMaintenance(true); !r)
        return ApplianceConnections::toResult(r.error());
    auto on = source().client->maintenance();
    if (!on)
        return ApplianceConnections::toResult(on.error());
    if (!on.value()) {
        return Result::error(QStringLiteral("maintenance.not_applied"),
            tr("The source accepted the maintenance request but is not in maintenance.", "@info"));
    }
    context.progress().setUnits(1, 1);
    context.log(tr("The source is in maintenance.", "@info"));
    return Result::ok();
}

Result MaintenanceOperation::rollback(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = source().client->setMaintenance(false); !r)
        return ApplianceConnections::toResult(r.error());
    return Result::ok();
}

QString MaintenanceOperation::rollbackDescription() const
{
    return tr("The source left maintenance and accepts changes again.", "@info");
}

} // namespace cutover
