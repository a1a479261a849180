// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace cutover {

/**
 * @brief Counts failed logins per client address. After maxFailures the address is locked out for
 * lockoutSeconds, doubling with every further failure (capped at an hour); a success clears it.
 */
class LoginThrottle
{
public:
    LoginThrottle(int maxFailures, int lockoutSeconds);

    /** @brief Seconds until @p client may try again, 0 when it may try now. */
    int retryAfter(const QString &client) const;
    void recordFailure(const QString &client);
    void recordSuccess(const QString &client);

private:
    struct Entry
    {
        int failures = 0;
        QDeadlineTimer lockedUntil;
    };
    int m_maxFailures;
    int m_lockoutSeconds;
    QHash<QString, Entry> m_entries;
};

} // namespace cutover
