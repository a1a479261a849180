// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <openssl/evp.h>

namespace cutover {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
}

void Sha256::addData(const char *data, qint64 length)
{
    EVP_DigestUpdate(m_context, data, size_t(length));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray Sha256::hexSoFar() const
{
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    QByteArray hex;
    if (copy && EVP_MD_CTX_copy_ex(copy, m_context) == 1) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(copy, digest, &length) == 1)
            hex = QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    }
    EVP_MD_CTX_free(copy);
    return hex;
}

} // namespace cutover
