// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "apierror.h"

#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcHttp, "cutover.appliance.http")

namespace cutover {

namespace {
constexpr int kDrainTimeoutMs = 5000;
constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024;
constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kCloseGraceMs = 2000;
} // namespace

HttpConnection::HttpConnection(
    QTcpSocket *socket, bool tls, const Limits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_tls(tls)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_parser(limits.parser)
{
    socket->setParent(this);
    m_requestTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (!m_closing)
            fail(ApiError::response(ApiError::Code::RequestTimeout), 0);
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::close);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_requestTimer.stop();
        m_idleTimer.stop();
        Q_EMIT finished();
        deleteLater();
    });
    m_idleTimer.start(m_limits.idleTimeoutMs);
    qCDebug(lcHttp) << "new connection, idle timeout" << m_limits.idleTimeoutMs;
    process();
}

void HttpConnection::process()
{
    if (!m_socket || m_streaming)
        return;
    if (m_closing) {
        // Draining after 413: read and drop what the client still sends so it sees our answer
        // instead of a connection reset.
        while (m_socket->bytesAvailable() > 0 && m_drainRemaining > 0)
            m_drainRemaining -= m_socket->read(kReadChunk).size();
        m_socket->readAll();
        if (m_drainRemaining <= 0)
            close();
        return;
    }
    while (!m_busy && !m_closing && !m_streaming && m_socket) {
        HttpRequestParser::State st = m_parser.state();
        if (st == HttpRequestParser::State::NeedMore) {
            if (m_socket->bytesAvailable() > 0) {
                m_idleTimer.stop();
                st = m_parser.feed(m_socket->read(kReadChunk));
            } else {
                st = m_parser.resume();
                if (st == HttpRequestParser::State::NeedMore) {
                    if (!m_parser.isIdle() && !m_requestTimer.isActive())
                        m_requestTimer.start(m_limits.requestTimeoutMs);
                    return;
                }
            }
        }
        if (st == HttpRequestParser::State::NeedMore)
            continue;
        m_requestTimer.stop();
        if (st == HttpRequestParser::State::Error) {
            qCDebug(lcHttp) << "refusing request:" << m_parser.errorReason();
            const qint64 drain = m_parser.errorStatus() == 413 ? m_parser.declaredBodyLength() : 0;
            fail(ApiError::forHttpStatus(m_parser.errorStatus()), drain);
            return;
        }
        handle(m_parser.takeRequest());
    }
}

void HttpConnection::handle(HttpRequest request)
{
    ++m_requests;
    request.peerAddress = m_socket->peerAddress();
    request.localAddress = m_socket->localAddress();
    const bool keepAlive = request.wantsKeepAlive() && m_requests < m_limits.maxRequestsPerConnection;
    HttpResponse response = m_handler(request);
    if (response.deferred) {
        // The handler answers later (e.g. after stopping and starting MariaDB); keep the order of
        // answers by reading no further request meanwhile. Always sent from the event loop, never
        // from inside the handler, so process() is not re-entered.
        m_busy = true;
        QPointer<HttpConnection> self(this);
        response.deferred([self, keepAlive](const HttpResponse &later) {
            QMetaObject::invokeMethod(
                self,
                [self, later, keepAlive] {
                    if (!self)
                        return;
                    self->m_busy = false;
                    self->send(later, keepAlive);
                    self->process();
                },
                Qt::QueuedConnection);
        });
        return;
    }
    if (response.delayMs > 0) {
        m_busy = true;
        QTimer::singleShot(response.delayMs, this, [this, response, keepAlive] {
            m_busy = false;
            send(response, keepAlive);
            process();
        });
        return;
    }
    send(response, keepAlive);
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (!m_socket)
        return;
    if (response.streamBody) {
        // The streamer owns the connection from here: no more requests, no idle timeout.
        m_streaming = true;
        m_requestTimer.stop();
        m_idleTimer.stop();
        disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
        response.streamBody(m_socket);
        return;
    }
    m_socket->write(response.serialize(keepAlive, m_tls));
    if (response.afterSent) {
        // Run the follow-up (e.g. the reboot command) only once the answer left our buffers.
        auto done = std::make_shared<bool>(false);
        auto check = [this, done, fn = response.afterSent] {
            auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
            const qint64 pending
                = m_socket ? m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0) : 0;
            if (*done || pending > 0)
                return;
            *done = true;
            fn();
        };
        connect(m_socket, &QTcpSocket::bytesWritten, this, check);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, check);
        connect(m_socket, &QTcpSocket::disconnected, this, check);
        m_socket->flush();
        check();
    }
    if (!keepAlive) {
        m_closing = true;
        m_drainRemaining = 0;
        m_socket->disconnectFromHost();
        return;
    }
    if (m_parser.isIdle())
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::fail(const HttpResponse &response, qint64 drainBytes)
{
    if (!m_socket)
        return;
    m_socket->write(response.serialize(false, m_tls));
    m_socket->flush();
    m_closing = true;
    m_drainRemaining = qMin(drainBytes, kMaxDrainBytes);
    if (m_drainRemaining <= 0) {
        m_socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(kDrainTimeoutMs, this, &HttpConnection::close);
    process();
}

void HttpConnection::close()
{
    qCDebug(lcHttp) << "closing connection"
                    << (m_socket ? m_socket->state() : QAbstractSocket::UnconnectedState);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->disconnectFromHost();
        // A TLS peer that never answers our close_notify must not keep the connection alive.
        QTimer::singleShot(kCloseGraceMs, this, [this] {
            if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
                m_socket->abort();
        });
    }
}

} // namespace cutover
