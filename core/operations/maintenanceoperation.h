// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

namespace cutover {

/**
 * @brief Puts the source into maintenance (MariaDB read-only, application API refused), so the
 * data stops changing before it is copied. Rollback: maintenance off.
 */
class MaintenanceOperation : public ApplianceOperation
{
public:
    MaintenanceOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;
};

} // namespace cutover
