// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "applianceinstance.h"
#include "mariadbinstance.h"
#include "processcontrol.h"
#include "sandboxfailure.h"
#include "sshdinstance.h"
#include "trafficloggenerator.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace cutover::sandbox {

namespace {
const QStringList Processes { QStringLiteral("applianced"), QStringLiteral("sshd"),
    QStringLiteral("mariadbd") };

QByteArray randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QByteArray out;
    for (int i = 0; i < 20; ++i)
        out += alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return out;
}

QString appUser()
{
    return QStringLiteral("hotspot_app");
}
} // namespace

Sandbox::Sandbox(const QString &name)
    : m_paths(name)
{ }

QJsonObject Sandbox::meta() const
{
    QFile file(m_paths.metaFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void Sandbox::saveMeta(const QJsonObject &meta) const
{
    QSaveFile file(m_paths.metaFile());
    if (!file.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.metaFile()) };
    file.write(QJsonDocument(meta).toJson());
    if (!file.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.metaFile()) };
}

bool Sandbox::isRunning() const
{
    for (const QString &process : Processes) {
        if (ProcessControl::isAlive(ProcessControl::readPidFile(m_paths.pidFile(process))))
            return true;
    }
    return false;
}

QJsonObject Sandbox::up(const UpOptions &options)
{
    if (isRunning())
        throw SandboxFailure { QStringLiteral(
            "sandbox %1 is already running; run `cutover-sandbox down %1` first")
                                   .arg(m_paths.name()) };
    if (QHostAddress(options.address).isNull() || !QHostAddress(options.address).isLoopback())
        throw SandboxFailure { QStringLiteral(
            "--address must be a loopback IPv4 address such as 127.0.10.1") };
    if (!ProcessControl::waitUntilFree(options.address, { 22, 80, 443, 3306 }, 1000))
        throw SandboxFailure {
            QStringLiteral("something already listens on %1; pick another address").arg(options.address)
        };

    try {
        return start(options);
    } catch (const SandboxFailure &) {
        down(true); // no process left behind; the logs stay for reading
        throw;
    }
}

QJsonObject Sandbox::start(const UpOptions &options)
{
    QDir(m_paths.dir()).removeRecursively();
    QDir(m_paths.chrootDir()).removeRecursively();
    QDir().mkpath(m_paths.runDir());

    const QString hostName
        = options.hostName.isEmpty() ? QStringLiteral("hotspot-") + m_paths.name() : options.hostName;
    QJsonObject meta { { QStringLiteral("name"), m_paths.name() },
        { QStringLiteral("address"), options.address }, { QStringLiteral("dataset"), options.dataset },
        { QStringLiteral("license"), options.license }, { QStringLiteral("role"), options.role },
        { QStringLiteral("peer"), options.peer }, { QStringLiteral("hostName"), hostName },
        { QStringLiteral("dbVersion"), options.dbVersion },
        { QStringLiteral("diskFreeMb"), options.diskFreeMegabytes },
        { QStringLiteral("dbCertHost"), options.dbCertHost } };
    saveMeta(meta);

    const QByteArray rootPassword = randomPassword();
    const QByteArray appPassword = randomPassword();
    const QByteArray adminPassword = randomPassword();

    MariadbInstance mariadb(m_paths);
    if (options.diskFreeMegabytes >= 0)
        mariadb.mountDataDisk(512);
    mariadb.createDataDir(options.dataset);
    mariadb.createTlsCertificate(options.dbCertHost.isEmpty() ? options.address : options.dbCertHost);
    mariadb.writeConfig(options.address, MariadbInstance::serverIdFor(options.address), options.dbVersion);

    SshdInstance sshd(m_paths);
    sshd.createHostKey();
    sshd.prepareChroot();
    sshd.writeConfig(options.address);
    if (options.dataset != QLatin1String("none") && options.trafficLogBytes > 0)
        TrafficLogGenerator(m_paths.trafficLogDir(), hostName, MariadbInstance::serverIdFor(options.address))
            .generate(options.trafficLogBytes);

    mariadb.start(options.address);
    mariadb.setUpAccounts(rootPassword, appUser(), appPassword, options.dataset);
    if (options.diskFreeMegabytes >= 0)
        mariadb.leaveFree(options.diskFreeMegabytes);
    if (options.role == QLatin1String("replica"))
        setUpReplication(options.peer);
    sshd.start(options.address);

    ApplianceInstance appliance(m_paths);
    const bool haveAppliance = !ApplianceInstance::binary().isEmpty();
    QString fingerprint;
    if (haveAppliance) {
        appliance.writeConfig(options.address, sshd.hostPublicKey(), sshd.authorizedKeys());
        QJsonArray peers;
        if (!options.peer.isEmpty()) {
            const QJsonObject peerMeta = Sandbox(options.peer).meta();
            peers.append(QJsonObject { { QStringLiteral("name"), options.peer },
                { QStringLiteral("address"), peerMeta.value(QStringLiteral("address")).toString() } });
        }
        const QString keys
            = qEnvironmentVariable("CUTOVER_VENDOR_TEST_KEYS", QStringLiteral(CUTOVER_SANDBOX_TEST_KEYS));
        QJsonObject provision { { QStringLiteral("adminPassword"), QString::fromLatin1(adminPassword) },
            { QStringLiteral("hostName"), hostName },
            { QStringLiteral("domainName"), QStringLiteral("example.test") },
            { QStringLiteral("role"), options.role }, { QStringLiteral("peers"), peers },
            { QStringLiteral("license"), options.license },
            { QStringLiteral("licenseSigningKey"), keys + QStringLiteral("/vendor-test-private.pem") },
            { QStringLiteral("customer"), QStringLiteral("Sandbox Customer") } };
        if (!options.settings.isEmpty())
            provision.insert(QStringLiteral("settings"), options.settings);
        appliance.provision(provision);
        appliance.start(options.address);
        fingerprint = ApplianceInstance::tlsFingerprint(options.address);
        if (!options.peer.isEmpty()) {
            ApplianceInstance peerAppliance { SandboxPaths(options.peer) };
            peerAppliance.addPeer(m_paths.name(), options.address);
        }
    }
    meta.insert(QStringLiteral("applianced"), haveAppliance);
    saveMeta(meta);

    QJsonObject result = meta;
    result.insert(QStringLiteral("adminPassword"), QString::fromLatin1(adminPassword));
    result.insert(QStringLiteral("tlsSha256"), fingerprint);
    result.insert(QStringLiteral("stateDir"), m_paths.dir());
    result.insert(QStringLiteral("trafficLogDir"), m_paths.trafficLogDir());
    result.insert(QStringLiteral("sshHostPublicKey"), sshd.hostPublicKey());
    result.insert(QStringLiteral("mariadb"),
        QJsonObject { { QStringLiteral("rootUser"), QStringLiteral("root") },
            { QStringLiteral("rootPassword"), QString::fromLatin1(rootPassword) },
            { QStringLiteral("socket"), m_paths.socket() }, { QStringLiteral("port"), 3306 },
            { QStringLiteral("serverId"), qint64(MariadbInstance::serverIdFor(options.address)) },
            { QStringLiteral("appUser"), appUser() },
            { QStringLiteral("appPassword"), QString::fromLatin1(appPassword) } });
    return result;
}

void Sandbox::setUpReplication(const QString &peerName)
{
    if (peerName.isEmpty())
        throw SandboxFailure { QStringLiteral(
            "--role replica needs --peer NAME of a running master sandbox") };
    Sandbox peer(peerName);
    const QString peerAddress = peer.meta().value(QStringLiteral("address")).toString();
    if (!peer.isRunning() || peerAddress.isEmpty())
        throw SandboxFailure { QStringLiteral("peer sandbox %1 is not running").arg(peerName) };
    const QByteArray password = randomPassword();
    const QByteArray user = "cutover_repl";
    MariadbInstance(peer.m_paths)
        .execute("SET SESSION sql_log_bin=0;\nCREATE OR REPLACE USER '" + user + "'@'127.%' IDENTIFIED BY '"
            + password + "';\nGRANT REPLICATION SLAVE ON *.* TO '" + user + "'@'127.%';\n");
    // The group's link uses TLS and verifies the master's certificate against the master's CA, as
    // a real group's should; a master whose certificate deliberately names another host
    // (--db-cert-host) gets an encrypted, unverified link, so the group still runs.
    QByteArray tls = "MASTER_SSL=1";
    if (peer.meta().value(QStringLiteral("dbCertHost")).toString().isEmpty())
        tls += ", MASTER_SSL_CA='" + (peer.m_paths.mariadbTlsDir() + QStringLiteral("/ca-cert.pem")).toUtf8()
            + "', MASTER_SSL_VERIFY_SERVER_CERT=1";
    MariadbInstance(m_paths).execute("CHANGE MASTER TO MASTER_HOST='" + peerAddress.toLatin1()
        + "', MASTER_PORT=3306, MASTER_USER='" + user + "', MASTER_PASSWORD='" + password
        + "', MASTER_USE_GTID=slave_pos, " + tls + ";\nSTART SLAVE;\n");
}

void Sandbox::startAll(const QString &address)
{
    MariadbInstance mariadb(m_paths);
    // The address may have changed (a swap): the certificate names the new one.
    const QString certHost = meta().value(QStringLiteral("dbCertHost")).toString();
    mariadb.createTlsCertificate(certHost.isEmpty() ? address : certHost);
    mariadb.writeConfig(
        address, MariadbInstance::serverIdFor(address), meta().value(QStringLiteral("dbVersion")).toString());
    mariadb.start(address);
    SshdInstance sshd(m_paths);
    sshd.writeConfig(address);
    sshd.start(address);
    if (meta().value(QStringLiteral("applianced")).toBool()) {
        ApplianceInstance appliance(m_paths);
        appliance.writeConfig(address, sshd.hostPublicKey(), sshd.authorizedKeys());
        appliance.start(address);
    }
}

void Sandbox::stopAll()
{
    ApplianceInstance(m_paths).stop();
    SshdInstance(m_paths).stop();
    MariadbInstance(m_paths).stop();
}

bool Sandbox::down(bool keep)
{
    const bool wasThere = QFileInfo::exists(m_paths.dir());
    // A reboot in progress (started detached by applianced) would start everything again after
    // this: stop it first. Its command line names the sandbox, not its directory.
    const QString rebooting = QStringLiteral("cutover-sandbox reboot %1").arg(m_paths.name());
    for (pid_t pid : ProcessControl::processesMentioning(rebooting)) {
        if (ProcessControl::commandLine(pid).endsWith(rebooting))
            ProcessControl::stop(pid, rebooting);
    }
    stopAll();
    // Anything else still naming this sandbox's files (a reboot in progress, a stray child) goes too.
    for (pid_t pid : ProcessControl::processesMentioning(m_paths.dir() + QLatin1Char('/')))
        ProcessControl::stop(pid, m_paths.dir());
    MariadbInstance(m_paths).unmountDataDisk();
    if (!keep) {
        QDir(m_paths.dir()).removeRecursively();
        QDir(SandboxPaths::chrootRoot() + QLatin1Char('/') + m_paths.name()).removeRecursively();
    }
    return wasThere;
}

QJsonObject Sandbox::reboot()
{
    QJsonObject m = meta();
    if (m.isEmpty())
        throw SandboxFailure { QStringLiteral("no sandbox named %1").arg(m_paths.name()) };
    const QString oldAddress = m.value(QStringLiteral("address")).toString();
    stopAll();
    QString address = ApplianceInstance(m_paths).configuredAddress();
    if (address.isEmpty())
        address = oldAddress;
    // When two appliances swap addresses, the other one may still hold ours for a moment.
    if (!ProcessControl::waitUntilFree(address, { 22, 80, 443, 3306 }, 180000))
        throw SandboxFailure {
            QStringLiteral("address %1 stayed busy; cannot come back up on it").arg(address)
        };
    m.insert(QStringLiteral("address"), address);
    saveMeta(m);
    startAll(address);
    QJsonObject result = m;
    if (m.value(QStringLiteral("applianced")).toBool())
        result.insert(QStringLiteral("tlsSha256"), ApplianceInstance::tlsFingerprint(address));
    return result;
}

void Sandbox::restart(const QString &service)
{
    const QString address = meta().value(QStringLiteral("address")).toString();
    if (service == QLatin1String("database")) {
        MariadbInstance mariadb(m_paths);
        mariadb.stop();
        mariadb.start(address);
    } else if (service == QLatin1String("ssh")) {
        SshdInstance sshd(m_paths);
        sshd.stop();
        sshd.start(address);
    } else {
        throw SandboxFailure { QStringLiteral("unknown service %1 (database, ssh)").arg(service) };
    }
}

void Sandbox::startService(const QString &service, const QString &initFile)
{
    const QString address = meta().value(QStringLiteral("address")).toString();
    if (address.isEmpty())
        throw SandboxFailure { QStringLiteral("no sandbox named %1").arg(m_paths.name()) };
    if (service == QLatin1String("database")) {
        MariadbInstance mariadb(m_paths);
        if (ProcessControl::isAlive(ProcessControl::readPidFile(m_paths.pidFile(QStringLiteral("mariadbd")))))
            throw SandboxFailure {
                QStringLiteral("the database of %1 is already running").arg(m_paths.name())
            };
        mariadb.start(address, initFile);
    } else if (service == QLatin1String("appliance")) {
        if (ProcessControl::isAlive(
                ProcessControl::readPidFile(m_paths.pidFile(QStringLiteral("applianced")))))
            throw SandboxFailure {
                QStringLiteral("applianced of %1 is already running").arg(m_paths.name())
            };
        ApplianceInstance(m_paths).start(address);
    } else {
        throw SandboxFailure { QStringLiteral("unknown service %1 (database, appliance)").arg(service) };
    }
}

void Sandbox::stopService(const QString &service)
{
    if (service == QLatin1String("database"))
        MariadbInstance(m_paths).stop();
    else if (service == QLatin1String("appliance"))
        ApplianceInstance(m_paths).stop();
    else
        throw SandboxFailure { QStringLiteral("unknown service %1 (database, appliance)").arg(service) };
}

QJsonArray Sandbox::list()
{
    QJsonArray out;
    const QStringList names
        = QDir(SandboxPaths::root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        Sandbox sandbox(name);
        QJsonObject m = sandbox.meta();
        if (m.isEmpty())
            continue;
        QJsonObject pids;
        for (const QString &process : Processes) {
            const pid_t pid = ProcessControl::readPidFile(sandbox.m_paths.pidFile(process));
            pids.insert(process, ProcessControl::isAlive(pid) ? QJsonValue(qint64(pid)) : QJsonValue());
        }
        m.insert(QStringLiteral("running"), sandbox.isRunning());
        m.insert(QStringLiteral("pids"), pids);
        out.append(m);
    }
    return out;
}

} // namespace cutover::sandbox
