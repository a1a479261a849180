// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>

class QTcpServer;
class QSslServer;

namespace cutover {

/**
 * @brief A listener (HTTPS via QSslServer, or plain TCP) that hands every accepted connection to
 * an HttpConnection with the same limits and handler.
 */
class HttpServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        HttpConnection::Limits limits;
        int handshakeTimeoutMs = 10000;
        int maxConnections = 64;
    };

    /** @brief TLS when @p ssl is not null. */
    HttpServer(const Options &options, HttpConnection::Handler handler, const QSslConfiguration *ssl,
        QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    void close();
    /** @brief Certificate for connections accepted from now on. */
    void setSslConfiguration(const QSslConfiguration &ssl);

private:
    void accept();

    Options m_options;
    HttpConnection::Handler m_handler;
    QTcpServer *m_server = nullptr;
    QSslServer *m_sslServer = nullptr;
    int m_connections = 0;
};

} // namespace cutover
