// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace cutover::test {

/**
 * @brief A real MariaDB and a real applianced on one loopback address, in a temporary directory.
 *
 * Used until the shared sandbox fixture covers everything these tests need (kill -9, custom
 * [auth] settings). Processes are children of the test and are stopped by PID in stop() and the
 * destructor, also when a test fails.
 */
class LocalAppliance
{
public:
    explicit LocalAppliance(const QString &address);
    ~LocalAppliance();

    QString address() const { return m_address; }
    QString dir() const { return m_dir.path(); }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString socket() const { return m_dir.filePath(QStringLiteral("mysqld.sock")); }
    QString trafficLogDir() const { return m_trafficLogDir; }
    /** @brief Must be called before writeConfig(); the SFTP chroot has to live outside /tmp. */
    void setTrafficLogDir(const QString &dir) { m_trafficLogDir = dir; }
    QString authorizedKeys() const { return m_dir.filePath(QStringLiteral("authorized_keys")); }
    QString hostPublicKey() const { return m_dir.filePath(QStringLiteral("ssh_host_ed25519_key.pub")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("applianced.conf")); }
    QString adminPassword() const { return QStringLiteral("Adm1n-Test-Pass"); }
    static QString vendorPrivateKey();
    static QString vendorPublicKey();

    bool startMariaDb(int serverId, QString *error);
    /** @brief Stops MariaDB cleanly and starts it again on the same data directory. */
    bool restartMariaDb(QString *error);
    /** @brief Writes applianced.conf; @p extra lines are appended (e.g. an [auth] section). */
    bool writeConfig(const QStringList &extra, QString *error);
    bool provision(const QJsonObject &overrides, QString *error);
    bool startAppliance(QString *error);
    /** @brief SIGKILL, as a power cut would. */
    void killAppliance();
    void stop();

    /** @brief A connection over the Unix socket (root: unix_socket auth, others: password). */
    QSqlDatabase connect(const QString &name, const QString &user, const QString &password = {});
    /** @brief A TCP connection to address:3306. */
    QSqlDatabase connectTcp(const QString &name, const QString &user, const QString &password);

private:
    bool waitForPort(quint16 port, int timeoutMs, QProcess *process);
    bool launchMariaDb(QString *error);

    int m_serverId = 1;

    QString m_address;
    QTemporaryDir m_dir;
    QString m_trafficLogDir;
    std::unique_ptr<QProcess> m_mariadb;
    std::unique_ptr<QProcess> m_appliance;
};

} // namespace cutover::test
