// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct ssh_session_struct;
struct sftp_session_struct;

namespace cutover {

class SshKeyPair;

/**
 * @brief One authenticated SFTP connection to an appliance's read-only traffic-log chroot.
 *
 * open() connects to HOST:PORT, compares the server's host key with the `SHA256:…` fingerprint
 * `applianced` reported over the pinned TLS channel *before* authenticating (a mismatch sends no
 * key and ends the connection), authenticates with the one-time key and starts the SFTP
 * subsystem. Every libssh call is blocking, for the runner's worker thread like ApplianceClient.
 *
 * A dead server cannot hang the run: libssh 0.10 bounds connecting by its timeout, but an SFTP
 * call that waits for an answer loops on read timeouts forever. So while the session is open a
 * watchdog thread shuts the socket down once no answer arrived for timeoutMs() during a call
 * (callers mark activity with keepAlive()); the blocked call then fails at once and its error
 * is reported as `sftp.timeout`.
 */
class SftpSession
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SftpSession)

public:
    /** @brief Where to connect and which host key to expect. */
    struct Endpoint
    {
        QString host;
        quint16 port = 22;
        QString user = QStringLiteral("root");
        QString hostKeySha256; ///< "SHA256:…" as `GET /api/v1/system` reports it; required
    };

    /** @brief A regular file of the remote directory. */
    struct RemoteFile
    {
        QString name;
        qint64 size = 0;
        qint64 mtime = 0; ///< seconds since the epoch, 0 when unknown
    };

    SftpSession();
    ~SftpSession();
    SftpSession(const SftpSession &) = delete;
    SftpSession &operator=(const SftpSession &) = delete;

    /** Bounds connecting and every single libssh wait (default 20 s). */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    /** Checked between steps; a set flag ends open() with Result::cancelled(). */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /**
     * Connects, verifies the host key, authenticates, starts SFTP. Error codes:
     * `sftp.unreachable`, `sftp.host_key_unknown`, `sftp.host_key_mismatch`, `sftp.auth_refused`,
     * `sftp.subsystem`.
     */
    Result open(const Endpoint &endpoint, const SshKeyPair &key);
    /** Ends SFTP and the SSH connection; safe to call twice. */
    void close();
    bool isOpen() const { return m_sftp != nullptr; }

    /** The fingerprint the server presented on the last open(), even when refused. */
    QString serverFingerprint() const { return m_serverFingerprint; }
    const Endpoint &endpoint() const { return m_endpoint; }

    /** The regular files of @p directory (subdirectories, links and odd names are skipped and logged). */
    Result listRegularFiles(const QString &directory, QList<RemoteFile> *files);

    /** Arms the watchdog and restarts its clock: call before each blocking SFTP call and after each answer.
     */
    void keepAlive();
    /** Disarms the watchdog while nothing waits for the server (between calls the session may idle). */
    void idle() { m_armed.store(false, std::memory_order_release); }
    /** True once the watchdog ended the connection because the server stopped answering. */
    bool timedOut() const { return m_timedOut.load(std::memory_order_acquire); }

    /** A translated Result for a failed SFTP request on @p path (permission, missing, lost connection …). */
    Result sftpError(const QString &path) const;

    ssh_session_struct *ssh() const { return m_ssh; }
    sftp_session_struct *sftp() const { return m_sftp; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_acquire); }
    QString sshError() const;
    void startWatchdog(int socket);
    void stopWatchdog();

    Endpoint m_endpoint;
    QString m_serverFingerprint;
    int m_timeoutMs = 20000;
    const std::atomic<bool> *m_cancel = nullptr;
    ssh_session_struct *m_ssh = nullptr;
    sftp_session_struct *m_sftp = nullptr;

    std::thread m_watchdog;
    std::mutex m_watchdogMutex;
    std::condition_variable m_watchdogWake;
    bool m_watchdogStop = false;
    std::atomic<qint64> m_lastActivityMs { 0 };
    std::atomic<bool> m_timedOut { false };
    std::atomic<bool> m_armed { false };
};

} // namespace cutover
