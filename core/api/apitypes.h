// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain data the appliance API returns (docs/api.md). Each has a defensive fromJson(): missing
// or mistyped fields become empty values, never a crash; required ones are checked by the client.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutover {

/** @brief `POST /api/v1/session` answer. */
struct SessionToken
{
    QString token;
    int expiresIn = 0;
    static SessionToken fromJson(const QJsonObject &o);
};

/** @brief `GET /health` answer (no token needed). */
struct HealthInfo
{
    QString status;
    QString machineId;
    static HealthInfo fromJson(const QJsonObject &o);
};

/** @brief License state as in `GET /api/v1/license` and the `license` member of `/system`. */
struct LicenseInfo
{
    QString state; ///< active | none | invalidated (| expired, as the appliance reports it)
    QString guid;
    QString customer;
    QString expires;
    QString maintenanceUntil; ///< ISO date; empty when there is no maintenance contract
    QString invalidatedAt;
    QString transferredTo;
    int maintenanceActiveReported = -1; ///< the appliance's own `maintenanceActive` (1/0), -1: not sent

    bool isActive() const { return state == QLatin1String("active"); }
    bool hasLicense() const { return state == QLatin1String("active"); }
    /** The appliance's `maintenanceActive` when sent; else maintenanceUntil is a date not before @p today. */
    bool maintenanceActive(const QDate &today = QDate::currentDate()) const;
    static LicenseInfo fromJson(const QJsonObject &o);
};

/** @brief Disk figures of the data directory (`/system` → `disk`). */
struct DiskInfo
{
    QString path;
    qint64 freeBytes = -1;
    qint64 totalBytes = -1;
};

/** @brief The appliance's database server (`/system` → `database`). */
struct DatabaseInfo
{
    QString flavor; ///< MariaDB | MySQL
    QString version; ///< e.g. 10.11.6-MariaDB-0+deb12u1
    bool binlog = false;
    qint64 serverId = 0;
    QString gtidBinlogPos;
    bool reachable = true; ///< false: the appliance could not reach its MariaDB (other fields empty)
    QString majorVersion; ///< "10.11" when the appliance reports it (else derive it from version)
    QStringList schemas; ///< non-system schemas, when the appliance reports them
    bool schemasKnown = false; ///< true when `schemas` was in the answer
};

/** @brief One high-availability peer. */
struct HaPeer
{
    QString name;
    QString address;
};

/** @brief `GET /api/v1/system`. */
struct SystemInfo
{
    QString machineId;
    QString hostName;
    QString domainName;
    QStringList addresses;
    QString role; ///< standalone | master | replica
    QList<HaPeer> peers;
    QString softwareVersion;
    LicenseInfo license;
    bool maintenance = false;
    QString migratedTo; ///< empty when not migrated
    QString migratedAt;
    DiskInfo disk;
    qint64 dataBytes = 0;
    qint64 trafficLogBytes = 0;
    DatabaseInfo database;
    QString tlsSha256;
    QString sshHostKeySha256;
    int sshImportPort = 2222; ///< sshd's traffic-log import port; 2222 when an older appliance does not say

    bool isStandalone() const { return role.isEmpty() || role == QLatin1String("standalone"); }
    QString fqdn() const;
    static SystemInfo fromJson(const QJsonObject &o);
};

/** @brief `GET /api/v1/settings`: groups by name, and which of them are host-specific. */
struct SettingsSnapshot
{
    QJsonObject groups;
    QStringList hostSpecific;
    QStringList basic;
    static SettingsSnapshot fromJson(const QJsonObject &o);
};

/** @brief Replication status inside `GET /api/v1/ha`. */
struct ReplicationStatus
{
    bool configured = false;
    bool ioRunning = false;
    bool sqlRunning = false;
    QString sourceHost;
    int sourcePort = 0;
    qint64 secondsBehind = -1; ///< -1: unknown (null)
    QString gtidSlavePos;
    QString lastError;
    int ioErrno = 0; ///< Last_IO_Errno; 2026: the TLS handshake failed (e.g. the certificate was refused)
    bool tlsVerified = false; ///< TLS, with the master's certificate verified against a given CA
};

/** @brief `GET /api/v1/ha`. */
struct HaInfo
{
    QString role;
    QList<HaPeer> peers;
    QStringList roundRobinHosts;
    QStringList removedRoundRobinHosts;
    ReplicationStatus replication;
    static HaInfo fromJson(const QJsonObject &o);
};

/** @brief Where a replica should replicate from (`POST /api/v1/ha/replication/configure`). */
struct ReplicationSource
{
    QString host;
    int port = 3306;
    QString user;
    QString gtid;
    /** PEM the replica verifies the master's database certificate against (the master's
     *  `GET /api/v1/database/certificate`); empty: unverified, as before. */
    QByteArray caPem;
};

/** @brief A temporary database account (`POST /api/v1/migration/db-account`). */
struct DbAccount
{
    QString user;
    QByteArray password; ///< secret: wipe after use, never log or journal
    static DbAccount fromJson(const QJsonObject &o);
};

/** @brief Access granted to an SSH key (`POST /api/v1/migration/ssh-key`). */
struct SshKeyGrant
{
    QString user;
    int port = 22;
    QString directory;
    static SshKeyGrant fromJson(const QJsonObject &o);
};

/** @brief A traffic log in the target's import directory (`GET /api/v1/migration/traffic-log-import`). */
struct ImportedFile
{
    QString name;
    qint64 size = 0;
    QString sha256; ///< hex, computed by the appliance from its disk
    static ImportedFile fromJson(const QJsonObject &o);
};

/** @brief `POST /api/v1/migration/backup-ticket` on the source (issue 9). */
struct BackupTicket
{
    QByteArray ticket; ///< secret, single use: hand it to the target only, never log or journal it
    QString expiresAt;
    qint64 datadirBytes = 0;
    QString serverVersion;
    QString majorVersion;
    QString flavor;
    static BackupTicket fromJson(const QJsonObject &o);
};

/** @brief `GET /api/v1/migration/physical-restore` on the target (issue 9). */
struct PhysicalRestoreStatus
{
    QString job;
    QString state; ///< idle | streaming | preparing | swapping | starting | ready | failed | rolled-back |
                   ///< committed
    qint64 bytesStreamed = 0;
    qint64 bytesExpected = 0;
    qint64 bytesPrepared = 0;
    QString binlogFile;
    qint64 binlogPosition = 0;
    QString gtid;
    bool previousDatadirKept = false;
    QString errorCode;
    QString errorMessage;
    /** A job is at work (streaming … starting): another cannot start, rollback cancels it. */
    bool isBusy() const;
    static PhysicalRestoreStatus fromJson(const QJsonObject &o);
};

/** @brief One line of `GET /api/v1/audit`. */
struct AuditEntry
{
    QString time;
    QString user;
    QString action;
    QString detail; ///< compact JSON when the appliance sends an object
};

} // namespace cutover
