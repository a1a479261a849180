// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxpaths.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cutover::sandbox {

/** @brief One sandbox appliance: MariaDB, OpenSSH and applianced bound to one loopback address. */
class Sandbox
{
public:
    struct UpOptions
    {
        QString address;
        QString dataset = QStringLiteral("sakila");
        QString license = QStringLiteral("active");
        QString role = QStringLiteral("standalone");
        QString peer;
        QString hostName;
        QJsonObject settings;
        qint64 trafficLogBytes = 4 * 1024 * 1024;
        /** Non-empty: MariaDB reports this as its version (VERSION()), e.g. to play an older server. */
        QString dbVersion;
        /** >= 0: the datadir sits on its own small disk with only this many MB free. */
        int diskFreeMegabytes = -1;
        /** Non-empty: MariaDB's certificate names this host instead of the address (a replica
         *  that verifies it refuses it). */
        QString dbCertHost;
    };

    explicit Sandbox(const QString &name);

    /** Starts everything; returns what callers need to reach it (passwords included, once). */
    QJsonObject up(const UpOptions &options);
    /** Stops every process this sandbox started, by PID; removes its files unless @p keep. */
    bool down(bool keep);
    /** Restarts all processes on the address the appliance's network settings now hold. */
    QJsonObject reboot();
    void restart(const QString &service);
    /** Starts or stops one process (database or appliance) by PID, as applianced's physical restore does. */
    void startService(const QString &service, const QString &initFile = {});
    void stopService(const QString &service);
    bool isRunning() const;

    static QJsonArray list();

private:
    QJsonObject start(const UpOptions &options);
    QJsonObject meta() const;
    void saveMeta(const QJsonObject &meta) const;
    void startAll(const QString &address);
    void stopAll();
    void setUpReplication(const QString &peerName);

    SandboxPaths m_paths;
};

} // namespace cutover::sandbox
