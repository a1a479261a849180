// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceoperation.h"

namespace cutover {

ApplianceOperation::ApplianceOperation(
    OperationKind kind, std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : m_kind(kind)
    , m_connections(std::move(connections))
    , m_options(options)
{ }

void ApplianceOperation::attach(OperationContext &context)
{
    m_connections->setCancelFlag(&context.cancellation().flag());
}

QString ApplianceOperation::name(const ApplianceConnections::Side &side)
{
    if (side.info.hostName.isEmpty())
        return side.address;
    //: %1 is a host name, %2 an address
    return tr("%1 (%2)", "@info appliance name").arg(side.info.hostName, side.address);
}

Result ApplianceOperation::ensureConnected(ApplianceConnections::Side &side, OperationContext &context)
{
    if (side.client && side.client->isLoggedIn())
        return Result::ok();
    return ApplianceConnections::connect(side, &context.cancellation().flag());
}

} // namespace cutover
