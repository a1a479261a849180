// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sftpsession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <atomic>
#include <functional>

namespace cutover {

/** @brief A sample of SftpDownloader's progress; bytes count skipped and resumed files too. */
struct SftpProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int filesDone = 0;
    int filesTotal = 0;
    QString file; ///< the file being copied, empty between files
};

/** @brief What one run of SftpDownloader did. */
struct SftpSummary
{
    int filesCopied = 0; ///< copied (fully or the rest of a resumed file) in this run
    int filesSkipped = 0; ///< already complete and verified locally
    int filesResumed = 0; ///< continued from a partial copy
    qint64 bytesTransferred = 0; ///< read over SFTP in this run
    qint64 bytesTotal = 0;
    double seconds = 0;
};

/**
 * @brief Copies every regular file of a remote SFTP directory into a local directory:
 * pipelined, resumable per file, verified.
 *
 * Throughput: up to requestsInFlight() read requests are outstanding at once. libssh 0.10's
 * sftp_async_read_begin() takes its offset from the handle and moves it on by the requested
 * length (and moves it back wrongly after a short read), so every request is placed with
 * sftp_seek64() at an offset this class tracks itself, and a short answer is completed by
 * re-requesting exactly the missing range. Chunks stay at 32 KiB, the size every SFTP server
 * must accept (libssh 0.10 cannot ask the server for its limits).
 *
 * Resume: a file is written as NAME.part and renamed only when complete and verified; a later
 * run continues a .part from its length (or from the checkpointed offset when that is
 * shorter, and only when its prefix still has the checkpointed digest) and skips files already
 * complete. Verification: the SHA-256 is computed over the
 * bytes as the server sent them (the local prefix of a resumed file is hashed first), then the
 * finished local file is read back from disk and must have the same size as the remote file
 * and the same SHA-256.
 *
 * Blocking, for the runner's worker thread; every wait is bounded by the session's timeout and
 * the cancellation flag is checked after every chunk.
 */
class SftpDownloader
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SftpDownloader)

public:
    /** @brief A file an earlier run finished, as checkpointed. */
    struct FinishedFile
    {
        qint64 size = 0;
        QByteArray sha256; ///< hex
    };

    using ProgressCallback = std::function<void(const SftpProgress &)>;
    /**
     * Called when a file advanced (done false: @p offset synced to disk, @p sha256 the hex digest of
     * its first @p offset bytes) or was finished (done true: size and hex digest of the file).
     */
    using CheckpointCallback
        = std::function<void(const QString &name, qint64 offset, bool done, const QByteArray &sha256)>;

    SftpDownloader(SftpSession &session, const QString &targetDirectory);

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCheckpointCallback(CheckpointCallback callback) { m_checkpoint = std::move(callback); }
    /** Files an earlier run finished: skipped when the local file still has that size and hash. */
    void setFinishedFiles(const QHash<QString, FinishedFile> &files) { m_finished = files; }
    /** Checkpointed offsets of partial files: a longer .part is cut back to this (data not yet synced). */
    void setPartialOffsets(const QHash<QString, qint64> &offsets) { m_partial = offsets; }
    /**
     * Digests of those checkpointed prefixes: a .part whose prefix no longer has it (a damaged
     * disk, a file changed by hand) is copied again from the start instead of being trusted.
     */
    void setPartialDigests(const QHash<QString, QByteArray> &digests) { m_partialDigests = digests; }
    /** Read size per request (default 32 KiB) and requests kept in flight (default 64, as OpenSSH). */
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    void setRequestsInFlight(int count) { m_inFlight = count; }
    int requestsInFlight() const { return m_inFlight; }
    /** A partial file is synced to disk and checkpointed every @p bytes (default 8 MiB). */
    void setCheckpointInterval(qint64 bytes) { m_checkpointInterval = bytes; }

    /**
     * Copies the files of @p remoteDirectory. Error codes besides SftpSession's:
     * `sftp.disk_full`, `sftp.local_write`, `sftp.verification`, `sftp.file_changed`;
     * Result::cancelled() when the flag was set (the .part files stay for the next run).
     */
    Result run(const QString &remoteDirectory = QStringLiteral("/"));

    const SftpSummary &summary() const { return m_summary; }

private:
    Result copyFile(const QString &remoteDirectory, const SftpSession::RemoteFile &file, qint64 *localDone);
    Result localWriteError(const QString &path, int error, qint64 needed) const;
    bool alreadyComplete(const SftpSession::RemoteFile &file) const;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_acquire); }
    void report(const QString &file);

    SftpSession &m_session;
    QString m_target;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressCallback m_progress;
    CheckpointCallback m_checkpoint;
    QHash<QString, FinishedFile> m_finished;
    QHash<QString, qint64> m_partial;
    QHash<QString, QByteArray> m_partialDigests;
    int m_chunkSize = 32 * 1024;
    int m_inFlight = 64;
    qint64 m_checkpointInterval = 8 * 1024 * 1024;
    SftpSummary m_summary;
    SftpProgress m_sample;
};

} // namespace cutover
