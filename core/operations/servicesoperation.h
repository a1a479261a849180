// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

namespace cutover {

/** @brief Restarts web, database and SSH on the target (on both after a swap). */
class ServicesOperation : public ApplianceOperation
{
public:
    ServicesOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
