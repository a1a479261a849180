// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace cutover {

/**
 * @brief One client connection: reads requests with HttpRequestParser, answers them in order,
 * keeps the connection alive and enforces the request and idle timeouts.
 */
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    struct Limits
    {
        HttpRequestParser::Limits parser;
        int requestTimeoutMs = 10000; ///< a started request must be complete within this
        int idleTimeoutMs = 30000; ///< a kept-alive connection without a request is closed
        int maxRequestsPerConnection = 1000;
    };

    /** @brief Takes ownership of @p socket (already encrypted for TLS). */
    HttpConnection(
        QTcpSocket *socket, bool tls, const Limits &limits, Handler handler, QObject *parent = nullptr);

Q_SIGNALS:
    void finished();

private:
    void process();
    void handle(HttpRequest request);
    void send(const HttpResponse &response, bool keepAlive);
    void fail(const HttpResponse &response, qint64 drainBytes);
    void close();

    QPointer<QTcpSocket> m_socket;
    bool m_tls;
    Limits m_limits;
    Handler m_handler;
    HttpRequestParser m_parser;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_streaming = false; ///< the socket belongs to a body streamer now
    qint64 m_drainRemaining = 0;
    int m_requests = 0;
};

} // namespace cutover
