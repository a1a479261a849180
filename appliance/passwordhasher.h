// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cutover {

/** @brief PBKDF2-HMAC-SHA256 password hashes with a random salt, stored as a JSON object. */
class PasswordHasher
{
public:
    static constexpr int kMinIterations = 100000;

    /** @brief {"algorithm": "pbkdf2-sha256", "iterations", "salt", "hash"} (base64). */
    static QJsonObject hash(const QString &password, int iterations);
    /** @brief Constant-time comparison against a stored hash object. */
    static bool verify(const QString &password, const QJsonObject &stored);
};

} // namespace cutover
