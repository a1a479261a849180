// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct evp_md_ctx_st;

namespace cutover {

/**
 * @brief Incremental SHA-256 on OpenSSL's EVP, which uses the CPU's SHA instructions.
 *
 * The traffic-log copy hashes every byte twice (as received and read back from disk), and
 * QCryptographicHash in Qt 6.4 is several times slower than OpenSSL here, enough to slow the copy.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(const char *data, qint64 length);
    /** Lower-case hex of the digest; the object must be reset() before further use. */
    QByteArray hexResult();
    /** Lower-case hex of the digest of what was added so far; hashing can go on. */
    QByteArray hexSoFar() const;

private:
    evp_md_ctx_st *m_context;
};

} // namespace cutover
