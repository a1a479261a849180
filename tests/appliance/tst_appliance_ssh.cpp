// SPDX-License-Identifier: GPL-3.0-or-later
// The migration SSH key against a real sshd: after POST /api/v1/migration/ssh-key the key can read
// the traffic-log directory over SFTP and nothing else; after DELETE it is refused.
// Address: 127.0.22.1 (applianced on 443/80, sshd on 22). No MariaDB: these endpoints do not use it.
#include "localappliance.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace cutover::test;

namespace {
const QString kAddress = QStringLiteral("127.0.22.1");
// OpenSSH insists that a ChrootDirectory and every parent is root-owned and writable by nobody
// else, so the traffic logs cannot live under /tmp.
const QString kChrootBase = QStringLiteral("/var/lib/cutover-test");
} // namespace

class TstApplianceSsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedBeforeAuthorize();
    void authorizedKeyReadsLogsOnly();
    void refusedAfterRevoke();
    void withoutDatabase();

private:
    /** Runs an sftp batch with the migration key; returns the exit code, fills @p output. */
    int sftp(const QStringList &commands, QString *output);

    std::unique_ptr<LocalAppliance> m_app;
    std::unique_ptr<QTemporaryDir> m_chroot;
    std::unique_ptr<QProcess> m_sshd;
    QString m_key;
    QString m_publicKey;
    QByteArray m_token;
};

void TstApplianceSsh::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("sshd with ChrootDirectory needs root");
    QVERIFY(QFile::exists(QStringLiteral("/usr/sbin/sshd")));
    QVERIFY(QDir().mkpath(kChrootBase));
    QFile::setPermissions(kChrootBase,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    m_chroot = std::make_unique<QTemporaryDir>(kChrootBase + QStringLiteral("/ssh-XXXXXX"));
    QVERIFY(m_chroot->isValid());
    const QString logs = m_chroot->filePath(QStringLiteral("traffic-logs"));
    QVERIFY(QDir().mkpath(logs));
    QFile log(logs + QStringLiteral("/traffic.log"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2026-11-29T05:00:00 hotspot user=alice url=http://example.test/\n");
    log.close();

    m_app = std::make_unique<LocalAppliance>(kAddress);
    m_app->setTrafficLogDir(logs);
    QString error;
    QVERIFY2(m_app->writeConfig({}, &error), qPrintable(error));
    QVERIFY2(m_app->provision({}, &error), qPrintable(error));
    QVERIFY2(m_app->startAppliance(&error), qPrintable(error));

    // The sshd the sandbox runs, reduced to what matters here.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString config = m_app->dir() + QStringLiteral("/sshd_config");
    QSaveFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QStringList { QStringLiteral("ListenAddress %1:22").arg(kAddress),
            QStringLiteral("HostKey %1/ssh_host_ed25519_key").arg(m_app->dir()),
            QStringLiteral("PidFile %1/sshd.pid").arg(m_app->dir()),
            QStringLiteral("AuthorizedKeysFile %1").arg(m_app->authorizedKeys()),
            QStringLiteral("StrictModes no"), QStringLiteral("UsePAM no"),
            QStringLiteral("PasswordAuthentication no"), QStringLiteral("KbdInteractiveAuthentication no"),
            QStringLiteral("PermitRootLogin prohibit-password"),
            QStringLiteral("Subsystem sftp internal-sftp"), QStringLiteral("Match User root"),
            QStringLiteral("    ForceCommand internal-sftp -R"),
            QStringLiteral("    ChrootDirectory %1").arg(logs), QStringLiteral("    AllowTcpForwarding no"),
            QStringLiteral("    X11Forwarding no") }
            .join(QLatin1Char('\n'))
            .toUtf8()
        + '\n');
    QVERIFY(f.commit());
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::MergedChannels);
    m_sshd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_sshd->setStandardOutputFile(m_app->dir() + QStringLiteral("/sshd.log"));
    m_sshd->start(QStringLiteral("/usr/sbin/sshd"),
        { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config });
    QVERIFY(m_sshd->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket s;
            s.connectToHost(kAddress, 22);
            return s.waitForConnected(200) || m_sshd->state() == QProcess::NotRunning;
        }(),
        15000);
    QVERIFY(m_sshd->state() == QProcess::Running);

    m_key = m_app->dir() + QStringLiteral("/migration_ed25519");
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-C"), QStringLiteral("cutover-wizard"), QStringLiteral("-f"), m_key });
    QVERIFY(keygen.waitForFinished(30000) && keygen.exitCode() == 0);
    QFile pub(m_key + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    m_publicKey = QString::fromLatin1(pub.readAll()).trimmed();

    TestClient c(kAddress, 443, true);
    const TestReply session = c.send("POST", "/api/v1/session",
        QJsonObject { { QStringLiteral("user"), QStringLiteral("admin") },
            { QStringLiteral("password"), m_app->adminPassword() } });
    QCOMPARE(session.status, 200);
    m_token = session.json.value(QStringLiteral("token")).toString().toLatin1();
}

void TstApplianceSsh::cleanupTestCase()
{
    if (m_sshd && m_sshd->state() != QProcess::NotRunning) {
        m_sshd->terminate();
        if (!m_sshd->waitForFinished(10000))
            m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
    m_sshd.reset();
    m_app.reset();
    m_chroot.reset();
}

int TstApplianceSsh::sftp(const QStringList &commands, QString *output)
{
    const QString batch = m_app->dir() + QStringLiteral("/sftp-batch");
    QFile b(batch);
    if (!b.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    b.write(commands.join(QLatin1Char('\n')).toUtf8() + '\n');
    b.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("sftp"),
        { QStringLiteral("-i"), m_key, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"), QStringLiteral("ConnectTimeout=10"),
            QStringLiteral("-b"), batch, QStringLiteral("root@%1").arg(kAddress) });
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    *output = QString::fromLocal8Bit(p.readAll());
    return p.exitCode();
}

void TstApplianceSsh::refusedBeforeAuthorize()
{
    QString out;
    QVERIFY(sftp({ QStringLiteral("ls /") }, &out) != 0);
}

void TstApplianceSsh::authorizedKeyReadsLogsOnly()
{
    TestClient c(kAddress, 443, true);
    c.setToken(m_token);
    const TestReply r = c.send(
        "POST", "/api/v1/migration/ssh-key", QJsonObject { { QStringLiteral("publicKey"), m_publicKey } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("directory")).toString(), QStringLiteral("/"));

    QString out;
    const QString got = m_app->dir() + QStringLiteral("/got.log");
    QCOMPARE(sftp({ QStringLiteral("ls -l /"), QStringLiteral("get /traffic.log %1").arg(got) }, &out), 0);
    QVERIFY2(out.contains(QLatin1String("traffic.log")), qPrintable(out));
    QFile copied(got);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QVERIFY(copied.readAll().contains("user=alice"));

    // Read-only: no upload, no delete, no mkdir.
    QVERIFY(sftp({ QStringLiteral("put %1 /uploaded").arg(got) }, &out) != 0);
    QVERIFY(sftp({ QStringLiteral("rm /traffic.log") }, &out) != 0);
    QVERIFY(sftp({ QStringLiteral("mkdir /d") }, &out) != 0);
    QVERIFY(QFile::exists(m_app->trafficLogDir() + QStringLiteral("/traffic.log")));
    // Chrooted: nothing outside the log directory.
    QVERIFY(sftp({ QStringLiteral("get /etc/passwd %1/passwd").arg(m_app->dir()) }, &out) != 0);
    QVERIFY(sftp({ QStringLiteral("get ../../../../etc/passwd %1/passwd").arg(m_app->dir()) }, &out) != 0);
    QVERIFY(!QFile::exists(m_app->dir() + QStringLiteral("/passwd")));

    // No shell and no command.
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::MergedChannels);
    ssh.start(QStringLiteral("ssh"),
        { QStringLiteral("-i"), m_key, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("root@%1").arg(kAddress),
            QStringLiteral("id") });
    QVERIFY(ssh.waitForFinished(30000));
    QVERIFY(!ssh.readAll().contains("uid=0"));
}

void TstApplianceSsh::refusedAfterRevoke()
{
    TestClient c(kAddress, 443, true);
    c.setToken(m_token);
    QCOMPARE(c.send("DELETE", "/api/v1/migration/ssh-key",
                  QJsonObject { { QStringLiteral("publicKey"), m_publicKey } })
                 .status,
        200);
    QString out;
    QVERIFY(sftp({ QStringLiteral("ls /") }, &out) != 0);
}

void TstApplianceSsh::withoutDatabase()
{
    // This appliance has no MariaDB at all: the API still answers, and says so.
    TestClient c(kAddress, 443, true);
    c.setToken(m_token);
    const TestReply system = c.get("/api/v1/system");
    QCOMPARE(system.status, 200);
    QCOMPARE(
        system.json.value(QStringLiteral("database")).toObject().value(QStringLiteral("reachable")).toBool(),
        false);
    QVERIFY(system.json.value(QStringLiteral("disk")).toObject().value(QStringLiteral("freeBytes")).isNull());
    const TestReply maintenance
        = c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), true } });
    QCOMPARE(maintenance.status, 503);
    QCOMPARE(maintenance.errorCode(), QStringLiteral("database.unavailable"));
    QCOMPARE(c.get("/api/v1/maintenance").json.value(QStringLiteral("enabled")).toBool(), false);
}

QTEST_GUILESS_MAIN(TstApplianceSsh)
#include "tst_appliance_ssh.moc"
