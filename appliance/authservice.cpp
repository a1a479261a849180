// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include "jsonfile.h"
#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcAuth, "cutover.appliance.auth")

namespace cutover {

AuthService::AuthService(
    const QString &authFile, int tokenLifetimeSeconds, int maxFailures, int lockoutSeconds)
    : m_authFile(authFile)
    , m_lifetime(qMax(1, tokenLifetimeSeconds))
    , m_throttle(maxFailures, lockoutSeconds)
{ }

bool AuthService::provision(
    const QString &authFile, const QString &user, const QString &password, int iterations)
{
    const QJsonObject account { { QStringLiteral("user"), user },
        { QStringLiteral("password"), PasswordHasher::hash(password, iterations) } };
    return JsonFile::write(authFile, QJsonObject { { QStringLiteral("admin"), account } }, true);
}

AuthService::LoginResult AuthService::login(
    const QString &client, const QString &user, const QString &password, QByteArray *token, int *retryAfter)
{
    if (const int wait = m_throttle.retryAfter(client); wait > 0) {
        *retryAfter = wait;
        return LoginResult::Throttled;
    }
    QJsonObject auth;
    JsonFile::read(m_authFile, &auth); // re-read so a provisioned password applies without restart
    const QJsonObject admin = auth.value(QStringLiteral("admin")).toObject();
    // Always run the hash so a wrong user name costs as much time as a wrong password.
    const bool passwordOk
        = PasswordHasher::verify(password, admin.value(QStringLiteral("password")).toObject());
    if (!passwordOk || user != admin.value(QStringLiteral("user")).toString() || user.isEmpty()) {
        m_throttle.recordFailure(client);
        qCInfo(lcAuth) << "failed login from" << client;
        return LoginResult::WrongCredentials;
    }
    m_throttle.recordSuccess(client);
    purgeExpired();
    QByteArray raw(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size()));
    *token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_sessions.insert(QCryptographicHash::hash(*token, QCryptographicHash::Sha256),
        Session { user, QDeadlineTimer(qint64(m_lifetime) * 1000) });
    qCInfo(lcAuth) << "login of" << user << "from" << client;
    return LoginResult::Ok;
}

AuthService::TokenCheck AuthService::check(const QByteArray &authorizationHeader, QString *user)
{
    // The scheme is case-insensitive (RFC 9110 11.1).
    if (authorizationHeader.size() < 7 || qstrnicmp(authorizationHeader.constData(), "Bearer ", 7) != 0)
        return TokenCheck::Missing;
    const QByteArray token = authorizationHeader.mid(7).trimmed();
    if (token.isEmpty())
        return TokenCheck::Missing;
    const QByteArray key = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    const auto it = m_sessions.constFind(key);
    if (it == m_sessions.constEnd())
        return m_expired.contains(key) ? TokenCheck::Expired : TokenCheck::Invalid;
    if (it->expiry.hasExpired()) {
        m_sessions.remove(key);
        m_expired.insert(key, true);
        return TokenCheck::Expired;
    }
    *user = it->user;
    return TokenCheck::Valid;
}

void AuthService::purgeExpired()
{
    if (m_expired.size() > 1000)
        m_expired.clear();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expiry.hasExpired()) {
            m_expired.insert(it.key(), true);
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace cutover
