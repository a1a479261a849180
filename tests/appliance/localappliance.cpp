// SPDX-License-Identifier: GPL-3.0-or-later
#include "localappliance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QTcpSocket>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>

namespace cutover::test {

namespace {

/** Children die with the test, even when it crashes or is killed. */
void dieWithParent(QProcess *p)
{
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

void stopProcess(std::unique_ptr<QProcess> &p)
{
    if (!p)
        return;
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(15000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    p.reset();
}

} // namespace

LocalAppliance::LocalAppliance(const QString &address)
    : m_address(address)
    , m_dir(QDir::tempPath() + QStringLiteral("/tst-appliance-XXXXXX"))
    , m_trafficLogDir(m_dir.filePath(QStringLiteral("traffic-logs")))
{
    QDir().mkpath(stateDir());
    QDir().mkpath(trafficLogDir());
}

LocalAppliance::~LocalAppliance()
{
    stop();
}

QString LocalAppliance::vendorPrivateKey()
{
    return QStringLiteral(CUTOVER_VENDOR_TEST_PRIVATE_KEY);
}

QString LocalAppliance::vendorPublicKey()
{
    return QStringLiteral(CUTOVER_VENDOR_TEST_PUBLIC_KEY);
}

bool LocalAppliance::waitForPort(quint16 port, int timeoutMs, QProcess *process)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (process && process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket s;
        s.connectToHost(m_address, port);
        if (s.waitForConnected(500))
            return true;
        QTest::qWait(50); // give the child time to run between probes; bounded by the deadline
    }
    return false;
}

bool LocalAppliance::startMariaDb(int serverId, QString *error)
{
    const QString data = m_dir.filePath(QStringLiteral("mysql"));
    // A private tmpdir: bootstraps running side by side in the shared /tmp can collide on
    // MariaDB's temporary table names.
    const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
    QDir().mkpath(tmp);
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral("mariadb-install-db"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--auth-root-authentication-method=socket"),
            QStringLiteral("--datadir=") + data, QStringLiteral("--user=root"),
            QStringLiteral("--skip-test-db"), QStringLiteral("--tmpdir=") + tmp });
    if (!install.waitForFinished(120000) || install.exitCode() != 0) {
        *error = QStringLiteral("mariadb-install-db failed: ")
            + QString::fromLocal8Bit(install.readAll().right(2000));
        return false;
    }
    m_serverId = serverId;
    return launchMariaDb(error);
}

bool LocalAppliance::restartMariaDb(QString *error)
{
    stopProcess(m_mariadb);
    return launchMariaDb(error);
}

bool LocalAppliance::launchMariaDb(QString *error)
{
    const QString data = m_dir.filePath(QStringLiteral("mysql"));
    m_mariadb = std::make_unique<QProcess>();
    m_mariadb->setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(m_mariadb.get());
    m_mariadb->setStandardOutputFile(m_dir.filePath(QStringLiteral("mariadbd.log")), QIODevice::Append);
    m_mariadb->start(QStringLiteral("/usr/sbin/mariadbd"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
            QStringLiteral("--socket=") + socket(), QStringLiteral("--bind-address=") + m_address,
            QStringLiteral("--port=3306"), QStringLiteral("--user=root"),
            QStringLiteral("--log-bin=") + data + QStringLiteral("/binlog"),
            QStringLiteral("--server-id=%1").arg(m_serverId), QStringLiteral("--skip-name-resolve"),
            QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mariadbd.pid")),
            QStringLiteral("--innodb-buffer-pool-size=32M"),
            QStringLiteral("--tmpdir=") + m_dir.filePath(QStringLiteral("tmp")) });
    if (!m_mariadb->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start mariadbd");
        return false;
    }
    if (!QTest::qWaitFor(
            [&] { return QFile::exists(socket()) || m_mariadb->state() == QProcess::NotRunning; }, 60000)
        || !QFile::exists(socket())) {
        QFile log(m_dir.filePath(QStringLiteral("mariadbd.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("mariadbd did not come up: ")
            + QString::fromLocal8Bit(log.readAll().right(2000));
        return false;
    }
    return true;
}

bool LocalAppliance::writeConfig(const QStringList &extra, QString *error)
{
    if (!QFile::exists(hostPublicKey())) {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString(), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("ssh_host_ed25519_key")) });
        if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0) {
            *error = QStringLiteral("ssh-keygen failed");
            return false;
        }
    }
    QStringList lines { QStringLiteral("[listen]"), QStringLiteral("address=") + m_address,
        QStringLiteral("httpsPort=443"), QStringLiteral("httpPort=80"), QStringLiteral("[paths]"),
        QStringLiteral("state=") + stateDir(), QStringLiteral("trafficLogs=") + trafficLogDir(),
        QStringLiteral("vendorPublicKey=") + vendorPublicKey(), QStringLiteral("[mariadb]"),
        QStringLiteral("socket=") + socket(), QStringLiteral("user=root"), QStringLiteral("[ssh]"),
        QStringLiteral("port=22"), QStringLiteral("authorizedKeys=") + authorizedKeys(),
        QStringLiteral("hostPublicKey=") + hostPublicKey(), QStringLiteral("user=root") };
    lines += extra;
    QSaveFile f(configPath());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write config");
        return false;
    }
    f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return f.commit();
}

bool LocalAppliance::provision(const QJsonObject &overrides, QString *error)
{
    QJsonObject request { { QStringLiteral("adminPassword"), adminPassword() },
        { QStringLiteral("hostName"), QStringLiteral("hotspot-test") },
        { QStringLiteral("domainName"), QStringLiteral("example.test") },
        { QStringLiteral("role"), QStringLiteral("standalone") }, { QStringLiteral("peers"), QJsonArray() },
        { QStringLiteral("license"), QStringLiteral("active") },
        { QStringLiteral("licenseSigningKey"), vendorPrivateKey() },
        { QStringLiteral("customer"), QStringLiteral("Test Customer") } };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        request.insert(it.key(), it.value());
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("CUTOVER_APPLIANCED"),
        { QStringLiteral("--config"), configPath(), QStringLiteral("--provision") });
    p.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("provisioning failed: ") + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool LocalAppliance::startAppliance(QString *error)
{
    stopProcess(m_appliance);
    m_appliance = std::make_unique<QProcess>();
    m_appliance->setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(m_appliance.get());
    m_appliance->setStandardOutputFile(m_dir.filePath(QStringLiteral("applianced.log")), QIODevice::Append);
    m_appliance->start(
        qEnvironmentVariable("CUTOVER_APPLIANCED"), { QStringLiteral("--config"), configPath() });
    if (!m_appliance->waitForStarted(10000) || !waitForPort(443, 30000, m_appliance.get())
        || !waitForPort(80, 10000, m_appliance.get())) {
        QFile log(m_dir.filePath(QStringLiteral("applianced.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("applianced did not come up: ")
            + QString::fromLocal8Bit(log.readAll().right(2000));
        return false;
    }
    return true;
}

void LocalAppliance::killAppliance()
{
    if (m_appliance && m_appliance->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_appliance->processId()), SIGKILL);
        m_appliance->waitForFinished(10000);
    }
    m_appliance.reset();
}

void LocalAppliance::stop()
{
    stopProcess(m_appliance);
    stopProcess(m_mariadb);
}

QSqlDatabase LocalAppliance::connect(const QString &name, const QString &user, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + socket());
    db.open();
    return db;
}

QSqlDatabase LocalAppliance::connectTcp(const QString &name, const QString &user, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setHostName(m_address);
    db.setPort(3306);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
    db.open();
    return db;
}

} // namespace cutover::test
