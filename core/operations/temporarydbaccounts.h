// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "mysql/mysqlendpoint.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief A read account on the source and a write account on the target, made by `applianced`
 * for one copy or verification and dropped again when this object goes (also on failure).
 * The passwords live in memory only.
 */
class TemporaryDbAccounts
{
    Q_DECLARE_TR_FUNCTIONS(cutover::TemporaryDbAccounts)

public:
    explicit TemporaryDbAccounts(ApplianceConnections &connections);
    ~TemporaryDbAccounts();
    TemporaryDbAccounts(const TemporaryDbAccounts &) = delete;
    TemporaryDbAccounts &operator=(const TemporaryDbAccounts &) = delete;

    Result create();
    void drop();
    const MysqlEndpoint &source() const { return m_source; }
    const MysqlEndpoint &target() const { return m_target; }

    /** The client-host pattern the accounts are limited to, from where the appliance is reached. */
    static QString clientHostFor(const QString &address);

private:
    ApplianceConnections &m_connections;
    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
};

} // namespace cutover
