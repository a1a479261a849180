// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/mysqlconnection.h"
#include "mysql/mysqlendpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>

namespace cutover {

/** @brief A point in a MariaDB server's binary log: file/position and the GTID position there. */
struct BinlogPosition
{
    QString file; ///< "mariadb-bin.000003"; empty when unknown
    quint64 position = 0;
    QString gtid; ///< MariaDB GTID list ("0-11-1234"); may be empty when no GTID was ever logged

    bool isValid() const { return !file.isEmpty(); }
    /** "mariadb-bin.000003:1234 (0-11-1234)" for logs and reports. */
    QString toString() const;
    bool operator==(const BinlogPosition &) const = default;
};

/** @brief What `SHOW SLAVE 'cutover' STATUS` says about the link (the columns the engine uses). */
struct ReplicaStatus
{
    bool configured = false; ///< a connection of that name exists on the target
    bool ioRunning = false; ///< Slave_IO_Running = Yes
    bool ioConnecting = false; ///< Slave_IO_Running = Connecting
    bool sqlRunning = false;
    QString masterUser; ///< the source account the link logs in with
    QString masterHost;
    BinlogPosition read; ///< how far the I/O thread has fetched (Master_Log_File / Read_Master_Log_Pos)
    BinlogPosition
        executed; ///< how far the SQL thread has applied (Relay_Master_Log_File / Exec_Master_Log_Pos)
    qint64 secondsBehind = -1; ///< Seconds_Behind_Master; -1 when NULL
    unsigned ioErrno = 0;
    QString ioError;
    unsigned sqlErrno = 0;
    QString sqlError;
    bool usingGtid = false;
    bool tlsVerified = false; ///< the source's certificate is verified against a CA file (Master_SSL_*)

    /** Last_IO_Errno of a failed TLS handshake: with a CA, the source's certificate was refused. */
    static constexpr unsigned kTlsHandshakeFailed = 2026;
    bool hasError() const { return ioErrno != 0 || sqlErrno != 0; }
};

/**
 * @brief The replication link that makes the target a replica of the source for the low-downtime
 * cutover: a named MariaDB replication connection ("cutover") on the target, so a replication the
 * target may already have is left alone.
 *
 * All statements run on the target, as the temporary write account (which has REPLICATION SLAVE
 * ADMIN and SLAVE MONITOR); the source side needs only an account with REPLICATION SLAVE. The link
 * uses TLS. The source password is handed to the target's CHANGE MASTER and never appears in an
 * error text this class returns (MariaDB keeps it in the target's master info until removeLink()).
 *
 * Blocking; one thread at a time (the runner's worker).
 */
class ReplicationLink
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ReplicationLink)

public:
    /** The name of the replication connection on the target. */
    static QString connectionName() { return QStringLiteral("cutover"); }

    explicit ReplicationLink(const MysqlEndpoint &target);
    ReplicationLink(const ReplicationLink &) = delete;
    ReplicationLink &operator=(const ReplicationLink &) = delete;

    /** Connects to the target (once; later calls reuse the connection). */
    bool open(QString *error);

    /**
     * Points the link at @p source (as the replication account in @p source) starting exactly at
     * @p from, and starts it. With a GTID in @p from the link uses MASTER_USE_GTID=slave_pos
     * (gtid_slave_pos is set to it), otherwise the file and position. With `source.tlsCaFile` (a
     * file on the *target*, see ReplicationSteps::trustSourceDatabase()) the target verifies the
     * source's certificate against it and that it names `source.host`; without, the link is
     * encrypted but not verified.
     */
    bool start(const MysqlEndpoint &source, const BinlogPosition &from, QString *error);
    /** The link's state; configured=false when the target has no such connection. */
    bool status(ReplicaStatus *status, QString *error);
    /**
     * Waits at most @p timeoutMs for the link to have applied everything up to @p until
     * (MASTER_GTID_WAIT with a GTID, MASTER_POS_WAIT otherwise). Returns 1 when reached, 0 on
     * timeout, -1 on an error (see @p error).
     */
    int waitFor(const BinlogPosition &until, bool useGtid, int timeoutMs, QString *error);
    /**
     * Stops only the I/O thread (STOP SLAVE … IO_THREAD): the target fetches nothing more from the
     * source. Quick even when the SQL thread is stuck in a long transaction or a lock wait, which
     * STOP SLAVE would wait for; succeeds when there is no such link.
     */
    bool stopFetching(QString *error);
    /** STOP SLAVE + RESET SLAVE ALL for the connection; succeeds when there is no such link. */
    bool remove(QString *error);

    /** Reads the server's current position (SHOW MASTER STATUS, @@gtid_binlog_pos). */
    static bool currentPosition(MysqlConnection &server, BinlogPosition *position, QString *error);
    /**
     * Bytes of binary log between @p from and @p to on @p server (SHOW BINARY LOGS gives the file
     * sizes); -1 when unknown (a file was purged or the names are not comparable).
     */
    static qint64 bytesBetween(MysqlConnection &server, const BinlogPosition &from, const BinlogPosition &to);

    MysqlConnection &connection() { return m_target; }

private:
    QString connectionLiteral() const;
    QString failure(const QString &what) const;

    MysqlEndpoint m_endpoint;
    MysqlConnection m_target;
};

} // namespace cutover
