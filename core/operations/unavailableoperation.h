// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Stands in for a step whose engine is not built yet (low-downtime copy, HA replica
 * activation, traffic-log copy): it fails at once with a translated "not available yet", so a
 * plan that needs it can never report a fake success. Nothing to roll back.
 */
class UnavailableOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::UnavailableOperation)

public:
    using ApplianceOperation::ApplianceOperation;
    QString description() const override;
    Result run(OperationContext &context) override;
};

} // namespace cutover
