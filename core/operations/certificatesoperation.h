// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Renews the target's TLS certificate for its (new) identity, and the source's too
 * after a swap, and pins the new fingerprints. Renewing twice is harmless.
 */
class CertificatesOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::CertificatesOperation)

public:
    CertificatesOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
