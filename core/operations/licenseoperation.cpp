// SPDX-License-Identifier: GPL-3.0-or-later
#include "licenseoperation.h"

#include "common/faultpoint.h"

#include <QDateTime>

namespace cutover {

LicenseOperation::LicenseOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::MigrateLicense, std::move(connections), options)
{ }

QString LicenseOperation::description() const
{
    //: %1 is a license GUID, %2 and %3 name the appliances
    return tr("License %1 moves from %2 to %3: the target imports it, then the source's copy is invalidated.",
        "@info")
        .arg(source().info.license.guid, name(source()), name(target()));
}

Result LicenseOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    context.progress().setUnits(0, 3);
    auto sourceLicense = source().client->license();
    if (!sourceLicense)
        return ApplianceConnections::toResult(sourceLicense.error());
    auto targetLicense = target().client->license();
    if (!targetLicense)
        return ApplianceConnections::toResult(targetLicense.error());

    QString guid = context.position().value(QStringLiteral("guid")).toString();
    if (guid.isEmpty())
        guid = sourceLicense.value().guid;
    const QString targetId = target().info.machineId;
    const bool targetHasIt = targetLicense.value().isActive() && targetLicense.value().guid == guid;
    const bool sourceActive = sourceLicense.value().isActive() && sourceLicense.value().guid == guid;
    const bool sourceTransferred = sourceLicense.value().state == QLatin1String("invalidated")
        && sourceLicense.value().transferredTo == targetId;

    if (!targetHasIt) {
        if (!sourceActive) {
            return Result::error(QStringLiteral("license.lost"),
                tr("The source's license is not active and the target has none, so there is nothing to move. "
                   "Contact the vendor with the license GUID.",
                    "@info"),
                QStringLiteral("guid %1, source state %2").arg(guid, sourceLicense.value().state));
        }
        if (!sourceLicense.value().maintenanceActive()) {
            // Checked again at execution: the contract may have ended since the preflight.
            //: %1 is a date
            return Result::error(QStringLiteral("license.no_maintenance"),
                sourceLicense.value().maintenanceUntil.isEmpty()
                    ? tr("The source has no active maintenance contract, so its license was not moved. Renew "
                         "the contract with your dealer, then resume.",
                        "@info")
                    : tr("The source's maintenance contract ended on %1, so its license was not moved. Renew "
                         "the contract with your dealer, then resume.",
                        "@info")
                          .arg(sourceLicense.value().maintenanceUntil),
                guid);
        }
        if (targetLicense.value().isActive()) {
            return Result::error(QStringLiteral("license.target_has_license"),
                tr("The target already has another active license; the source's license was not moved.",
                    "@info"),
                targetLicense.value().guid);
        }
        context.savePosition({ { QStringLiteral("guid"), guid } });
        context.progress().setStatus(tr("Exporting the license from the source …", "@info progress"));
        auto exported = source().client->exportLicense();
        if (!exported)
            return ApplianceConnections::toResult(exported.error());
        context.progress().setUnits(1, 3);
        context.progress().setStatus(tr("Importing the license on the target …", "@info progress"));
        auto imported = target().client->importLicense(exported.value());
        if (!imported)
            return ApplianceConnections::toResult(imported.error());
        context.savePosition({ { QStringLiteral("guid"), guid }, { QStringLiteral("imported"), true } });
        // The narrowest crash window of the run: valid on both until the source is invalidated.
        faultPoint("license-imported");
    }
    context.progress().setUnits(2, 3);
    if (!sourceTransferred) {
        context.progress().setStatus(tr("Invalidating the license on the source …", "@info progress"));
        auto invalidated = source().client->invalidateLicense(targetId);
        if (!invalidated)
            return ApplianceConnections::toResult(invalidated.error());
    }
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    context.savePosition({ { QStringLiteral("guid"), guid }, { QStringLiteral("imported"), true },
        { QStringLiteral("invalidated"), true } });
    context.progress().setUnits(3, 3);
    context.addFigure(tr("License GUID", "@label receipt"), guid);
    context.addFigure(tr("From", "@label receipt"), source().info.machineId);
    context.addFigure(tr("To", "@label receipt"), targetId);
    context.addFigure(tr("When", "@label receipt"), when);
    context.log(tr("The license now belongs to the target; the source's copy is invalidated.", "@info"));
    return Result::ok();
}

} // namespace cutover
