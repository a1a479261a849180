// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sftpdownloader.h"
#include "sftpsession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

struct ssh_channel_struct;

namespace cutover {

/**
 * @brief Uploads local files into a remote SFTP directory: pipelined, resumable per file by
 * offset, verified by the receiving appliance.
 *
 * Throughput: libssh 0.10 has no asynchronous SFTP write (sftp_write() waits for each answer),
 * so the file data goes over a second SFTP channel of the same SSH connection on which this class
 * speaks the few SFTP v3 requests it needs itself (OPEN, FSTAT, FSETSTAT, WRITE, CLOSE), with up
 * to requestsInFlight() WRITE requests outstanding, the way OpenSSH's `sftp` uploads. Renames,
 * removals and times go through libssh's own SFTP session.
 *
 * Resume: a file is written as NAME.part and renamed when complete; a later run continues the
 * .part from the checkpointed offset (bytes the server acknowledged, at most its length), cutting
 * anything past it. Only one reader of the local file exists at a time and nothing is held in
 * memory beyond the requests in flight.
 *
 * Verification: the SHA-256 of the bytes sent (the local prefix of a resumed file is hashed
 * first) must equal the digest the caller expects (from the download), and the verifier — the
 * target's `applianced` hashing the renamed file on its own disk — must report the same size and
 * digest. A mismatch removes the remote file and fails with `sftp.verification`.
 */
class SftpUploader
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SftpUploader)

public:
    /** @brief A local file to upload, with the size and hex SHA-256 it must arrive with. */
    struct File
    {
        QString name;
        qint64 size = 0;
        QByteArray sha256;
    };
    using ProgressCallback = std::function<void(const SftpProgress &)>;
    /** Same contract as SftpDownloader::CheckpointCallback (offset acknowledged, or done). */
    using CheckpointCallback
        = std::function<void(const QString &name, qint64 offset, bool done, const QByteArray &sha256)>;
    /** Asks the receiving side for the size and hex SHA-256 of @p name as stored. */
    using Verifier = std::function<Result(const QString &name, qint64 *size, QByteArray *sha256)>;

    SftpUploader(SftpSession &session, const QString &localDirectory);
    ~SftpUploader();
    SftpUploader(const SftpUploader &) = delete;
    SftpUploader &operator=(const SftpUploader &) = delete;

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCheckpointCallback(CheckpointCallback callback) { m_checkpoint = std::move(callback); }
    void setVerifier(Verifier verifier) { m_verifier = std::move(verifier); }
    /** Files an earlier run uploaded and had verified: skipped while the remote file has that size. */
    void setUploadedFiles(const QHash<QString, SftpDownloader::FinishedFile> &files) { m_uploaded = files; }
    /** Checkpointed (acknowledged) offsets of partly uploaded files. */
    void setPartialOffsets(const QHash<QString, qint64> &offsets) { m_partial = offsets; }
    /** Bytes per WRITE request (default 64 KiB) and requests kept in flight (default 32). */
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    void setRequestsInFlight(int count) { m_inFlight = count; }
    /** A partial file is checkpointed every @p bytes acknowledged (default 8 MiB). */
    void setCheckpointInterval(qint64 bytes) { m_checkpointInterval = bytes; }

    /**
     * Uploads @p files into @p remoteDirectory. Error codes besides SftpSession's:
     * `sftp.local_read`, `sftp.remote_write`, `sftp.verification`; Result::cancelled() when the
     * flag was set (the .part files stay for the next run).
     */
    Result run(const QList<File> &files, const QString &remoteDirectory = QStringLiteral("/"));

    const SftpSummary &summary() const { return m_summary; }

private:
    struct Packet
    {
        quint8 type = 0;
        quint32 id = 0;
        QByteArray payload; ///< after type and id
    };

    Result openChannel();
    void closeChannel();
    Result send(quint8 type, const QByteArray &body, quint32 *id);
    Result receive(Packet *packet);
    /** Sends a request and waits for its answer (only while nothing else is in flight). */
    Result call(quint8 type, const QByteArray &body, Packet *answer);
    Result statusResult(const Packet &answer, const QString &path) const;
    Result channelError(const QString &path) const;
    Result uploadFile(const QString &remoteDirectory, const File &file);
    bool alreadyUploaded(const QString &remotePath, const File &file);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_acquire); }
    void report(const QString &file);

    SftpSession &m_session;
    QString m_local;
    ssh_channel_struct *m_channel = nullptr;
    QByteArray m_in;
    quint32 m_nextId = 1;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressCallback m_progress;
    CheckpointCallback m_checkpoint;
    Verifier m_verifier;
    QHash<QString, SftpDownloader::FinishedFile> m_uploaded;
    QHash<QString, qint64> m_partial;
    int m_chunkSize = 64 * 1024;
    int m_inFlight = 32;
    qint64 m_checkpointInterval = 8 * 1024 * 1024;
    SftpSummary m_summary;
    SftpProgress m_sample;
};

} // namespace cutover
