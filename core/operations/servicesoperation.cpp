// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesoperation.h"

namespace cutover {

ServicesOperation::ServicesOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::RestartServices, std::move(connections), options)
{ }

QString ServicesOperation::description() const
{
    //: %1 names the target appliance
    return tr("The web server, the database and SSH restart on %1 with the new configuration.", "@info")
        .arg(name(target()));
}

Result ServicesOperation::run(OperationContext &context)
{
    attach(context);
    const QStringList services { QStringLiteral("web"), QStringLiteral("database"), QStringLiteral("ssh") };
    QList<ApplianceConnections::Side *> sides { &target() };
    if (m_options.swapConfiguration)
        sides.append(&source());
    int done = 0;
    for (auto *side : sides) {
        if (auto r = ensureConnected(*side, context); !r)
            return r;
        //: %1 is an address
        context.progress().setStatus(
            tr("Restarting the services on %1 …", "@info progress").arg(side->address));
        auto restarted = side->client->restartServices(services);
        if (!restarted)
            return ApplianceConnections::toResult(restarted.error());
        context.progress().setUnits(++done, sides.size());
        context.log(tr("Restarted on %1: %2", "@info")
                        .arg(side->address, restarted.value().join(QStringLiteral(", "))));
    }
    return Result::ok();
}

} // namespace cutover
