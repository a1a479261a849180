// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the HTTP layer: parser, response writer, router, strict JSON bodies. No network.
#include "apierror.h"
#include "httprequestparser.h"
#include "httpresponse.h"
#include "jsonbody.h"
#include "router.h"

#include <QJsonDocument>
#include <QTest>

using namespace cutover;

class TstApplianceHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseValid();
    void parseErrors_data();
    void parseErrors();
    void parseIncremental();
    void parsePipelined();
    void parseLimits();
    void responseHeaders();
    void routerAuthBeforeNotFound();
    void jsonBodyStrict();
};

void TstApplianceHttp::parseValid()
{
    const auto p
        = HttpRequestParser::parse("POST /api/v1/session?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n"
                                   "X-Thing:  spaced  \r\n\r\nabcd");
    QCOMPARE(p.state(), HttpRequestParser::State::Complete);
    HttpRequestParser copy = p;
    const HttpRequest r = copy.takeRequest();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/api/v1/session"));
    QCOMPARE(r.query, QByteArray("x=1"));
    QCOMPARE(r.header("x-thing"), QByteArray("spaced"));
    QCOMPARE(r.body, QByteArray("abcd"));
    QVERIFY(r.wantsKeepAlive());
}

void TstApplianceHttp::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("http2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 501;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n")
                                << 400;
    QTest::newRow("plus length") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n")
                                 << 400;
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                 << 400;
    QTest::newRow("folding") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("space in name") << QByteArray("GET / HTTP/1.1\r\nHo st: a\r\n\r\n") << 400;
    QTest::newRow("ctl in target") << QByteArray("GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("too large body") << QByteArray(
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n")
                                    << 413;
}

void TstApplianceHttp::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    const auto p = HttpRequestParser::parse(input);
    QCOMPARE(p.state(), HttpRequestParser::State::Error);
    QCOMPARE(p.errorStatus(), status);
}

void TstApplianceHttp::parseIncremental()
{
    const QByteArray input = "PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n{}\n";
    HttpRequestParser p;
    for (int i = 0; i < input.size() - 1; ++i)
        QCOMPARE(p.feed(input.mid(i, 1)), HttpRequestParser::State::NeedMore);
    QCOMPARE(p.feed(input.right(1)), HttpRequestParser::State::Complete);
    QCOMPARE(p.takeRequest().body, QByteArray("{}\n"));
    QVERIFY(p.isIdle());
}

void TstApplianceHttp::parsePipelined()
{
    HttpRequestParser p;
    QCOMPARE(p.feed("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.0\r\n\r\n"),
        HttpRequestParser::State::Complete);
    QCOMPARE(p.takeRequest().path, QByteArray("/a"));
    QCOMPARE(p.resume(), HttpRequestParser::State::Complete);
    const HttpRequest b = p.takeRequest();
    QCOMPARE(b.path, QByteArray("/b"));
    QVERIFY(!b.wantsKeepAlive());
    QCOMPARE(p.resume(), HttpRequestParser::State::NeedMore);
}

void TstApplianceHttp::parseLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 64;
    limits.maxBodyBytes = 10;
    HttpRequestParser p(limits);
    QCOMPARE(p.feed(QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: ") + QByteArray(100, 'a')),
        HttpRequestParser::State::Error);
    QCOMPARE(p.errorStatus(), 431);
    const auto big
        = HttpRequestParser::parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", limits);
    QCOMPARE(big.errorStatus(), 413);
    QCOMPARE(big.declaredBodyLength(), 11);
}

void TstApplianceHttp::responseHeaders()
{
    const QByteArray wire
        = HttpResponse(200, QJsonObject { { QStringLiteral("a"), 1 } }).serialize(true, true);
    QVERIFY(wire.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(wire.contains("Strict-Transport-Security: max-age="));
    QVERIFY(wire.contains("X-Content-Type-Options: nosniff\r\n"));
    QVERIFY(wire.contains("Cache-Control: no-store\r\n"));
    QVERIFY(wire.contains("Content-Length: 7\r\n"));
    QVERIFY(wire.endsWith("\r\n\r\n{\"a\":1}"));
    QVERIFY(
        !HttpResponse::redirect("https://x/").serialize(false, false).contains("Strict-Transport-Security"));
}

void TstApplianceHttp::routerAuthBeforeNotFound()
{
    Router router;
    router.setAuthenticator([](const HttpRequest &r, QString *user) -> std::optional<HttpResponse> {
        if (r.header("authorization") == "Bearer good") {
            *user = QStringLiteral("admin");
            return std::nullopt;
        }
        return ApiError::response(ApiError::Code::TokenMissing);
    });
    router.add(
        "GET", "/open", [](const HttpRequest &, const QString &) { return HttpResponse(200, {}); }, true);
    router.add("GET", "/closed", [](const HttpRequest &, const QString &u) {
        return HttpResponse(200, QJsonObject { { QStringLiteral("user"), u } });
    });
    HttpRequest r;
    r.method = "GET";
    r.path = "/open";
    QCOMPARE(router.route(r).status, 200);
    r.path = "/closed";
    QCOMPARE(router.route(r).status, 401);
    r.path = "/nowhere";
    QCOMPARE(router.route(r).status, 401);
    r.headers.append(qMakePair(QByteArray("authorization"), QByteArray("Bearer good")));
    QCOMPARE(router.route(r).status, 404);
    r.path = "/closed";
    QCOMPARE(router.route(r).body, QByteArray("{\"user\":\"admin\"}"));
    r.method = "DELETE";
    const HttpResponse notAllowed = router.route(r);
    QCOMPARE(notAllowed.status, 405);
}

void TstApplianceHttp::jsonBodyStrict()
{
    {
        JsonBody b("{\"user\": \"a\", \"extra\": 1}", { QStringLiteral("user") });
        QVERIFY(!b.ok());
        const QJsonObject e
            = QJsonDocument::fromJson(b.error().body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("request.unknown_field"));
        QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("extra"));
    }
    {
        JsonBody b("{\"user\": ", { QStringLiteral("user") });
        QCOMPARE(b.error().status, 400);
        QVERIFY(b.error().body.contains("request.malformed_json"));
    }
    {
        JsonBody b("[1]", {});
        QVERIFY(b.error().body.contains("request.malformed_json"));
    }
    {
        JsonBody b("{\"n\": 1.5}", { QStringLiteral("n") });
        b.integer(QStringLiteral("n"), 0, 10);
        QVERIFY(b.error().body.contains("request.invalid_value"));
    }
    {
        JsonBody b("", {}, true);
        QVERIFY(b.ok());
    }
}

QTEST_GUILESS_MAIN(TstApplianceHttp)
#include "tst_appliance_http.moc"
