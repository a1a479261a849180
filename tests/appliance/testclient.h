// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace cutover::test {

/** @brief One HTTP answer as the test client saw it. */
struct TestReply
{
    int status = 0; ///< 0 when no answer arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json;
    QString peerSha256; ///< SHA-256 of the server certificate, "AB:CD:…"
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
};

/**
 * @brief Minimal blocking HTTP/1.1 client for the tests, over TLS (certificate pinned by the test,
 * not verified against a CA) or plain TCP. Every wait is bounded.
 */
class TestClient
{
public:
    TestClient(const QString &address, quint16 port, bool tls);

    void setToken(const QByteArray &token) { m_token = token; }
    /** @brief Local address to connect from (the server throttles logins per client address). */
    void setBindAddress(const QHostAddress &address) { m_bind = address; }
    /** @brief Bound for one whole request (default 15 s); answers that stop and start MariaDB take longer. */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    TestReply request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});
    TestReply get(const QByteArray &path) { return request("GET", path); }
    TestReply send(const QByteArray &method, const QByteArray &path, const QJsonObject &body);
    /** @brief Sends @p bytes on one new connection and reads up to @p count answers. */
    QList<TestReply> raw(const QByteArray &bytes, int count = 1);

private:
    QString m_address;
    quint16 m_port;
    bool m_tls;
    QByteArray m_token;
    QHostAddress m_bind;
    int m_timeoutMs = 15000;
};

} // namespace cutover::test
