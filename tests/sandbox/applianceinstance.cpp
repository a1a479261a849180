// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceinstance.h"

#include "processcontrol.h"
#include "sandboxfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslSocket>
#include <QStandardPaths>

namespace cutover::sandbox {

ApplianceInstance::ApplianceInstance(const SandboxPaths &paths)
    : m_paths(paths)
{ }

QString ApplianceInstance::binary()
{
    QStringList candidates { qEnvironmentVariable("CUTOVER_APPLIANCED") };
#ifdef CUTOVER_SANDBOX_APPLIANCED
    candidates << QStringLiteral(CUTOVER_SANDBOX_APPLIANCED);
#endif
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../../appliance/applianced")
               << QCoreApplication::applicationDirPath() + QStringLiteral("/applianced")
               << QStandardPaths::findExecutable(QStringLiteral("applianced"));
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString ApplianceInstance::sandboxBinary()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
}

void ApplianceInstance::writeConfig(
    const QString &address, const QString &hostPublicKey, const QString &authorizedKeys)
{
    QDir().mkpath(m_paths.applianceDir());
    const QString self = sandboxBinary();
    const QString keys
        = qEnvironmentVariable("CUTOVER_VENDOR_TEST_KEYS", QStringLiteral(CUTOVER_SANDBOX_TEST_KEYS));
    const QStringList lines {
        QStringLiteral("# Written by cutover-sandbox for the sandbox appliance %1.").arg(m_paths.name()),
        QStringLiteral("[listen]"),
        QStringLiteral("address=%1").arg(address),
        QStringLiteral("httpsPort=443"),
        QStringLiteral("httpPort=80"),
        QStringLiteral("[paths]"),
        QStringLiteral("state=%1").arg(m_paths.applianceDir()),
        QStringLiteral("trafficLogs=%1").arg(m_paths.trafficLogDir()),
        QStringLiteral("vendorPublicKey=%1/vendor-test-public.pem").arg(keys),
        QStringLiteral("[mariadb]"),
        QStringLiteral("socket=%1").arg(m_paths.socket()),
        QStringLiteral("user=root"),
        QStringLiteral("datadir=%1").arg(m_paths.dataDir()),
        QStringLiteral("[physical]"),
        QStringLiteral("defaultsFile=%1").arg(m_paths.myCnf()),
        QStringLiteral("[ssh]"),
        QStringLiteral("port=22"),
        QStringLiteral("authorizedKeys=%1").arg(authorizedKeys),
        QStringLiteral("hostPublicKey=%1").arg(hostPublicKey),
        QStringLiteral("user=root"),
        QStringLiteral("[commands]"),
        QStringLiteral("reboot=%1 reboot %2").arg(self, m_paths.name()),
        QStringLiteral("restartDatabase=%1 restart %2 database").arg(self, m_paths.name()),
        QStringLiteral("restartSsh=%1 restart %2 ssh").arg(self, m_paths.name()),
        QStringLiteral("stopDatabase=%1 stop %2 database").arg(self, m_paths.name()),
        QStringLiteral("startDatabase=%1 start %2 database").arg(self, m_paths.name()),
    };
    QSaveFile file(m_paths.applianceConfig());
    if (!file.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.applianceConfig()) };
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.applianceConfig()) };
}

void ApplianceInstance::provision(const QJsonObject &request)
{
    ProcessControl::run(binary(),
        { QStringLiteral("--config"), m_paths.applianceConfig(), QStringLiteral("--provision") },
        QJsonDocument(request).toJson(QJsonDocument::Compact));
}

pid_t ApplianceInstance::start(const QString &address)
{
    const QString log = m_paths.runDir() + QStringLiteral("/applianced.log");
    const pid_t pid = ProcessControl::startDetached(
        binary(), { QStringLiteral("--config"), m_paths.applianceConfig() }, log);
    ProcessControl::writePidFile(m_paths.pidFile(QStringLiteral("applianced")), pid);
    ProcessControl::waitForListener(address, 443, 30000, pid, QStringLiteral("applianced"), log);
    ProcessControl::waitForListener(address, 80, 10000, pid, QStringLiteral("applianced"), log);
    return pid;
}

void ApplianceInstance::stop()
{
    ProcessControl::stop(ProcessControl::readPidFile(m_paths.pidFile(QStringLiteral("applianced"))),
        m_paths.applianceConfig());
}

QString ApplianceInstance::tlsFingerprint(const QString &address)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(address, 443);
    if (!socket.waitForEncrypted(10000))
        throw SandboxFailure {
            QStringLiteral("no TLS handshake with %1:443: %2").arg(address, socket.errorString())
        };
    return QString::fromLatin1(
        socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString ApplianceInstance::configuredAddress() const
{
    QFile file(m_paths.applianceDir() + QStringLiteral("/settings.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject groups
        = root.contains(QStringLiteral("groups")) ? root.value(QStringLiteral("groups")).toObject() : root;
    return groups.value(QStringLiteral("network")).toObject().value(QStringLiteral("address")).toString();
}

void ApplianceInstance::addPeer(const QString &name, const QString &address)
{
    const QString path = m_paths.applianceDir() + QStringLiteral("/ha.json");
    QFile in(path);
    QJsonObject ha;
    if (in.open(QIODevice::ReadOnly))
        ha = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    QJsonArray peers = ha.value(QStringLiteral("peers")).toArray();
    for (const auto &peer : peers) {
        if (peer.toObject().value(QStringLiteral("name")).toString() == name)
            return;
    }
    peers.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("address"), address } });
    ha.insert(QStringLiteral("peers"), peers);
    // The master's round-robin list names every node that serves clients, the new peer included.
    QJsonArray hosts = ha.value(QStringLiteral("roundRobinHosts")).toArray();
    if (!hosts.contains(address))
        hosts.append(address);
    ha.insert(QStringLiteral("roundRobinHosts"), hosts);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(path) };
    out.write(QJsonDocument(ha).toJson());
    if (!out.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(path) };
}

} // namespace cutover::sandbox
