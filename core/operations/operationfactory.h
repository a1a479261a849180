// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "operation.h"
#include "plan/migrationplan.h"

#include <memory>
#include <vector>

namespace cutover {

/** @brief Turns a plan's kinds into operation objects that work on two appliances. */
class OperationFactory
{
public:
    static std::shared_ptr<Operation> create(OperationKind kind, const MigrationPlan &plan,
        const std::shared_ptr<ApplianceConnections> &connections);
    static std::vector<std::shared_ptr<Operation>> createAll(
        const MigrationPlan &plan, const std::shared_ptr<ApplianceConnections> &connections);
};

} // namespace cutover
