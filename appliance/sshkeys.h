// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cutover {

/**
 * @brief Temporary migration keys in the configured authorized_keys files.
 *
 * A read key is written to the configured file as
 * `restrict,command="internal-sftp -R" TYPE BLOB cutover-migration`; together with sshd's
 * ChrootDirectory on the traffic-log directory it can read those logs over SFTP and nothing else.
 *
 * A write key (the target's side of the traffic-log copy) goes into the companion file
 * `<authorized_keys>.import` as `restrict,command="internal-sftp -d /" …`. sshd consults that file
 * only for connections to the import port (`[ssh] importPort`, default kImportPort), whose Match block
 * chroots them into importDirectory() and forces `internal-sftp` without -R: the key can create, write,
 * rename and remove files in that one directory and sees nothing outside it. Keeping the two kinds in
 * different files bound to different ports is what stops a read key from writing and a write key from reading
 * the logs: sshd's ForceCommand would override a key's own command= option.
 */
class SshKeys
{
public:
    /** @brief What a key may do. */
    enum class Access { Read, Write };

    /**
     * @brief The default port whose sshd Match block serves write keys (see docs/security.md);
     * `[ssh] importPort` in applianced.conf overrides it (ApplianceConfig::sshImportPort).
     */
    static constexpr int kImportPort = 2222;

    explicit SshKeys(const QString &authorizedKeysFile);

    /** @brief Checks type and base64 blob; fills @p type and @p blob. */
    static bool parsePublicKey(const QString &publicKey, QString *type, QString *blob);
    /** @brief "SHA256:…" of a public key line or blob, as ssh-keygen -l prints it. */
    static QString fingerprint(const QString &blobBase64);
    /** @brief The fingerprint of the host key in an OpenSSH .pub file, empty if unreadable. */
    static QString hostKeyFingerprint(const QString &pubFile);

    /** @brief `<authorized_keys>.import`: the write keys' file. */
    static QString importKeysFile(const QString &authorizedKeysFile);
    /** @brief `<traffic-log directory>/import`: the only directory a write key can reach. */
    static QString importDirectory(const QString &trafficLogDir);
    /** @brief Creates importDirectory() root-owned with mode 755 (sshd's chroot rules). */
    static bool prepareImportDirectory(const QString &trafficLogDir);
    /** @brief A plain file name (no path, no dot names, printable), as the import accepts. */
    static bool isImportName(const QString &name);
    /**
     * @brief Size and hex SHA-256 of importDirectory()/@p name as it is on disk now; false when
     * it is missing, not a regular file or unreadable.
     */
    static bool importDigest(
        const QString &trafficLogDir, const QString &name, qint64 *size, QByteArray *sha256);

    bool authorize(const QString &publicKey, Access access = Access::Read);
    /** @brief Removes every line with the same key from both files; true when both are consistent afterwards.
     */
    bool revoke(const QString &publicKey);

private:
    QString m_file;
};

} // namespace cutover
