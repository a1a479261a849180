// SPDX-License-Identifier: GPL-3.0-or-later
//
// ApplianceClient against an in-test TLS server, and its response parser as a pure function.
// Addresses: 127.0.42.1–127.0.42.9 (this executable only).

#include "api/applianceclient.h"
#include "api/httpresponseparser.h"
#include "testservers.h"
#include "trust/fingerprint.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <future>

using namespace cutover;
using namespace cutover::test;
using Kind = ApiError::Kind;

namespace {
const QString ServerAddress = QStringLiteral("127.0.42.1");
const QString NothingAddress = QStringLiteral("127.0.42.2");
const QString SshAddress = QStringLiteral("127.0.42.3");
const QString BlackHoleAddress = QStringLiteral("127.0.42.4");

QByteArray json(int status, const QByteArray &body, const QByteArray &extra = {})
{
    const QByteArray reason = status == 200 ? "OK" : "Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extra + "\r\n" + body;
}

QByteArray apiError(int status, const QByteArray &code)
{
    return json(status, R"({"error": {"code": ")" + code + R"(", "message": "hint"}})");
}

const QByteArray SystemBody
    = R"({"machineId": "m-source", "hostName": "hotspot1", "domainName": "example.test",
 "addresses": ["127.0.42.1"], "role": "standalone", "peers": [], "softwareVersion": "0.1.0",
 "license": {"state": "active", "guid": "G-1", "maintenanceUntil": "2099-06-30"},
 "maintenance": false, "migratedTo": null,
 "disk": {"path": "/var/lib/mysql", "freeBytes": 123, "totalBytes": 456},
 "dataBytes": 7340032, "trafficLogBytes": 3145728,
 "database": {"flavor": "MariaDB", "version": "10.11.6-MariaDB-0+deb12u1", "binlog": true,
              "serverId": 101, "gtidBinlogPos": "0-101-42"},
 "tlsSha256": "AB:CD", "sshHostKeySha256": "SHA256:x"})";
} // namespace

class TestApplianceClient : public QObject
{
    Q_OBJECT

    TestCertificate m_cert;
    TestCertificate m_otherCert;
    std::unique_ptr<TlsHttpServer> m_server;
    std::unique_ptr<ScriptedServer> m_ssh;
    std::unique_ptr<BlackHole> m_blackHole;
    // What the fake appliance does; tests change it.
    int m_logins = 0;
    QByteArray m_validToken = "t1";
    bool m_expireOnce = false;

    template<typename F> auto onWorker(F &&f)
    {
        auto future = std::async(std::launch::async, std::forward<F>(f));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                future.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        }();
        return future.get();
    }

    QByteArray respond(
        const QByteArray &method, const QByteArray &path, const QByteArray &head, const QByteArray &body)
    {
        if (method == "POST" && path == "/api/v1/session") {
            ++m_logins;
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (o.value(QLatin1String("user")).toString() != QLatin1String("admin")
                || o.value(QLatin1String("password")).toString() != QStringLiteral("pa|ss\"wö\\rd"))
                return apiError(401, "auth.invalid_credentials");
            m_validToken = "t" + QByteArray::number(m_logins);
            return json(200, R"({"token": ")" + m_validToken + R"(", "expiresIn": 3600})");
        }
        if (path == "/health")
            return json(200, R"({"status": "ok", "machineId": "m-source"})");
        if (!(head + "\r\n").contains("\r\nAuthorization: Bearer " + m_validToken + "\r\n"))
            return apiError(401, "auth.token_invalid");
        if (m_expireOnce) {
            m_expireOnce = false;
            return apiError(401, "auth.token_expired");
        }
        if (method == "GET" && path == "/api/v1/system")
            return json(200, SystemBody);
        if (method == "PUT" && path == "/api/v1/maintenance")
            return json(200, body);
        if (method == "POST" && path == "/api/v1/ha/replication/configure")
            return json(200, "{}");
        if (path == "/api/v1/license")
            return apiError(409, "license.target_has_license");
        if (path == "/api/v1/maintenance")
            return apiError(503, "maintenance.active");
        return apiError(404, "request.not_found");
    }

    ApplianceClient *pinnedClient()
    {
        auto *c = new ApplianceClient(ServerAddress);
        c->setPinnedFingerprint(Fingerprint::of(m_cert.certificate));
        c->setTimeouts(3000, 5000);
        return c;
    }

private slots:
    void initTestCase()
    {
        m_cert = TestCertificate::create(QStringLiteral("hotspot1.example.test"));
        m_otherCert = TestCertificate::create(QStringLiteral("impostor"));
        QVERIFY(m_cert.isValid() && m_otherCert.isValid());
        m_server = std::make_unique<TlsHttpServer>(m_cert, [this](auto &&...a) { return respond(a...); });
        QVERIFY(m_server->listen(QHostAddress(ServerAddress), 443));
        m_ssh = std::make_unique<ScriptedServer>(ScriptedServer::Greet, sshBanner());
        QVERIFY(m_ssh->listen(QHostAddress(SshAddress), 443));
        m_blackHole = std::make_unique<BlackHole>(BlackHoleAddress, 443);
        QVERIFY(m_blackHole->isValid());
    }

    void init()
    {
        // Every warning fails the test unless it is expected (the fingerprint warning is).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!.*certificate of).*")));
        m_logins = 0;
        m_expireOnce = false;
    }

    void parser_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const int ok = int(Kind::None);
        QTest::newRow("json") << json(200, R"({"a": 1})") << ok << 200 << "";
        QTest::newRow("empty 202") << QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n") << ok
                                   << 202 << "";
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << ok << 204 << "";
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n"
            "3;x=y\r\n:1}\r\n0\r\nTrailer: z\r\n\r\n")
                                 << ok << 200 << "";
        QTest::newRow("close delimited") << QByteArray("HTTP/1.0 200 OK\r\n\r\n{\"a\":1}") << ok << 200 << "";
        QTest::newRow("api error") << apiError(401, "auth.invalid_credentials") << int(Kind::Http) << 401
                                   << "auth.invalid_credentials";
        QTest::newRow("too many") << json(
            429, R"({"error": {"code": "auth.too_many_attempts", "retryAfter": 30}})")
                                  << int(Kind::Http) << 429 << "auth.too_many_attempts";
        QTest::newRow("html 404") << QByteArray(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\n<html/>\r\n")
                                  << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("bare 503") << QByteArray("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")
                                  << int(Kind::Http) << 503 << "";
        QTest::newRow("array body") << json(200, "[1,2]") << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("bad json") << json(200, "{\"a\":") << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("ssh banner") << sshBanner() << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("truncated body")
            << json(200, R"({"a": 1})").chopped(2) << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("truncated head")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}")
                                         << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("huge length") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\n{}")
                                     << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << int(Kind::MalformedResponse)
                                    << 0 << "";
        QTest::newRow("bad chunk") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                   << int(Kind::MalformedResponse) << 0 << "";
        QTest::newRow("empty") << QByteArray() << int(Kind::ConnectionLost) << 0 << "";
    }

    void parser()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto r = HttpResponseParser::parse(bytes);
        QCOMPARE(int(r.ok() ? Kind::None : r.error().kind()), kind);
        if (!r.ok()) {
            QCOMPARE(r.error().httpStatus(), status);
            QCOMPARE(r.error().code(), code);
        } else {
            QCOMPARE(HttpResponseParser::splitResponse(bytes, false, true).status, status);
        }
        // Every prefix of the answer is either "need more" or the same verdict: never a crash.
        for (qsizetype i = 0; i < bytes.size(); ++i)
            HttpResponseParser::splitResponse(QByteArrayView(bytes).first(i));
    }

    void parserKeepsPipelinedRest()
    {
        const QByteArray two = json(200, R"({"a":1})") + json(200, R"({"b":2})");
        const auto first = HttpResponseParser::splitResponse(two);
        QCOMPARE(first.state, HttpResponseParser::State::Complete);
        QCOMPARE(first.body, QByteArray(R"({"a":1})"));
        const auto second = HttpResponseParser::splitResponse(QByteArrayView(two).sliced(first.consumed));
        QCOMPARE(second.body, QByteArray(R"({"b":2})"));
        QCOMPARE(HttpResponseParser::parse(
                     json(429, R"({"error": {"code": "auth.too_many_attempts", "retryAfter": 30}})"))
                     .error()
                     .retryAfterSeconds(),
            30);
    }

    void everyApiErrorCodeHasItsOwnMessage()
    {
        const QList<QPair<int, QString>> codes = {
            { 400, "request.malformed_json" },
            { 400, "request.unknown_field" },
            { 400, "request.invalid_value" },
            { 401, "auth.invalid_credentials" },
            { 401, "auth.token_missing" },
            { 401, "auth.token_expired" },
            { 401, "auth.token_invalid" },
            { 404, "request.not_found" },
            { 405, "request.method_not_allowed" },
            { 409, "license.target_has_license" },
            { 409, "license.not_active" },
            { 422, "license.bad_signature" },
            { 413, "request.too_large" },
            { 429, "auth.too_many_attempts" },
            { 503, "maintenance.active" },
            { 500, "internal.error" },
            { 400, "request.malformed" },
            { 408, "request.timeout" },
            { 431, "request.header_too_large" },
            { 501, "request.not_implemented" },
            { 505, "request.version_not_supported" },
            { 503, "database.unavailable" },
        };
        const QString fallback = ApiError::http(418, QStringLiteral("x.y")).userMessage();
        QVERIFY(fallback.contains(QLatin1String("unexpected")));
        for (const auto &[status, code] : codes) {
            ApiError e = ApiError::http(status, code, QString(), QStringLiteral("groups.dns"), 42);
            e.setHost(QStringLiteral("hotspot1"));
            const QString m = e.userMessage();
            QVERIFY2(!m.contains(QLatin1String("unexpected")), qPrintable(code));
            QVERIFY2(m.contains(QLatin1String("hotspot1")), qPrintable(code));
        }
        QVERIFY(ApiError::http(429, QStringLiteral("auth.too_many_attempts"), {}, {}, 42)
                    .userMessage()
                    .contains(QLatin1String("42")));
        QVERIFY(ApiError::http(400, QStringLiteral("request.unknown_field"), {}, QStringLiteral("groups.dns"))
                    .userMessage()
                    .contains(QLatin1String("groups.dns")));
        // The transport kinds are kept apart in what the user reads.
        QSet<QString> messages;
        for (Kind k : { Kind::Unreachable, Kind::Refused, Kind::Timeout, Kind::TlsHandshake, Kind::Untrusted,
                 Kind::FingerprintMismatch, Kind::MalformedResponse, Kind::ConnectionLost })
            messages.insert(ApiError(k).userMessage());
        QCOMPARE(messages.size(), 8);
    }

    void untrustedSendsNothingAndReportsFingerprint()
    {
        const int before = m_server->requests().size();
        const auto r = onWorker([] {
            ApplianceClient c(ServerAddress);
            QByteArray pw("pa|ss\"wö\\rd");
            return c.login(QStringLiteral("admin"), std::move(pw));
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Kind::Untrusted);
        QCOMPARE(r.error().fingerprint(), Fingerprint::of(m_cert.certificate));
        QVERIFY(r.error().userMessage().contains(Fingerprint::of(m_cert.certificate)));
        QCOMPARE(m_server->requests().size(), before); // no credentials went out

        const auto probe = onWorker([] { return ApplianceClient(ServerAddress).probeFingerprint(); });
        QVERIFY(probe.ok());
        QCOMPARE(probe.value(), Fingerprint::of(m_cert.certificate));
        QCOMPARE(m_server->requests().size(), before);
    }

    void changedFingerprintStops()
    {
        const int before = m_server->requests().size();
        const QString pin = Fingerprint::of(m_otherCert.certificate);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("certificate of.*changed")));
        const auto r = onWorker([pin] {
            ApplianceClient c(ServerAddress);
            c.setPinnedFingerprint(pin.toLower().remove(QLatin1Char(':'))); // any spelling is accepted
            return c.login(QStringLiteral("admin"), QByteArray("pa|ss\"wö\\rd"));
        });
        QCOMPARE(r.error().kind(), Kind::FingerprintMismatch);
        QCOMPARE(r.error().expectedFingerprint(), pin);
        QCOMPARE(r.error().fingerprint(), Fingerprint::of(m_cert.certificate));
        QVERIFY(r.error().userMessage().contains(pin));
        QVERIFY(r.error().userMessage().contains(QLatin1String("different certificate")));
        QCOMPARE(m_server->requests().size(), before);
    }

    void pinnedLoginAndCallsOverOneConnection()
    {
        const int connectionsBefore = m_server->connections();
        const int before = m_server->requests().size();
        const auto r = onWorker([this] {
            std::unique_ptr<ApplianceClient> c(pinnedClient());
            if (auto l = c->login(QStringLiteral("admin"), QByteArray("pa|ss\"wö\\rd")); !l)
                return ApiResult<SystemInfo>(l.error());
            if (auto m = c->setMaintenance(true); !m)
                return ApiResult<SystemInfo>(m.error());
            return c->system();
        });
        QVERIFY2(r.ok(), qPrintable(r.error().technicalSummary()));
        QCOMPARE(r.value().machineId, QStringLiteral("m-source"));
        QCOMPARE(r.value().fqdn(), QStringLiteral("hotspot1.example.test"));
        QCOMPARE(r.value().database.version, QStringLiteral("10.11.6-MariaDB-0+deb12u1"));
        QVERIFY(r.value().database.binlog);
        QCOMPARE(r.value().disk.freeBytes, 123);
        QVERIFY(r.value().license.maintenanceActive());
        QCOMPARE(m_server->connections(), connectionsBefore + 1); // keep-alive
        const QList<QByteArray> requests = m_server->requests().mid(before);
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.at(1).startsWith("PUT /api/v1/maintenance HTTP/1.1\r\n"));
        QVERIFY(requests.at(1).contains("Content-Length: 16\r\n"));
        QVERIFY(requests.at(1).endsWith("{\"enabled\":true}"));
        QVERIFY(requests.at(2).contains("Authorization: Bearer t1\r\n"));
    }

    void expiredTokenRenewedOnce()
    {
        const auto r = onWorker([this] {
            std::unique_ptr<ApplianceClient> c(pinnedClient());
            if (auto l = c->login(QStringLiteral("admin"), QByteArray("pa|ss\"wö\\rd")); !l)
                return ApiResult<SystemInfo>(l.error());
            m_expireOnce = true;
            return c->system();
        });
        QVERIFY2(r.ok(), qPrintable(r.error().technicalSummary()));
        QCOMPARE(m_logins, 2);
    }

    void apiErrorsAreTyped()
    {
        const auto wrong = onWorker([this] {
            std::unique_ptr<ApplianceClient> c(pinnedClient());
            return c->login(QStringLiteral("admin"), QByteArray("wrong"));
        });
        QCOMPARE(wrong.error().kind(), Kind::Http);
        QCOMPARE(wrong.error().code(), QStringLiteral("auth.invalid_credentials"));
        QVERIFY(wrong.error().userMessage().contains(QLatin1String("user name or password")));

        const auto license = onWorker([this] {
            std::unique_ptr<ApplianceClient> c(pinnedClient());
            c->login(QStringLiteral("admin"), QByteArray("pa|ss\"wö\\rd"));
            return c->importLicense(QJsonObject { { QStringLiteral("document"), QJsonObject() } });
        });
        QCOMPARE(license.error().httpStatus(), 409);
        QCOMPARE(license.error().code(), QStringLiteral("license.target_has_license"));

        const auto notLoggedIn
            = onWorker([this] { return std::unique_ptr<ApplianceClient>(pinnedClient())->system(); });
        QCOMPARE(notLoggedIn.error().code(), QStringLiteral("auth.token_missing"));
    }

    void transportErrorsAreDistinct()
    {
        const auto refused = onWorker([] {
            ApplianceClient c(NothingAddress);
            c.setPinnedFingerprint(QString(64, QLatin1Char('a')));
            return c.health();
        });
        QCOMPARE(refused.error().kind(), Kind::Refused);
        QVERIFY(refused.error().userMessage().contains(NothingAddress));

        const auto ssh = onWorker([] {
            ApplianceClient c(SshAddress);
            c.setTimeouts(2000, 2000);
            return c.probeFingerprint();
        });
        QCOMPARE(ssh.error().kind(), Kind::TlsHandshake);

        QElapsedTimer timer;
        timer.start();
        const auto timeout = onWorker([] {
            ApplianceClient c(BlackHoleAddress);
            c.setTimeouts(1000, 1000);
            return c.probeFingerprint();
        });
        QCOMPARE(timeout.error().kind(), Kind::Timeout);
        QVERIFY(timer.elapsed() < 2500);

        std::atomic<bool> cancel { true };
        const auto cancelled = onWorker([&cancel] {
            ApplianceClient c(BlackHoleAddress);
            c.setCancelFlag(&cancel);
            c.setTimeouts(10000, 10000);
            return c.probeFingerprint();
        });
        QCOMPARE(cancelled.error().kind(), Kind::Cancelled);

        const auto unresolvable = onWorker([] {
            ApplianceClient c(QStringLiteral("no-such-host.invalid"));
            c.setTimeouts(3000, 3000);
            return c.probeFingerprint();
        });
        QCOMPARE(unresolvable.error().kind(), Kind::Unreachable);
    }

    void fingerprintSpellings()
    {
        const QString canonical = Fingerprint::of(m_cert.certificate);
        QCOMPARE(canonical.size(), 95);
        QCOMPARE(canonical, canonical.toUpper());
        QCOMPARE(Fingerprint::normalised(canonical.toLower()), canonical);
        QCOMPARE(
            Fingerprint::normalised(QStringLiteral("SHA256:") + QString(canonical).remove(QLatin1Char(':'))),
            canonical);
        QVERIFY(Fingerprint::normalised(canonical.left(90)).isEmpty());
        QVERIFY(Fingerprint::normalised(QString(canonical).replace(0, 1, QLatin1Char('G'))).isEmpty());
        QVERIFY(Fingerprint::equal(canonical, canonical.toLower()));
        QVERIFY(!Fingerprint::equal(canonical, Fingerprint::of(m_otherCert.certificate)));
        // Not the MD5 default of QSslCertificate::digest().
        QVERIFY(canonical != QString::fromLatin1(m_cert.certificate.digest().toHex(':').toUpper()));
    }
};

QTEST_GUILESS_MAIN(TestApplianceClient)
#include "tst_applianceclient.moc"
