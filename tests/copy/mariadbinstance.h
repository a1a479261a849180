// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/mysqlendpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace cutover::test {

/**
 * @brief A private mariadbd for one test: its own datadir in a temporary directory, a socket,
 * one loopback address, binary log on, a unique server id. Stopped (by its PID) in the
 * destructor, so a failing test leaves nothing running.
 */
class MariadbInstance
{
public:
    MariadbInstance(const QString &address, int serverId);
    ~MariadbInstance();
    MariadbInstance(const MariadbInstance &) = delete;
    MariadbInstance &operator=(const MariadbInstance &) = delete;

    /** Serve TLS with a fresh self-signed certificate for the address; before start(). */
    void setTls(bool on) { m_tls = on; }
    /** The server's certificate (PEM), which is its own CA; empty without TLS. */
    QString tlsCertificatePath() const;

    /** Extra mariadbd options (e.g. a larger buffer pool for a benchmark); before start(). */
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    /** Installs the datadir, starts the server, waits (bounded) until it answers. */
    bool start(QString *error);
    void stop();
    /** Stops and starts the server on the same datadir (as a service restart would). */
    bool restart(QString *error);

    /** Runs SQL through the `mariadb` client as root over the socket (DELIMITER works). */
    bool runSql(const QByteArray &sql, QString *error = nullptr, QByteArray *output = nullptr);
    bool runSqlFile(const QString &path, QString *error = nullptr);
    /** One query's tab-separated output (no column names), or an empty array on failure. */
    QByteArray query(const QByteArray &sql);

    /** An account over TCP with the given privileges (created by the caller through runSql). */
    MysqlEndpoint endpoint(const QString &user, const QByteArray &password) const;
    QString socketPath() const;
    QString address() const { return m_address; }
    /** The running server's process id (0 when stopped), e.g. to read its CPU time. */
    qint64 pid() const { return m_pid; }

private:
    bool launch(QString *error);

    QString m_address;
    int m_serverId;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_pid = 0;
    QStringList m_extraArguments;
    bool m_tls = false;
};

} // namespace cutover::test
