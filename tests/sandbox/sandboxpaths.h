// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover::sandbox {

/** @brief Where every file of one sandbox appliance lives (see docs/sandbox-contract.md). */
class SandboxPaths
{
public:
    explicit SandboxPaths(const QString &name);

    static QString root();
    static QString chrootRoot();
    static QString templatesDir();

    QString name() const { return m_name; }
    QString dir() const { return m_dir; }
    QString file(const QString &relative) const;
    QString metaFile() const { return file(QStringLiteral("sandbox.json")); }
    QString runDir() const { return file(QStringLiteral("run")); }
    QString pidFile(const QString &process) const;
    QString dataDir() const { return file(QStringLiteral("mysql")); }
    QString myCnf() const { return file(QStringLiteral("my.cnf")); }
    QString socket() const { return file(QStringLiteral("mysqld.sock")); }
    QString mariadbTlsDir() const { return file(QStringLiteral("mariadb-tls")); }
    QString sshDir() const { return file(QStringLiteral("ssh")); }
    QString applianceDir() const { return file(QStringLiteral("appliance")); }
    QString applianceConfig() const { return file(QStringLiteral("appliance/applianced.conf")); }
    QString chrootDir() const;
    QString trafficLogDir() const { return chrootDir(); }

private:
    QString m_name;
    QString m_dir;
};

} // namespace cutover::sandbox
