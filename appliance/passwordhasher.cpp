// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include <QByteArray>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace cutover {

namespace {

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
            EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

} // namespace

QJsonObject PasswordHasher::hash(const QString &password, int iterations)
{
    iterations = qMax(iterations, kMinIterations);
    QByteArray salt(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    const QByteArray derived = derive(password.toUtf8(), salt, iterations);
    return QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("pbkdf2-sha256") },
        { QStringLiteral("iterations"), iterations },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
        { QStringLiteral("hash"), QString::fromLatin1(derived.toBase64()) } };
}

bool PasswordHasher::verify(const QString &password, const QJsonObject &stored)
{
    if (stored.value(QStringLiteral("algorithm")).toString() != QLatin1String("pbkdf2-sha256"))
        return false;
    const int iterations = stored.value(QStringLiteral("iterations")).toInt();
    if (iterations < kMinIterations)
        return false;
    const QByteArray salt
        = QByteArray::fromBase64(stored.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray expected
        = QByteArray::fromBase64(stored.value(QStringLiteral("hash")).toString().toLatin1());
    const QByteArray actual = derive(password.toUtf8(), salt, iterations);
    if (expected.size() != 32 || actual.size() != expected.size())
        return false;
    return CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

} // namespace cutover
