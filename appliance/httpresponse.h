// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <functional>

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

    /** @brief Status line, headers and body as bytes on the wire. */
    QByteArray serialize(bool keepAlive, bool tls) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace cutover
