// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <atomic>

namespace cutover {

/**
 * @brief Blocking name resolution and TCP connect with a hard time limit and cancellation.
 *
 * QAbstractSocket::waitForConnected() aborts the attempt when it times out, so it cannot be
 * polled in short slices, and QHostInfo::fromName() has no time limit at all. This does both
 * itself (getaddrinfo on a helper thread, non-blocking connect + poll) and hands the connected
 * descriptor to a QTcpSocket/QSslSocket via setSocketDescriptor().
 */
class TcpConnector
{
public:
    enum class Outcome { Connected, Unresolvable, Unreachable, Refused, Timeout, Cancelled, Failed };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        qintptr descriptor = -1; ///< the connected socket (Connected only); caller owns it
        QHostAddress address; ///< the address connected to (or last tried)
        QString detail; ///< system error text
    };

    /**
     * Resolves @p host (an IP literal needs no lookup) within @p timeoutMs. Empty list: see
     * @p detail (not found, timed out or cancelled).
     */
    static QList<QHostAddress> resolve(const QString &host, int timeoutMs, const std::atomic<bool> *cancel,
        QString *detail = nullptr, bool *timedOut = nullptr);

    /** Resolves @p host and connects to @p port; the whole call ends within @p timeoutMs. */
    static Result connect(const QString &host, quint16 port, int timeoutMs, const std::atomic<bool> *cancel);
};

} // namespace cutover
