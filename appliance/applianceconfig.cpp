// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cutover {

namespace {

/** QSettings keeps an inline "; comment" on section-less values out but not trailing blanks. */
QString str(const QSettings &s, const char *key, const QString &fallback = {})
{
    QVariant v = s.value(QLatin1String(key));
    if (!v.isValid())
        return fallback;
    // A value with commas comes back as a list; join it back, commands may contain commas.
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(',')).trimmed();
    return v.toString().trimmed();
}

int num(const QSettings &s, const char *key, int fallback)
{
    bool ok = false;
    const int n = str(s, key).toInt(&ok);
    return ok ? n : fallback;
}

} // namespace

bool ApplianceConfig::load(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read config file %1").arg(path);
        return false;
    }
    QSettings s(path, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot parse config file %1").arg(path);
        return false;
    }
    listenAddress = str(s, "listen/address", listenAddress);
    httpsPort = num(s, "listen/httpsPort", httpsPort);
    httpPort = num(s, "listen/httpPort", httpPort);
    stateDir = str(s, "paths/state");
    trafficLogDir = str(s, "paths/trafficLogs");
    vendorPublicKey = str(s, "paths/vendorPublicKey");
    mariadbSocket = str(s, "mariadb/socket");
    mariadbUser = str(s, "mariadb/user", mariadbUser);
    mariadbWatchSeconds = num(s, "mariadb/watchIntervalSeconds", mariadbWatchSeconds);
    mariadbDatadir = str(s, "mariadb/datadir");
    backupProgram = str(s, "physical/backup", backupProgram);
    mbstreamProgram = str(s, "physical/mbstream", mbstreamProgram);
    backupDefaultsFile = str(s, "physical/defaultsFile");
    backupParallel = qBound(1, num(s, "physical/parallel", backupParallel), 16);
    prepareMemoryMegabytes = qBound(32, num(s, "physical/prepareMemoryMB", prepareMemoryMegabytes), 65536);
    for (const QString &user : str(s, "physical/keepAccounts").split(QLatin1Char(','), Qt::SkipEmptyParts))
        keepAccounts << user.trimmed();
    stopDatabaseCommand = str(s, "commands/stopDatabase");
    startDatabaseCommand = str(s, "commands/startDatabase");
    sshPort = num(s, "ssh/port", sshPort);
    sshImportPort = qBound(1, num(s, "ssh/importPort", sshImportPort), 65535);
    sshAuthorizedKeys = str(s, "ssh/authorizedKeys");
    sshHostPublicKey = str(s, "ssh/hostPublicKey");
    sshUser = str(s, "ssh/user", sshUser);
    rebootCommand = str(s, "commands/reboot");
    restartDatabaseCommand = str(s, "commands/restartDatabase");
    restartSshCommand = str(s, "commands/restartSsh");
    restartWebCommand = str(s, "commands/restartWeb");
    tokenLifetimeSeconds = num(s, "auth/tokenLifetimeSeconds", tokenLifetimeSeconds);
    pbkdf2Iterations = qMax(100000, num(s, "auth/pbkdf2Iterations", pbkdf2Iterations));
    maxFailedLogins = num(s, "auth/maxFailedLogins", maxFailedLogins);
    failureDelayMs = num(s, "auth/failureDelayMs", failureDelayMs);
    lockoutSeconds = num(s, "auth/lockoutSeconds", lockoutSeconds);
    maxBodyBytes = num(s, "http/maxBodyBytes", maxBodyBytes);
    maxHeaderBytes = num(s, "http/maxHeaderBytes", maxHeaderBytes);
    requestTimeoutSeconds = num(s, "http/requestTimeoutSeconds", requestTimeoutSeconds);
    idleTimeoutSeconds = num(s, "http/idleTimeoutSeconds", idleTimeoutSeconds);
    handshakeTimeoutSeconds = num(s, "http/handshakeTimeoutSeconds", handshakeTimeoutSeconds);
    maxConnections = num(s, "http/maxConnections", maxConnections);

    if (stateDir.isEmpty()) {
        *error = QStringLiteral("[paths] state is not set");
        return false;
    }
    return true;
}

QString ApplianceConfig::statePath(const QString &name) const
{
    return QDir(stateDir).filePath(name);
}

} // namespace cutover
