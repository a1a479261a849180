// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

namespace cutover {

/** @brief HA only: stops the source's replication link; rollback starts it again. */
class ReplicaOperation : public ApplianceOperation
{
public:
    ReplicaOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;
};

} // namespace cutover
