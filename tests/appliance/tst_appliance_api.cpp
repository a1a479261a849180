// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of applianced: a real daemon over real TLS against a real MariaDB, every endpoint.
// Address: 127.0.21.1 (appliance), 127.0.21.200 (a second client address for the login throttle).
#include "jsonfile.h"
#include "localappliance.h"
#include "testclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {
const QString kAddress = QStringLiteral("127.0.21.1");
const QString kSecondAddress = QStringLiteral("127.0.21.2");
const QHostAddress kThrottledClient(QStringLiteral("127.0.21.200"));
const QString kReplicationPassword = QStringLiteral("Repl'Secret\"42");
} // namespace

class TstApplianceApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthAndRedirectOnPort80();
    void securityHeadersAndKeepAlive();
    void unauthenticatedIsRefused();
    void malformedRequests();
    void bodyTooLarge();
    void slowAndIdleClientsAreDropped();
    void wrongPasswordIsRefusedAndSlowed();
    void system();
    void settings();
    void maintenanceBlocksApplicationWrites();
    void maintenanceSurvivesMariaDbRestart();
    void license();
    void tamperedLicenseFileIsRejected();
    void certificateRenew();
    void servicesRestartAndReboot();
    void haRoundRobinAndReplication();
    void migrationReadAccount();
    void migrationWriteAccount();
    void replicationAgainstRealServers();
    void sshKeyAuthorizeAndRevoke();
    void sourceState();
    void stateSurvivesKill9();
    void expiredTokenIsRefused();
    void auditHasNoSecrets();

private:
    QStringList baseConfig(int tokenLifetimeSeconds = 3600) const;
    QByteArray login();
    TestClient authed();
    QString runSql(QSqlDatabase db, const QString &sql);

    std::unique_ptr<LocalAppliance> m_app;
    std::unique_ptr<LocalAppliance> m_second; ///< a second MariaDB only, 127.0.21.2
    QByteArray m_token;
    QStringList m_secrets; ///< every secret handed out, to check the audit log and the daemon's log
};

QStringList TstApplianceApi::baseConfig(int tokenLifetimeSeconds) const
{
    return { QStringLiteral("[commands]"),
        QStringLiteral("reboot=/usr/bin/touch %1/rebooted").arg(m_app->dir()),
        QStringLiteral("restartDatabase=/usr/bin/touch %1/database-restarted").arg(m_app->dir()),
        QStringLiteral("restartSsh=/usr/bin/touch %1/ssh-restarted").arg(m_app->dir()),
        QStringLiteral("[auth]"), QStringLiteral("maxFailedLogins=3"), QStringLiteral("failureDelayMs=500"),
        QStringLiteral("lockoutSeconds=30"),
        QStringLiteral("tokenLifetimeSeconds=%1").arg(tokenLifetimeSeconds), QStringLiteral("[http]"),
        QStringLiteral("requestTimeoutSeconds=2"), QStringLiteral("idleTimeoutSeconds=2"),
        QStringLiteral("handshakeTimeoutSeconds=2") };
}

void TstApplianceApi::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("CUTOVER_APPLIANCED").isEmpty(), "CUTOVER_APPLIANCED is not set");
    m_app = std::make_unique<LocalAppliance>(kAddress);
    QString error;
    QVERIFY2(m_app->startMariaDb(101, &error), qPrintable(error));
    QVERIFY2(m_app->writeConfig(baseConfig(), &error), qPrintable(error));
    QVERIFY2(
        m_app->provision(
            QJsonObject { { QStringLiteral("settings"),
                QJsonObject { { QStringLiteral("timeAndNtp"),
                    QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") } } } } } },
            &error),
        qPrintable(error));
    QVERIFY2(m_app->startAppliance(&error), qPrintable(error));
    m_secrets << m_app->adminPassword() << kReplicationPassword;

    // Application data and an application account, as the appliance's own software would have.
    QSqlDatabase root = m_app->connect(QStringLiteral("root"), QStringLiteral("root"));
    QVERIFY2(root.isOpen(), qPrintable(root.lastError().text()));
    for (const char *sql : { "CREATE DATABASE hotspot",
             "CREATE TABLE hotspot.sessions (id INT AUTO_INCREMENT PRIMARY KEY, who VARCHAR(64)) "
             "ENGINE=InnoDB",
             "INSERT INTO hotspot.sessions (who) VALUES ('alice'), ('bob')",
             "CREATE USER 'hsapp'@'localhost' IDENTIFIED BY 'app-pass'",
             "GRANT SELECT, INSERT, UPDATE, DELETE ON hotspot.* TO 'hsapp'@'localhost'" }) {
        QSqlQuery q(root);
        QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    // Some traffic logs, one of them rotated and compressed.
    QFile log(m_app->trafficLogDir() + QStringLiteral("/traffic.log"));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(QByteArray(3000, 'x'));
    log.close();
    QFile gz(m_app->trafficLogDir() + QStringLiteral("/traffic.log.1.gz"));
    QVERIFY(gz.open(QIODevice::WriteOnly));
    gz.write(QByteArray(1000, 'y'));
    gz.close();

    m_token = login();
    QVERIFY(!m_token.isEmpty());
}

void TstApplianceApi::cleanupTestCase()
{
    if (m_app) {
        QFile log(m_app->dir() + QStringLiteral("/applianced.log"));
        if (log.open(QIODevice::ReadOnly)) {
            const QByteArray text = log.readAll();
            for (const QString &s : std::as_const(m_secrets))
                QVERIFY2(!text.contains(s.toUtf8()), "a secret reached the daemon's log");
        }
        m_app->stop();
    }
    m_app.reset();
    m_second.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("second"));
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
}

QByteArray TstApplianceApi::login()
{
    TestClient c(kAddress, 443, true);
    const TestReply r = c.send("POST", "/api/v1/session",
        QJsonObject { { QStringLiteral("user"), QStringLiteral("admin") },
            { QStringLiteral("password"), m_app->adminPassword() } });
    if (r.status != 200)
        return {};
    m_secrets << r.json.value(QStringLiteral("token")).toString();
    return r.json.value(QStringLiteral("token")).toString().toLatin1();
}

TestClient TstApplianceApi::authed()
{
    TestClient c(kAddress, 443, true);
    c.setToken(m_token);
    return c;
}

void TstApplianceApi::healthAndRedirectOnPort80()
{
    TestClient plain(kAddress, 80, false);
    const TestReply health = plain.get("/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value(QStringLiteral("machineId")).toString().size(), 32);

    const TestReply redirect = plain.get("/api/v1/system?x=1");
    QCOMPARE(redirect.status, 301);
    QCOMPARE(redirect.header("location"), QByteArray("https://127.0.21.1/api/v1/system?x=1"));
    QCOMPARE(plain.request("POST", "/api/v1/session", "{}").status, 301);

    TestClient tls(kAddress, 443, true);
    QCOMPARE(tls.get("/health").json, health.json);
}

void TstApplianceApi::securityHeadersAndKeepAlive()
{
    TestClient c(kAddress, 443, true);
    const QByteArray two = "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: "
                           "x\r\nConnection: close\r\n\r\n";
    const QList<TestReply> replies = c.raw(two, 2);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).header("connection"), QByteArray("keep-alive"));
    QCOMPARE(replies.at(1).header("connection"), QByteArray("close"));
    const TestReply &r = replies.first();
    QVERIFY(r.header("strict-transport-security").startsWith("max-age="));
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QVERIFY(r.header("content-type").startsWith("application/json"));
}

void TstApplianceApi::unauthenticatedIsRefused()
{
    TestClient c(kAddress, 443, true);
    const QList<QPair<QByteArray, QByteArray>> paths { { "GET", "/api/v1/system" },
        { "GET", "/api/v1/settings" }, { "PUT", "/api/v1/maintenance" }, { "GET", "/api/v1/license/export" },
        { "POST", "/api/v1/reboot" }, { "POST", "/api/v1/migration/db-account" }, { "GET", "/api/v1/audit" },
        { "GET", "/api/v1/nowhere" } };
    for (const auto &p : paths) {
        const TestReply r = c.request(p.first, p.second, p.first == "GET" ? QByteArray() : QByteArray("{}"));
        QVERIFY2(r.status == 401, p.second.constData());
        QCOMPARE(r.errorCode(), QStringLiteral("auth.token_missing"));
    }
    // The scheme is case-insensitive; the token is not.
    const QList<TestReply> lower
        = c.raw("GET /api/v1/maintenance HTTP/1.1\r\nHost: x\r\nAuthorization: bearer " + m_token
            + "\r\nConnection: close\r\n\r\n");
    QCOMPARE(lower.value(0).status, 200);
    c.setToken(m_token.toUpper());
    QCOMPARE(c.get("/api/v1/system").errorCode(), QStringLiteral("auth.token_invalid"));
    c.setToken("not-a-token");
    const TestReply bad = c.get("/api/v1/system");
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.errorCode(), QStringLiteral("auth.token_invalid"));
    QVERIFY(!QFile::exists(m_app->dir() + QStringLiteral("/rebooted")));
}

void TstApplianceApi::malformedRequests()
{
    TestClient c = authed();
    const TestReply notJson = c.request("PUT", "/api/v1/maintenance", "{\"enabled\": tru");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("request.malformed_json"));

    const TestReply unknown = c.send("PUT", "/api/v1/maintenance",
        QJsonObject { { QStringLiteral("enabled"), false }, { QStringLiteral("force"), true } });
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("request.unknown_field"));
    QCOMPARE(unknown.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("force"));

    const TestReply wrongType
        = c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), 1 } });
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.errorCode(), QStringLiteral("request.invalid_value"));

    QCOMPARE(c.get("/api/v1/nowhere").status, 404);
    const TestReply method = c.request("DELETE", "/api/v1/system", "{}");
    QCOMPARE(method.status, 405);
    QCOMPARE(method.errorCode(), QStringLiteral("request.method_not_allowed"));

    TestClient raw(kAddress, 443, true);
    const QList<TestReply> garbage = raw.raw("BLAH\r\n\r\n");
    QCOMPARE(garbage.value(0).status, 400);
    const QList<TestReply> chunked
        = raw.raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QCOMPARE(chunked.value(0).status, 501);
    const QList<TestReply> hugeHeader
        = raw.raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n");
    QCOMPARE(hugeHeader.value(0).status, 431);
}

void TstApplianceApi::bodyTooLarge()
{
    TestClient c = authed();
    const QByteArray big
        = "{\"groups\": {\"captivePortal\": {\"termsText\": \"" + QByteArray(1100 * 1024, 'a') + "\"}}}";
    const TestReply r = c.request("PUT", "/api/v1/settings", big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("request.too_large"));
    // Unauthenticated callers get the same limit before any token check.
    TestClient anon(kAddress, 443, true);
    QCOMPARE(anon.request("POST", "/api/v1/session", big).status, 413);
    // Still serving.
    QCOMPARE(c.get("/api/v1/maintenance").status, 200);
}

void TstApplianceApi::slowAndIdleClientsAreDropped()
{
    // A request that never completes gets 408 after [http] requestTimeoutSeconds (2 s here).
    TestClient c(kAddress, 443, true);
    const QList<TestReply> slow = c.raw("GET /health HTTP/1.1\r\nHost: x\r\n");
    QCOMPARE(slow.value(0).status, 408);
    QCOMPARE(slow.value(0).errorCode(), QStringLiteral("request.timeout"));
    QVERIFY(slow.value(0).elapsedMs >= 1500);

    // A TCP connection that never starts the TLS handshake is closed (handshake timeout).
    QTcpSocket raw;
    raw.connectToHost(kAddress, 443);
    QVERIFY(raw.waitForConnected(5000));
    QVERIFY(raw.waitForDisconnected(10000));

    // An idle keep-alive connection is closed (idle timeout).
    QSslSocket idle;
    idle.setPeerVerifyMode(QSslSocket::VerifyNone);
    idle.connectToHostEncrypted(kAddress, 443);
    QVERIFY(idle.waitForEncrypted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 10000);
}

void TstApplianceApi::wrongPasswordIsRefusedAndSlowed()
{
    TestClient c(kAddress, 443, true);
    c.setBindAddress(kThrottledClient);
    const QJsonObject wrong { { QStringLiteral("user"), QStringLiteral("admin") },
        { QStringLiteral("password"), QStringLiteral("guess") } };
    for (int i = 0; i < 3; ++i) {
        const TestReply r = c.send("POST", "/api/v1/session", wrong);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.invalid_credentials"));
        QVERIFY2(r.elapsedMs >= 450, "a failed login must be answered slowly");
        QVERIFY(!r.json.contains(QStringLiteral("token")));
    }
    const QJsonObject right { { QStringLiteral("user"), QStringLiteral("admin") },
        { QStringLiteral("password"), m_app->adminPassword() } };
    const TestReply locked = c.send("POST", "/api/v1/session", right);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("auth.too_many_attempts"));
    const int retryAfter
        = locked.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("retryAfter")).toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 30);
    QCOMPARE(locked.header("retry-after").toInt(), retryAfter);

    // Wrong user name: same answer as a wrong password.
    TestClient other(kAddress, 443, true);
    const TestReply wrongUser = other.send("POST", "/api/v1/session",
        QJsonObject { { QStringLiteral("user"), QStringLiteral("root") },
            { QStringLiteral("password"), m_app->adminPassword() } });
    QCOMPARE(wrongUser.status, 401);
    QCOMPARE(wrongUser.errorCode(), QStringLiteral("auth.invalid_credentials"));
    // Another client address is not locked out.
    QVERIFY(!login().isEmpty());
}

void TstApplianceApi::system()
{
    const TestReply r = authed().get("/api/v1/system");
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json;
    QCOMPARE(s.value(QStringLiteral("machineId")).toString().size(), 32);
    QCOMPARE(s.value(QStringLiteral("hostName")).toString(), QStringLiteral("hotspot-test"));
    QCOMPARE(s.value(QStringLiteral("domainName")).toString(), QStringLiteral("example.test"));
    QCOMPARE(s.value(QStringLiteral("addresses")).toArray(), QJsonArray { kAddress });
    QCOMPARE(s.value(QStringLiteral("role")).toString(), QStringLiteral("standalone"));
    QCOMPARE(s.value(QStringLiteral("softwareVersion")).toString(), QStringLiteral(CUTOVER_VERSION));
    QCOMPARE(s.value(QStringLiteral("license")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("active"));
    QCOMPARE(s.value(QStringLiteral("maintenance")).toBool(), false);
    QVERIFY(s.value(QStringLiteral("migratedTo")).isNull());
    const QJsonObject disk = s.value(QStringLiteral("disk")).toObject();
    QVERIFY(disk.value(QStringLiteral("path")).toString().startsWith(m_app->dir()));
    QVERIFY(disk.value(QStringLiteral("freeBytes")).toDouble() > 0);
    QVERIFY(disk.value(QStringLiteral("totalBytes")).toDouble()
        >= disk.value(QStringLiteral("freeBytes")).toDouble());
    QVERIFY(s.value(QStringLiteral("dataBytes")).toDouble() > 0);
    QCOMPARE(s.value(QStringLiteral("trafficLogBytes")).toDouble(), 4000.0);
    const QJsonObject db = s.value(QStringLiteral("database")).toObject();
    QCOMPARE(db.value(QStringLiteral("flavor")).toString(), QStringLiteral("MariaDB"));
    QVERIFY(db.value(QStringLiteral("version")).toString().contains(QLatin1String("MariaDB")));
    QCOMPARE(db.value(QStringLiteral("binlog")).toBool(), true);
    QCOMPARE(db.value(QStringLiteral("serverId")).toInt(), 101);
    QVERIFY(db.value(QStringLiteral("gtidBinlogPos")).toString().startsWith(QLatin1String("0-101-")));
    QCOMPARE(s.value(QStringLiteral("tlsSha256")).toString(), r.peerSha256);

    QProcess fp;
    fp.start(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), m_app->hostPublicKey() });
    QVERIFY(fp.waitForFinished(30000));
    QCOMPARE(s.value(QStringLiteral("sshHostKeySha256")).toString(),
        QString::fromLatin1(fp.readAll()).split(QLatin1Char(' ')).value(1));
}

void TstApplianceApi::settings()
{
    TestClient c = authed();
    const TestReply r = c.get("/api/v1/settings");
    QCOMPARE(r.status, 200);
    const QJsonObject groups = r.json.value(QStringLiteral("groups")).toObject();
    for (const char *g :
        { "network", "dns", "webServer", "roundRobinHost", "loadBalancingDomain", "remoteDataExchange",
            "ftpBackup", "timeAndNtp", "mailRelay", "language", "syslogForwarding", "captivePortal" })
        QVERIFY2(groups.contains(QLatin1String(g)), g);
    QCOMPARE(r.json.value(QStringLiteral("hostSpecific")).toArray().size(), 7);
    QCOMPARE(
        groups.value(QStringLiteral("timeAndNtp")).toObject().value(QStringLiteral("timeZone")).toString(),
        QStringLiteral("Europe/Berlin"));
    QCOMPARE(groups.value(QStringLiteral("network")).toObject().value(QStringLiteral("address")).toString(),
        kAddress);

    const QJsonObject ntp { { QStringLiteral("timeZone"), QStringLiteral("Europe/Rome") },
        { QStringLiteral("ntpServers"), QJsonArray { QStringLiteral("ntp.example.test") } } };
    const TestReply put = c.send("PUT", "/api/v1/settings",
        QJsonObject { { QStringLiteral("groups"), QJsonObject { { QStringLiteral("timeAndNtp"), ntp } } } });
    QCOMPARE(put.status, 200);
    const QJsonObject after = put.json.value(QStringLiteral("groups")).toObject();
    QCOMPARE(
        after.value(QStringLiteral("timeAndNtp")).toObject().value(QStringLiteral("timeZone")).toString(),
        QStringLiteral("Europe/Rome"));
    QCOMPARE(
        after.value(QStringLiteral("timeAndNtp")).toObject().value(QStringLiteral("ntpEnabled")).toBool(),
        true);
    QCOMPARE(after.value(QStringLiteral("dns")), groups.value(QStringLiteral("dns"))); // untouched
    QCOMPARE(c.get("/api/v1/settings").json, put.json);

    const TestReply unknownGroup = c.send("PUT", "/api/v1/settings",
        QJsonObject {
            { QStringLiteral("groups"), QJsonObject { { QStringLiteral("bogus"), QJsonObject() } } } });
    QCOMPARE(unknownGroup.status, 400);
    QCOMPARE(unknownGroup.errorCode(), QStringLiteral("request.unknown_field"));
    QCOMPARE(
        unknownGroup.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("groups.bogus"));
    const TestReply unknownKey = c.send("PUT", "/api/v1/settings",
        QJsonObject { { QStringLiteral("groups"),
            QJsonObject { { QStringLiteral("dns"), QJsonObject { { QStringLiteral("bogus"), 1 } } } } } });
    QCOMPARE(
        unknownKey.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("groups.dns.bogus"));
    const TestReply badValue = c.send("PUT", "/api/v1/settings",
        QJsonObject { { QStringLiteral("groups"),
            QJsonObject { { QStringLiteral("network"),
                QJsonObject { { QStringLiteral("address"), QStringLiteral("not-an-ip") } } } } } });
    QCOMPARE(badValue.status, 400);
    QCOMPARE(badValue.errorCode(), QStringLiteral("request.invalid_value"));
}

void TstApplianceApi::maintenanceBlocksApplicationWrites()
{
    QSqlDatabase app
        = m_app->connect(QStringLiteral("hsapp"), QStringLiteral("hsapp"), QStringLiteral("app-pass"));
    QVERIFY2(app.isOpen(), qPrintable(app.lastError().text()));
    auto insert = [&] {
        QSqlQuery q(app);
        return q.exec(QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('carol')"));
    };
    TestClient c = authed();
    QVERIFY(insert());
    QCOMPARE(c.get("/api/v1/app/status").status, 200);

    const TestReply on
        = c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), true } });
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(c.get("/api/v1/maintenance").json.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(!insert());
    QSqlQuery read(app);
    QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM hotspot.sessions"))); // reading still works
    const TestReply status = c.get("/api/v1/app/status");
    QCOMPARE(status.status, 503);
    QCOMPARE(status.errorCode(), QStringLiteral("maintenance.active"));
    QCOMPARE(c.get("/api/v1/system").json.value(QStringLiteral("maintenance")).toBool(), true);

    QCOMPARE(
        c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), false } }).status,
        200);
    QVERIFY(insert());
    QCOMPARE(c.get("/api/v1/app/status").status, 200);
    app.close();
}

void TstApplianceApi::maintenanceSurvivesMariaDbRestart()
{
    TestClient c = authed();
    QCOMPARE(c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), true } }).status,
        200);
    QString error;
    QSqlDatabase::database(QStringLiteral("root"), false).close();
    QSqlDatabase::database(QStringLiteral("hsapp"), false).close();
    QVERIFY2(m_app->restartMariaDb(&error), qPrintable(error));
    // applianced notices the restart by itself ([mariadb] watchIntervalSeconds) and sets read_only again.
    QSqlDatabase root = m_app->connect(QStringLiteral("root"), QStringLiteral("root"));
    QVERIFY(root.isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery q(root);
            return q.exec(QStringLiteral("SELECT @@read_only")) && q.next() && q.value(0).toInt() == 1;
        }(),
        15000);
    QSqlDatabase app
        = m_app->connect(QStringLiteral("hsapp"), QStringLiteral("hsapp"), QStringLiteral("app-pass"));
    QVERIFY(app.isOpen());
    QSqlQuery insert(app);
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('dave')")));
    QCOMPARE(
        c.send("PUT", "/api/v1/maintenance", QJsonObject { { QStringLiteral("enabled"), false } }).status,
        200);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('dave')")));
}

void TstApplianceApi::license()
{
    TestClient c = authed();
    const TestReply get = c.get("/api/v1/license");
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(get.json.value(QStringLiteral("customer")).toString(), QStringLiteral("Test Customer"));
    QCOMPARE(get.json.value(QStringLiteral("maintenanceActive")).toBool(), true);
    QVERIFY(!get.json.value(QStringLiteral("guid")).toString().isEmpty());

    const TestReply exported = c.get("/api/v1/license/export");
    QCOMPARE(exported.status, 200);
    QVERIFY(exported.json.contains(QStringLiteral("document"))
        && exported.json.contains(QStringLiteral("signature")));

    QCOMPARE(c.send("PUT", "/api/v1/license", exported.json).errorCode(),
        QStringLiteral("license.target_has_license"));

    const TestReply inv = c.send("POST", "/api/v1/license/invalidate",
        QJsonObject {
            { QStringLiteral("transferredTo"), QStringLiteral("0123456789abcdef0123456789abcdef") } });
    QCOMPARE(inv.status, 200);
    QCOMPARE(inv.json.value(QStringLiteral("state")).toString(), QStringLiteral("invalidated"));
    QCOMPARE(inv.json.value(QStringLiteral("transferredTo")).toString(),
        QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(QDateTime::fromString(inv.json.value(QStringLiteral("invalidatedAt")).toString(), Qt::ISODate)
                .isValid());
    QCOMPARE(c.get("/api/v1/license/export").errorCode(), QStringLiteral("license.not_active"));
    QCOMPARE(c.send("POST", "/api/v1/license/invalidate",
                  QJsonObject { { QStringLiteral("transferredTo"), QStringLiteral("x") } })
                 .status,
        409);

    // A tampered document (any field) is refused with 422.
    QJsonObject tampered = exported.json;
    QJsonObject doc = tampered.value(QStringLiteral("document")).toObject();
    doc.insert(QStringLiteral("maintenanceUntil"), QStringLiteral("2099-12-31"));
    tampered.insert(QStringLiteral("document"), doc);
    const TestReply bad = c.send("PUT", "/api/v1/license", tampered);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorCode(), QStringLiteral("license.bad_signature"));
    QJsonObject extraField = exported.json;
    QJsonObject doc2 = exported.json.value(QStringLiteral("document")).toObject();
    doc2.insert(QStringLiteral("seats"), QStringLiteral("1000"));
    extraField.insert(QStringLiteral("document"), doc2);
    QCOMPARE(
        c.send("PUT", "/api/v1/license", extraField).errorCode(), QStringLiteral("request.unknown_field"));

    // Import of the genuine document on an appliance without an active license.
    const TestReply imported = c.send("PUT", "/api/v1/license", exported.json);
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(imported.json.value(QStringLiteral("guid")), get.json.value(QStringLiteral("guid")));
}

void TstApplianceApi::tamperedLicenseFileIsRejected()
{
    const QString file = m_app->stateDir() + QStringLiteral("/license.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QJsonObject stored = QJsonDocument::fromJson(original).object();
    QJsonObject doc = stored.value(QStringLiteral("document")).toObject();
    doc.insert(QStringLiteral("customer"), QStringLiteral("Someone Else"));
    stored.insert(QStringLiteral("document"), doc);
    QVERIFY(JsonFile::write(file, stored));

    TestClient c = authed();
    const TestReply r = c.get("/api/v1/license");
    QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("invalid"));
    QVERIFY(r.json.value(QStringLiteral("customer")).isNull());
    QCOMPARE(c.get("/api/v1/license/export").status, 409);
    QCOMPARE(c.get("/api/v1/system")
                 .json.value(QStringLiteral("license"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("invalid"));

    QVERIFY(JsonFile::writeBytes(file, original));
    QCOMPARE(
        c.get("/api/v1/license").json.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
}

void TstApplianceApi::certificateRenew()
{
    TestClient c = authed();
    const QString before = c.get("/api/v1/system").peerSha256;
    const TestReply r = c.request("POST", "/api/v1/certificates/renew", QByteArray());
    QCOMPARE(r.status, 200);
    const QString renewed = r.json.value(QStringLiteral("tlsSha256")).toString();
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != before);
    const TestReply next = c.get("/api/v1/system");
    QCOMPARE(next.peerSha256, renewed); // new connections get the new certificate
    QCOMPARE(next.json.value(QStringLiteral("tlsSha256")).toString(), renewed);
    QCOMPARE(
        c.send("POST", "/api/v1/certificates/renew", QJsonObject { { QStringLiteral("x"), 1 } }).status, 400);
}

void TstApplianceApi::servicesRestartAndReboot()
{
    TestClient c = authed();
    const TestReply r = c.send("POST", "/api/v1/services/restart",
        QJsonObject { { QStringLiteral("services"),
            QJsonArray { QStringLiteral("web"), QStringLiteral("database"), QStringLiteral("ssh") } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("restarted")).toArray().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_app->dir() + QStringLiteral("/database-restarted")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_app->dir() + QStringLiteral("/ssh-restarted")), 10000);
    const TestReply bad = c.send("POST", "/api/v1/services/restart",
        QJsonObject { { QStringLiteral("services"), QJsonArray { QStringLiteral("kernel") } } });
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("request.invalid_value"));

    const TestReply reboot = c.request("POST", "/api/v1/reboot", QByteArray());
    QCOMPARE(reboot.status, 202);
    QCOMPARE(reboot.json.value(QStringLiteral("rebooting")).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_app->dir() + QStringLiteral("/rebooted")), 10000);
}

void TstApplianceApi::haRoundRobinAndReplication()
{
    // The sandbox (or the vendor's HA setup) owns ha.json's topology; applianced re-reads it.
    const QString haFile = m_app->stateDir() + QStringLiteral("/ha.json");
    QJsonObject ha;
    QVERIFY(JsonFile::read(haFile, &ha));
    ha.insert(QStringLiteral("roundRobinHosts"),
        QJsonArray { QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2") });
    QVERIFY(JsonFile::write(haFile, ha));

    TestClient c = authed();
    const TestReply get = c.get("/api/v1/ha");
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json.value(QStringLiteral("role")).toString(), QStringLiteral("standalone"));
    QCOMPARE(get.json.value(QStringLiteral("roundRobinHosts")).toArray().size(), 2);
    QCOMPARE(
        get.json.value(QStringLiteral("replication")).toObject().value(QStringLiteral("configured")).toBool(),
        false);

    const TestReply removed = c.send("POST", "/api/v1/ha/round-robin/remove",
        QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("10.0.0.2") } } });
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json.value(QStringLiteral("roundRobinHosts")).toArray(),
        QJsonArray { QStringLiteral("10.0.0.1") });
    QCOMPARE(removed.json.value(QStringLiteral("removedRoundRobinHosts")).toArray(),
        QJsonArray { QStringLiteral("10.0.0.2") });
    QCOMPARE(c.send("POST", "/api/v1/ha/round-robin/remove",
                  QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("10.9.9.9") } } })
                 .status,
        400);
    const TestReply restored = c.send("POST", "/api/v1/ha/round-robin/restore",
        QJsonObject { { QStringLiteral("hosts"), QJsonArray { QStringLiteral("10.0.0.2") } } });
    QCOMPARE(restored.json.value(QStringLiteral("roundRobinHosts")).toArray().size(), 2);
    QVERIFY(restored.json.value(QStringLiteral("removedRoundRobinHosts")).toArray().isEmpty());

    // Replication towards an address where nothing listens: configured, but the IO thread cannot connect.
    const TestReply configured = c.send("POST", "/api/v1/ha/replication/configure",
        QJsonObject { { QStringLiteral("host"), QStringLiteral("127.0.21.250") },
            { QStringLiteral("port"), 3306 }, { QStringLiteral("user"), QStringLiteral("repl") },
            { QStringLiteral("password"), kReplicationPassword },
            { QStringLiteral("gtid"), QStringLiteral("0-101-1") } });
    QCOMPARE(configured.status, 200);
    const QJsonObject repl = configured.json.value(QStringLiteral("replication")).toObject();
    QCOMPARE(repl.value(QStringLiteral("configured")).toBool(), true);
    QCOMPARE(repl.value(QStringLiteral("sourceHost")).toString(), QStringLiteral("127.0.21.250"));
    QCOMPARE(repl.value(QStringLiteral("gtidSlavePos")).toString(), QStringLiteral("0-101-1"));
    QCOMPARE(c.request("POST", "/api/v1/ha/replication/start", QByteArray()).status, 200);
    const TestReply stopped = c.request("POST", "/api/v1/ha/replication/stop", QByteArray());
    QCOMPARE(stopped.status, 200);
    QCOMPARE(stopped.json.value(QStringLiteral("replication"))
                 .toObject()
                 .value(QStringLiteral("sqlRunning"))
                 .toBool(),
        false);
    QCOMPARE(c.send("POST", "/api/v1/ha/replication/configure",
                  QJsonObject { { QStringLiteral("host"), QStringLiteral("x; DROP") },
                      { QStringLiteral("user"), QStringLiteral("r") },
                      { QStringLiteral("password"), QStringLiteral("p") } })
                 .errorCode(),
        QStringLiteral("request.invalid_value"));

    QSqlDatabase root = m_app->connect(QStringLiteral("root"), QStringLiteral("root"));
    QSqlQuery q(root);
    QVERIFY(q.exec(QStringLiteral("RESET SLAVE ALL")));
    QVERIFY(q.exec(QStringLiteral("SET GLOBAL gtid_slave_pos = ''")));
}

QString TstApplianceApi::runSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

void TstApplianceApi::migrationReadAccount()
{
    TestClient c = authed();
    const TestReply r = c.send("POST", "/api/v1/migration/db-account",
        QJsonObject { { QStringLiteral("access"), QStringLiteral("read") },
            { QStringLiteral("clientHost"), QStringLiteral("127.0.0.%") } });
    QCOMPARE(r.status, 200);
    const QString user = r.json.value(QStringLiteral("user")).toString();
    const QString password = r.json.value(QStringLiteral("password")).toString();
    QVERIFY(user.startsWith(QLatin1String("cutover_mig_")));
    QVERIFY(password.size() >= 24);
    m_secrets << password;

    {
        QSqlDatabase mig = m_app->connectTcp(QStringLiteral("mig-read"), user, password);
        QVERIFY2(mig.isOpen(), qPrintable(mig.lastError().text()));
        QSqlQuery q(mig);
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM hotspot.sessions")),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next() && q.value(0).toInt() >= 2);
        QVERIFY2(runSql(mig, QStringLiteral("SHOW MASTER STATUS")).isEmpty(), "binlog monitor");
        QString grants;
        QVERIFY(q.exec(QStringLiteral("SHOW GRANTS")));
        while (q.next())
            grants += q.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(grants.contains(QLatin1String("REPLICATION SLAVE")), qPrintable(grants));
        QVERIFY(
            !grants.contains(QLatin1String("INSERT")) && !grants.contains(QLatin1String("ALL PRIVILEGES")));
        // Nothing that writes.
        QVERIFY(
            !runSql(mig, QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('mallory')")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("UPDATE hotspot.sessions SET who = 'x'")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("DELETE FROM hotspot.sessions")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("CREATE DATABASE evil")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("DROP TABLE hotspot.sessions")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("CREATE USER 'x'@'%'")).isEmpty());
        QVERIFY(!runSql(mig, QStringLiteral("SET GLOBAL read_only = ON")).isEmpty());
        mig.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mig-read"));

    QCOMPARE(
        c.send("DELETE", "/api/v1/migration/db-account", QJsonObject { { QStringLiteral("user"), user } })
            .status,
        200);
    {
        QSqlDatabase gone = m_app->connectTcp(QStringLiteral("mig-gone"), user, password);
        QVERIFY(!gone.isOpen());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mig-gone"));
    QSqlDatabase root = m_app->connect(QStringLiteral("root"), QStringLiteral("root"));
    QSqlQuery q(root);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE User LIKE 'cutover\\_mig\\_%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    QCOMPARE(c.send("DELETE", "/api/v1/migration/db-account",
                  QJsonObject { { QStringLiteral("user"), QStringLiteral("root") } })
                 .status,
        400);
    QCOMPARE(c.send("POST", "/api/v1/migration/db-account",
                  QJsonObject { { QStringLiteral("access"), QStringLiteral("admin") },
                      { QStringLiteral("clientHost"), QStringLiteral("%") } })
                 .status,
        400);
    QCOMPARE(c.send("POST", "/api/v1/migration/db-account",
                  QJsonObject { { QStringLiteral("access"), QStringLiteral("read") },
                      { QStringLiteral("clientHost"), QStringLiteral("x' OR 1") } })
                 .status,
        400);
}

void TstApplianceApi::migrationWriteAccount()
{
    TestClient c = authed();
    const TestReply r = c.send("POST", "/api/v1/migration/db-account",
        QJsonObject { { QStringLiteral("access"), QStringLiteral("write") },
            { QStringLiteral("clientHost"), QStringLiteral("127.0.0.%") } });
    QCOMPARE(r.status, 200);
    const QString user = r.json.value(QStringLiteral("user")).toString();
    const QString password = r.json.value(QStringLiteral("password")).toString();
    m_secrets << password;
    {
        QSqlDatabase mig = m_app->connectTcp(QStringLiteral("mig-write"), user, password);
        QVERIFY2(mig.isOpen(), qPrintable(mig.lastError().text()));
        QCOMPARE(runSql(mig, QStringLiteral("CREATE DATABASE loaded")), QString());
        QCOMPARE(runSql(mig, QStringLiteral("CREATE TABLE loaded.t (id INT PRIMARY KEY)")), QString());
        QCOMPARE(runSql(mig, QStringLiteral("INSERT INTO loaded.t VALUES (1)")), QString());
        QCOMPARE(
            runSql(mig, QStringLiteral("CREATE USER 'copied'@'localhost' IDENTIFIED BY 'x'")), QString());
        QCOMPARE(runSql(mig, QStringLiteral("GRANT SELECT ON loaded.* TO 'copied'@'localhost'")), QString());
        QCOMPARE(runSql(mig, QStringLiteral("DROP USER 'copied'@'localhost'")), QString());
        QCOMPARE(runSql(mig, QStringLiteral("DROP DATABASE loaded")), QString());
        // Maintenance still binds the loader: no SUPER, no READ_ONLY ADMIN.
        QVERIFY(!runSql(mig, QStringLiteral("SET GLOBAL read_only = OFF")).isEmpty());
        mig.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mig-write"));
    QCOMPARE(
        c.send("DELETE", "/api/v1/migration/db-account", QJsonObject { { QStringLiteral("user"), user } })
            .status,
        200);
}

void TstApplianceApi::replicationAgainstRealServers()
{
    m_second = std::make_unique<LocalAppliance>(kSecondAddress);
    QString error;
    QVERIFY2(m_second->startMariaDb(102, &error), qPrintable(error));
    QSqlDatabase second = m_second->connect(QStringLiteral("second"), QStringLiteral("root"));
    QVERIFY2(second.isOpen(), qPrintable(second.lastError().text()));
    QSqlDatabase first = m_app->connect(QStringLiteral("root"), QStringLiteral("root"));
    auto scalar = [](QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toString()
                                       : QStringLiteral("<%1>").arg(q.lastError().text());
    };
    auto slaveColumn = [](QSqlDatabase db, const char *column) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SHOW SLAVE STATUS")) || !q.next())
            return QString();
        return q.value(q.record().indexOf(QLatin1String(column))).toString();
    };

    // 1. The temporary read account really replicates: the second server follows this appliance with it.
    TestClient c = authed();
    const TestReply account = c.send("POST", "/api/v1/migration/db-account",
        QJsonObject { { QStringLiteral("access"), QStringLiteral("read") },
            { QStringLiteral("clientHost"), QStringLiteral("127.0.0.%") } });
    QCOMPARE(account.status, 200);
    const QString user = account.json.value(QStringLiteral("user")).toString();
    const QString password = account.json.value(QStringLiteral("password")).toString();
    m_secrets << password;
    QCOMPARE(runSql(second, QStringLiteral("CREATE DATABASE hotspot")), QString());
    QCOMPARE(runSql(second,
                 QStringLiteral("CREATE TABLE hotspot.sessions (id INT AUTO_INCREMENT PRIMARY KEY, who "
                                "VARCHAR(64)) ENGINE=InnoDB")),
        QString());
    const QString pos = scalar(first, QStringLiteral("SELECT @@gtid_binlog_pos"));
    QCOMPARE(runSql(second, QStringLiteral("SET GLOBAL gtid_slave_pos = '%1'").arg(pos)), QString());
    QCOMPARE(
        runSql(second,
            QStringLiteral("CHANGE MASTER TO MASTER_HOST = '%1', MASTER_PORT = 3306, MASTER_USER = '%2', "
                           "MASTER_PASSWORD = '%3', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1")
                .arg(kAddress, user, password)),
        QString());
    QCOMPARE(runSql(second, QStringLiteral("START SLAVE")), QString());
    QCOMPARE(
        runSql(first, QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('replicated')")), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(second, QStringLiteral("SELECT COUNT(*) FROM hotspot.sessions WHERE who = 'replicated'")),
        QStringLiteral("1"), 40000);
    QCOMPARE(slaveColumn(second, "Slave_IO_Running"), QStringLiteral("Yes"));
    QCOMPARE(runSql(second, QStringLiteral("STOP SLAVE")), QString());
    QCOMPARE(runSql(second, QStringLiteral("RESET SLAVE ALL")), QString());
    QCOMPARE(
        c.send("DELETE", "/api/v1/migration/db-account", QJsonObject { { QStringLiteral("user"), user } })
            .status,
        200);

    // 2. The HA endpoints drive real replication: this appliance follows the second server.
    QCOMPARE(runSql(second, QStringLiteral("CREATE USER 'repl'@'127.0.0.%' IDENTIFIED BY 'repl-pass'")),
        QString());
    QCOMPARE(
        runSql(second, QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.%'")), QString());
    const QString sourcePos = scalar(second, QStringLiteral("SELECT @@gtid_binlog_pos"));
    m_secrets << QStringLiteral("repl-pass");
    const TestReply configured = c.send("POST", "/api/v1/ha/replication/configure",
        QJsonObject { { QStringLiteral("host"), kSecondAddress },
            { QStringLiteral("user"), QStringLiteral("repl") },
            { QStringLiteral("password"), QStringLiteral("repl-pass") },
            { QStringLiteral("gtid"), sourcePos } });
    QCOMPARE(configured.status, 200);
    QCOMPARE(c.request("POST", "/api/v1/ha/replication/start", QByteArray()).status, 200);
    QCOMPARE(runSql(second, QStringLiteral("INSERT INTO hotspot.sessions (who) VALUES ('from-second')")),
        QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(first, QStringLiteral("SELECT COUNT(*) FROM hotspot.sessions WHERE who = 'from-second'")),
        QStringLiteral("1"), 40000);
    QJsonObject repl;
    QTRY_VERIFY_WITH_TIMEOUT((repl = c.get("/api/v1/ha").json.value(QStringLiteral("replication")).toObject(),
                                 repl.value(QStringLiteral("ioRunning")).toBool()
                                     && repl.value(QStringLiteral("sqlRunning")).toBool()),
        40000);
    QCOMPARE(repl.value(QStringLiteral("sourceHost")).toString(), kSecondAddress);
    QCOMPARE(repl.value(QStringLiteral("secondsBehind")).toInt(), 0);
    QVERIFY(repl.value(QStringLiteral("gtidSlavePos")).toString().contains(QLatin1String("0-102-")));
    QCOMPARE(repl.value(QStringLiteral("lastError")).toString(), QString());
    const TestReply stopped = c.request("POST", "/api/v1/ha/replication/stop", QByteArray());
    QCOMPARE(stopped.json.value(QStringLiteral("replication"))
                 .toObject()
                 .value(QStringLiteral("ioRunning"))
                 .toBool(),
        false);
    QCOMPARE(runSql(first, QStringLiteral("RESET SLAVE ALL")), QString());
    QCOMPARE(runSql(first, QStringLiteral("SET GLOBAL gtid_slave_pos = ''")), QString());
    second.close();
    m_second->stop();
}

void TstApplianceApi::sshKeyAuthorizeAndRevoke()
{
    const QString keyFile = m_app->dir() + QStringLiteral("/mig_ed25519");
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-C"), QStringLiteral("wizard@test"), QStringLiteral("-f"), keyFile });
    QVERIFY(keygen.waitForFinished(30000));
    QFile pub(keyFile + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QString publicKey = QString::fromLatin1(pub.readAll()).trimmed();
    const QString blob = publicKey.split(QLatin1Char(' ')).value(1);

    TestClient c = authed();
    const TestReply r = c.send(
        "POST", "/api/v1/migration/ssh-key", QJsonObject { { QStringLiteral("publicKey"), publicKey } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("user")).toString(), QStringLiteral("root"));
    QCOMPARE(r.json.value(QStringLiteral("port")).toInt(), 22);
    QCOMPARE(r.json.value(QStringLiteral("directory")).toString(), QStringLiteral("/"));
    QFile ak(m_app->authorizedKeys());
    QVERIFY(ak.open(QIODevice::ReadOnly));
    const QByteArray lines = ak.readAll();
    ak.close();
    QVERIFY(lines.startsWith("restrict,command=\"internal-sftp -R\" ssh-ed25519 " + blob.toLatin1()));
    QVERIFY(
        !(QFile::permissions(m_app->authorizedKeys()) & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));

    QCOMPARE(c.send("POST", "/api/v1/migration/ssh-key",
                  QJsonObject { { QStringLiteral("publicKey"),
                      QStringLiteral("ssh-ed25519 AAAA\ncommand=\"/bin/sh\"") } })
                 .status,
        400);

    QCOMPARE(c.send("DELETE", "/api/v1/migration/ssh-key",
                  QJsonObject { { QStringLiteral("publicKey"), publicKey } })
                 .status,
        200);
    QVERIFY(ak.open(QIODevice::ReadOnly));
    QVERIFY(!ak.readAll().contains(blob.toLatin1()));
}

void TstApplianceApi::sourceState()
{
    TestClient c = authed();
    const QString at = QStringLiteral("2026-11-29T06:00:00Z");
    QCOMPARE(c.send("PUT", "/api/v1/migration/source-state",
                  QJsonObject { { QStringLiteral("migratedTo"), QStringLiteral("target-machine") },
                      { QStringLiteral("at"), at } })
                 .status,
        200);
    QCOMPARE(c.get("/api/v1/system").json.value(QStringLiteral("migratedTo")).toString(),
        QStringLiteral("target-machine"));
    QCOMPARE(c.send("PUT", "/api/v1/migration/source-state",
                  QJsonObject { { QStringLiteral("migratedTo"), QStringLiteral("t") },
                      { QStringLiteral("at"), QStringLiteral("yesterday") } })
                 .status,
        400);
}

void TstApplianceApi::stateSurvivesKill9()
{
    TestClient c = authed();
    const QJsonObject portal { { QStringLiteral("title"), QStringLiteral("Survives kill -9") } };
    QCOMPARE(c.send("PUT", "/api/v1/settings",
                  QJsonObject { { QStringLiteral("groups"),
                      QJsonObject { { QStringLiteral("captivePortal"), portal } } } })
                 .status,
        200);
    const QJsonObject licenseBefore = c.get("/api/v1/license").json;
    const QJsonObject settingsBefore = c.get("/api/v1/settings").json;
    const QString machineBefore = c.get("/health").json.value(QStringLiteral("machineId")).toString();

    m_app->killAppliance();
    QString error;
    QVERIFY2(m_app->startAppliance(&error), qPrintable(error));
    m_token = login(); // sessions live in memory only
    TestClient after = authed();
    QCOMPARE(after.get("/api/v1/settings").json, settingsBefore);
    QCOMPARE(after.get("/api/v1/license").json, licenseBefore);
    QCOMPARE(after.get("/health").json.value(QStringLiteral("machineId")).toString(), machineBefore);
    // No temporary files left behind by the atomic writes.
    QVERIFY(QDir(m_app->stateDir())
                .entryList(QStringList { QStringLiteral("*.tmp"), QStringLiteral("*~") }, QDir::Files)
                .isEmpty());
}

void TstApplianceApi::expiredTokenIsRefused()
{
    QString error;
    m_app->killAppliance();
    QVERIFY(m_app->writeConfig(baseConfig(1), &error));
    QVERIFY2(m_app->startAppliance(&error), qPrintable(error));
    TestClient c(kAddress, 443, true);
    const TestReply session = c.send("POST", "/api/v1/session",
        QJsonObject { { QStringLiteral("user"), QStringLiteral("admin") },
            { QStringLiteral("password"), m_app->adminPassword() } });
    QCOMPARE(session.status, 200);
    QCOMPARE(session.json.value(QStringLiteral("expiresIn")).toInt(), 1);
    c.setToken(session.json.value(QStringLiteral("token")).toString().toLatin1());
    m_secrets << session.json.value(QStringLiteral("token")).toString();
    QCOMPARE(c.get("/api/v1/maintenance").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        c.get("/api/v1/maintenance").errorCode(), QStringLiteral("auth.token_expired"), 10000);
    QCOMPARE(c.get("/api/v1/maintenance").status, 401);

    m_app->killAppliance();
    QVERIFY(m_app->writeConfig(baseConfig(), &error));
    QVERIFY2(m_app->startAppliance(&error), qPrintable(error));
    m_token = login();
}

void TstApplianceApi::auditHasNoSecrets()
{
    const TestReply r = authed().get("/api/v1/audit");
    QCOMPARE(r.status, 200);
    const QJsonArray entries = r.json.value(QStringLiteral("entries")).toArray();
    QStringList actions;
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        QVERIFY(
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(o.contains(QStringLiteral("user")) && o.contains(QStringLiteral("detail")));
        actions << o.value(QStringLiteral("action")).toString();
    }
    for (const char *a :
        { "session.login", "session.login_failed", "settings.update", "maintenance.set", "license.export",
            "license.invalidate", "license.import", "certificates.renew", "services.restart", "reboot",
            "ha.round_robin.remove", "ha.round_robin.restore", "ha.replication.configure",
            "ha.replication.stop", "migration.db_account.create", "migration.db_account.drop",
            "migration.ssh_key.authorize", "migration.ssh_key.revoke", "migration.source_state" })
        QVERIFY2(actions.contains(QLatin1String(a)), a);
    QFile file(m_app->stateDir() + QStringLiteral("/audit.log"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = r.body + file.readAll();
    for (const QString &s : std::as_const(m_secrets))
        QVERIFY2(!all.contains(s.toUtf8()), "a secret reached the audit log");
}

QTEST_GUILESS_MAIN(TstApplianceApi)
#include "tst_appliance_api.moc"
