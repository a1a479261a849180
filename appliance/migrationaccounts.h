// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

class Database;

/**
 * @brief Temporary least-privilege MariaDB accounts for a migration (`cutover_mig_<hex>`).
 *
 * read: enough for a consistent dump of the application schemas plus replication from here;
 * nothing that writes. write: what a loader needs on the target to recreate schemas, data and
 * the application accounts; no SUPER, no READ_ONLY ADMIN (maintenance still binds it).
 * replication: only REPLICATION SLAVE, for the login of a replication link to this server.
 */
class MigrationAccounts
{
public:
    enum class Access { Read, Write, Replication };

    explicit MigrationAccounts(Database &db);

    static bool validClientHost(const QString &host);
    static bool isMigrationUser(const QString &user);

    /** @brief Creates the account; fills @p user and @p password. */
    bool create(Access access, const QString &clientHost, QString *user, QString *password);
    /** @brief Drops every host variant of @p user; false when the name is not a migration user. */
    bool drop(const QString &user);
    /** Every temporary migration account on this server (names only); false when unreadable. */
    bool list(QStringList *users);

private:
    Database &m_db;
};

} // namespace cutover
