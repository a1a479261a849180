// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxpaths.h"

#include <QJsonObject>
#include <sys/types.h>

namespace cutover::sandbox {

/** @brief The sandbox appliance's `applianced`: its config, first provisioning and process. */
class ApplianceInstance
{
public:
    explicit ApplianceInstance(const SandboxPaths &paths);

    /** The applianced binary to run, or empty when this build has none. */
    static QString binary();
    static QString sandboxBinary();

    void writeConfig(const QString &address, const QString &hostPublicKey, const QString &authorizedKeys);
    void provision(const QJsonObject &request);
    pid_t start(const QString &address);
    void stop();
    /** The SHA-256 fingerprint of the certificate the running daemon presents on 443. */
    static QString tlsFingerprint(const QString &address);
    /** groups.network.address from the appliance's settings: where it listens after a reboot. */
    QString configuredAddress() const;
    /** Adds @p peer to the HA peers the running daemon reports (it reads ha.json on every request). */
    void addPeer(const QString &name, const QString &address);

private:
    SandboxPaths m_paths;
};

} // namespace cutover::sandbox
