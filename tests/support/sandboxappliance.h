// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cutover::test {

/** @brief What `cutover-sandbox up` printed about one running sandbox appliance. */
struct SandboxInfo
{
    QString name;
    QString address;
    QString adminPassword;
    QString tlsSha256; ///< colon-separated upper-case hex, as QSslCertificate::digest(Sha256).toHex(':')
    QString dbRootUser;
    QString dbRootPassword; ///< root over TCP from loopback
    QString dbSocket; ///< root over the socket needs no password (unix_socket)
    QString appUser; ///< an application account with write access to the dataset
    QString appPassword;
    QString stateDir;
    QString trafficLogDir;
    QJsonObject raw;
};

/**
 * @brief A test fixture for one sandbox appliance: `up` in start(), `down` in the destructor,
 * so the processes are stopped even when the test fails.
 */
class SandboxAppliance
{
public:
    struct Options
    {
        QString dataset = QStringLiteral("sakila"); ///< sakila | none
        QString license = QStringLiteral("active"); ///< active | expired | none
        QString role = QStringLiteral("standalone"); ///< standalone | master | replica
        QString peer; ///< the other node's sandbox name for master/replica
        QString hostName; ///< empty: derived from the name
        QString dbVersion; ///< non-empty: the version string MariaDB reports
        int diskFreeMegabytes = -1; ///< >= 0: datadir on a small disk with this much free
        QString settingsFile; ///< JSON of settings groups to provision
        QString dbCertHost; ///< non-empty: MariaDB's certificate names this host, not the address
    };

    SandboxAppliance(const QString &name, const QString &address, const Options &options);
    SandboxAppliance(const QString &name, const QString &address);
    ~SandboxAppliance();
    SandboxAppliance(const SandboxAppliance &) = delete;
    SandboxAppliance &operator=(const SandboxAppliance &) = delete;

    /** Runs `cutover-sandbox up`; returns false and fills @p error when it failed. */
    bool start(QString *error = nullptr);
    /** Runs `cutover-sandbox down`; safe to call twice. */
    void stop();

    const SandboxInfo &info() const { return m_info; }

    /** Runs the sandbox command with @p arguments, returns its exit code; output in @p out. */
    static int runSandboxCommand(
        const QStringList &arguments, QByteArray *out = nullptr, int timeoutMs = 180000);
    /** Path to the cutover-sandbox binary (from $CUTOVER_SANDBOX). */
    static QString sandboxBinary();

private:
    QString m_name;
    QString m_address;
    Options m_options;
    SandboxInfo m_info;
    bool m_started = false;
};

} // namespace cutover::test
