// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscopyoperation.h"

#include <QJsonArray>

namespace cutover {

namespace {
const QString kSource = QStringLiteral("sourceOriginal");
const QString kTarget = QStringLiteral("targetOriginal");
const QString kHostSpecific = QStringLiteral("hostSpecific");
} // namespace

SettingsCopyOperation::SettingsCopyOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::CopySystemSettings, std::move(connections), options)
{ }

QString SettingsCopyOperation::description() const
{
    if (m_options.swapConfiguration) {
        //: %1 and %2 name the appliances
        return tr("%1 and %2 exchange all their System Settings, network, DNS, web server, round-robin host, "
                  "load-balancing domain, remote data exchange and FTP backup included. They take effect "
                  "when both reboot.",
            "@info")
            .arg(name(source()), name(target()));
    }
    //: %1 and %2 name the appliances
    return tr(
        "The basic System Settings of %1 (time and NTP, mail relay, language, syslog forwarding, captive "
        "portal) are copied to %2. Its network, DNS, web server, round-robin host, load-balancing domain, "
        "remote data exchange and FTP backup settings stay as they are.",
        "@info")
        .arg(name(source()), name(target()));
}

QJsonObject SettingsCopyOperation::selectGroups(
    const QJsonObject &groups, const QStringList &hostSpecific, bool all)
{
    QJsonObject selected;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (all || !hostSpecific.contains(it.key()))
            selected.insert(it.key(), it.value());
    }
    return selected;
}

Result SettingsCopyOperation::run(OperationContext &context)
{
    attach(context);
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = ensureConnected(target(), context); !r)
        return r;
    const bool swap = m_options.swapConfiguration;
    context.progress().setUnits(0, swap ? 2 : 1);

    QJsonObject position = context.position();
    if (!position.contains(kSource)) {
        // First attempt: remember both sides before anything is written.
        auto s = source().client->settings();
        if (!s)
            return ApplianceConnections::toResult(s.error());
        auto t = target().client->settings();
        if (!t)
            return ApplianceConnections::toResult(t.error());
        position.insert(kSource, s.value().groups);
        position.insert(kTarget, t.value().groups);
        position.insert(kHostSpecific, QJsonArray::fromStringList(s.value().hostSpecific));
        context.savePosition(position);
    }
    QStringList hostSpecific;
    for (const auto &v : position.value(kHostSpecific).toArray())
        hostSpecific.append(v.toString());
    const auto sourceGroups = position.value(kSource).toObject();
    const auto targetGroups = position.value(kTarget).toObject();

    context.progress().setStatus(tr("Writing the settings to the target …", "@info progress"));
    const auto toTarget = selectGroups(sourceGroups, hostSpecific, swap);
    if (auto r = target().client->putSettings(toTarget); !r)
        return ApplianceConnections::toResult(r.error());
    context.progress().setUnits(1, swap ? 2 : 1);
    context.log(tr("%n settings group(s) copied to the target: %1", "@info", int(toTarget.size()))
                    .arg(toTarget.keys().join(QStringLiteral(", "))));
    if (!swap) {
        context.log(tr("Kept on the target: %1", "@info").arg(hostSpecific.join(QStringLiteral(", "))));
        return Result::ok();
    }
    context.progress().setStatus(tr("Writing the target's settings to the source …", "@info progress"));
    const auto toSource = selectGroups(targetGroups, hostSpecific, true);
    if (auto r = source().client->putSettings(toSource); !r)
        return ApplianceConnections::toResult(r.error());
    context.progress().setUnits(2, 2);
    context.log(tr("The source received the target's settings; both take effect at the reboot.", "@info"));
    return Result::ok();
}

Result SettingsCopyOperation::rollback(OperationContext &context)
{
    attach(context);
    const auto original = context.position().value(kSource).toObject();
    if (original.isEmpty())
        return Result::ok(); // nothing was written before the originals were saved
    if (auto r = ensureConnected(source(), context); !r)
        return r;
    if (auto r = source().client->putSettings(original); !r)
        return ApplianceConnections::toResult(r.error());
    return Result::ok();
}

QString SettingsCopyOperation::rollbackDescription() const
{
    return tr("The source has its own System Settings again.", "@info");
}

} // namespace cutover
