// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <functional>

class QTcpSocket;

namespace cutover {

/** @brief An HTTP response and its serialisation, including the security headers every answer carries. */
class HttpResponse
{
public:
    HttpResponse() = default;
    HttpResponse(int status, const QJsonObject &json);

    static HttpResponse json(int status, const QJsonObject &body) { return HttpResponse(status, body); }
    /** @brief A 301 to @p location with an empty body. */
    static HttpResponse redirect(const QByteArray &location);

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    /** @brief Milliseconds to hold the answer back (slows down password guessing). */
    int delayMs = 0;
    /** @brief Runs once the answer has been handed to the socket (e.g. reboot after 202). */
    std::function<void()> afterSent;

    /**
     * @brief Non-null: the body is streamed. Nothing is sent by the connection; it stops reading
     * requests and hands over its socket, and the function writes the head and a chunked body
     * itself and closes the connection (see BackupStreamer).
     */
    std::function<void(QTcpSocket *socket)> streamBody;
    /** @brief Non-null: the answer comes later; the connection calls this with a function to send it. */
    std::function<void(std::function<void(const HttpResponse &)> respond)> deferred;
    /** @brief The head says `Transfer-Encoding: chunked` instead of a Content-Length. */
    bool chunked = false;

    /** @brief Status line, headers and body as bytes on the wire. */
    QByteArray serialize(bool keepAlive, bool tls) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace cutover
