// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cutover {

/**
 * @brief The appliance's license (license.json): the vendor-signed document plus local state.
 *
 * States: none (no file), active, invalidated (transferred away), invalid (the signature does
 * not verify against the vendor public key, e.g. the file was edited).
 */
class LicenseStore
{
public:
    enum class ImportResult { Ok, TargetHasLicense, BadSignature, InvalidDocument };

    LicenseStore(const QString &file, const QString &vendorPublicKey);

    /** @brief Fields a document may carry; all are covered by the signature. */
    static QStringList documentFields();
    /** @brief A new document; maintenanceUntil in the past makes an "expired" sandbox license. */
    static QJsonObject newDocument(const QString &customer, bool maintenanceExpired);
    /** @brief Signs @p document with @p signingKey and writes it as the active license. */
    static bool provision(
        const QString &file, const QJsonObject &document, const QString &signingKey, QString *error);

    QString state() const;
    /** @brief The GET /api/v1/license answer. */
    QJsonObject summary() const;
    /** @brief {"document", "signature"}; empty when not active. */
    QJsonObject exportLicense() const;
    ImportResult importLicense(const QJsonObject &document, const QString &signatureBase64);
    /** @brief False when not active. */
    bool invalidate(const QString &transferredTo);

private:
    bool load(QJsonObject *out) const;
    bool signatureValid(const QJsonObject &stored) const;

    QString m_file;
    QString m_vendorPublicKey;
};

} // namespace cutover
