// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cutover {

/** @brief The daemon's INI configuration (`applianced --config FILE`); see
 * packaging/appliance/applianced.conf. */
class ApplianceConfig
{
public:
    /** @brief Reads @p path; returns false and fills @p error when a required key is missing. */
    bool load(const QString &path, QString *error);

    // [listen]
    QString listenAddress = QStringLiteral("127.0.0.1");
    int httpsPort = 443;
    int httpPort = 80;
    // [paths]
    QString stateDir;
    QString trafficLogDir;
    QString vendorPublicKey;
    // [mariadb]
    QString mariadbSocket;
    QString mariadbUser = QStringLiteral("root");
    int mariadbWatchSeconds = 2; ///< reconnect check, re-applies maintenance after a MariaDB restart
    QString mariadbDatadir; ///< empty: MariaDB's @@datadir
    // [physical] (issue 9: the physical copy, source and target side)
    QString backupProgram = QStringLiteral("mariadb-backup");
    QString mbstreamProgram = QStringLiteral("mbstream");
    QString backupDefaultsFile; ///< the server's option file for mariadb-backup; empty: its own search
    int backupParallel = 2; ///< mariadb-backup --parallel and mbstream --parallel
    int prepareMemoryMegabytes = 256; ///< mariadb-backup --prepare --use-memory
    QStringList keepAccounts; ///< user names kept on the target besides root, mariadb.sys, mysql
    // [ssh]
    int sshPort = 22;
    int sshImportPort = 2222; ///< sshd's port for the traffic-log import (write keys, SshKeys)
    QString sshAuthorizedKeys;
    QString sshHostPublicKey;
    QString sshUser = QStringLiteral("root");
    // [commands]
    QString rebootCommand;
    QString restartDatabaseCommand;
    QString restartSshCommand;
    QString restartWebCommand;
    QString stopDatabaseCommand; ///< physical restore: stops MariaDB and returns when it is down
    QString startDatabaseCommand; ///< physical restore: starts it; may get `--init-file FILE` appended
    // [auth]
    int tokenLifetimeSeconds = 3600;
    int pbkdf2Iterations = 200000;
    int maxFailedLogins = 5; ///< failures per client address before 429
    int failureDelayMs = 1000; ///< every failed login is answered this much later
    int lockoutSeconds = 60; ///< first lockout; doubles with every further failure
    // [http]
    int maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int requestTimeoutSeconds = 10;
    int idleTimeoutSeconds = 30;
    int handshakeTimeoutSeconds = 10;
    int maxConnections = 64;

    QString statePath(const QString &name) const;
};

} // namespace cutover
