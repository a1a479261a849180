// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/tcpconnector.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUrl>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConnect, "cutover.core.api.connect")

namespace cutover {

namespace {

constexpr int SliceMs = 50;

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

struct LookupState
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QList<QHostAddress> addresses;
    QString error;
};

} // namespace

QList<QHostAddress> TcpConnector::resolve(
    const QString &host, int timeoutMs, const std::atomic<bool> *cancel, QString *detail, bool *timedOut)
{
    if (timedOut)
        *timedOut = false;
    QHostAddress literal;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (literal.setAddress(h))
        return { literal };

    // getaddrinfo() cannot be interrupted: it runs on its own thread, which is left to finish
    // alone when the time is up (the shared state keeps its results alive).
    auto state = std::make_shared<LookupState>();
    const QByteArray name = QUrl::toAce(host).isEmpty() ? host.toUtf8() : QUrl::toAce(host);
    std::thread([state, name] {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_ADDRCONFIG;
        addrinfo *res = nullptr;
        const int rc = ::getaddrinfo(name.constData(), nullptr, &hints, &res);
        QList<QHostAddress> out;
        for (addrinfo *p = res; p; p = p->ai_next) {
            QHostAddress a(p->ai_addr);
            if (!a.isNull() && !out.contains(a))
                out << a;
        }
        if (res)
            ::freeaddrinfo(res);
        std::lock_guard lock(state->mutex);
        state->addresses = out;
        if (rc != 0)
            state->error = QString::fromLocal8Bit(::gai_strerror(rc));
        state->finished = true;
        state->done.notify_all();
    }).detach();

    QElapsedTimer timer;
    timer.start();
    std::unique_lock lock(state->mutex);
    while (!state->finished) {
        if (isCancelled(cancel)) {
            if (detail)
                *detail = QStringLiteral("cancelled");
            return {};
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            if (detail)
                *detail = QStringLiteral("name lookup timed out after %1 ms").arg(timeoutMs);
            if (timedOut)
                *timedOut = true;
            return {};
        }
        state->done.wait_for(lock, std::chrono::milliseconds(std::min<qint64>(left, SliceMs)));
    }
    if (detail)
        *detail = state->error;
    return state->addresses;
}

TcpConnector::Result TcpConnector::connect(
    const QString &host, quint16 port, int timeoutMs, const std::atomic<bool> *cancel)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    bool lookupTimedOut = false;
    const QList<QHostAddress> addresses = resolve(host, timeoutMs, cancel, &result.detail, &lookupTimedOut);
    if (addresses.isEmpty()) {
        result.outcome = isCancelled(cancel) ? Outcome::Cancelled
                                             : (lookupTimedOut ? Outcome::Timeout : Outcome::Unresolvable);
        return result;
    }

    for (int i = 0; i < addresses.size(); ++i) {
        const QHostAddress &address = addresses.at(i);
        result.address = address;
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
            sa->sin6_family = AF_INET6;
            sa->sin6_port = htons(port);
            const Q_IPV6ADDR a6 = address.toIPv6Address();
            std::memcpy(&sa->sin6_addr, &a6, sizeof(a6));
            sa->sin6_scope_id = address.scopeId().toUInt();
            length = sizeof(sockaddr_in6);
        } else {
            auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
            sa->sin_family = AF_INET;
            sa->sin_port = htons(port);
            sa->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            result.outcome = Outcome::Failed;
            result.detail = QString::fromLocal8Bit(std::strerror(errno));
            continue;
        }
        int err = 0;
        if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
            err = errno;
            if (err == EINPROGRESS) {
                err = ETIMEDOUT;
                // Later addresses get a share of the time too, the last one all that is left.
                const qint64 share = (timeoutMs - timer.elapsed()) / (addresses.size() - i);
                QElapsedTimer attempt;
                attempt.start();
                for (;;) {
                    if (isCancelled(cancel)) {
                        ::close(fd);
                        result.outcome = Outcome::Cancelled;
                        result.detail = QStringLiteral("cancelled");
                        return result;
                    }
                    const qint64 left = std::min(share - attempt.elapsed(), timeoutMs - timer.elapsed());
                    if (left <= 0)
                        break;
                    pollfd p { fd, POLLOUT, 0 };
                    const int rc = ::poll(&p, 1, static_cast<int>(std::min<qint64>(left, SliceMs)));
                    if (rc > 0) {
                        int soError = 0;
                        socklen_t len = sizeof(soError);
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                        err = soError;
                        break;
                    }
                    if (rc < 0 && errno != EINTR) {
                        err = errno;
                        break;
                    }
                }
            }
        }
        if (err == 0) {
            result.outcome = Outcome::Connected;
            result.descriptor = fd;
            result.detail.clear();
            return result;
        }
        ::close(fd);
        result.detail = QString::fromLocal8Bit(std::strerror(err));
        switch (err) {
        case ECONNREFUSED:
            result.outcome = Outcome::Refused;
            break;
        case ETIMEDOUT:
            result.outcome = Outcome::Timeout;
            break;
        case EHOSTUNREACH:
        case ENETUNREACH:
        case EADDRNOTAVAIL:
        case EAFNOSUPPORT:
            result.outcome = Outcome::Unreachable;
            break;
        default:
            result.outcome = Outcome::Failed;
        }
        qCDebug(lcConnect) << "connect" << address.toString() << port << result.detail;
        if (timer.elapsed() >= timeoutMs)
            break;
    }
    return result;
}

} // namespace cutover
