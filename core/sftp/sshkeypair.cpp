// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshkeypair.h"

#include "sftplogging.h"

#include <libssh/libssh.h>
#include <utility>

namespace cutover {

SshKeyPair::~SshKeyPair()
{
    if (m_key)
        ssh_key_free(m_key);
}

SshKeyPair::SshKeyPair(SshKeyPair &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_publicKeyLine(std::move(other.m_publicKeyLine))
    , m_fingerprint(std::move(other.m_fingerprint))
{ }

SshKeyPair &SshKeyPair::operator=(SshKeyPair &&other) noexcept
{
    if (this != &other) {
        if (m_key)
            ssh_key_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_publicKeyLine = std::move(other.m_publicKeyLine);
        m_fingerprint = std::move(other.m_fingerprint);
    }
    return *this;
}

Result SshKeyPair::generate(SshKeyPair *pair, const QString &comment)
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK || !key) {
        return Result::error(QStringLiteral("sftp.key_generation"),
            tr("Cutover could not create the one-time SSH key for copying the traffic logs.", "@info"),
            QStringLiteral("ssh_pki_generate(ed25519) failed"));
    }
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64) {
        ssh_key_free(key);
        return Result::error(QStringLiteral("sftp.key_generation"),
            tr("Cutover could not create the one-time SSH key for copying the traffic logs.", "@info"),
            QStringLiteral("ssh_pki_export_pubkey_base64 failed"));
    }
    SshKeyPair result;
    result.m_key = key;
    result.m_publicKeyLine = QStringLiteral("%1 %2 %3")
                                 .arg(QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))),
                                     QString::fromLatin1(base64), comment);
    ssh_string_free_char(base64);
    result.m_fingerprint = fingerprintOf(key);
    qCDebug(lcCutoverSftp) << "generated one-time key" << result.m_fingerprint;
    *pair = std::move(result);
    return Result::ok();
}

QString SshKeyPair::fingerprintOf(ssh_key_struct *key)
{
    if (!key)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0 || !hash)
        return {};
    QByteArray digest(reinterpret_cast<const char *>(hash), qsizetype(length));
    ssh_clean_pubkey_hash(&hash);
    // OpenSSH prints SHA-256 fingerprints as base64 without the trailing '='.
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace cutover
