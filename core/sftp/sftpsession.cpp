// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftpsession.h"

#include "sftplogging.h"
#include "sshkeypair.h"

#include <algorithm>
#include <chrono>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <sys/socket.h>

namespace cutover {

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

SftpSession::SftpSession() = default;

SftpSession::~SftpSession()
{
    close();
}

void SftpSession::keepAlive()
{
    m_lastActivityMs.store(steadyMs(), std::memory_order_release);
    m_armed.store(true, std::memory_order_release);
}

void SftpSession::startWatchdog(int socket)
{
    stopWatchdog();
    m_timedOut.store(false);
    m_watchdogStop = false;
    keepAlive();
    m_watchdog = std::thread([this, socket] {
        std::unique_lock lock(m_watchdogMutex);
        while (!m_watchdogStop) {
            m_watchdogWake.wait_for(lock, std::chrono::milliseconds(200));
            if (m_watchdogStop)
                break;
            if (m_armed.load(std::memory_order_acquire)
                && steadyMs() - m_lastActivityMs.load(std::memory_order_acquire) > m_timeoutMs) {
                // shutdown() wakes the blocked read with end-of-file; the descriptor stays
                // libssh's, so nothing is closed under its feet.
                m_timedOut.store(true, std::memory_order_release);
                ::shutdown(socket, SHUT_RDWR);
                break;
            }
        }
    });
}

void SftpSession::stopWatchdog()
{
    if (!m_watchdog.joinable())
        return;
    {
        std::lock_guard lock(m_watchdogMutex);
        m_watchdogStop = true;
    }
    m_watchdogWake.notify_all();
    m_watchdog.join();
}

void SftpSession::close()
{
    stopWatchdog();
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (m_ssh) {
        if (ssh_is_connected(m_ssh))
            ssh_disconnect(m_ssh);
        ssh_free(m_ssh);
        m_ssh = nullptr;
    }
}

QString SftpSession::sshError() const
{
    return m_ssh ? QString::fromUtf8(ssh_get_error(m_ssh)) : QString();
}

Result SftpSession::open(const Endpoint &endpoint, const SshKeyPair &key)
{
    close();
    m_endpoint = endpoint;
    m_serverFingerprint.clear();
    const QString where = QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);

    // Without a fingerprint from the trusted channel there is nothing to check the host against:
    // refuse rather than trust whoever answers on port 22.
    if (!endpoint.hostKeySha256.startsWith(QLatin1String("SHA256:"))) {
        return Result::error(QStringLiteral("sftp.host_key_unknown"),
            //: %1 is an address
            tr("The appliance at %1 did not report its SSH host key, so Cutover cannot check whom it "
               "would send the traffic logs' access key to. Update the appliance's software, or copy "
               "the traffic logs by hand.",
                "@info")
                .arg(endpoint.host),
            QStringLiteral("expected host key: '%1'").arg(endpoint.hostKeySha256));
    }
    if (!key.isValid())
        return Result::error(
            QStringLiteral("sftp.key_generation"), tr("There is no SSH key to log in with.", "@info"));
    if (cancelled())
        return Result::cancelled();

    m_ssh = ssh_new();
    if (!m_ssh)
        return Result::error(QStringLiteral("sftp.unreachable"),
            tr("Cutover could not start an SSH connection.", "@info"), QStringLiteral("ssh_new failed"));
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    unsigned int port = endpoint.port;
    long seconds = std::max(1, m_timeoutMs / 1000);
    long usec = long(m_timeoutMs % 1000) * 1000;
    bool processConfig = false;
    ssh_options_set(m_ssh, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_ssh, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_ssh, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_ssh, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(m_ssh, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    // Nothing from the user's ~/.ssh may change whom we talk to or how.
    ssh_options_set(m_ssh, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(m_ssh, SSH_OPTIONS_SSH_DIR, "/nonexistent");
    ssh_options_set(m_ssh, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(m_ssh, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    // The appliance reports its Ed25519 host key, so ask for that one first.
    ssh_options_set(m_ssh, SSH_OPTIONS_HOSTKEYS,
        "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256");
    // Read requests are small packets sent while answers stream in: without TCP_NODELAY, Nagle's
    // algorithm holds them back waiting for ACKs and the pipeline stalls.
    int noDelay = 1;
    ssh_options_set(m_ssh, SSH_OPTIONS_NODELAY, &noDelay);
    // AES-GCM is the fastest cipher on hardware with AES instructions; the rest as fallback.
    const char *ciphers
        = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes128-ctr,aes256-ctr";
    ssh_options_set(m_ssh, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_ssh, SSH_OPTIONS_CIPHERS_S_C, ciphers);

    if (ssh_connect(m_ssh) != SSH_OK) {
        const QString details = where + QStringLiteral(": ") + sshError();
        close();
        if (cancelled())
            return Result::cancelled();
        return Result::error(QStringLiteral("sftp.unreachable"),
            //: %1 is an address, %2 a port number
            tr("Cutover could not reach the SSH service of %1 on port %2. Check that the appliance is "
               "running and that port %2 is open between this computer and the appliance, then try again.",
                "@info")
                .arg(endpoint.host)
                .arg(endpoint.port),
            details);
    }

    // Host key first: nothing about our key leaves this machine before the server is known.
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_ssh, &serverKey) != SSH_OK || !serverKey) {
        const QString details = where + QStringLiteral(": ") + sshError();
        close();
        return Result::error(QStringLiteral("sftp.host_key_mismatch"),
            //: %1 is an address
            tr("The SSH service of %1 did not present a host key. Cutover refused the connection.", "@info")
                .arg(endpoint.host),
            details);
    }
    m_serverFingerprint = SshKeyPair::fingerprintOf(serverKey);
    ssh_key_free(serverKey);
    if (m_serverFingerprint != endpoint.hostKeySha256) {
        close();
        qCWarning(lcCutoverSftp) << "host key mismatch at" << where << "presented" << m_serverFingerprint
                                 << "expected" << endpoint.hostKeySha256;
        return Result::error(QStringLiteral("sftp.host_key_mismatch"),
            //: %1 is an address, %2 and %3 are SSH fingerprints (SHA256:…)
            tr("The SSH host key of %1 (%2) is not the one the appliance reported over its trusted HTTPS "
               "connection (%3). Cutover refused the connection and sent nothing. Another machine may be "
               "answering at this address, or the connection is being intercepted: check the network "
               "before you try again.",
                "@info")
                .arg(endpoint.host, m_serverFingerprint, endpoint.hostKeySha256),
            QStringLiteral("%1 presented %2, applianced reported %3")
                .arg(where, m_serverFingerprint, endpoint.hostKeySha256));
    }
    if (cancelled()) {
        close();
        return Result::cancelled();
    }

    startWatchdog(ssh_get_fd(m_ssh));
    keepAlive();
    const int auth = ssh_userauth_publickey(m_ssh, nullptr, key.key());
    if (auth != SSH_AUTH_SUCCESS) {
        const QString details = QStringLiteral("%1 user %2: auth result %3: %4")
                                    .arg(where, endpoint.user)
                                    .arg(auth)
                                    .arg(sshError());
        close();
        return Result::error(QStringLiteral("sftp.auth_refused"),
            //: %1 is an address
            tr("The SSH service of %1 refused Cutover's one-time key. The appliance may have revoked it "
               "or failed to authorise it; run the step again to authorise a new key.",
                "@info")
                .arg(endpoint.host),
            details);
    }

    keepAlive();
    m_sftp = sftp_new(m_ssh);
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        const QString details = where + QStringLiteral(": ") + sshError();
        close();
        return Result::error(QStringLiteral("sftp.subsystem"),
            //: %1 is an address
            tr("The SSH service of %1 accepted Cutover's key but did not start SFTP for it.", "@info")
                .arg(endpoint.host),
            details);
    }
    idle();
    qCInfo(lcCutoverSftp) << "SFTP open to" << where << "host key" << m_serverFingerprint;
    return Result::ok();
}

Result SftpSession::listRegularFiles(const QString &directory, QList<RemoteFile> *files)
{
    files->clear();
    if (!m_sftp)
        return sftpError(directory);
    keepAlive();
    sftp_dir dir = sftp_opendir(m_sftp, directory.toUtf8().constData());
    if (!dir)
        return sftpError(directory);
    while (sftp_attributes a = sftp_readdir(m_sftp, dir)) {
        keepAlive();
        const QString name = QString::fromUtf8(a->name);
        const bool regular = a->type == SSH_FILEXFER_TYPE_REGULAR;
        const bool sane = !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
            && !name.contains(QLatin1Char('/')) && !name.endsWith(QLatin1String(".part"));
        if (regular && sane) {
            files->append({ name, qint64(a->size),
                (a->flags & SSH_FILEXFER_ATTR_ACMODTIME) ? qint64(a->mtime) : qint64(0) });
        } else if (name != QLatin1String(".") && name != QLatin1String("..")) {
            qCInfo(lcCutoverSftp) << "skipping" << name << "(not a regular file)";
        }
        sftp_attributes_free(a);
    }
    const bool eof = sftp_dir_eof(dir);
    sftp_closedir(dir);
    idle();
    if (!eof)
        return sftpError(directory);
    std::sort(files->begin(), files->end(),
        [](const RemoteFile &a, const RemoteFile &b) { return a.name < b.name; });
    return Result::ok();
}

Result SftpSession::sftpError(const QString &path) const
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : -1;
    const QString details = QStringLiteral("%1:%2 %3: sftp error %4: %5")
                                .arg(m_endpoint.host)
                                .arg(m_endpoint.port)
                                .arg(path)
                                .arg(code)
                                .arg(sshError());
    if (timedOut()) {
        return Result::error(QStringLiteral("sftp.timeout"),
            //: %1 is an address, %n seconds
            tr("The appliance %1 stopped answering over SFTP for %n second(s), so Cutover gave up. Check "
               "that it "
               "is running and reachable, then run the step again: it continues where it stopped.",
                "@info", std::max(1, m_timeoutMs / 1000))
                .arg(m_endpoint.host),
            details);
    }
    if (code == SSH_FX_PERMISSION_DENIED) {
        return Result::error(QStringLiteral("sftp.permission"),
            //: %1 is a remote path, %2 an address
            tr("The appliance %2 does not allow Cutover to read %1. Check the permissions of the "
               "traffic-log directory on the appliance.",
                "@info")
                .arg(path, m_endpoint.host),
            details);
    }
    if (code == SSH_FX_NO_SUCH_FILE || code == SSH_FX_NO_SUCH_PATH) {
        return Result::error(QStringLiteral("sftp.missing"),
            //: %1 is a remote path, %2 an address
            tr("%1 disappeared from the appliance %2 while Cutover was copying it. Run the step again; "
               "files already copied are kept.",
                "@info")
                .arg(path, m_endpoint.host),
            details);
    }
    return Result::error(QStringLiteral("sftp.connection_lost"),
        //: %1 is a remote path, %2 an address
        tr("The SFTP connection to %2 failed while Cutover was reading %1 (the appliance stopped answering "
           "or closed the connection). Run the step again: it continues where it stopped.",
            "@info")
            .arg(path, m_endpoint.host),
        details);
}

} // namespace cutover
