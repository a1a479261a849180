// SPDX-License-Identifier: GPL-3.0-or-later
#include "mariadbinstance.h"

#include "processcontrol.h"
#include "sandboxfailure.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLocalSocket>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>
#include <QThread>

namespace cutover::sandbox {

namespace {
const QString MariadbServer = QStringLiteral("/usr/sbin/mariadbd");

QString dataSetDir()
{
    return qEnvironmentVariable("CUTOVER_TEST_DATA", QStringLiteral(CUTOVER_SANDBOX_DATA_DIR));
}

void waitForSocket(const QString &socketPath, pid_t pid, const QString &log, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (socket.waitForConnected(500))
            return;
        if (pid > 0 && !ProcessControl::isAlive(pid))
            throw SandboxFailure {
                QStringLiteral("mariadbd exited while starting:\n%1").arg(ProcessControl::tail(log))
            };
        QThread::msleep(50);
    }
    throw SandboxFailure {
        QStringLiteral("mariadbd did not open %1 in time:\n%2").arg(socketPath, ProcessControl::tail(log))
    };
}

QByteArray sqlString(const QByteArray &value)
{
    QByteArray quoted = value;
    quoted.replace('\\', "\\\\").replace('\'', "\\'");
    return '\'' + quoted + '\'';
}
} // namespace

MariadbInstance::MariadbInstance(const SandboxPaths &paths)
    : m_paths(paths)
{ }

QStringList MariadbInstance::serverOptions()
{
    return {
        QStringLiteral("innodb_buffer_pool_size=%1")
            .arg(qEnvironmentVariable("CUTOVER_SANDBOX_BUFFER_POOL", QStringLiteral("128M"))),
        QStringLiteral("innodb_log_file_size=48M"),
        QStringLiteral("innodb_flush_log_at_trx_commit=2"),
        QStringLiteral("performance_schema=OFF"),
        QStringLiteral("max_allowed_packet=256M"),
        QStringLiteral("local_infile=1"),
        QStringLiteral("character_set_server=utf8mb4"),
        QStringLiteral("collation_server=utf8mb4_general_ci"),
        QStringLiteral("skip_name_resolve"),
        // The appliance's loader creates triggers and routines without SUPER while binlogging.
        QStringLiteral("log_bin_trust_function_creators=ON"),
    };
}

QString MariadbInstance::serverVersion()
{
    return QString::fromLocal8Bit(ProcessControl::run(MariadbServer, { QStringLiteral("--version") }))
        .trimmed();
}

quint32 MariadbInstance::serverIdFor(const QString &address)
{
    // Unique per loopback address, so two sandboxes can replicate from each other.
    return QHostAddress(address).toIPv4Address() & 0x00ffffffu;
}

void MariadbInstance::buildTemplate(const QString &dir, const QString &dataset)
{
    const QString work = dir + QStringLiteral(".building");
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    const QString data = work + QStringLiteral("/data");
    ProcessControl::run(QStringLiteral("mariadb-install-db"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data, QStringLiteral("--user=root"),
            QStringLiteral("--auth-root-authentication-method=socket"), QStringLiteral("--skip-test-db") });
    if (dataset == QLatin1String("sakila")) {
        const QString socket = work + QStringLiteral("/build.sock");
        const QString log = work + QStringLiteral("/build.err");
        QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
            QStringLiteral("--socket=") + socket, QStringLiteral("--skip-networking"),
            QStringLiteral("--user=root"), QStringLiteral("--skip-log-bin"),
            QStringLiteral("--log-error=") + log,
            QStringLiteral("--pid-file=") + work + QStringLiteral("/build.pid") };
        for (const QString &option : serverOptions())
            args << QStringLiteral("--") + option;
        const pid_t pid = ProcessControl::startDetached(MariadbServer, args, log);
        waitForSocket(socket, pid, log, 60000);
        QByteArray sql;
        for (const char *file : { "sakila-schema.sql", "sakila-data.sql" }) {
            QFile f(dataSetDir() + QStringLiteral("/sakila/") + QLatin1String(file));
            if (!f.open(QIODevice::ReadOnly))
                throw SandboxFailure {
                    QStringLiteral("cannot read the sakila dataset at %1").arg(f.fileName())
                };
            sql += f.readAll() + '\n';
        }
        ProcessControl::run(QStringLiteral("mariadb"),
            { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socket,
                QStringLiteral("-uroot") },
            sql, 300000);
        ProcessControl::run(QStringLiteral("mariadb-admin"),
            { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socket, QStringLiteral("-uroot"),
                QStringLiteral("shutdown") });
        QDeadlineTimer deadline(60000);
        while (ProcessControl::isAlive(pid) && !deadline.hasExpired())
            QThread::msleep(50);
    }
    QDir().rename(data, dir);
    QDir(work).removeRecursively();
}

void MariadbInstance::createDataDir(const QString &dataset)
{
    const QString key = QString::fromLatin1(QCryptographicHash::hash(
        (serverVersion() + serverOptions().join(QLatin1Char(','))).toUtf8(), QCryptographicHash::Sha1)
                                                .toHex()
                                                .left(12));
    const QString templ = SandboxPaths::templatesDir() + QLatin1Char('/') + dataset + QLatin1Char('-') + key;
    QDir().mkpath(SandboxPaths::templatesDir());
    {
        QLockFile lock(SandboxPaths::templatesDir() + QStringLiteral("/.lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(600000))
            throw SandboxFailure { QStringLiteral("another sandbox holds the template lock for too long") };
        if (!QFileInfo::exists(templ))
            buildTemplate(templ, dataset);
    }
    if (hasDataDisk())
        ProcessControl::run(
            QStringLiteral("cp"), { QStringLiteral("-a"), templ + QStringLiteral("/."), m_paths.dataDir() });
    else
        ProcessControl::run(QStringLiteral("cp"), { QStringLiteral("-a"), templ, m_paths.dataDir() });
}

bool MariadbInstance::hasDataDisk() const
{
    return QFileInfo::exists(m_paths.file(QStringLiteral("data-disk")));
}

void MariadbInstance::mountDataDisk(int megabytes)
{
    QDir().mkpath(m_paths.dataDir());
    ProcessControl::run(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
            QStringLiteral("size=%1m,mode=0700").arg(megabytes), QStringLiteral("tmpfs"),
            m_paths.dataDir() });
    // The marker says there is something to unmount, also for a later `down` in another process.
    QFile marker(m_paths.file(QStringLiteral("data-disk")));
    if (!marker.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(marker.fileName()) };
    marker.write(QByteArray::number(megabytes) + '\n');
}

void MariadbInstance::unmountDataDisk()
{
    if (!hasDataDisk())
        return;
    try {
        ProcessControl::run(QStringLiteral("umount"), { m_paths.dataDir() });
    } catch (const SandboxFailure &) {
        // Not mounted (any more): nothing to undo.
    }
    QFile::remove(m_paths.file(QStringLiteral("data-disk")));
}

void MariadbInstance::leaveFree(int freeMegabytes)
{
    const QStorageInfo disk(m_paths.dataDir());
    const qint64 keep = qint64(freeMegabytes) * 1024 * 1024;
    const qint64 ballast = disk.bytesAvailable() - keep;
    if (ballast <= 0)
        return;
    ProcessControl::run(QStringLiteral("fallocate"),
        { QStringLiteral("-l"), QString::number(ballast),
            m_paths.dataDir() + QStringLiteral("/sandbox-ballast") });
}

void MariadbInstance::writeConfig(const QString &address, quint32 serverId, const QString &versionString)
{
    const QString tmpDir = m_paths.runDir() + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpDir))
        throw SandboxFailure { QStringLiteral("cannot create %1").arg(tmpDir) };
    const QString tls = m_paths.mariadbTlsDir();
    QStringList lines {
        QStringLiteral("[mariadbd]"),
        QStringLiteral("datadir=%1").arg(m_paths.dataDir()),
        QStringLiteral("socket=%1").arg(m_paths.socket()),
        QStringLiteral("pid-file=%1").arg(m_paths.pidFile(QStringLiteral("mariadbd"))),
        QStringLiteral("log-error=%1").arg(m_paths.runDir() + QStringLiteral("/mariadbd.err")),
        // Its own temporary directory: the shared /tmp is cleaned by other tools and tests.
        QStringLiteral("tmpdir=%1").arg(tmpDir),
        QStringLiteral("bind-address=%1").arg(address),
        QStringLiteral("port=3306"),
        QStringLiteral("user=root"),
        QStringLiteral("server-id=%1").arg(serverId),
        QStringLiteral("log-bin=mysql-bin"),
        QStringLiteral("binlog_format=ROW"),
        QStringLiteral("log_slave_updates=ON"),
        QStringLiteral("ssl_cert=%1/server-cert.pem").arg(tls),
        QStringLiteral("ssl_key=%1/server-key.pem").arg(tls),
        QStringLiteral("ssl_ca=%1/ca-cert.pem").arg(tls),
    };
    lines << serverOptions();
    if (!versionString.isEmpty())
        lines << QStringLiteral("version=%1").arg(versionString);
    QSaveFile file(m_paths.myCnf());
    if (!file.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.myCnf()) };
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(m_paths.myCnf()) };
}

void MariadbInstance::createTlsCertificate(const QString &certHost)
{
    // A CA of the sandbox's own (made once, kept across reboots: peers keep trusting it) and a
    // server certificate it signs for @p certHost (an IP address or a name, in the SAN), issued
    // again whenever the address may have changed: a replica verifies it against the address it
    // connects to.
    const QString tls = m_paths.mariadbTlsDir();
    QDir().mkpath(tls);
    const QStringList ecKey { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    if (!QFile::exists(tls + QStringLiteral("/ca-cert.pem"))) {
        ProcessControl::run(QStringLiteral("openssl"),
            QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                + QStringList { QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1 MariaDB CA").arg(m_paths.name()), QStringLiteral("-keyout"),
                    tls + QStringLiteral("/ca-key.pem"), QStringLiteral("-out"),
                    tls + QStringLiteral("/ca-cert.pem") });
    }
    const QString san = QHostAddress(certHost).isNull() ? QStringLiteral("DNS:") + certHost
                                                        : QStringLiteral("IP:") + certHost;
    QFile ext(tls + QStringLiteral("/server-ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(ext.fileName()) };
    ext.write(
        QStringLiteral("basicConstraints = critical, CA:FALSE\nsubjectAltName = %1\n").arg(san).toUtf8());
    ext.close();
    ProcessControl::run(QStringLiteral("openssl"),
        QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ecKey
            + QStringList { QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(certHost),
                QStringLiteral("-keyout"), tls + QStringLiteral("/server-key.pem"), QStringLiteral("-out"),
                tls + QStringLiteral("/server.csr") });
    ProcessControl::run(QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            tls + QStringLiteral("/server.csr"), QStringLiteral("-CA"), tls + QStringLiteral("/ca-cert.pem"),
            QStringLiteral("-CAkey"), tls + QStringLiteral("/ca-key.pem"), QStringLiteral("-set_serial"),
            QString::number(QRandomGenerator::system()->bounded(1, 0x7fffffff)), QStringLiteral("-days"),
            QStringLiteral("3650"), QStringLiteral("-extfile"), ext.fileName(), QStringLiteral("-out"),
            tls + QStringLiteral("/server-cert.pem") });
}

pid_t MariadbInstance::start(const QString &address, const QString &initFile)
{
    const QString log = m_paths.runDir() + QStringLiteral("/mariadbd.err");
    QFile::remove(m_paths.pidFile(QStringLiteral("mariadbd")));
    QStringList args { QStringLiteral("--defaults-file=") + m_paths.myCnf() };
    if (!initFile.isEmpty())
        args << QStringLiteral("--init-file=") + initFile;
    const pid_t pid = ProcessControl::startDetached(
        MariadbServer, args, m_paths.runDir() + QStringLiteral("/mariadbd.out"));
    waitForSocket(m_paths.socket(), pid, log, 120000);
    ProcessControl::waitForListener(address, 3306, 30000, pid, QStringLiteral("mariadbd"), log);
    ProcessControl::writePidFile(m_paths.pidFile(QStringLiteral("mariadbd")), pid);
    return pid;
}

void MariadbInstance::stop()
{
    ProcessControl::stop(
        ProcessControl::readPidFile(m_paths.pidFile(QStringLiteral("mariadbd"))), m_paths.myCnf(), 60000);
}

QByteArray MariadbInstance::execute(const QByteArray &sql) const
{
    return ProcessControl::run(QStringLiteral("mariadb"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + m_paths.socket(),
            QStringLiteral("-uroot"), QStringLiteral("--batch"), QStringLiteral("--skip-column-names") },
        sql);
}

void MariadbInstance::setUpAccounts(const QByteArray &rootPassword, const QString &appUser,
    const QByteArray &appPassword, const QString &dataset)
{
    // Kept out of the binary log so a replica of this sandbox starts from an empty history.
    QByteArray sql = "SET SESSION sql_log_bin=0;\n";
    sql += "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD("
        + sqlString(rootPassword) + ");\n";
    sql += "CREATE USER 'root'@'127.%' IDENTIFIED BY " + sqlString(rootPassword) + ";\n";
    sql += "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.%' WITH GRANT OPTION;\n";
    sql += "CREATE USER '" + appUser.toUtf8() + "'@'%' IDENTIFIED BY " + sqlString(appPassword) + ";\n";
    if (dataset == QLatin1String("sakila"))
        sql += "GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE ON `sakila`.* TO '" + appUser.toUtf8()
            + "'@'%';\n";
    sql += "FLUSH PRIVILEGES;\n";
    execute(sql);
}

} // namespace cutover::sandbox
