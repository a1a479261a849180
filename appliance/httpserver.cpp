// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace cutover {

HttpServer::HttpServer(
    const Options &options, HttpConnection::Handler handler, const QSslConfiguration *ssl, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_handler(std::move(handler))
{
    if (ssl) {
        m_sslServer = new QSslServer(this);
        m_sslServer->setSslConfiguration(*ssl);
        m_sslServer->setHandshakeTimeout(options.handshakeTimeoutMs);
        connect(
            m_sslServer, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError e) {
                qCDebug(lcHttp) << "TLS connection error" << e;
            });
        connect(m_sslServer, &QSslServer::handshakeInterruptedOnError, this,
            [](QSslSocket *, const QSslError &e) {
                qCDebug(lcHttp) << "TLS handshake failed:" << e.errorString();
            });
        m_server = m_sslServer;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(m_options.maxConnections);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::setSslConfiguration(const QSslConfiguration &ssl)
{
    if (m_sslServer)
        m_sslServer->setSslConfiguration(ssl);
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_options.maxConnections) {
            qCWarning(lcHttp) << "too many connections, dropping one from"
                              << socket->peerAddress().toString();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *c = new HttpConnection(socket, m_sslServer != nullptr, m_options.limits, m_handler, this);
        connect(c, &HttpConnection::finished, this, [this] { --m_connections; });
    }
}

} // namespace cutover
