// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

namespace cutover {

/**
 * @brief Renews the target's TLS certificate for its (new) identity, and the source's too
 * after a swap, and pins the new fingerprints. Renewing twice is harmless.
 */
class CertificatesOperation : public ApplianceOperation
{
public:
    CertificatesOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
