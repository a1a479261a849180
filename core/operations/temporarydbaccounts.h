// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "mysql/mysqlendpoint.h"
#include "operationcontext.h"

#include <QCoreApplication>

namespace cutover {

class Journal;

/**
 * @brief A read account on the source and a write account on the target, made by `applianced`
 * for one copy or verification and dropped again when this object goes (also on failure).
 * The passwords live in memory only.
 */
class TemporaryDbAccounts
{
    Q_DECLARE_TR_FUNCTIONS(cutover::TemporaryDbAccounts)

public:
    /** With @p context the account names (never the passwords) are journalled while they exist. */
    explicit TemporaryDbAccounts(ApplianceConnections &connections, OperationContext *context = nullptr);
    ~TemporaryDbAccounts();
    TemporaryDbAccounts(const TemporaryDbAccounts &) = delete;
    TemporaryDbAccounts &operator=(const TemporaryDbAccounts &) = delete;

    Result create();
    void drop();
    const MysqlEndpoint &source() const { return m_source; }
    const MysqlEndpoint &target() const { return m_target; }

    /**
     * Drops every account the journal lists as left behind by an interrupted process (its
     * passwords died with it, so nothing can use them) and removes it from the journal. Run at
     * the start of resume and backout. Returns report lines (empty when there was nothing).
     */
    static QStringList revokeLeftovers(ApplianceConnections &connections, Journal &journal);
    /** The journal entry for an account. */
    static QJsonObject resource(const QString &side, const QString &user);

    /** The client-host pattern the accounts are limited to, from where the appliance is reached. */
    static QString clientHostFor(const QString &address);

private:
    ApplianceConnections &m_connections;
    OperationContext *m_context;
    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
};

} // namespace cutover
