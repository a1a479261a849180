// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loginthrottle.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace cutover {

/**
 * @brief The admin account (auth.json, PBKDF2 hash only) and the bearer tokens handed out at login.
 *
 * Tokens are 32 random bytes, kept in memory only as their SHA-256, and expire after the
 * configured lifetime; a restart of the daemon logs everybody out.
 */
class AuthService
{
public:
    enum class TokenCheck { Valid, Missing, Expired, Invalid };
    enum class LoginResult { Ok, WrongCredentials, Throttled };

    AuthService(const QString &authFile, int tokenLifetimeSeconds, int maxFailures, int lockoutSeconds);

    /** @brief Writes auth.json for @p user with a fresh hash of @p password. */
    static bool provision(
        const QString &authFile, const QString &user, const QString &password, int iterations);

    /** @brief On Ok fills @p token; on Throttled fills @p retryAfter. */
    LoginResult login(const QString &client, const QString &user, const QString &password, QByteArray *token,
        int *retryAfter);
    TokenCheck check(const QByteArray &authorizationHeader, QString *user);
    int tokenLifetimeSeconds() const { return m_lifetime; }

private:
    struct Session
    {
        QString user;
        QDeadlineTimer expiry;
    };
    void purgeExpired();

    QString m_authFile;
    int m_lifetime;
    LoginThrottle m_throttle;
    QHash<QByteArray, Session> m_sessions; ///< key: SHA-256 of the token
    QHash<QByteArray, bool> m_expired; ///< recently expired token hashes, to say "expired"
};

} // namespace cutover
