// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief Swap Configuration only: reboots both appliances and waits (bounded) until each
 * answers again at the address its settings now hold, with its own machine id, then logs in
 * again. The new addresses are journalled before the reboot, so a resumed run only waits.
 */
class RebootOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::RebootOperation)

public:
    RebootOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    double weight() const override { return 10.0; }
    Result run(OperationContext &context) override;

    /** How long to wait for each appliance to come back (default 5 minutes). */
    void setWaitTimeoutMs(qint64 ms) { m_waitTimeoutMs = ms; }

private:
    Result waitFor(ApplianceConnections::Side &side, const QString &address, OperationContext &context);
    qint64 m_waitTimeoutMs = 300000;
};

} // namespace cutover
