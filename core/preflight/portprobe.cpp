// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/portprobe.h"

#include "api/tcpconnector.h"
#include "trust/fingerprint.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <cerrno>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

Q_LOGGING_CATEGORY(lcProbe, "cutover.core.preflight.ports")

namespace cutover {

namespace {

constexpr int SliceMs = 50;

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

QString printable(const QByteArray &bytes, int max = 80)
{
    QString out;
    for (const char c : bytes.left(max)) {
        if (c == '\r' || c == '\n')
            break;
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar::fromLatin1(c) : QChar(u'·');
    }
    return out.trimmed();
}

QByteArray firstLine(const QByteArray &bytes)
{
    const qsizetype nl = bytes.indexOf('\n');
    return (nl < 0 ? bytes : bytes.left(nl)).trimmed();
}

/** Reads from a non-blocking @p fd until identify() decides, the peer closes or time runs out. */
PortProbe::Identification readAndIdentify(int fd, QByteArray &buffer, const QElapsedTimer &timer,
    qint64 untilMs, const std::atomic<bool> *cancel, bool *closed)
{
    *closed = false;
    PortProbe::Identification id = PortProbe::identify(buffer);
    while (!id.complete) {
        if (isCancelled(cancel))
            break;
        const qint64 left = untilMs - timer.elapsed();
        if (left <= 0)
            break;
        pollfd p { fd, POLLIN, 0 };
        const int rc = ::poll(&p, 1, static_cast<int>(std::min<qint64>(left, SliceMs)));
        if (rc < 0 && errno != EINTR)
            break;
        if (rc <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0) {
            *closed = true;
            id = PortProbe::identify(buffer);
            break;
        }
        buffer.append(chunk, n);
        if (buffer.size() > 64 * 1024)
            break;
        id = PortProbe::identify(buffer);
    }
    return id;
}

bool sendAll(int fd, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                pollfd p { fd, POLLOUT, 0 };
                ::poll(&p, 1, SliceMs);
                continue;
            }
            return false;
        }
        sent += n;
    }
    return true;
}

QByteArray httpRequest(const QString &host)
{
    return "GET /health HTTP/1.1\r\nHost: " + host.toUtf8()
        + "\r\nUser-Agent: cutover-preflight\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

/**
 * Finds out what answers on an already connected @p fd: waits for a greeting (SSH, MariaDB speak
 * first) for part of the time, then asks in HTTP and reads the rest.
 */
PortProbe::Identification talk(int fd, const QString &host, bool serverSpeaksFirst,
    const QElapsedTimer &timer, qint64 deadlineMs, const std::atomic<bool> *cancel, bool *silent)
{
    QByteArray buffer;
    bool closed = false;
    PortProbe::Identification id;
    if (serverSpeaksFirst) {
        // A greeting comes at once; leave a third of the time to ask in HTTP if none comes.
        const qint64 greetUntil = timer.elapsed() + (deadlineMs - timer.elapsed()) * 2 / 3;
        id = readAndIdentify(fd, buffer, timer, greetUntil, cancel, &closed);
        if (!buffer.isEmpty() || closed) {
            if (!id.complete)
                id = readAndIdentify(fd, buffer, timer, deadlineMs, cancel, &closed);
            *silent = buffer.isEmpty();
            return id;
        }
    }
    if (sendAll(fd, httpRequest(host)))
        id = readAndIdentify(fd, buffer, timer, deadlineMs, cancel, &closed);
    *silent = buffer.isEmpty();
    return id;
}

QString describe(const PortProbe::Identification &id, bool silent)
{
    if (silent)
        return PortProbe::tr("A service accepted the connection there but sent nothing.");
    switch (id.service) {
    case PortProbe::Service::Ssh:
        //: %1: SSH banner
        return PortProbe::tr("An SSH server answered instead (%1).").arg(id.info);
    case PortProbe::Service::MySql:
        //: %1: server version
        return PortProbe::tr("A MariaDB/MySQL server answered instead (%1).").arg(id.info);
    case PortProbe::Service::Http:
        //: %1: HTTP status line
        return PortProbe::tr("A web server without TLS answered instead (%1).").arg(id.info);
    case PortProbe::Service::Tls:
        return PortProbe::tr("A TLS service answered instead.");
    case PortProbe::Service::Unknown:
        break;
    }
    if (id.info.isEmpty())
        return PortProbe::tr("An unknown service answered instead.");
    //: %1: the first bytes the service sent
    return PortProbe::tr("An unknown service answered instead and sent \"%1\".").arg(id.info);
}

PortProbe::Outcome mapConnect(TcpConnector::Outcome o)
{
    switch (o) {
    case TcpConnector::Outcome::Refused:
        return PortProbe::Outcome::Refused;
    case TcpConnector::Outcome::Timeout:
        return PortProbe::Outcome::TimedOut;
    case TcpConnector::Outcome::Cancelled:
        return PortProbe::Outcome::Cancelled;
    default:
        return PortProbe::Outcome::Unreachable;
    }
}

} // namespace

PortProbe::Service PortProbe::serviceForPort(quint16 port)
{
    switch (port) {
    case 80:
        return Service::Http;
    case 443:
        return Service::Tls;
    case 3306:
        return Service::MySql;
    case 22:
        return Service::Ssh;
    default:
        return Service::Unknown;
    }
}

QString PortProbe::serviceName(Service service)
{
    switch (service) {
    case Service::Http:
        return QStringLiteral("http");
    case Service::Tls:
        return QStringLiteral("tls");
    case Service::MySql:
        return QStringLiteral("mysql");
    case Service::Ssh:
        return QStringLiteral("ssh");
    case Service::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString PortProbe::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Open:
        return QStringLiteral("open");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::TimedOut:
        return QStringLiteral("timedOut");
    case Outcome::OtherService:
        return QStringLiteral("otherService");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

PortProbe::Identification PortProbe::identify(const QByteArray &bytes)
{
    Identification id;
    if (bytes.isEmpty())
        return id;
    const auto startsLike = [&bytes](QByteArrayView prefix) {
        const qsizetype n = std::min(bytes.size(), prefix.size());
        return QByteArrayView(bytes).first(n) == prefix.first(n);
    };
    const bool lineDone = bytes.contains('\n') || bytes.size() >= 255;

    if (startsLike("SSH-")) {
        id.service = Service::Ssh;
        id.info = QString::fromLatin1(firstLine(bytes).left(255));
        id.complete = bytes.size() >= 4 && lineDone;
        return id;
    }
    if (startsLike("HTTP/")) {
        id.service = Service::Http;
        id.info = QString::fromLatin1(firstLine(bytes).left(255));
        id.complete = bytes.size() >= 5 && lineDone;
        return id;
    }
    const auto u = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    if (bytes.size() >= 2 && (u(0) == 0x15 || u(0) == 0x16) && u(1) == 0x03) {
        id.service = Service::Tls;
        id.complete = true;
        return id;
    }
    // MariaDB/MySQL: a packet (3-byte length, sequence 0) holding protocol 10 or an error (0xFF).
    if (bytes.size() >= 4 && u(3) == 0) {
        const qsizetype length = u(0) | (u(1) << 8) | (u(2) << 16);
        if (length > 0 && length < 65536) {
            if (bytes.size() >= 5 && u(4) == 10) {
                const qsizetype nul = bytes.indexOf('\0', 5);
                if (nul >= 0 && nul < 4 + length) {
                    QString version = QString::fromLatin1(bytes.mid(5, nul - 5));
                    // MariaDB puts "5.5.5-" before its real version for old replication clients.
                    if (version.startsWith(QLatin1String("5.5.5-")))
                        version = version.mid(6);
                    id.service = Service::MySql;
                    id.info = version;
                    id.complete = true;
                    return id;
                }
                if (bytes.size() < 4 + length && bytes.size() < 5 + 64) {
                    id.service = Service::MySql;
                    return id; // the version string is still arriving
                }
            } else if (bytes.size() >= 5 && u(4) == 0xff) {
                id.service = Service::MySql;
                id.mysqlError = true;
                if (bytes.size() < 4 + length)
                    return id;
                QByteArray message = bytes.mid(7, length - 3);
                if (message.startsWith('#'))
                    message = message.mid(6);
                id.info = printable(message, 200);
                id.complete = true;
                return id;
            } else if (bytes.size() == 4) {
                return id; // header only so far
            }
        }
    }
    if (bytes.size() < 4 && (u(0) < 0x20 || bytes.size() < 2))
        return id; // too little to tell yet
    id.service = Service::Unknown;
    id.info = printable(bytes);
    id.complete = lineDone || bytes.size() >= 64;
    return id;
}

PortProbe::Result PortProbe::probe(const Target &target, int timeoutMs, const std::atomic<bool> *cancel)
{
    QElapsedTimer timer;
    timer.start();
    Result r;
    r.target = target;
    const auto finish = [&r, &timer]() {
        r.elapsedMs = timer.elapsed();
        qCDebug(lcProbe) << r.target.host << r.target.port << outcomeName(r.outcome) << r.serverInfo
                         << r.detail << r.elapsedMs << "ms";
        return r;
    };

    TcpConnector::Result c = TcpConnector::connect(target.host, target.port, timeoutMs, cancel);
    if (c.outcome != TcpConnector::Outcome::Connected) {
        r.outcome = mapConnect(c.outcome);
        r.detail = c.detail;
        return finish();
    }
    const QString address = c.address.toString();

    if (target.expected == Service::Tls) {
        QSslSocket socket;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // only whether TLS answers; trust is checked later
        socket.setSslConfiguration(conf);
        socket.setPeerVerifyName(target.host);
        if (!socket.setSocketDescriptor(c.descriptor)) {
            ::close(static_cast<int>(c.descriptor));
            r.outcome = Outcome::Unreachable;
            r.detail = socket.errorString();
            return finish();
        }
        socket.startClientEncryption();
        // Two thirds of the time for the handshake; the rest to find out what else is there.
        const qint64 handshakeUntil = timer.elapsed() + (timeoutMs - timer.elapsed()) * 2 / 3;
        while (!socket.isEncrypted() && socket.state() == QAbstractSocket::ConnectedState
            && !isCancelled(cancel) && timer.elapsed() < handshakeUntil) {
            socket.waitForEncrypted(
                static_cast<int>(std::min<qint64>(SliceMs, handshakeUntil - timer.elapsed())));
        }
        if (socket.isEncrypted()) {
            r.outcome = Outcome::Open;
            r.answered = Service::Tls;
            r.serverInfo = Fingerprint::of(socket.peerCertificate());
            socket.abort();
            return finish();
        }
        r.detail = socket.errorString();
        const bool handshakeTimedOut = socket.state() == QAbstractSocket::ConnectedState;
        socket.abort();
        if (isCancelled(cancel)) {
            r.outcome = Outcome::Cancelled;
            return finish();
        }
        r.outcome = Outcome::OtherService;
        // The handshake failed or stalled: a second connection finds out what is there instead.
        c = TcpConnector::connect(
            address, target.port, std::max<qint64>(1, timeoutMs - timer.elapsed()), cancel);
        if (c.outcome != TcpConnector::Outcome::Connected) {
            r.answeredDescription = handshakeTimedOut
                ? tr("A service accepted the connection there but did not complete a TLS handshake.")
                : tr("The service there does not speak TLS.");
            return finish();
        }
    }

    const int fd = static_cast<int>(c.descriptor);
    bool silent = true;
    const bool serverFirst = target.expected == Service::MySql || target.expected == Service::Ssh
        || target.expected == Service::Tls;
    const Identification id = talk(fd, target.host, serverFirst, timer, timeoutMs, cancel, &silent);
    ::close(fd);
    r.answered = id.service;
    if (isCancelled(cancel) && !id.complete) {
        r.outcome = Outcome::Cancelled;
        return finish();
    }
    if (id.service == target.expected && target.expected != Service::Tls
        && (id.complete || !id.info.isEmpty())) {
        r.outcome = Outcome::Open;
        r.serverInfo = id.info;
        if (id.mysqlError)
            r.detail = QStringLiteral("server refused this client: %1").arg(id.info);
        return finish();
    }
    r.outcome = Outcome::OtherService;
    if (r.target.expected == Service::Tls && id.service == Service::Tls)
        //: %1: the TLS error
        r.answeredDescription = tr("A TLS service answered, but its handshake failed (%1).").arg(r.detail);
    else
        r.answeredDescription = describe(id, silent);
    r.serverInfo = id.info;
    return finish();
}

QList<PortProbe::Result> PortProbe::probeAll(
    const QList<Target> &targets, int timeoutMs, const std::atomic<bool> *cancel)
{
    // Each probe gets its own thread (with its own event dispatcher, which QSslSocket wants) and
    // ends by its own time limit; the stop flag is the backstop should one overrun.
    auto results = std::make_shared<std::vector<Result>>(targets.size());
    auto stop = std::make_shared<std::atomic<bool>>(false);
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target t = targets.at(i);
        (*results)[i].target = t;
        threads.emplace_back(QThread::create(
            [results, stop, i, t, timeoutMs] { (*results)[i] = probe(t, timeoutMs, stop.get()); }));
        threads.back()->start();
    }
    QDeadlineTimer deadline(timeoutMs + 1000);
    for (auto &thread : threads) {
        while (!thread->wait(QDeadlineTimer(SliceMs))) {
            if (isCancelled(cancel) || deadline.hasExpired())
                stop->store(true);
        }
    }
    return QList<Result>(results->begin(), results->end());
}

QList<PortProbe::Target> PortProbe::migrationTargets(
    const QString &role, const QString &host, bool copyTrafficLogs)
{
    QList<Target> list { { role, host, 80, Service::Http }, { role, host, 443, Service::Tls },
        { role, host, 3306, Service::MySql } };
    if (copyTrafficLogs)
        list.append({ role, host, 22, Service::Ssh });
    return list;
}

RequirementEntry PortProbe::requirement(const Result &result)
{
    RequirementEntry e;
    const Target t = result.target;
    e.id = QStringLiteral("port.%1.%2").arg(t.role).arg(t.port);
    e.satisfied = result.outcome == Outcome::Open;
    e.mandatory = true;
    e.details = QJsonObject { { QStringLiteral("host"), t.host }, { QStringLiteral("port"), t.port },
        { QStringLiteral("expected"), serviceName(t.expected) },
        { QStringLiteral("outcome"), outcomeName(result.outcome) },
        { QStringLiteral("answered"), serviceName(result.answered) },
        { QStringLiteral("serverInfo"), result.serverInfo }, { QStringLiteral("detail"), result.detail },
        { QStringLiteral("elapsedMs"), result.elapsedMs } };
    const auto what = [t]() -> QString {
        switch (t.expected) {
        case Service::Http:
            return tr("web server (HTTP)");
        case Service::Tls:
            return tr("appliance API (HTTPS)");
        case Service::MySql:
            return tr("database (MariaDB/MySQL)");
        case Service::Ssh:
            return tr("SSH (traffic logs)");
        case Service::Unknown:
            break;
        }
        return tr("service");
    };
    e.title = [t, what] {
        //: %1: port number, %2: service, %3: host
        return t.role == QLatin1String("target")
            ? tr("Port %1, %2, on the target %3").arg(t.port).arg(what(), t.host)
            : tr("Port %1, %2, on the source %3").arg(t.port).arg(what(), t.host);
    };
    e.reason = [result, t, what] {
        switch (result.outcome) {
        case Outcome::Open:
            if (t.expected == Service::MySql && !result.serverInfo.isEmpty())
                return tr("Open; the database server answered (version %1).").arg(result.serverInfo);
            if (t.expected == Service::Ssh)
                return tr("Open; the SSH server answered (%1).").arg(result.serverInfo);
            if (t.expected == Service::Tls)
                return tr("Open; the TLS handshake completed.");
            return tr("Open; the web server answered (%1).").arg(result.serverInfo);
        case Outcome::Refused:
            return tr(
                "%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.")
                .arg(t.host)
                .arg(t.port);
        case Outcome::TimedOut:
            return tr(
                "No answer from %1 on port %2 in time: a firewall drops the traffic, or the system is off.")
                .arg(t.host)
                .arg(t.port);
        case Outcome::OtherService: {
            // Two whole sentences: which service is missing, then what answered instead.
            QString missing;
            switch (t.expected) {
            case Service::Http:
                //: %1: port, %2: host
                missing = tr("Port %1 on %2 is open, but the web server (HTTP) does not answer there.");
                break;
            case Service::Tls:
                //: %1: port, %2: host
                missing = tr("Port %1 on %2 is open, but the appliance API (HTTPS) does not answer there.");
                break;
            case Service::MySql:
                //: %1: port, %2: host
                missing
                    = tr("Port %1 on %2 is open, but the database (MariaDB/MySQL) does not answer there.");
                break;
            case Service::Ssh:
                //: %1: port, %2: host
                missing = tr("Port %1 on %2 is open, but the SSH server does not answer there.");
                break;
            case Service::Unknown:
                //: %1: port, %2: host
                missing = tr("Port %1 on %2 is open, but the expected service does not answer there.");
                break;
            }
            return missing.arg(t.port).arg(t.host) + QLatin1Char(' ') + result.answeredDescription;
        }
        case Outcome::Unreachable:
            return tr("%1 cannot be reached (%2).").arg(t.host, result.detail);
        case Outcome::Cancelled:
            return tr("The check was cancelled.");
        }
        return QString();
    };
    e.remedy = [result, t] {
        switch (result.outcome) {
        case Outcome::Open:
        case Outcome::Cancelled:
            return QString();
        case Outcome::Refused:
            return tr("Check that %1 is the appliance and that its services run, and open port %2 on any "
                      "firewall between the two systems.")
                .arg(t.host)
                .arg(t.port);
        case Outcome::TimedOut:
            return tr(
                "Check that the system is switched on and open port %1 on every firewall between the two "
                "systems.")
                .arg(t.port);
        case Outcome::OtherService:
            return tr("Check that %1 is the address of the appliance and not of another server, and that no "
                      "port forwarding sends port %2 elsewhere.")
                .arg(t.host)
                .arg(t.port);
        case Outcome::Unreachable:
            return tr("Check the address and the network connection between the two systems.");
        }
        return QString();
    };
    return e;
}

RequirementEntry PortProbe::importRequirement(const Result &result)
{
    RequirementEntry e = requirement(result);
    const Target t = result.target;
    e.id = QStringLiteral("port.target.import");
    e.title = [t] {
        //: %1: port number, %2: host
        return tr("Port %1, SSH for the traffic-log import, on the target %2").arg(t.port).arg(t.host);
    };
    if (result.outcome == Outcome::Open || result.outcome == Outcome::Cancelled)
        return e;
    const auto generic = e.reason;
    e.reason = [t, generic] {
        //: %1: port number, %2: host; followed by what the probe found
        return tr("The traffic logs are uploaded to the target %2 over SSH on port %1, but no SSH server "
                  "answers there.")
                   .arg(t.port)
                   .arg(t.host)
            + QLatin1Char(' ') + generic();
    };
    e.remedy = [t] {
        //: %1: port number
        return tr("On the target, let sshd listen on port %1 with the traffic-log import block (see "
                  "[ssh] importPort in /etc/cutover/applianced.conf) and open port %1 on every firewall "
                  "between this computer and the target. Or migrate without copying the traffic logs.")
            .arg(t.port);
    };
    return e;
}

} // namespace cutover
