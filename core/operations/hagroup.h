// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceconnections.h"
#include "operationcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cutover {

/**
 * @brief The master of a high-availability source's group, as the HA operations reach it.
 *
 * The source's group keeps its round-robin host list on its master, and the target must
 * replicate from it once it takes the source's place, so the HA steps talk to a third appliance.
 * Its credentials belong to one run's ApplianceConnections: the session (or a test) sets them
 * with credentials(); what is not set comes from elsewhere: the address from the operation's
 * journal position or the source's `GET /api/v1/ha` (the host its replica link reads from), the
 * user and password from the source (the nodes of a group usually share their admin account).
 * The fingerprint is never guessed: it is pinned explicitly, by the preflight's trust decision, or
 * from the journal of the run that pinned it.
 *
 * Each operation opens its own Connection and closes it when it ends, so no socket outlives the
 * worker thread that opened it.
 */
class HaGroup
{
    Q_DECLARE_TR_FUNCTIONS(cutover::HaGroup)

public:
    struct Credentials
    {
        QString address;
        QString fingerprint;
        QString user; ///< empty: the source's
        QByteArray password; ///< secret, memory only; empty: the source's
    };

    /** The master's credentials kept for @p connections (empty until set). Thread-safe. */
    static Credentials credentials(const ApplianceConnections &connections);
    static void setCredentials(const ApplianceConnections &connections, const Credentials &credentials);
    /** Sets only the fingerprint (the preflight's trust decision). */
    static void setFingerprint(const ApplianceConnections &connections, const QString &fingerprint);
    /** Forgets (and wipes) what was kept for @p connections. */
    static void release(const ApplianceConnections &connections);

    /**
     * The master's address for a source with @p ha: the source itself when it is the master,
     * else the host its replica link reads from, else its first peer. Empty for a standalone source.
     */
    static QString masterAddress(const SystemInfo &source, const HaInfo &ha, const QString &sourceAddress);
    /** True when @p host names the source (its address, one it reports, its host name or FQDN). */
    static bool isSourceHost(const ApplianceConnections::Side &source, const QString &host);

    /** A logged-in connection to the master for one operation; closed when it goes out of scope. */
    class Connection
    {
    public:
        Connection() = default;
        Connection(const Connection &) = delete;
        Connection &operator=(const Connection &) = delete;
        ~Connection();
        ApplianceConnections::Side side;
        /** True when the master is the source itself (then side is unused; use the source). */
        bool isSource = false;
        ApplianceClient *client() const { return m_client; }

    private:
        friend class HaGroup;
        ApplianceClient *m_client = nullptr;
    };

    /**
     * Connects to the master for an operation: address and fingerprint from @p position's
     * `master` object when an earlier attempt recorded them, else as described above; records them
     * there (call context.savePosition afterwards). The source must be connected already.
     */
    static Result connect(
        ApplianceConnections &connections, OperationContext &context, QJsonObject &position, Connection &out);
};

/** @brief MariaDB GTID positions ("0-1-42,1-2-7") compared per replication domain. */
namespace Gtid {
/** True when @p applied has reached @p wanted in every domain @p wanted names. */
bool covers(const QString &applied, const QString &wanted);
/** Transactions @p applied still lacks to reach @p wanted (sum over domains; 0 when covered). */
qint64 behind(const QString &applied, const QString &wanted);
} // namespace Gtid

} // namespace cutover
