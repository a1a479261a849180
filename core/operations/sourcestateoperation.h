// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief "Modify the source configuration": marks the source as migrated (to whom, when). The
 * first step after the point of no return; the source stays in maintenance as the fallback and
 * keeps all its data. The time is journalled so a repeat writes the same mark.
 */
class SourceStateOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::SourceStateOperation)

public:
    SourceStateOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
