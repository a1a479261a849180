// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the SFTP tests: extra log files with awkward sizes next to the sandbox's
// generated ones, and file comparisons.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace cutover::test::sftp {

/** Writes @p size pseudo-random bytes to @p path (deterministic for a seed). */
inline bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

/**
 * Adds files no generator makes: a big one whose size is no multiple of the chunk size (sorted
 * last, so a cancel lands inside it after the others are done), an empty one, and a
 * subdirectory that must be skipped.
 */
inline bool addAwkwardFiles(const QString &logDir)
{
    return writeRandomFile(logDir + QStringLiteral("/zz-big.log"), 6 * 1024 * 1024 + 12345, 7)
        && writeRandomFile(logDir + QStringLiteral("/empty.log"), 0, 1)
        && writeRandomFile(logDir + QStringLiteral("/odd.log"), 32 * 1024 + 1, 3)
        && QDir().mkpath(logDir + QStringLiteral("/archive"))
        && writeRandomFile(logDir + QStringLiteral("/archive/old.log"), 1000, 5);
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/** The regular files directly in @p dir, sorted. */
inline QStringList regularFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/** Empty when the files of @p copy equal those of @p original byte for byte, else what differs. */
inline QString compareDirectories(const QString &original, const QString &copy)
{
    const QStringList a = regularFiles(original);
    const QStringList b = regularFiles(copy);
    if (a != b)
        return QStringLiteral("files differ: %1 vs %2")
            .arg(a.join(QLatin1Char(',')), b.join(QLatin1Char(',')));
    for (const auto &name : a) {
        QFile x(original + QLatin1Char('/') + name);
        QFile y(copy + QLatin1Char('/') + name);
        if (!x.open(QIODevice::ReadOnly) || !y.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot open %1").arg(name);
        if (x.size() != y.size())
            return QStringLiteral("%1: size %2 vs %3").arg(name).arg(x.size()).arg(y.size());
        if (x.readAll() != y.readAll())
            return QStringLiteral("%1: content differs").arg(name);
        if (sha256Of(x.fileName()) != sha256Of(y.fileName()))
            return QStringLiteral("%1: SHA-256 differs").arg(name);
    }
    return {};
}

/** The migration keys of a sandbox: its authorized_keys and the import port's authorized_keys.import. */
inline QStringList migrationKeys(const QString &sandboxDir)
{
    QStringList keys;
    for (const char *file : { "/ssh/authorized_keys", "/ssh/authorized_keys.import" }) {
        QFile f(sandboxDir + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.contains("cutover-migration"))
                keys << QString::fromLatin1(line);
    }
    return keys;
}

} // namespace cutover::test::sftp
