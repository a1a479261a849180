// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * @brief What the Source Info step shows: the source as the appliances report it, and for a
 * high-availability source the DNS changes to make, written out with the real names and addresses.
 */
class SourceInfo
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SourceInfo)

public:
    SystemInfo source;
    SystemInfo target;
    HaInfo ha; ///< from GET /api/v1/ha (empty for a standalone source)
    QString sourceAddress; ///< the address the user gave (or the first the source reports)
    QString targetAddress;
    QString loadBalancingDomain; ///< from the source's `loadBalancingDomain` settings group

    /**
     * Builds it from the answers of both appliances; @p sourceSettings (GET /api/v1/settings
     * `groups`) supplies the load-balancing domain and may be empty.
     */
    static SourceInfo build(const SystemInfo &source, const SystemInfo &target, const HaInfo &ha,
        const QString &sourceAddress, const QString &targetAddress,
        const QJsonObject &sourceSettingsGroups = {});

    QString licenseGuid() const { return source.license.guid; }
    QString hostName() const { return source.hostName; }
    QString domainName() const { return source.domainName; }
    /** The source's fully qualified name (host.domain). */
    QString fqdn() const { return source.fqdn(); }
    QString ipAddress() const { return sourceAddress; }
    bool isHighAvailability() const;
    /** The HA peer that keeps serving while the source migrates (first peer with an address). */
    HaPeer servingPeer() const;

    /** Translated role: "Standalone", "High availability (master)", … */
    QString serverRoleText() const;
    /** "The system is in high availability" / "The system is a standalone type" (the manual's words). */
    QString notice() const;
    /**
     * HA only: the DNS changes to make before continuing, one translated line each, with real names
     * and addresses (as the manual's example). Empty for a standalone source.
     */
    QStringList dnsAdviceBefore() const;
    /** HA only: what to set back after the migration; @p newAddress is where the service now runs. */
    QStringList dnsAdviceAfter(const QString &newAddress) const;
    /** The whole advice as one paragraph, introduction included (empty for standalone). */
    QString dnsAdviceText() const;
    /** Names whose DNS records move and should have short TTLs: the host's FQDN (+ the LB domain). */
    QStringList namesToCheck() const;

    /** The fields for `--json` / the report (no secrets). */
    QJsonObject toJson() const;
};

} // namespace cutover
