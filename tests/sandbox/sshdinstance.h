// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxpaths.h"

#include <sys/types.h>

namespace cutover::sandbox {

/**
 * @brief The sandbox appliance's OpenSSH server. Its only purpose is the migration: a key that
 * `applianced` authorises gets read-only SFTP, chrooted to the traffic-log directory.
 */
class SshdInstance
{
public:
    explicit SshdInstance(const SandboxPaths &paths);

    void createHostKey();
    void prepareChroot();
    void writeConfig(const QString &address);
    pid_t start(const QString &address);
    void stop();

    QString hostPublicKey() const;
    QString authorizedKeys() const;

private:
    QString config() const;
    SandboxPaths m_paths;
};

} // namespace cutover::sandbox
