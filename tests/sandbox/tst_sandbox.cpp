// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback addresses of this test: 127.0.11.1-127.0.11.3 127.0.12.1-127.0.12.2, 127.0.13.1-127.0.13.2
#include "api/applianceclient.h"
#include "sandboxappliance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using cutover::test::SandboxAppliance;

namespace {
const QString AddressA = QStringLiteral("127.0.11.1");
const QString AddressB = QStringLiteral("127.0.11.2");
const QString Unused = QStringLiteral("127.0.11.3");

QVariant scalar(const QString &host, const QString &user, const QString &password, const QString &sql,
    QString *error = nullptr)
{
    const QString connection = QStringLiteral("c%1").arg(QRandomGenerator::global()->generate());
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), connection);
        db.setHostName(host);
        db.setPort(3306);
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
            else if (error)
                *error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

// A killed daemon is reparented to PID 1, which may reap it a moment later: a zombie counts as gone.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).startsWith('Z');
}

QList<qint64> pidsOf(const QString &name)
{
    QByteArray out;
    SandboxAppliance::runSandboxCommand({ QStringLiteral("list") }, &out);
    QList<qint64> pids;
    for (const auto &entry : QJsonDocument::fromJson(out).array()) {
        const QJsonObject o = entry.toObject();
        if (o.value(QStringLiteral("name")).toString() != name)
            continue;
        const QJsonObject p = o.value(QStringLiteral("pids")).toObject();
        for (const auto &pid : p)
            if (!pid.isNull())
                pids << pid.toInteger();
    }
    return pids;
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSandboxesRunSideBySide();
    void rebootFollowsTheNetworkSettings();
    void replicaFollowsItsMaster();
};

void TestSandbox::twoSandboxesRunSideBySide()
{
    SandboxAppliance a(QStringLiteral("tst-sandbox-a"), AddressA);
    SandboxAppliance::Options emptyTarget;
    emptyTarget.dataset = QStringLiteral("none");
    emptyTarget.license = QStringLiteral("none");
    SandboxAppliance b(QStringLiteral("tst-sandbox-b"), AddressB, emptyTarget);
    QString error;
    QVERIFY2(a.start(&error), qPrintable(error));
    QVERIFY2(b.start(&error), qPrintable(error));
    QCOMPARE(a.info().address, AddressA);
    QVERIFY(!a.info().adminPassword.isEmpty());

    // Each has its own server, with its own data and its own server id.
    QCOMPARE(scalar(AddressA, a.info().dbRootUser, a.info().dbRootPassword,
                 QStringLiteral("SELECT COUNT(*) FROM sakila.actor"), &error)
                 .toInt(),
        200);
    const QVariant idA = scalar(
        AddressA, a.info().dbRootUser, a.info().dbRootPassword, QStringLiteral("SELECT @@server_id"));
    const QVariant idB = scalar(
        AddressB, b.info().dbRootUser, b.info().dbRootPassword, QStringLiteral("SELECT @@server_id"));
    QVERIFY(idA.isValid() && idB.isValid());
    QVERIFY(idA != idB);
    QCOMPARE(
        scalar(AddressB, b.info().dbRootUser, b.info().dbRootPassword,
            QStringLiteral("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name='sakila'"))
            .toInt(),
        0);
    // Binary logging is on (the low-downtime mode needs it), and the server offers TLS.
    QCOMPARE(
        scalar(AddressA, a.info().dbRootUser, a.info().dbRootPassword, QStringLiteral("SELECT @@log_bin"))
            .toInt(),
        1);
    QCOMPARE(
        scalar(AddressA, a.info().dbRootUser, a.info().dbRootPassword, QStringLiteral("SELECT @@have_ssl"))
            .toString(),
        QStringLiteral("YES"));
    // The application account may write the application's data.
    QVERIFY(scalar(AddressA, a.info().appUser, a.info().appPassword,
                QStringLiteral("SELECT COUNT(*) FROM sakila.film"))
                .toInt()
        > 0);
    // The wrong password is refused.
    QVERIFY(
        !scalar(AddressA, a.info().dbRootUser, QStringLiteral("wrong"), QStringLiteral("SELECT 1"), &error)
             .isValid());

    // MariaDB answers only on the sandbox's own address.
    QTcpSocket other;
    other.connectToHost(Unused, 3306);
    QVERIFY(!other.waitForConnected(3000));
    QCOMPARE(other.error(), QAbstractSocket::ConnectionRefusedError);

    // OpenSSH answers on 22 with its banner.
    QTcpSocket ssh;
    ssh.connectToHost(AddressA, 22);
    QVERIFY(ssh.waitForConnected(3000));
    QTRY_VERIFY_WITH_TIMEOUT(ssh.canReadLine() || ssh.waitForReadyRead(100), 5000);
    QVERIFY(ssh.readLine().startsWith("SSH-2.0-"));
    ssh.close();

    // Traffic logs were generated, some rotated and compressed.
    QVERIFY(QFileInfo::exists(a.info().trafficLogDir + QStringLiteral("/traffic.log")));
    QVERIFY(QFileInfo::exists(a.info().trafficLogDir + QStringLiteral("/traffic.log.3.gz")));

    // A second `up` of a running sandbox is an error, not a second copy.
    QByteArray out;
    QCOMPARE(SandboxAppliance::runSandboxCommand({ QStringLiteral("up"), QStringLiteral("tst-sandbox-a"),
                                                     QStringLiteral("--address"), Unused },
                 &out),
        1);
    QTcpSocket stillNothing;
    stillNothing.connectToHost(Unused, 3306);
    QVERIFY(!stillNothing.waitForConnected(3000));

    // `down` leaves no process behind, and the other sandbox keeps running.
    const QList<qint64> pids = pidsOf(QStringLiteral("tst-sandbox-a"));
    QVERIFY(pids.size() >= 2);
    const QString stateDir = a.info().stateDir;
    a.stop();
    for (qint64 pid : pids)
        QVERIFY2(processGone(pid), qPrintable(QStringLiteral("process %1 survived down").arg(pid)));
    QVERIFY(!QDir(stateDir).exists());
    QTcpSocket gone;
    gone.connectToHost(AddressA, 3306);
    QVERIFY(!gone.waitForConnected(3000));
    QCOMPARE(
        scalar(AddressB, b.info().dbRootUser, b.info().dbRootPassword, QStringLiteral("SELECT 1")).toInt(),
        1);
}

void TestSandbox::rebootFollowsTheNetworkSettings()
{
    const QString before = QStringLiteral("127.0.12.1");
    const QString after = QStringLiteral("127.0.12.2");
    SandboxAppliance::Options options;
    options.dataset = QStringLiteral("none");
    SandboxAppliance appliance(QStringLiteral("tst-sandbox-reboot"), before, options);
    QString error;
    QVERIFY2(appliance.start(&error), qPrintable(error));

    cutover::ApplianceClient client(before);
    client.setPinnedFingerprint(appliance.info().tlsSha256);
    QVERIFY2(
        client.login(QStringLiteral("admin"), appliance.info().adminPassword.toUtf8()).ok(), "login failed");
    const auto system = client.system();
    QVERIFY(system.ok());
    const QString machineId = system.value().machineId;
    QVERIFY(!machineId.isEmpty());

    // Give the appliance a new address in its network settings, then reboot it through the API.
    const auto settings = client.settings();
    QVERIFY(settings.ok());
    QJsonObject network = settings.value().groups.value(QStringLiteral("network")).toObject();
    QCOMPARE(network.value(QStringLiteral("address")).toString(), before);
    network.insert(QStringLiteral("address"), after);
    QVERIFY(client.putSettings(QJsonObject { { QStringLiteral("network"), network } }).ok());
    QVERIFY(client.reboot().ok());
    client.disconnectFromHost();

    // All three services come back on the new address; the old one goes quiet.
    cutover::ApplianceClient moved(after);
    moved.setTimeouts(1000, 3000);
    moved.setPinnedFingerprint(appliance.info().tlsSha256);
    QTRY_VERIFY_WITH_TIMEOUT(moved.health().ok(), 90000);
    QCOMPARE(moved.health().value().machineId, machineId);
    QTRY_VERIFY_WITH_TIMEOUT(QTcpSocket().bind(QHostAddress(before), 3306), 10000);
    for (quint16 port : { 22, 3306 }) {
        QTcpSocket socket;
        socket.connectToHost(after, port);
        QVERIFY2(socket.waitForConnected(5000), qPrintable(QStringLiteral("port %1 is not back").arg(port)));
    }
    QCOMPARE(scalar(after, appliance.info().dbRootUser, appliance.info().dbRootPassword,
                 QStringLiteral("SELECT @@bind_address"))
                 .toString(),
        after);
}

void TestSandbox::replicaFollowsItsMaster()
{
    SandboxAppliance::Options masterOptions;
    masterOptions.role = QStringLiteral("master");
    SandboxAppliance master(
        QStringLiteral("tst-sandbox-master"), QStringLiteral("127.0.13.1"), masterOptions);
    SandboxAppliance::Options replicaOptions;
    replicaOptions.role = QStringLiteral("replica");
    replicaOptions.peer = QStringLiteral("tst-sandbox-master");
    SandboxAppliance replica(
        QStringLiteral("tst-sandbox-replica"), QStringLiteral("127.0.13.2"), replicaOptions);
    QString error;
    QVERIFY2(master.start(&error), qPrintable(error));
    QVERIFY2(replica.start(&error), qPrintable(error));

    const QString m = master.info().address;
    const QString r = replica.info().address;
    QVERIFY(
        scalar(m, master.info().appUser, master.info().appPassword,
            QStringLiteral("INSERT INTO sakila.actor (first_name, last_name) VALUES ('REPLICATED', 'ROW')"),
            &error)
            .isValid()
        || error.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(r, replica.info().dbRootUser, replica.info().dbRootPassword,
            QStringLiteral("SELECT COUNT(*) FROM sakila.actor WHERE first_name='REPLICATED'"))
            .toInt(),
        1, 30000);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
