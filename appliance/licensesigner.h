// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cutover {

/**
 * @brief Vendor signatures over license documents (Ed25519 via OpenSSL EVP).
 *
 * The signed bytes are the compact JSON of the document; QJsonObject sorts its keys, so the
 * serialisation is canonical and any changed field breaks the signature.
 */
class LicenseSigner
{
public:
    static QByteArray canonical(const QJsonObject &document);
    /** @brief Signs with the PEM private key at @p privateKeyPath; empty on error. */
    static QByteArray sign(
        const QJsonObject &document, const QString &privateKeyPath, QString *error = nullptr);
    static bool verify(
        const QJsonObject &document, const QByteArray &signature, const QString &publicKeyPath);
};

} // namespace cutover
