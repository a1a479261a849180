// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "operation.h"
#include "plan/migrationoptions.h"
#include "plan/operationkind.h"

#include <QCoreApplication>
#include <memory>

namespace cutover {

/**
 * @brief Base of the plan's operations: one OperationKind, the options, and the shared
 * connections to both appliances. id() and title() come from the kind.
 */
class ApplianceOperation : public Operation
{
    // Strings are looked up under this class's own name, the context lupdate files them under.
    Q_DECLARE_TR_FUNCTIONS(cutover::ApplianceOperation)

public:
    ApplianceOperation(OperationKind kind, std::shared_ptr<ApplianceConnections> connections,
        const MigrationOptions &options);

    OperationKind kind() const { return m_kind; }
    QString id() const override { return operationKindId(m_kind); }
    QString title() const override { return operationKindTitle(m_kind); }

protected:
    /** Points both clients at the context's cancellation flag; call first in run()/rollback(). */
    void attach(OperationContext &context);
    ApplianceConnections::Side &source() { return m_connections->source(); }
    ApplianceConnections::Side &target() { return m_connections->target(); }
    const ApplianceConnections::Side &source() const { return m_connections->source(); }
    const ApplianceConnections::Side &target() const { return m_connections->target(); }
    /** "hotspot1 (127.0.31.1)" for descriptions. */
    static QString name(const ApplianceConnections::Side &side);
    /** A ready client or an error Result when the side was never connected. */
    Result ensureConnected(ApplianceConnections::Side &side, OperationContext &context);

    OperationKind m_kind;
    std::shared_ptr<ApplianceConnections> m_connections;
    MigrationOptions m_options;
};

} // namespace cutover
