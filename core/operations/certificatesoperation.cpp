// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatesoperation.h"

#include "trust/truststore.h"

namespace cutover {

CertificatesOperation::CertificatesOperation(
    std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options)
    : ApplianceOperation(OperationKind::UpdateCertificates, std::move(connections), options)
{ }

QString CertificatesOperation::description() const
{
    if (m_options.swapConfiguration) {
        return tr("Both appliances get new certificates for their new host and domain names.", "@info");
    }
    //: %1 names the target appliance
    return tr("%1 gets a new certificate for its host and domain name.", "@info").arg(name(target()));
}

Result CertificatesOperation::run(OperationContext &context)
{
    attach(context);
    QList<ApplianceConnections::Side *> sides { &target() };
    if (m_options.swapConfiguration)
        sides.append(&source());
    int done = 0;
    for (auto *side : sides) {
        if (auto r = ensureConnected(*side, context); !r)
            return r;
        auto renewed = side->client->renewCertificate();
        if (!renewed)
            return ApplianceConnections::toResult(renewed.error());
        side->fingerprint = renewed.value();
        // The new certificate came over the channel the old pin authenticated: remember it for
        // this machine id, so a later check trusts it instead of reporting a changed certificate.
        TrustStore store;
        QString error;
        if (!store.remember(side->info.machineId, renewed.value(), side->address, &error))
            context.log(error);
        context.progress().setUnits(++done, sides.size());
        //: %1 is an address, %2 a SHA-256 fingerprint
        context.log(tr("New certificate on %1: SHA-256 %2", "@info").arg(side->address, renewed.value()));
    }
    return Result::ok();
}

} // namespace cutover
