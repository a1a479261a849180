// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/sourceinfo.h"

#include <QHostAddress>
#include <QJsonArray>

namespace cutover {

SourceInfo SourceInfo::build(const SystemInfo &source, const SystemInfo &target, const HaInfo &ha,
    const QString &sourceAddress, const QString &targetAddress, const QJsonObject &sourceSettingsGroups)
{
    SourceInfo info;
    info.source = source;
    info.target = target;
    info.ha = ha;
    info.sourceAddress = sourceAddress;
    // A host name was typed: show the address the appliance itself reports.
    QHostAddress typed;
    if (!typed.setAddress(sourceAddress) && !source.addresses.isEmpty())
        info.sourceAddress = source.addresses.constFirst();
    info.targetAddress = targetAddress;
    if (!typed.setAddress(targetAddress) && !target.addresses.isEmpty())
        info.targetAddress = target.addresses.constFirst();
    const QJsonObject lb = sourceSettingsGroups.value(QLatin1String("loadBalancingDomain")).toObject();
    info.loadBalancingDomain = lb.value(QLatin1String("domain")).toString();
    return info;
}

bool SourceInfo::isHighAvailability() const
{
    const QString role = ha.role.isEmpty() ? source.role : ha.role;
    return !(role.isEmpty() || role == QLatin1String("standalone"));
}

HaPeer SourceInfo::servingPeer() const
{
    for (const QList<HaPeer> &list : { ha.peers, source.peers }) {
        for (const HaPeer &p : list) {
            if (!p.address.isEmpty())
                return p;
        }
    }
    return {};
}

QString SourceInfo::serverRoleText() const
{
    const QString role = ha.role.isEmpty() ? source.role : ha.role;
    if (role.isEmpty() || role == QLatin1String("standalone"))
        return tr("Standalone", "@label server role");
    if (role == QLatin1String("master"))
        return tr("High availability (master)", "@label server role");
    if (role == QLatin1String("replica"))
        return tr("High availability (replica)", "@label server role");
    //: %1: role as the appliance reports it
    return tr("High availability (%1)", "@label server role").arg(role);
}

QString SourceInfo::notice() const
{
    return isHighAvailability() ? tr("The system is in high availability")
                                : tr("The system is a standalone type");
}

QStringList SourceInfo::dnsAdviceBefore() const
{
    if (!isHighAvailability())
        return {};
    QStringList lines;
    const HaPeer peer = servingPeer();
    // While the source migrates, its peer keeps serving: the source's name must lead there.
    if (!peer.address.isEmpty())
        //: %1: the source's FQDN, %2: the peer's address, %3: the source's address
        lines << tr("The domain %1 points to the IP address %2 and no longer to %3.")
                     .arg(fqdn(), peer.address, sourceAddress);
    else
        lines << tr("The domain %1 no longer points to the IP address %2.").arg(fqdn(), sourceAddress);
    if (!loadBalancingDomain.isEmpty())
        //: %1: the source's address, %2: the load-balancing domain
        lines << tr("The IP address %1 is no longer defined for the domain %2.")
                     .arg(sourceAddress, loadBalancingDomain);
    return lines;
}

QStringList SourceInfo::dnsAdviceAfter(const QString &newAddress) const
{
    if (!isHighAvailability())
        return {};
    QStringList lines;
    //: %1: FQDN, %2: address
    lines << tr("The domain %1 is resolved with the IP address %2.").arg(fqdn(), newAddress);
    if (!loadBalancingDomain.isEmpty())
        lines << tr("The domain %1 is also resolved with the IP address %2.")
                     .arg(loadBalancingDomain, newAddress);
    return lines;
}

QString SourceInfo::dnsAdviceText() const
{
    const QStringList lines = dnsAdviceBefore();
    if (lines.isEmpty())
        return {};
    QString text
        = tr("Before continuing and in order not to create disruptions, it is recommended to change the "
             "DNS configuration so that:");
    for (const QString &l : lines)
        text += QStringLiteral("\n– ") + l;
    text += QLatin1Char('\n')
        + tr("Please allow for the DNS propagation period before proceeding to the next step.");
    return text;
}

QStringList SourceInfo::namesToCheck() const
{
    QStringList names;
    if (!fqdn().isEmpty())
        names << fqdn();
    if (isHighAvailability() && !loadBalancingDomain.isEmpty())
        names << loadBalancingDomain;
    return names;
}

QJsonObject SourceInfo::toJson() const
{
    QJsonArray peers;
    for (const HaPeer &p : ha.peers.isEmpty() ? source.peers : ha.peers)
        peers.append(
            QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("address"), p.address } });
    return QJsonObject {
        { QStringLiteral("licenseGuid"), licenseGuid() },
        { QStringLiteral("hostName"), hostName() },
        { QStringLiteral("domainName"), domainName() },
        { QStringLiteral("ipAddress"), ipAddress() },
        { QStringLiteral("serverRole"), ha.role.isEmpty() ? source.role : ha.role },
        { QStringLiteral("highAvailability"), isHighAvailability() },
        { QStringLiteral("peers"), peers },
        { QStringLiteral("loadBalancingDomain"), loadBalancingDomain },
        { QStringLiteral("sourceMachineId"), source.machineId },
        { QStringLiteral("targetMachineId"), target.machineId },
        { QStringLiteral("notice"), notice() },
        { QStringLiteral("dnsAdvice"), QJsonArray::fromStringList(dnsAdviceBefore()) },
    };
}

} // namespace cutover
