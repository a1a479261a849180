// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceoperation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cutover {

/**
 * @brief Copies the System Settings: without Swap Configuration only the basic groups go from
 * source to target (host-specific groups of the target stay as they are); with it, the two
 * appliances exchange all their groups (effective at the reboot, for the network address).
 *
 * Idempotent: the original settings of both sides are kept in the journal position before
 * anything is written (secret-looking keys are never journalled), so a repeat writes the same
 * values. Rollback (swap only) gives the source its own settings back; without swap only the
 * target changed, which the migration overwrites anyway.
 */
class SettingsCopyOperation : public ApplianceOperation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::SettingsCopyOperation)

public:
    SettingsCopyOperation(std::shared_ptr<ApplianceConnections> connections, const MigrationOptions &options);
    QString description() const override;
    Result run(OperationContext &context) override;
    bool canRollback() const override { return m_options.swapConfiguration; }
    Result rollback(OperationContext &context) override;
    QString rollbackDescription() const override;

    /** The groups to copy from @p groups given the host-specific list and the swap option. */
    static QJsonObject selectGroups(const QJsonObject &groups, const QStringList &hostSpecific, bool all);
};

} // namespace cutover
