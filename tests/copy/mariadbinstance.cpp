// SPDX-License-Identifier: GPL-3.0-or-later
#include "mariadbinstance.h"

#include "mysql/mysqlconnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

namespace cutover::test {

MariadbInstance::MariadbInstance(const QString &address, int serverId)
    : m_address(address)
    , m_serverId(serverId)
{ }

MariadbInstance::~MariadbInstance()
{
    stop();
}

QString MariadbInstance::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mysqld.sock")) : QString();
}

bool MariadbInstance::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/cutover-copy-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString datadir = m_dir->filePath(QStringLiteral("data"));
    // A private tmpdir: bootstraps running side by side in the shared /tmp have collided on
    // their temporary tables ("Could not remove temporary table '/tmp/#sql-temptable-…'").
    if (!QDir().mkpath(m_dir->filePath(QStringLiteral("tmp")))) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral("mariadb-install-db"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + datadir,
            QStringLiteral("--auth-root-authentication-method=socket"), QStringLiteral("--user=root"),
            QStringLiteral("--skip-test-db"),
            QStringLiteral("--tmpdir=") + m_dir->filePath(QStringLiteral("tmp")) });
    if (!install.waitForFinished(120000) || install.exitStatus() != QProcess::NormalExit
        || install.exitCode() != 0) {
        *error = QStringLiteral("mariadb-install-db failed: ") + QString::fromLocal8Bit(install.readAll());
        return false;
    }
    if (m_tls) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30"),
                QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(m_address), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:%1").arg(m_address), QStringLiteral("-keyout"),
                m_dir->filePath(QStringLiteral("server-key.pem")), QStringLiteral("-out"),
                tlsCertificatePath() });
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
            return false;
        }
    }
    return launch(error);
}

QString MariadbInstance::tlsCertificatePath() const
{
    return m_tls && m_dir ? m_dir->filePath(QStringLiteral("server-cert.pem")) : QString();
}

bool MariadbInstance::restart(QString *error)
{
    stop();
    return launch(error);
}

bool MariadbInstance::launch(QString *error)
{
    const QString datadir = m_dir->filePath(QStringLiteral("data"));
    const QStringList args { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + datadir,
        QStringLiteral("--socket=") + socketPath(), QStringLiteral("--bind-address=") + m_address,
        QStringLiteral("--port=3306"), QStringLiteral("--user=root"), QStringLiteral("--log-bin=mariadb-bin"),
        QStringLiteral("--server-id=%1").arg(m_serverId),
        QStringLiteral("--pid-file=") + m_dir->filePath("mysqld.pid"), QStringLiteral("--skip-name-resolve"),
        QStringLiteral("--innodb-buffer-pool-size=128M"), QStringLiteral("--innodb-log-file-size=256M"),
        QStringLiteral("--log-error=") + m_dir->filePath("error.log"),
        QStringLiteral("--max-allowed-packet=64M"),
        QStringLiteral("--tmpdir=") + m_dir->filePath(QStringLiteral("tmp")) };
    QStringList all = QStringList(args) << m_extraArguments;
    if (m_tls)
        all << QStringLiteral("--ssl-cert=") + tlsCertificatePath()
            << QStringLiteral("--ssl-key=") + m_dir->filePath(QStringLiteral("server-key.pem"));
    if (!QProcess::startDetached(QStringLiteral("/usr/sbin/mariadbd"), all, QString(), &m_pid)) {
        *error = QStringLiteral("cannot start mariadbd");
        return false;
    }
    // Wait until the server answers on its socket, bounded; stop early if it died.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (::kill(pid_t(m_pid), 0) != 0) {
            QFile log(m_dir->filePath("error.log"));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("mariadbd exited: ") + QString::fromLocal8Bit(log.readAll().right(2000));
            m_pid = 0;
            return false;
        }
        if (QFileInfo::exists(socketPath())) {
            MysqlEndpoint e;
            e.user = QStringLiteral("root");
            e.socket = socketPath();
            MysqlConnection c;
            if (c.open(e))
                return true;
        }
        QThread::msleep(50); // poll interval of a bounded condition wait
    }
    *error = QStringLiteral("mariadbd did not answer within 60 s");
    return false;
}

void MariadbInstance::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(m_pid), SIGTERM);
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && ::kill(pid_t(m_pid), 0) == 0) {
        ::waitpid(pid_t(m_pid), nullptr, WNOHANG); // reap if it is our child
        QThread::msleep(20);
    }
    if (::kill(pid_t(m_pid), 0) == 0)
        ::kill(pid_t(m_pid), SIGKILL);
    m_pid = 0;
}

bool MariadbInstance::runSql(const QByteArray &sql, QString *error, QByteArray *output)
{
    QProcess client;
    client.start(QStringLiteral("mariadb"),
        { QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(),
            QStringLiteral("-uroot"), QStringLiteral("--batch"), QStringLiteral("--skip-column-names"),
            QStringLiteral("--default-character-set=utf8mb4"), QStringLiteral("--binary-mode") });
    if (!client.waitForStarted(10000))
        return false;
    client.write(sql);
    client.closeWriteChannel();
    if (!client.waitForFinished(300000) || client.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(client.readAllStandardError());
        return false;
    }
    if (output)
        *output = client.readAllStandardOutput();
    return true;
}

bool MariadbInstance::runSqlFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    return runSql(f.readAll(), error);
}

QByteArray MariadbInstance::query(const QByteArray &sql)
{
    QByteArray out;
    QString error;
    if (!runSql(sql, &error, &out))
        qWarning().noquote() << "query failed:" << error;
    return out;
}

MysqlEndpoint MariadbInstance::endpoint(const QString &user, const QByteArray &password) const
{
    MysqlEndpoint e;
    e.host = m_address;
    e.port = 3306;
    e.user = user;
    e.password = password;
    return e;
}

} // namespace cutover::test
