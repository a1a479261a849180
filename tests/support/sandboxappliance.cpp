// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxappliance.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace cutover::test {

SandboxAppliance::SandboxAppliance(const QString &name, const QString &address, const Options &options)
    : m_name(name)
    , m_address(address)
    , m_options(options)
{ }

SandboxAppliance::SandboxAppliance(const QString &name, const QString &address)
    : SandboxAppliance(name, address, Options {})
{ }

SandboxAppliance::~SandboxAppliance()
{
    stop();
}

QString SandboxAppliance::sandboxBinary()
{
    return qEnvironmentVariable("CUTOVER_SANDBOX", QStringLiteral("cutover-sandbox"));
}

int SandboxAppliance::runSandboxCommand(const QStringList &arguments, QByteArray *out, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(sandboxBinary(), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -2;
    }
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != 0 && !err.isEmpty())
        qWarning("cutover-sandbox %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), err.constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

bool SandboxAppliance::start(QString *error)
{
    // A sandbox of the same name left over from an aborted run would make `up` refuse.
    runSandboxCommand({ QStringLiteral("down"), m_name, QStringLiteral("--quiet") });
    QStringList args { QStringLiteral("up"), m_name, QStringLiteral("--address"), m_address,
        QStringLiteral("--dataset"), m_options.dataset, QStringLiteral("--license"), m_options.license,
        QStringLiteral("--role"), m_options.role };
    if (!m_options.peer.isEmpty())
        args << QStringLiteral("--peer") << m_options.peer;
    if (!m_options.hostName.isEmpty())
        args << QStringLiteral("--host-name") << m_options.hostName;
    if (!m_options.dbVersion.isEmpty())
        args << QStringLiteral("--db-version") << m_options.dbVersion;
    if (m_options.diskFreeMegabytes >= 0)
        args << QStringLiteral("--disk-free-mb") << QString::number(m_options.diskFreeMegabytes);
    if (!m_options.dbCertHost.isEmpty())
        args << QStringLiteral("--db-cert-host") << m_options.dbCertHost;
    if (!m_options.settingsFile.isEmpty())
        args << QStringLiteral("--settings") << m_options.settingsFile;
    QByteArray out;
    const int code = runSandboxCommand(args, &out);
    m_started = true; // even a failed `up` may have started something: `down` cleans it
    if (code != 0) {
        if (error)
            *error = QStringLiteral("cutover-sandbox up %1 failed with %2").arg(m_name).arg(code);
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(out, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("cutover-sandbox printed no JSON: %1").arg(QString::fromUtf8(out));
        return false;
    }
    m_info.raw = o;
    m_info.name = o.value(QStringLiteral("name")).toString();
    m_info.address = o.value(QStringLiteral("address")).toString();
    m_info.adminPassword = o.value(QStringLiteral("adminPassword")).toString();
    m_info.tlsSha256 = o.value(QStringLiteral("tlsSha256")).toString();
    const QJsonObject db = o.value(QStringLiteral("mariadb")).toObject();
    m_info.dbRootUser = db.value(QStringLiteral("rootUser")).toString();
    m_info.dbRootPassword = db.value(QStringLiteral("rootPassword")).toString();
    m_info.dbSocket = db.value(QStringLiteral("socket")).toString();
    m_info.appUser = db.value(QStringLiteral("appUser")).toString();
    m_info.appPassword = db.value(QStringLiteral("appPassword")).toString();
    m_info.stateDir = o.value(QStringLiteral("stateDir")).toString();
    m_info.trafficLogDir = o.value(QStringLiteral("trafficLogDir")).toString();
    return true;
}

void SandboxAppliance::stop()
{
    if (!m_started)
        return;
    m_started = false;
    runSandboxCommand({ QStringLiteral("down"), m_name });
}

} // namespace cutover::test
