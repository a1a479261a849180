// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarydbaccounts.h"

#include "common/logging.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QThread>

namespace cutover {

TemporaryDbAccounts::TemporaryDbAccounts(ApplianceConnections &connections)
    : m_connections(connections)
{ }

TemporaryDbAccounts::~TemporaryDbAccounts()
{
    drop();
}

QString TemporaryDbAccounts::clientHostFor(const QString &address)
{
    // Cutover on the same loopback network (the sandboxes, or running on an appliance): only
    // loopback clients; otherwise any host, for the lifetime of the copy.
    const QHostAddress host(address);
    return host.isLoopback() ? QStringLiteral("127.%") : QStringLiteral("%");
}

Result TemporaryDbAccounts::create()
{
    auto &s = m_connections.source();
    auto &t = m_connections.target();
    // Right after "Restart the services" the database may still be starting: wait for it,
    // bounded, instead of failing the step (the appliance answers database.unavailable).
    auto retrying = [](ApplianceConnections::Side &side, ApplianceClient::DbAccess access) {
        QDeadlineTimer deadline(60000);
        for (;;) {
            auto r = side.client->createDbAccount(access, clientHostFor(side.address));
            if (r || r.error().code() != QLatin1String("database.unavailable") || deadline.hasExpired())
                return r;
            QThread::msleep(500); // a poll interval while the other process restarts its database
        }
    };
    auto read = retrying(s, ApplianceClient::DbAccess::Read);
    if (!read)
        return ApplianceConnections::toResult(read.error());
    m_source.host = s.address;
    m_source.user = read.value().user;
    m_source.password = read.value().password;
    m_source.useTls = true;
    auto write = retrying(t, ApplianceClient::DbAccess::Write);
    if (!write) {
        drop();
        return ApplianceConnections::toResult(write.error());
    }
    m_target.host = t.address;
    m_target.user = write.value().user;
    m_target.password = write.value().password;
    m_target.useTls = true;
    return Result::ok();
}

void TemporaryDbAccounts::drop()
{
    auto dropOne = [](ApplianceConnections::Side &side, MysqlEndpoint &endpoint) {
        if (endpoint.user.isEmpty() || !side.client)
            return;
        if (auto r = side.client->dropDbAccount(endpoint.user); !r)
            qCWarning(lcCutoverOperations).noquote()
                << "could not drop" << endpoint.user << r.error().technicalSummary();
        endpoint.user.clear();
        endpoint.password.fill('\0');
        endpoint.password.clear();
    };
    dropOne(m_connections.source(), m_source);
    dropOne(m_connections.target(), m_target);
}

} // namespace cutover
