// SPDX-License-Identifier: GPL-3.0-or-later
#include "finaloperation.h"

#include "hagroup.h"

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
        QJsonObject position = context.position();
        HaGroup::Connection master;
        if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
            return r;
        context.savePosition(position);
        auto ha = master.client()->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        // The source's hosts that left the list at the start; the target's address takes their place
        // (after a swap it serves at the source's address, which then simply comes back).
        QStringList hosts;
        for (const auto &h : ha.value().removedRoundRobinHosts) {
            if (HaGroup::isSourceHost(source(), h) || h == target().address)
                hosts.append(h);
        }
        hosts.removeDuplicates();
        if (!hosts.isEmpty()) {
            if (auto r
                = master.client()->replaceRoundRobinHosts(hosts, target().address, target().info.hostName);
                !r)
                return ApplianceConnections::toResult(r.error());
            //: %1 is the master's address, %2 lists addresses, %3 the address that replaces them
            context.log(tr("Round-robin hosts on the master %1: %2 replaced by %3", "@info")
                            .arg(master.isSource ? source().address : master.side.address,
                                hosts.join(QStringLiteral(", ")), target().address));
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
