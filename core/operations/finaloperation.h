// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Final operations: for an HA source, the round-robin hosts removed at the start come
 * back on the master, now pointing to the target; for every run, the target leaves
 * maintenance if it was in it.
 */
class FinalOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::FinalOperation)

public:
    FinalOperation(
        std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options, bool ha);
    QString description() const override;
    Result run(OperationContext &context) override;

private:
    bool m_ha;
};

} // namespace cutover
