// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshkeys.h"

#include "jsonfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace cutover {

namespace {

const QStringList kKeyTypes { QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-rsa"),
    QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ecdsa-sha2-nistp384"),
    QStringLiteral("ecdsa-sha2-nistp521"), QStringLiteral("sk-ssh-ed25519@openssh.com") };

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** The blob of an authorized_keys line (options, type, blob, comment), empty when none. */
QString blobOfLine(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (kKeyTypes.contains(parts.at(i)))
            return parts.at(i + 1);
    }
    return {};
}

} // namespace

SshKeys::SshKeys(const QString &authorizedKeysFile)
    : m_file(authorizedKeysFile)
{ }

bool SshKeys::parsePublicKey(const QString &publicKey, QString *type, QString *blob)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z0-9@.-]+) ([A-Za-z0-9+/]+={0,2})( [\\x20-\\x7e]{0,200})?$"));
    const auto m = re.match(publicKey.trimmed());
    if (!m.hasMatch() || !kKeyTypes.contains(m.captured(1)))
        return false;
    const QByteArray raw
        = QByteArray::fromBase64(m.captured(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // The blob starts with the length-prefixed key type; a mismatch means a mangled key.
    const QByteArray t = m.captured(1).toLatin1();
    if (raw.size() < 4 + t.size() || raw.mid(4, t.size()) != t)
        return false;
    *type = m.captured(1);
    *blob = m.captured(2);
    return true;
}

QString SshKeys::fingerprint(const QString &blobBase64)
{
    const QByteArray raw = QByteArray::fromBase64(blobBase64.toLatin1());
    QByteArray b64 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString SshKeys::hostKeyFingerprint(const QString &pubFile)
{
    const QStringList lines = readLines(pubFile);
    if (lines.isEmpty())
        return {};
    const QString blob = blobOfLine(lines.first());
    return blob.isEmpty() ? QString() : fingerprint(blob);
}

bool SshKeys::authorize(const QString &publicKey)
{
    QString type, blob;
    if (!parsePublicKey(publicKey, &type, &blob))
        return false;
    QStringList lines = readLines(m_file);
    for (const QString &l : std::as_const(lines)) {
        if (blobOfLine(l) == blob)
            return true;
    }
    lines.append(
        QStringLiteral("restrict,command=\"internal-sftp -R\" %1 %2 cutover-migration").arg(type, blob));
    return JsonFile::writeBytes(m_file, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), true);
}

bool SshKeys::revoke(const QString &publicKey)
{
    QString type, blob;
    if (!parsePublicKey(publicKey, &type, &blob))
        return false;
    QStringList lines = readLines(m_file);
    const qsizetype before = lines.size();
    lines.removeIf([&](const QString &l) { return blobOfLine(l) == blob; });
    if (lines.size() == before)
        return true;
    const QByteArray bytes
        = lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    return JsonFile::writeBytes(m_file, bytes, true);
}

} // namespace cutover
