// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundrobinoperation.h"

#include "hagroup.h"

#include <QJsonArray>

namespace cutover {

namespace {
const QString kRemoved = QStringLiteral("removed");

QStringList toStringList(const QJsonArray &array)
{
    QStringList list;
    for (const auto &v : array)
        list.append(v.toString());
    return list;
}
} // namespace

RoundRobinOperation::RoundRobinOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::RemoveRoundRobinHosts, std::move(connections), options)
{ }

QString RoundRobinOperation::description() const
{
    //: %1 lists addresses
    return tr("The master of the group stops sending clients to the source: %1 leave the round-robin hosts "
              "for now and come back at the end.",
        "@info")
        .arg(source().info.addresses.isEmpty() ? source().address
                                               : source().info.addresses.join(QStringLiteral(", ")));
}

Result RoundRobinOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    QJsonObject position = context.position();
    HaGroup::Connection master;
    if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
        return r;
    QStringList hosts = toStringList(position.value(kRemoved).toArray());
    if (!position.contains(kRemoved)) {
        // The list lives on the master of the group, not on the source.
        auto ha = master.client()->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        for (const auto &h : ha.value().roundRobinHosts) {
            if (HaGroup::isSourceHost(source(), h))
                hosts.append(h);
        }
        hosts.removeDuplicates();
        // Journal first: a crash right after the call still knows what to put back.
        position.insert(kRemoved, QJsonArray::fromStringList(hosts));
    }
    context.savePosition(position);
    if (hosts.isEmpty()) {
        context.log(tr("The source is not among the round-robin hosts; nothing to remove.", "@info"));
        return Result::ok();
    }
    if (auto r = master.client()->removeRoundRobinHosts(hosts); !r)
        return ApplianceConnections::toResult(r.error());
    context.progress().setUnits(1, 1);
    //: %1 lists addresses, %2 is the master's address
    context.log(
        tr("Removed from the round-robin hosts on the master %2: %1", "@info")
            .arg(hosts.join(QStringLiteral(", ")), master.isSource ? source().address : master.side.address));
    return Result::ok();
}

Result RoundRobinOperation::rollback(OperationContext &context)
{
    attach(context);
    QJsonObject position = context.position();
    const QStringList hosts = toStringList(position.value(kRemoved).toArray());
    if (hosts.isEmpty())
        return Result::ok();
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    HaGroup::Connection master;
    if (auto r = HaGroup::connect(*m_connections, context, position, master); !r)
        return r;
    if (auto r = master.client()->restoreRoundRobinHosts(hosts); !r)
        return ApplianceConnections::toResult(r.error());
    return Result::ok();
}

QString RoundRobinOperation::rollbackDescription() const
{
    return tr("The source's round-robin hosts are back on the master.", "@info");
}

} // namespace cutover
