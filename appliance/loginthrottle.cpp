// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

namespace cutover {

LoginThrottle::LoginThrottle(int maxFailures, int lockoutSeconds)
    : m_maxFailures(qMax(1, maxFailures))
    , m_lockoutSeconds(qMax(1, lockoutSeconds))
{ }

int LoginThrottle::retryAfter(const QString &client) const
{
    const auto it = m_entries.constFind(client);
    if (it == m_entries.constEnd() || it->lockedUntil.hasExpired())
        return 0;
    return int((it->lockedUntil.remainingTime() + 999) / 1000);
}

void LoginThrottle::recordFailure(const QString &client)
{
    // Bound memory against a flood of addresses; forgetting old entries only makes us kinder.
    if (m_entries.size() > 10000)
        m_entries.clear();
    Entry &e = m_entries[client];
    ++e.failures;
    if (e.failures >= m_maxFailures) {
        const int doublings = qMin(e.failures - m_maxFailures, 12);
        const qint64 seconds = qMin<qint64>(qint64(m_lockoutSeconds) << doublings, 3600);
        e.lockedUntil = QDeadlineTimer(seconds * 1000);
    }
}

void LoginThrottle::recordSuccess(const QString &client)
{
    m_entries.remove(client);
}

} // namespace cutover
