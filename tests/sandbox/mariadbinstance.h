// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxpaths.h"

#include <QStringList>
#include <sys/types.h>

namespace cutover::sandbox {

/** @brief The sandbox appliance's MariaDB server: its datadir, config, TLS, accounts, process. */
class MariadbInstance
{
public:
    explicit MariadbInstance(const SandboxPaths &paths);

    /** Copies a ready-made datadir (created once per server version and dataset) into place. */
    void createDataDir(const QString &dataset);
    /**
     * Puts the datadir on its own small file system (tmpfs) so free space can be made scarce for
     * real: call before createDataDir(). unmountDataDisk() undoes it (safe when not mounted).
     */
    void mountDataDisk(int megabytes);
    void unmountDataDisk();
    bool hasDataDisk() const;
    /** Fills the data disk with a ballast file until only @p freeMegabytes stay free. */
    void leaveFree(int freeMegabytes);
    /** @p versionString non-empty: the server reports it as VERSION() (`version=` option). */
    void writeConfig(const QString &address, quint32 serverId, const QString &versionString = {});
    /**
     * The sandbox's MariaDB CA (once) and a server certificate it signs for @p certHost (the SAN:
     * an IP address or a DNS name); issued again on every call.
     */
    void createTlsCertificate(const QString &certHost);
    /** @p initFile non-empty: MariaDB runs its statements at start (`--init-file`). */
    pid_t start(const QString &address, const QString &initFile = {});
    void stop();
    /** Runs SQL as root over the socket (unix_socket authentication, no password). */
    QByteArray execute(const QByteArray &sql) const;
    void setUpAccounts(const QByteArray &rootPassword, const QString &appUser, const QByteArray &appPassword,
        const QString &dataset);

    static quint32 serverIdFor(const QString &address);

private:
    static QStringList serverOptions();
    static QString serverVersion();
    static void buildTemplate(const QString &dir, const QString &dataset);

    SandboxPaths m_paths;
};

} // namespace cutover::sandbox
