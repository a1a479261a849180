// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>

namespace cutover::test {

namespace {

/** Parses one complete response from the front of @p buf; false when more bytes are needed. */
bool takeResponse(QByteArray &buf, bool closed, TestReply *out)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    TestReply r;
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    r.status = status.size() > 1 ? status.at(1).toInt() : -1;
    qint64 length = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines.at(i).trimmed();
        const qsizetype c = l.indexOf(':');
        if (c <= 0)
            continue;
        const QByteArray name = l.left(c).trimmed().toLower();
        const QByteArray value = l.mid(c + 1).trimmed();
        r.headers.append({ name, value });
        if (name == "content-length")
            length = value.toLongLong();
    }
    const qsizetype bodyStart = end + 4;
    if (length < 0) {
        if (!closed)
            return false;
        length = buf.size() - bodyStart;
    }
    if (buf.size() - bodyStart < length)
        return false;
    r.body = buf.mid(bodyStart, length);
    r.json = QJsonDocument::fromJson(r.body).object();
    buf.remove(0, bodyStart + length);
    *out = r;
    return true;
}

} // namespace

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first == name.toLower())
            return h.second;
    }
    return {};
}

QString TestReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

TestClient::TestClient(const QString &address, quint16 port, bool tls)
    : m_address(address)
    , m_port(port)
    , m_tls(tls)
{ }

TestReply TestClient::request(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    QByteArray req
        = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_address.toLatin1() + "\r\nConnection: close\r\n";
    if (!m_token.isEmpty())
        req += "Authorization: Bearer " + m_token + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "DELETE")
        req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    req += "\r\n" + body;
    const QList<TestReply> replies = raw(req, 1);
    return replies.isEmpty() ? TestReply {} : replies.first();
}

TestReply TestClient::send(const QByteArray &method, const QByteArray &path, const QJsonObject &body)
{
    return request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QList<TestReply> TestClient::raw(const QByteArray &bytes, int count)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QTcpSocket> socket;
    QSslSocket *ssl = nullptr;
    if (m_tls) {
        ssl = new QSslSocket;
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.reset(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    if (!m_bind.isNull())
        socket->bind(m_bind, 0);
    const QDeadlineTimer deadline(m_timeoutMs);
    if (ssl) {
        ssl->connectToHostEncrypted(m_address, m_port);
        if (!ssl->waitForEncrypted(m_timeoutMs))
            return {};
    } else {
        socket->connectToHost(m_address, m_port);
        if (!socket->waitForConnected(m_timeoutMs))
            return {};
    }
    QString fingerprint;
    if (ssl)
        fingerprint = QString::fromLatin1(
            ssl->peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    // Write in chunks and keep reading: the server may answer (413) before it has read everything.
    QByteArray buf;
    QList<TestReply> out;
    qsizetype written = 0;
    bool closed = false;
    while (!deadline.hasExpired()) {
        if (written < bytes.size() && socket->bytesToWrite() < 256 * 1024) {
            const qsizetype n = qMin<qsizetype>(64 * 1024, bytes.size() - written);
            socket->write(bytes.constData() + written, n);
            written += n;
        }
        socket->waitForBytesWritten(50);
        if (socket->bytesAvailable() > 0 || socket->waitForReadyRead(written < bytes.size() ? 10 : 200))
            buf += socket->readAll();
        closed = socket->state() != QAbstractSocket::ConnectedState;
        if (closed)
            buf += socket->readAll();
        TestReply r;
        while (out.size() < count && takeResponse(buf, closed, &r)) {
            r.peerSha256 = fingerprint;
            r.elapsedMs = timer.elapsed();
            out.append(r);
        }
        if (out.size() >= count || closed)
            break;
    }
    socket->abort();
    return out;
}

} // namespace cutover::test
