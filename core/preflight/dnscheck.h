// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/requiremententry.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <atomic>

namespace cutover {

/**
 * @brief Resolves the names that move in a migration and reports their addresses and TTLs.
 *
 * Blocking, for the worker thread: the QDnsLookup objects live on a short-lived helper thread
 * with its own event loop (no nested loop in the caller), and the caller waits in slices that
 * check the cancellation flag. A long TTL keeps clients on the old address after the change,
 * which the runbooks avoid by lowering it a day ahead: that is a warning, never a refusal.
 */
class DnsCheck
{
    Q_DECLARE_TR_FUNCTIONS(cutover::DnsCheck)

public:
    struct Record
    {
        QHostAddress address;
        quint32 ttl = 0;
    };

    struct Result
    {
        QString name;
        QList<Record> records;
        QString error; ///< empty when the lookup answered (even with no records)
        bool notFound = false; ///< NXDOMAIN / no records
        bool timedOut = false;
        quint32 maxTtl() const;
        QStringList addressStrings() const;
    };

    /** TTL above which a warning is given (the runbooks lower TTLs to about five minutes). */
    static constexpr quint32 DefaultMaxTtl = 300;

    /**
     * Looks up A and AAAA records of @p name. @p nameserver null: the system's resolver.
     * Ends within @p timeoutMs.
     */
    static Result lookup(const QString &name, const QHostAddress &nameserver = QHostAddress(),
        int timeoutMs = 3000, const std::atomic<bool> *cancel = nullptr);
    /** Several names side by side, in the order given. */
    static QList<Result> lookupAll(const QStringList &names, const QHostAddress &nameserver = QHostAddress(),
        int timeoutMs = 3000, const std::atomic<bool> *cancel = nullptr);

    /**
     * `dns.<name>`: satisfied when the name resolves with TTLs up to @p maxTtl; never mandatory.
     * @p expectedAddress, when given, is mentioned if the name does not lead there.
     */
    static RequirementEntry requirement(
        const Result &result, quint32 maxTtl = DefaultMaxTtl, const QString &expectedAddress = QString());
    /** "5 min", "1 d", "2 h", "30 s": SI unit symbols, the same in every language. */
    static QString formatDuration(quint32 seconds);
};

} // namespace cutover
