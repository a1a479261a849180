// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Copies the application databases from the source to the target with the copy engine
 * (core/mysql DatabaseCopier): one consistent snapshot, chunked, verified. Each finished chunk
 * and the snapshot position are journalled, so a resumed run continues where it stopped.
 * Only the target changes: nothing to roll back.
 */
class DataCopyOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::DataCopyOperation)

public:
    DataCopyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
