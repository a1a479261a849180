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
    /**
     * @brief CHANGE MASTER TO … with GTID; @p password is used once and never stored. With a
     * @p caFile the link uses TLS and verifies the master's certificate against it (and the host
     * name or address it connects to); without, it uses TLS when the master offers it, unverified.
     */
    bool configureReplication(const QString &host, int port, const QString &user, const QString &password,
        const QString &gtid, const QString &caFile = {});

    /**
     * @brief What a peer's replication must trust to verify this node's MariaDB: the PEM of
     * MariaDB's CA file (`@@ssl_ca`) or, without one, of its own certificate (`@@ssl_cert`,
     * self-signed). False (and @p error) when MariaDB has no TLS certificate or it is unreadable.
     */
    bool databaseTrustAnchor(QByteArray *pem, QString *error);
    /**
     * @brief Keeps @p pem (one to eight PEM certificates, checked) as a file MariaDB can read, for
     * MASTER_SSL_CA: `cutover-replication-ca/<sha256>.pem` in the directory of MariaDB's own
     * certificate (`@@ssl_cert`; next to ha.json without one), world-readable (certificates are
     * public). Returns its path, or an empty string when @p pem is not a certificate list.
     */
    QString storeTrustedCa(const QByteArray &pem, QString *error);

private:
    QJsonObject load() const;
    bool move(const QStringList &hosts, const QString &from, const QString &to, QString *unknown);

    QString m_file;
    Database &m_db;
};

} // namespace cutover
