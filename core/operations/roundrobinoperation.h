// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief HA only: takes the source's addresses out of the master's round-robin host list, so
 * the load-balancing domain stops sending clients to it. The removed hosts are journalled;
 * rollback puts them back.
 */
class RoundRobinOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::RoundRobinOperation)

public:
    RoundRobinOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return true; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;
};

} // namespace cutover
