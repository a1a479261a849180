// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cutover {

class Database;

/**
 * @brief High availability: role, peers and round-robin hosts from ha.json (re-read on every call,
 * so the sandbox can add a peer at any time) and the replication state read from MariaDB itself.
 */
class HaState
{
public:
    HaState(const QString &file, Database &db);

    static bool provision(const QString &file, const QString &role, const QJsonArray &peers,
        const QStringList &roundRobinHosts);

    QString role() const;
    QJsonArray peers() const;
    /** @brief The GET /api/v1/ha answer. */
    QJsonObject state();
    QJsonObject replication();

    /** @brief Moves @p hosts between the active and removed lists; false names an unknown host. */
    bool removeRoundRobinHosts(const QStringList &hosts, QString *unknown);
    bool restoreRoundRobinHosts(const QStringList &hosts, QString *unknown);

    bool stopReplication();
    bool startReplication();
    /** @brief CHANGE MASTER TO … with GTID; @p password is used once and never stored. */
    bool configureReplication(
        const QString &host, int port, const QString &user, const QString &password, const QString &gtid);

private:
    QJsonObject load() const;
    bool move(const QStringList &hosts, const QString &from, const QString &to, QString *unknown);

    QString m_file;
    Database &m_db;
};

} // namespace cutover
