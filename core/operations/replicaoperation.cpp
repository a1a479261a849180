// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicaoperation.h"

#include <QJsonObject>

namespace cutover {

ReplicaOperation::ReplicaOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::DeactivateReplica, std::move(connections), options)
{ }

QString ReplicaOperation::description() const
{
    //: %1 names the source appliance
    return tr("%1 stops replicating from its peer; the other nodes keep serving.", "@info")
        .arg(name(source()));
}

Result ReplicaOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    QJsonObject position = context.position();
    if (!position.contains(QStringLiteral("wasRunning"))) {
        // Whether to start it again on a backout: only a link that ran before.
        auto ha = source().client->ha();
        if (!ha)
            return ApplianceConnections::toResult(ha.error());
        const auto &rep = ha.value().replication;
        position.insert(QStringLiteral("wasRunning"), rep.configured && (rep.ioRunning || rep.sqlRunning));
        position.insert(QStringLiteral("sourceHost"), rep.sourceHost);
        context.savePosition(position);
    }
    if (auto r = source().client->stopReplication(); !r)
        return ApplianceConnections::toResult(r.error());
    context.progress().setUnits(1, 1);
    context.log(tr("The source's replica is deactivated.", "@info"));
    return Result::ok();
}

Result ReplicaOperation::rollback(OperationContext &context)
{
    attach(context);
    if (!context.position().value(QStringLiteral("wasRunning")).toBool(true))
        return Result::ok();
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = source().client->startReplication(); !r)
        return ApplianceConnections::toResult(r.error());
    return Result::ok();
}

QString ReplicaOperation::rollbackDescription() const
{
    return tr("The source's replica is running again.", "@info");
}

} // namespace cutover
