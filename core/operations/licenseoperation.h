// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Moves the license: export from the source, import on the target, then invalidate the
 * source (transferred to the target's machine id).
 *
 * Crash-safe by order and by reading both sides on every attempt: import comes before
 * invalidate, so the license is never valid on neither; a crash between the two leaves it
 * briefly valid on both, and the resumed run finishes with the invalidation. The run report
 * gets a receipt (GUID, from, to, when).
 */
class LicenseOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::LicenseOperation)

public:
    LicenseOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
