// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cutover {

/**
 * @brief Where and as whom to reach one MariaDB/MySQL server.
 *
 * The password is a QByteArray so it is never formatted into a log line by accident; nothing in
 * core/mysql logs it.
 */
struct MysqlEndpoint
{
    QString host; ///< address or name; ignored when socket is set
    quint16 port = 3306;
    QString user;
    QByteArray password;
    QString socket; ///< Unix socket path; when set, host and port are not used
    /** Require TLS (the sandbox and the appliances have it on). Without it TLS is still used
     *  whenever the server offers it; only a server without TLS gets a plain connection. */
    bool useTls = false;
    /** PEM file of the CA (or the self-signed certificate) the server's certificate must chain to;
     *  when set, the certificate and the host name are verified and TLS is required. */
    QString tlsCaFile;
    /** How long one read or write on the connection may wait for the server before the
     *  connection counts as lost (a transient error, retried). 0: one hour, for statements that
     *  legitimately keep the server busy for long (a chunk's LOAD DATA, an index build). */
    int ioTimeoutSeconds = 0;

    /** For messages and logs: "user@host:port" or "user@socket", never the password. */
    QString displayName() const
    {
        if (!socket.isEmpty())
            return QStringLiteral("%1@%2").arg(user, socket);
        return QStringLiteral("%1@%2:%3").arg(user, host).arg(port);
    }
};

} // namespace cutover
