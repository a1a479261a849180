// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small real listeners for the preflight tests: each speaks just enough of one protocol.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace cutover::test {

inline QByteArray sshBanner()
{
    return QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
}

/** A MariaDB protocol-10 greeting packet as mariadbd sends it. */
inline QByteArray mysqlGreeting(
    const QByteArray &version = QByteArrayLiteral("5.5.5-10.11.6-MariaDB-0+deb12u1"))
{
    QByteArray p;
    p.append(char(10));
    p.append(version).append('\0');
    p.append("\x2a\x00\x00\x00", 4); // connection id
    p.append("abcdefgh").append('\0'); // scramble part 1 + filler
    p.append("\xfe\xf7", 2); // capabilities
    p.append(char(0x2d)); // collation
    p.append("\x02\x00", 2); // status
    p.append("\xff\x81", 2); // capabilities (upper)
    p.append(char(21));
    p.append(QByteArray(10, '\0'));
    p.append("ijklmnopqrst").append('\0');
    p.append("mysql_native_password").append('\0');
    QByteArray packet;
    packet.append(char(p.size() & 0xff))
        .append(char((p.size() >> 8) & 0xff))
        .append(char((p.size() >> 16) & 0xff));
    packet.append(char(0));
    return packet + p;
}

inline QByteArray httpHealthAnswer()
{
    const QByteArray body = R"({"status": "ok", "machineId": "test-machine"})";
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

/** A TCP server that sends @p greeting on connect (server-first) or answers HTTP when asked. */
class ScriptedServer : public QTcpServer
{
public:
    enum Mode { Greet, HttpAnswer, Silent };
    ScriptedServer(Mode mode, QByteArray payload)
        : m_mode(mode)
        , m_payload(std::move(payload))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                if (m_mode == Greet)
                    s->write(m_payload);
                else if (m_mode == HttpAnswer)
                    connect(s, &QTcpSocket::readyRead, s, [this, s] {
                        m_received += s->readAll();
                        if (m_received.contains("\r\n\r\n")) {
                            s->write(m_payload);
                            s->disconnectFromHost();
                        }
                    });
            }
        });
    }
    QByteArray received() const { return m_received; }

private:
    Mode m_mode;
    QByteArray m_payload;
    QByteArray m_received;
};

/** A self-signed certificate and key made with `openssl req` into a temporary directory. */
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static TestCertificate create(const QString &commonName = QStringLiteral("cutover-test"))
    {
        TestCertificate tc;
        QTemporaryDir dir;
        if (!dir.isValid())
            return tc;
        QProcess p;
        p.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return tc;
        QFile c(dir.filePath(QStringLiteral("cert.pem")));
        QFile k(dir.filePath(QStringLiteral("key.pem")));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return tc;
        tc.certificate = QSslCertificate(c.readAll(), QSsl::Pem);
        tc.key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
        return tc;
    }
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
};

/**
 * A TLS server answering HTTP requests with @p responder (request head+body → raw answer). Keeps
 * connections open (keep-alive) unless the answer says `Connection: close`.
 */
class TlsHttpServer : public QSslServer
{
public:
    using Responder = std::function<QByteArray(
        const QByteArray &method, const QByteArray &path, const QByteArray &headers, const QByteArray &body)>;
    TlsHttpServer(const TestCertificate &cert, Responder responder)
        : m_responder(std::move(responder))
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert.certificate);
        conf.setPrivateKey(cert.key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(conf);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *s = qobject_cast<QSslSocket *>(nextPendingConnection())) {
                ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QSslSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end);
                        qsizetype length = 0;
                        for (const QByteArray &line : head.split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
                        m_requests.append(head + "\r\n\r\n" + body);
                        const QByteArray answer
                            = m_responder(requestLine.value(0), requestLine.value(1), head, body);
                        s->write(answer);
                        if (answer.contains("Connection: close"))
                            s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QList<QByteArray> requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    Responder m_responder;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

/**
 * A listening socket that never accepts, with its backlog filled: further connection attempts get
 * no SYN-ACK and time out, as behind a firewall that drops packets.
 */
class BlackHole
{
public:
    BlackHole(const QString &address, quint16 port)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        ::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0
            || ::listen(m_listener, 0) != 0) {
            ::close(m_listener);
            m_listener = -1;
            return;
        }
        for (int i = 0; i < 4; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
            m_fillers.push_back(fd);
        }
        // The first filler's handshake completing means the kernel has queued it (bounded wait).
        pollfd p { m_fillers.front(), POLLOUT, 0 };
        ::poll(&p, 1, 1000);
    }
    ~BlackHole()
    {
        for (int fd : m_fillers)
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool isValid() const { return m_listener >= 0; }

private:
    int m_listener = -1;
    std::vector<int> m_fillers;
};

} // namespace cutover::test
