// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftpdownloader.h"

#include "sftplogging.h"
#include "sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace cutover {

namespace {

/** Closes a POSIX descriptor on every path out. */
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

/** Closes an SFTP handle on every path out. */
struct RemoteHandle
{
    sftp_file file = nullptr;
    ~RemoteHandle()
    {
        if (file)
            sftp_close(file);
    }
};

/** Writes all of @p data; returns 0 or the errno. */
int writeAll(int fd, const char *data, qint64 length)
{
    while (length > 0) {
        const ssize_t n = ::write(fd, data, size_t(length));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += n;
        length -= n;
    }
    return 0;
}

/** SHA-256 of the first @p length bytes of @p fd; false on a read error or a short file. */
bool hashPrefix(int fd, qint64 length, Sha256 *hash)
{
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 offset = 0;
    while (offset < length) {
        const ssize_t n
            = ::pread(fd, buffer.data(), size_t(std::min<qint64>(buffer.size(), length - offset)), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        hash->addData(buffer.constData(), n);
        offset += n;
    }
    return true;
}

/** SHA-256 (hex) and size of a whole local file; empty on error. */
QByteArray hashFile(const QString &path, qint64 *size)
{
    Fd fd { ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC) };
    struct stat st
    {
    };
    if (fd.fd < 0 || ::fstat(fd.fd, &st) != 0)
        return {};
    Sha256 hash;
    if (!hashPrefix(fd.fd, st.st_size, &hash))
        return {};
    *size = st.st_size;
    return hash.hexResult();
}

void syncDirectory(const QString &path)
{
    Fd dir { ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC) };
    if (dir.fd >= 0)
        ::fsync(dir.fd);
}

} // namespace

SftpDownloader::SftpDownloader(SftpSession &session, const QString &targetDirectory)
    : m_session(session)
    , m_target(targetDirectory)
{ }

void SftpDownloader::report(const QString &file)
{
    m_sample.file = file;
    if (m_progress)
        m_progress(m_sample);
}

bool SftpDownloader::alreadyComplete(const SftpSession::RemoteFile &file) const
{
    // Only a file this migration finished and checkpointed counts: a file of the same name that
    // was there before (the target's own log) is replaced, never mistaken for a copy.
    const auto it = m_finished.constFind(file.name);
    if (it == m_finished.constEnd() || it->size != file.size)
        return false;
    qint64 size = -1;
    const QByteArray sha = hashFile(m_target + QLatin1Char('/') + file.name, &size);
    return size == file.size && !sha.isEmpty() && sha == it->sha256;
}

Result SftpDownloader::localWriteError(const QString &path, int error, qint64 needed) const
{
    const QString details = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
    if (error == ENOSPC || error == EDQUOT) {
        const QStorageInfo storage(m_target);
        const QLocale locale;
        return Result::error(QStringLiteral("sftp.disk_full"),
            //: %1 is a directory, %2 and %3 are data sizes
            tr("There is not enough free space in %1 for the traffic logs: %2 still to copy, %3 free. Free "
               "some space there (or choose another destination), then run the step again; what was already "
               "copied is kept.",
                "@info")
                .arg(m_target, locale.formattedDataSize(needed),
                    locale.formattedDataSize(storage.isValid() ? storage.bytesAvailable() : 0)),
            details);
    }
    return Result::error(QStringLiteral("sftp.local_write"),
        //: %1 is a file path
        tr("Cutover could not write %1. Check that the destination directory exists and is writable, "
           "then run the step again.",
            "@info")
            .arg(path),
        details);
}

Result SftpDownloader::run(const QString &remoteDirectory)
{
    QElapsedTimer timer;
    timer.start();
    m_summary = {};
    const auto finish = qScopeGuard([this, &timer] {
        m_session.idle();
        m_summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    });
    m_sample = {};
    if (!QDir().mkpath(m_target))
        return localWriteError(m_target, EACCES, 0);

    QList<SftpSession::RemoteFile> files;
    if (auto r = m_session.listRegularFiles(remoteDirectory, &files); !r)
        return r;

    // Decide what is left before copying anything, so a full disk is refused up front.
    QList<bool> complete;
    qint64 needed = 0;
    for (const auto &f : files) {
        m_sample.bytesTotal += f.size;
        const bool done = alreadyComplete(f);
        complete.append(done);
        if (!done) {
            const qint64 have
                = QFileInfo(m_target + QLatin1Char('/') + f.name + QLatin1String(".part")).size();
            needed += std::max<qint64>(0, f.size - std::min(have, f.size));
        }
    }
    m_sample.filesTotal = int(files.size());
    m_summary.bytesTotal = m_sample.bytesTotal;
    const QStorageInfo storage(m_target);
    if (storage.isValid() && storage.bytesAvailable() < needed)
        return localWriteError(m_target, ENOSPC, needed);
    report({});

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancelled())
            return Result::cancelled();
        const auto &f = files.at(i);
        if (complete.at(i)) {
            ++m_summary.filesSkipped;
            m_sample.bytesDone += f.size;
            ++m_sample.filesDone;
            qCDebug(lcCutoverSftp) << "already complete:" << f.name;
            report({});
            continue;
        }
        qint64 counted = 0;
        const Result r = copyFile(remoteDirectory, f, &counted);
        if (!r)
            return r;
        ++m_summary.filesCopied;
        ++m_sample.filesDone;
        report({});
    }
    qCInfo(lcCutoverSftp) << "copied" << m_summary.filesCopied << "files," << m_summary.filesSkipped
                          << "already complete," << m_summary.bytesTransferred << "bytes in"
                          << double(timer.nsecsElapsed()) / 1e9 << "s";
    return Result::ok();
}

Result SftpDownloader::copyFile(
    const QString &remoteDirectory, const SftpSession::RemoteFile &file, qint64 *localDone)
{
    const QString remotePath = remoteDirectory.endsWith(QLatin1Char('/'))
        ? remoteDirectory + file.name
        : remoteDirectory + QLatin1Char('/') + file.name;
    const QString finalPath = m_target + QLatin1Char('/') + file.name;
    const QString partPath = finalPath + QLatin1String(".part");

    m_session.keepAlive();
    RemoteHandle remote { sftp_open(m_session.sftp(), remotePath.toUtf8().constData(), O_RDONLY, 0) };
    if (!remote.file)
        return m_session.sftpError(remotePath);
    qint64 size = file.size;
    quint64 mtime = quint64(file.mtime);
    if (sftp_attributes a = sftp_fstat(remote.file)) {
        size = qint64(a->size);
        if (a->flags & SSH_FILEXFER_ATTR_ACMODTIME)
            mtime = a->mtime;
        sftp_attributes_free(a);
    }
    m_sample.bytesTotal += size - file.size;

    Fd out { ::open(QFile::encodeName(partPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0640) };
    struct stat st
    {
    };
    if (out.fd < 0 || ::fstat(out.fd, &st) != 0)
        return localWriteError(partPath, errno, size);
    qint64 offset = st.st_size;
    if (const auto it = m_partial.constFind(file.name); it != m_partial.constEnd() && *it < offset)
        offset = std::max<qint64>(0, *it); // bytes past the last checkpoint may never have reached the disk
    if (offset > size)
        offset = 0; // the remote file was replaced by a shorter one: start again
    if (::ftruncate(out.fd, offset) != 0)
        return localWriteError(partPath, errno, size);
    Sha256 hash;
    if (offset > 0) {
        bool trusted = hashPrefix(out.fd, offset, &hash);
        const auto digest = m_partialDigests.constFind(file.name);
        if (trusted && digest != m_partialDigests.constEnd() && !digest->isEmpty()) {
            // The checkpoint vouches for exactly its own prefix; anything else starts afresh.
            trusted = m_partial.value(file.name, -1) == offset && hash.hexSoFar() == *digest;
            if (!trusted)
                qCWarning(lcCutoverSftp)
                    << "partial copy of" << file.name << "does not match its checkpoint; copying it again";
        }
        if (!trusted) {
            offset = 0;
            hash.reset();
            if (::ftruncate(out.fd, 0) != 0)
                return localWriteError(partPath, errno, size);
        }
    }
    if (::lseek(out.fd, offset, SEEK_SET) != offset)
        return localWriteError(partPath, errno, size);
    if (offset > 0) {
        ++m_summary.filesResumed;
        qCInfo(lcCutoverSftp) << "resuming" << file.name << "at" << offset << "of" << size;
    }
    m_sample.bytesDone += offset;
    *localDone = offset;
    report(file.name);

    struct Request
    {
        uint32_t id;
        qint64 offset;
        uint32_t length;
    };
    std::deque<Request> pending;
    QByteArray buffer(m_chunkSize, Qt::Uninitialized);
    qint64 written = offset;
    qint64 next = offset;
    qint64 sinceCheckpoint = 0;

    // Queue a read at an explicit offset: libssh 0.10 would otherwise take the handle's offset,
    // which its short-read handling corrupts while several requests are outstanding.
    auto issue = [&](qint64 at, uint32_t length) -> bool {
        if (sftp_seek64(remote.file, quint64(at)) < 0)
            return false;
        const int id = sftp_async_read_begin(remote.file, length);
        if (id < 0)
            return false;
        pending.push_back({ uint32_t(id), at, length });
        return true;
    };
    auto fill = [&]() -> bool {
        while (int(pending.size()) < m_inFlight && next < size) {
            const auto length = uint32_t(std::min<qint64>(m_chunkSize, size - next));
            if (!issue(next, length))
                return false;
            next += length;
        }
        return true;
    };
    // Answers still outstanding when we stop early are read and dropped, so they cannot be
    // mistaken for answers to a later request.
    auto drain = [&]() {
        while (!pending.empty()) {
            const Request r = pending.front();
            pending.pop_front();
            if (sftp_async_read(remote.file, buffer.data(), r.length, r.id) < 0)
                break;
        }
    };
    auto checkpoint = [&]() {
        ::fdatasync(out.fd);
        sinceCheckpoint = 0;
        if (m_checkpoint)
            m_checkpoint(file.name, written, false, hash.hexSoFar());
    };

    int growthRounds = 0;
    for (;;) {
        if (!fill())
            return m_session.sftpError(remotePath);
        if (pending.empty()) {
            // Logs may still be appended to while we copy: follow a growing file a few times.
            m_session.keepAlive();
            sftp_attributes a = sftp_fstat(remote.file);
            if (!a)
                return m_session.sftpError(remotePath);
            const qint64 now = qint64(a->size);
            sftp_attributes_free(a);
            if (now > size && growthRounds++ < 3) {
                m_sample.bytesTotal += now - size;
                size = now;
                continue;
            }
            if (now < size) {
                ::ftruncate(out.fd, 0);
                return Result::error(QStringLiteral("sftp.file_changed"),
                    //: %1 is a file name
                    tr("%1 became shorter on the appliance while Cutover was copying it (it was probably "
                       "rotated). Run the step again to copy it afresh.",
                        "@info")
                        .arg(file.name),
                    QStringLiteral("%1: %2 bytes, was %3").arg(remotePath).arg(now).arg(size));
            }
            break;
        }
        const Request r = pending.front();
        pending.pop_front();
        int got = sftp_async_read(remote.file, buffer.data(), r.length, r.id);
        m_session.keepAlive();
        if (got < 0)
            return m_session.sftpError(remotePath);
        qint64 at = r.offset + got;
        uint32_t missing = r.length - uint32_t(got);
        if (int e = writeAll(out.fd, buffer.constData(), got); e != 0)
            return localWriteError(partPath, e, size - written);
        hash.addData(buffer.constData(), got);
        written += got;
        // A short answer (allowed by the protocol): fetch exactly the missing range before any
        // later chunk is written, so the file stays a contiguous prefix.
        while (missing > 0) {
            std::deque<Request> later;
            later.swap(pending);
            const bool ok = issue(at, missing);
            Request retry = ok ? pending.back() : Request {};
            pending.clear();
            pending.swap(later);
            if (!ok)
                return m_session.sftpError(remotePath);
            got = sftp_async_read(remote.file, buffer.data(), retry.length, retry.id);
            m_session.keepAlive();
            if (got < 0)
                return m_session.sftpError(remotePath);
            if (got == 0) {
                drain();
                ::ftruncate(out.fd, 0);
                return Result::error(QStringLiteral("sftp.file_changed"),
                    //: %1 is a file name
                    tr("%1 became shorter on the appliance while Cutover was copying it (it was probably "
                       "rotated). Run the step again to copy it afresh.",
                        "@info")
                        .arg(file.name),
                    QStringLiteral("%1: end of file at %2, expected %3").arg(remotePath).arg(at).arg(size));
            }
            if (int e = writeAll(out.fd, buffer.constData(), got); e != 0)
                return localWriteError(partPath, e, size - written);
            hash.addData(buffer.constData(), got);
            written += got;
            at += got;
            missing -= uint32_t(got);
        }
        const qint64 delta = written - *localDone;
        *localDone = written;
        m_summary.bytesTransferred += delta;
        m_sample.bytesDone += delta;
        sinceCheckpoint += delta;
        report(file.name);
        if (sinceCheckpoint >= m_checkpointInterval)
            checkpoint();
        if (cancelled()) {
            drain();
            checkpoint();
            qCInfo(lcCutoverSftp) << "cancelled in" << file.name << "at" << written;
            return Result::cancelled();
        }
    }

    if (::fsync(out.fd) != 0)
        return localWriteError(partPath, errno, 0);
    if (mtime > 0) {
        const struct timespec times[2] = { { time_t(mtime), 0 }, { time_t(mtime), 0 } };
        ::futimens(out.fd, times);
    }
    ::close(out.fd);
    out.fd = -1;

    // Read back what reached the disk and compare it with what the server sent.
    const QByteArray remoteSha = hash.hexResult();
    qint64 localSize = -1;
    const QByteArray localSha = hashFile(partPath, &localSize);
    if (localSize != size || localSha != remoteSha || written != size) {
        QFile::remove(partPath);
        return Result::error(QStringLiteral("sftp.verification"),
            //: %1 is a file name
            tr("The copy of %1 does not match the file on the appliance. It was discarded; run the step "
               "again to copy it afresh. If this repeats, check the destination disk.",
                "@info")
                .arg(file.name),
            QStringLiteral("%1: remote %2 bytes sha256 %3, local %4 bytes sha256 %5")
                .arg(file.name)
                .arg(size)
                .arg(QString::fromLatin1(remoteSha))
                .arg(localSize)
                .arg(QString::fromLatin1(localSha)));
    }
    if (::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(finalPath).constData()) != 0)
        return localWriteError(finalPath, errno, 0);
    syncDirectory(m_target);
    m_finished.insert(file.name, { size, remoteSha });
    m_partial.remove(file.name);
    m_partialDigests.remove(file.name);
    if (m_checkpoint)
        m_checkpoint(file.name, size, true, remoteSha);
    qCDebug(lcCutoverSftp) << "copied" << file.name << size << "bytes sha256" << remoteSha;
    return Result::ok();
}

} // namespace cutover
