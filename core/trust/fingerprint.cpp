// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/fingerprint.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace cutover {

QString Fingerprint::of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString Fingerprint::normalised(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    QByteArray hex;
    for (const QChar c : t) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const char l = c.toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || (l >= 'A' && l <= 'F')))
            return {};
        hex.append(l);
    }
    if (hex.size() != 64)
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex).toHex(':').toUpper());
}

bool Fingerprint::equal(const QString &a, const QString &b)
{
    const QString na = normalised(a);
    return !na.isEmpty() && na == normalised(b);
}

} // namespace cutover
