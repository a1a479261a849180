// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

/**
 * @brief Temporary migration keys in the configured authorized_keys file.
 *
 * Each key is written as `restrict,command="internal-sftp -R" TYPE BLOB cutover-migration`;
 * together with sshd's ChrootDirectory on the traffic-log directory the key can read those logs
 * over SFTP and nothing else.
 */
class SshKeys
{
public:
    explicit SshKeys(const QString &authorizedKeysFile);

    /** @brief Checks type and base64 blob; fills @p type and @p blob. */
    static bool parsePublicKey(const QString &publicKey, QString *type, QString *blob);
    /** @brief "SHA256:…" of a public key line or blob, as ssh-keygen -l prints it. */
    static QString fingerprint(const QString &blobBase64);
    /** @brief The fingerprint of the host key in an OpenSSH .pub file, empty if unreadable. */
    static QString hostKeyFingerprint(const QString &pubFile);

    bool authorize(const QString &publicKey);
    /** @brief Removes every line with the same key; true when the file is consistent afterwards. */
    bool revoke(const QString &publicKey);

private:
    QString m_file;
};

} // namespace cutover
