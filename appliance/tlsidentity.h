// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

namespace cutover {

/** @brief The appliance's self-signed TLS certificate and key (state/tls/cert.pem, key.pem). */
class TlsIdentity
{
public:
    explicit TlsIdentity(const QString &directory);

    /** @brief Writes a new EC P-256 key and a self-signed certificate for @p fqdn (SAN: name + address). */
    bool generate(const QString &fqdn, const QString &address, QString *error);
    bool exists() const;
    /** @brief Server configuration for QSslServer; null configuration when the files are unusable. */
    QSslConfiguration serverConfiguration() const;
    /** @brief "AB:CD:…" SHA-256 of the DER certificate (never the MD5 default of digest()). */
    QString sha256Fingerprint() const;

private:
    QString m_certPath;
    QString m_keyPath;
};

} // namespace cutover
