// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshkeys.h"

#include "jsonfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <sys/stat.h>
#include <unistd.h>

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

QString SshKeys::importKeysFile(const QString &authorizedKeysFile)
{
    return authorizedKeysFile + QStringLiteral(".import");
}

QString SshKeys::importDirectory(const QString &trafficLogDir)
{
    return trafficLogDir + QStringLiteral("/import");
}

bool SshKeys::prepareImportDirectory(const QString &trafficLogDir)
{
    const QString dir = importDirectory(trafficLogDir);
    if (!QDir().mkpath(dir))
        return false;
    // sshd refuses to chroot into a directory anyone but root could write to.
    const QByteArray path = QFile::encodeName(dir);
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if (st.st_uid != ::geteuid() && ::chown(path.constData(), ::geteuid(), 0) != 0)
        return false;
    return ::chmod(path.constData(), 0755) == 0;
}

bool SshKeys::isImportName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._+@:=-]{1,255}$"));
    return re.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

bool SshKeys::importDigest(
    const QString &trafficLogDir, const QString &name, qint64 *size, QByteArray *sha256)
{
    if (!isImportName(name))
        return false;
    const QString path = importDirectory(trafficLogDir) + QLatin1Char('/') + name;
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    *size = total;
    *sha256 = hash.result().toHex();
    return true;
}

bool SshKeys::authorize(const QString &publicKey, Access access)
{
    QString type, blob;
    if (!parsePublicKey(publicKey, &type, &blob))
        return false;
    const QString file = access == Access::Write ? importKeysFile(m_file) : m_file;
    QStringList lines = readLines(file);
    for (const QString &l : std::as_const(lines)) {
        if (blobOfLine(l) == blob)
            return true;
    }
    // The Match block for the import port forces the same command; the option keeps the key
    // confined even where an appliance's sshd lacks that ForceCommand.
    const QString command
        = access == Access::Write ? QStringLiteral("internal-sftp -d /") : QStringLiteral("internal-sftp -R");
    lines.append(QStringLiteral("restrict,command=\"%1\" %2 %3 cutover-migration").arg(command, type, blob));
    return JsonFile::writeBytes(file, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), true);
}

bool SshKeys::revoke(const QString &publicKey)
{
    QString type, blob;
    if (!parsePublicKey(publicKey, &type, &blob))
        return false;
    bool ok = true;
    for (const QString &file : { m_file, importKeysFile(m_file) }) {
        if (!QFile::exists(file))
            continue;
        QStringList lines = readLines(file);
        const qsizetype before = lines.size();
        lines.removeIf([&](const QString &l) { return blobOfLine(l) == blob; });
        if (lines.size() == before)
            continue;
        const QByteArray bytes
            = lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        ok = JsonFile::writeBytes(file, bytes, true) && ok;
    }
    return ok;
}

} // namespace cutover
