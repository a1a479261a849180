// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestateoperation.h"

#include <QDateTime>

namespace cutover {

SourceStateOperation::SourceStateOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::ModifySourceConfiguration, std::move(connections), options)
{ }

QString SourceStateOperation::description() const
{
    //: %1 and %2 name the appliances
    return tr("%1 is marked as migrated to %2. It stays in maintenance and keeps all its data as a fallback. "
              "From here on the migration cannot be backed out automatically; it can always be resumed.",
        "@info")
        .arg(name(source()), name(target()));
}

Result SourceStateOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    QDateTime at
        = QDateTime::fromString(context.position().value(QStringLiteral("at")).toString(), Qt::ISODate);
    if (!at.isValid()) {
        at = QDateTime::currentDateTimeUtc();
        context.savePosition({ { QStringLiteral("at"), at.toString(Qt::ISODate) } });
    }
    if (auto r = source().client->setSourceState(target().info.machineId, at); !r)
        return ApplianceConnections::toResult(r.error());
    context.progress().setUnits(1, 1);
    //: %1 is a machine id, %2 a time
    context.log(tr("The source is marked as migrated to %1 at %2.", "@info")
                    .arg(target().info.machineId, at.toString(Qt::ISODate)));
    return Result::ok();
}

} // namespace cutover
