// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace cutover {

/**
 * @brief One-time credentials for GET /api/v1/migration/backup-stream.
 *
 * Held in memory only and only as SHA-256 hashes, so the ticket itself is never in a file, a log
 * or the audit; a restart of applianced forgets every ticket. A ticket is valid once, until it
 * expires (10 minutes by default).
 */
class BackupTickets
{
public:
    struct Grant
    {
        qint64 maxBytesPerSecond = 0; ///< 0: as fast as possible
        QString user; ///< who asked for it (audit)
    };

    static constexpr int kDefaultLifetimeSeconds = 600;

    /** @brief A new ticket (43 characters of base64url, 32 random bytes); @p expiresAt is filled. */
    QString issue(int lifetimeSeconds, const Grant &grant, QDateTime *expiresAt);
    /** @brief Consumes @p ticket: its grant the first time within its lifetime, nullopt otherwise. */
    std::optional<Grant> consume(const QByteArray &ticket);

private:
    struct Entry
    {
        QDateTime expiresAt;
        Grant grant;
    };
    void purgeExpired();

    QHash<QByteArray, Entry> m_tickets; ///< keyed by SHA-256 of the ticket
};

} // namespace cutover
