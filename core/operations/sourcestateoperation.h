// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

namespace cutover {

/**
 * @brief "Modify the source configuration": marks the source as migrated (to whom, when). The
 * first step after the point of no return; the source stays in maintenance as the fallback and
 * keeps all its data. The time is journalled so a repeat writes the same mark.
 */
class SourceStateOperation : public ApplianceOperation
{
public:
    SourceStateOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
