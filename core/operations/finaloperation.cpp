// SPDX-License-Identifier: GPL-3.0-or-later
#include "finaloperation.h"

namespace cutover {

FinalOperation::FinalOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options, bool ha)
    : ApplianceOperation(OperationKind::FinalOperations, std::move(connections), options)
    , m_ha(ha)
{ }

QString FinalOperation::description() const
{
    if (m_ha && !m_options.rehearsal) {
        //: %1 is an address
        return tr("The round-robin hosts come back on the master, with %1 in place of the source.", "@info")
            .arg(target().address);
    }
    return tr("The target is taken out of maintenance if needed and the run is closed.", "@info");
}

Result FinalOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    if (m_ha && !m_options.rehearsal) {
        if (auto r = ensureConnected(source(), context); !r)
            return r;
        auto ha = source().client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        QStringList hosts;
        for (const auto &h : ha.value().removedRoundRobinHosts) {
            // Without a swap the target keeps its own address: it takes the source's place.
            const bool sourceHost = h == source().address || source().info.addresses.contains(h);
            hosts.append(sourceHost && !m_options.swapConfiguration ? target().address : h);
        }
        hosts.removeDuplicates();
        if (!hosts.isEmpty()) {
            if (auto r = source().client->restoreRoundRobinHosts(hosts); !r)
                return ApplianceConnections::toResult(r.error());
            context.log(tr("Round-robin hosts restored: %1", "@info").arg(hosts.join(QStringLiteral(", "))));
        }
    }
    auto maintenance = target().client->maintenance();
    if (!maintenance)
        return ApplianceConnections::toResult(maintenance.error());
    if (maintenance.value()) {
        if (auto r = target().client->setMaintenance(false); !r)
            return ApplianceConnections::toResult(r.error());
        context.log(tr("The target left maintenance.", "@info"));
    }
    context.progress().setUnits(1, 1);
    return Result::ok();
}

} // namespace cutover
