// SPDX-License-Identifier: GPL-3.0-or-later
#include "licensestore.h"

#include "jsonfile.h"
#include "licensesigner.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcLicense, "cutover.appliance.license")

namespace cutover {

namespace {
const QString kDocument = QStringLiteral("document");
const QString kSignature = QStringLiteral("signature");
const QString kState = QStringLiteral("state");
} // namespace

LicenseStore::LicenseStore(const QString &file, const QString &vendorPublicKey)
    : m_file(file)
    , m_vendorPublicKey(vendorPublicKey)
{ }

QStringList LicenseStore::documentFields()
{
    return { QStringLiteral("guid"), QStringLiteral("customer"), QStringLiteral("product"),
        QStringLiteral("issued"), QStringLiteral("expires"), QStringLiteral("maintenanceUntil") };
}

QJsonObject LicenseStore::newDocument(const QString &customer, bool maintenanceExpired)
{
    const QDate today = QDate::currentDate();
    const QDate maintenance = maintenanceExpired ? today.addDays(-30) : today.addYears(1);
    return QJsonObject { { QStringLiteral("guid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("customer"), customer },
        { QStringLiteral("product"), QStringLiteral("hotspot-appliance") },
        { QStringLiteral("issued"), today.addYears(-1).toString(Qt::ISODate) },
        { QStringLiteral("expires"), today.addYears(5).toString(Qt::ISODate) },
        { QStringLiteral("maintenanceUntil"), maintenance.toString(Qt::ISODate) } };
}

bool LicenseStore::provision(
    const QString &file, const QJsonObject &document, const QString &signingKey, QString *error)
{
    const QByteArray sig = LicenseSigner::sign(document, signingKey, error);
    if (sig.isEmpty())
        return false;
    return JsonFile::write(file,
        QJsonObject { { kDocument, document }, { kSignature, QString::fromLatin1(sig.toBase64()) },
            { kState, QStringLiteral("active") } });
}

bool LicenseStore::load(QJsonObject *out) const
{
    return QFileInfo::exists(m_file) && JsonFile::read(m_file, out);
}

bool LicenseStore::signatureValid(const QJsonObject &stored) const
{
    const QByteArray sig = QByteArray::fromBase64(
        stored.value(kSignature).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return LicenseSigner::verify(stored.value(kDocument).toObject(), sig, m_vendorPublicKey);
}

QString LicenseStore::state() const
{
    QJsonObject stored;
    if (!load(&stored))
        return QFileInfo::exists(m_file) ? QStringLiteral("invalid") : QStringLiteral("none");
    if (!signatureValid(stored)) {
        qCWarning(lcLicense) << "license signature does not verify:" << m_file;
        return QStringLiteral("invalid");
    }
    const QString s = stored.value(kState).toString();
    return s == QLatin1String("invalidated") ? s : QStringLiteral("active");
}

QJsonObject LicenseStore::summary() const
{
    const QString st = state();
    QJsonObject out { { QStringLiteral("state"), st } };
    QJsonObject stored;
    const bool trusted = st == QLatin1String("active") || st == QLatin1String("invalidated");
    if (trusted)
        load(&stored);
    const QJsonObject doc = stored.value(kDocument).toObject();
    for (const char *k : { "guid", "customer", "expires", "maintenanceUntil" }) {
        const QString key = QLatin1String(k);
        out.insert(key, doc.contains(key) ? doc.value(key) : QJsonValue(QJsonValue::Null));
    }
    const QDate until
        = QDate::fromString(doc.value(QStringLiteral("maintenanceUntil")).toString(), Qt::ISODate);
    out.insert(QStringLiteral("maintenanceActive"), until.isValid() && until >= QDate::currentDate());
    out.insert(QStringLiteral("invalidatedAt"),
        stored.value(QStringLiteral("invalidatedAt")).isString()
            ? stored.value(QStringLiteral("invalidatedAt"))
            : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("transferredTo"),
        stored.value(QStringLiteral("transferredTo")).isString()
            ? stored.value(QStringLiteral("transferredTo"))
            : QJsonValue(QJsonValue::Null));
    return out;
}

QJsonObject LicenseStore::exportLicense() const
{
    if (state() != QLatin1String("active"))
        return {};
    QJsonObject stored;
    load(&stored);
    return QJsonObject { { kDocument, stored.value(kDocument) }, { kSignature, stored.value(kSignature) } };
}

LicenseStore::ImportResult LicenseStore::importLicense(
    const QJsonObject &document, const QString &signatureBase64)
{
    if (state() == QLatin1String("active"))
        return ImportResult::TargetHasLicense;
    const QByteArray sig
        = QByteArray::fromBase64(signatureBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!LicenseSigner::verify(document, sig, m_vendorPublicKey))
        return ImportResult::BadSignature;
    const bool ok = JsonFile::write(m_file,
        QJsonObject {
            { kDocument, document }, { kSignature, signatureBase64 }, { kState, QStringLiteral("active") } });
    return ok ? ImportResult::Ok : ImportResult::InvalidDocument;
}

bool LicenseStore::invalidate(const QString &transferredTo)
{
    if (state() != QLatin1String("active"))
        return false;
    QJsonObject stored;
    load(&stored);
    stored.insert(kState, QStringLiteral("invalidated"));
    stored.insert(QStringLiteral("invalidatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    stored.insert(QStringLiteral("transferredTo"), transferredTo);
    return JsonFile::write(m_file, stored);
}

} // namespace cutover
