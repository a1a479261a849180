// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief "Verify the target" for a high-availability source. Settings and license are checked as
 * for every run (VerifyOperation). The data is not compared with the source: the target has
 * moved on with the master's writes since it took the source's place, so the source is no longer
 * the reference. The copy was verified against the source's snapshot while it was made; here the
 * target must replicate from the master without an error and have applied the master's current
 * position.
 */
class HaVerifyOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::HaVerifyOperation)

public:
    HaVerifyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
