// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

// libssh's key handle, so callers need not include libssh.
struct ssh_key_struct;

namespace cutover {

/**
 * @brief A one-time Ed25519 key pair that lives in memory only.
 *
 * The migration authorises the public half on the source for read-only SFTP and revokes it
 * afterwards; the private half is never written anywhere (libssh wipes it when the key is freed),
 * so a crashed run leaves nothing usable behind — the next attempt makes a new pair.
 */
class SshKeyPair
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SshKeyPair)

public:
    SshKeyPair() = default;
    ~SshKeyPair();
    SshKeyPair(const SshKeyPair &) = delete;
    SshKeyPair &operator=(const SshKeyPair &) = delete;
    SshKeyPair(SshKeyPair &&other) noexcept;
    SshKeyPair &operator=(SshKeyPair &&other) noexcept;

    /** Generates a fresh pair; error code `sftp.key_generation` when libssh cannot. */
    static Result generate(SshKeyPair *pair, const QString &comment = QStringLiteral("cutover-migration"));

    bool isValid() const { return m_key != nullptr; }
    /** "ssh-ed25519 AAAA… comment", one authorized_keys line. */
    QString publicKeyLine() const { return m_publicKeyLine; }
    /** "SHA256:…" of the public key, as ssh-keygen -l prints it (for logs and the report). */
    QString fingerprint() const { return m_fingerprint; }
    /** "SHA256:" + unpadded base64 of the SHA-256 of @p key's public blob; empty on failure. */
    static QString fingerprintOf(ssh_key_struct *key);

    /** The libssh key (private and public) for authentication. */
    ssh_key_struct *key() const { return m_key; }

private:
    ssh_key_struct *m_key = nullptr;
    QString m_publicKeyLine;
    QString m_fingerprint;
};

} // namespace cutover
