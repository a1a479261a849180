// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief The last step before a run may say it succeeded: the target is checked for the
 * copied settings, the license and the data (a fresh checksum comparison with the source,
 * which is in maintenance and cannot have changed). Each check is a line of the report.
 */
class VerifyOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::VerifyOperation)

public:
    VerifyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override { return 3.0; }
    Result run(OperationContext &context) override;

private:
    /** After a physical copy: the target's kept previous datadir is deleted once the data is verified. */
    Result commitPhysicalCopy(OperationContext &context);
};

} // namespace cutover
