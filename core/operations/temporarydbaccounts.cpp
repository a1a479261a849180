// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporarydbaccounts.h"

#include "common/logging.h"
#include "journal/journal.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSet>
#include <QThread>

namespace cutover {

TemporaryDbAccounts::TemporaryDbAccounts(ApplianceConnections &connections, OperationContext *context)
    : m_connections(connections)
    , m_context(context)
{ }

QJsonObject TemporaryDbAccounts::resource(const QString &side, const QString &user)
{
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("db-account") },
        { QStringLiteral("side"), side }, { QStringLiteral("user"), user } };
}

QStringList TemporaryDbAccounts::revokeLeftovers(ApplianceConnections &connections, Journal &journal)
{
    int dropped = 0;
    int failed = 0;
    for (const QJsonValue &v : journal.temporaryResources()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("kind")).toString() != QLatin1String("db-account"))
            continue;
        const bool source = r.value(QStringLiteral("side")).toString() == QLatin1String("source");
        auto &side = source ? connections.source() : connections.target();
        const QString user = r.value(QStringLiteral("user")).toString();
        if (!side.client || !side.client->isLoggedIn()) {
            if (auto c = ApplianceConnections::connect(side); !c) {
                qCWarning(lcCutoverOperations).noquote()
                    << "cannot reach" << side.address << "to drop" << user << c.message();
                ++failed;
                continue;
            }
        }
        if (auto d = side.client->dropDbAccount(user); !d) {
            qCWarning(lcCutoverOperations).noquote()
                << "could not drop" << user << d.error().technicalSummary();
            ++failed;
            continue;
        }
        qCInfo(lcCutoverOperations).noquote()
            << "dropped the leftover account" << user << "on" << side.address;
        journal.removeTemporaryResource(r);
        journal.save();
        ++dropped;
    }
    // A process killed between an appliance creating an account and the journal recording it
    // leaves an account no journal knows. Ask each appliance for every temporary account and
    // drop all but the replication link's, which a resumed run still needs (its name is in the
    // data step's position).
    QSet<QString> keep;
    for (int i = 0; i < journal.operationCount(); ++i) {
        const QString link = journal.position(i).value(QStringLiteral("replicationUser")).toString();
        if (!link.isEmpty())
            keep.insert(link);
    }
    for (auto *side : { &connections.source(), &connections.target() }) {
        if ((!side->client || !side->client->isLoggedIn()) && !ApplianceConnections::connect(*side))
            continue; // unreachable now: the next resume, backout or run asks again
        const auto listed = side->client->dbAccounts();
        if (!listed)
            continue; // an older applianced without the list: the journal is all there is
        for (const QString &user : listed.value()) {
            if (keep.contains(user))
                continue;
            if (auto d = side->client->dropDbAccount(user); !d) {
                qCWarning(lcCutoverOperations).noquote()
                    << "could not drop" << user << d.error().technicalSummary();
                ++failed;
                continue;
            }
            qCInfo(lcCutoverOperations).noquote()
                << "dropped the unrecorded leftover account" << user << "on" << side->address;
            ++dropped;
        }
    }
    QStringList lines;
    if (dropped > 0)
        lines << tr("%n temporary database account(s) left behind by the interrupted run were removed.",
            "@info", dropped);
    if (failed > 0)
        lines << tr(
            "%n temporary database account(s) left behind by the interrupted run could not be removed "
            "yet; they stay in the journal and are removed at the next resume or backout.",
            "@info", failed);
    return lines;
}

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
    if (m_context)
        m_context->recordTemporaryResource(resource(QStringLiteral("source"), read.value().user));
    m_source.host = s.address;
    m_source.user = read.value().user;
    m_source.password = read.value().password;
    m_source.useTls = true;
    auto write = retrying(t, ApplianceClient::DbAccess::Write);
    if (!write) {
        drop();
        return ApplianceConnections::toResult(write.error());
    }
    if (m_context)
        m_context->recordTemporaryResource(resource(QStringLiteral("target"), write.value().user));
    m_target.host = t.address;
    m_target.user = write.value().user;
    m_target.password = write.value().password;
    m_target.useTls = true;
    return Result::ok();
}

void TemporaryDbAccounts::drop()
{
    auto dropOne = [this](ApplianceConnections::Side &side, MysqlEndpoint &endpoint, const QString &role) {
        if (endpoint.user.isEmpty() || !side.client)
            return;
        // "Restart the services" restarts the database detached: it may be down just now. Wait
        // for it, bounded, like create() does, rather than leave the account behind.
        QDeadlineTimer deadline(60000);
        auto r = side.client->dropDbAccount(endpoint.user);
        while (!r && r.error().code() == QLatin1String("database.unavailable") && !deadline.hasExpired()) {
            QThread::msleep(500); // a poll interval while the other process restarts its database
            r = side.client->dropDbAccount(endpoint.user);
        }
        if (!r)
            qCWarning(lcCutoverOperations).noquote()
                << "could not drop" << endpoint.user << r.error().technicalSummary();
        else if (m_context)
            m_context->forgetTemporaryResource(resource(role, endpoint.user));
        endpoint.user.clear();
        endpoint.password.fill('\0');
        endpoint.password.clear();
    };
    dropOne(m_connections.source(), m_source, QStringLiteral("source"));
    dropOne(m_connections.target(), m_target, QStringLiteral("target"));
}

} // namespace cutover
