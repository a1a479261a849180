// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsidentity.h"

#include "jsonfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cutover {

namespace {

template<typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, len);
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

TlsIdentity::TlsIdentity(const QString &directory)
    : m_certPath(QDir(directory).filePath(QStringLiteral("cert.pem")))
    , m_keyPath(QDir(directory).filePath(QStringLiteral("key.pem")))
{ }

bool TlsIdentity::exists() const
{
    return QFile::exists(m_certPath) && QFile::exists(m_keyPath);
}

bool TlsIdentity::generate(const QString &fqdn, const QString &address, QString *error)
{
    QDir().mkpath(QFileInfo(m_certPath).absolutePath());
    PkeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        *error = QStringLiteral("key generation failed");
        return false;
    }
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = fqdn.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QByteArray san = "DNS:" + fqdn.toUtf8();
    if (!QHostAddress(address).isNull())
        san += ",IP:" + address.toUtf8();
    if (!addExtension(cert.get(), NID_subject_alt_name, san)
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("certificate signing failed");
        return false;
    }
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1) {
        *error = QStringLiteral("PEM encoding failed");
        return false;
    }
    // Key first: a crash in between leaves a mismatched pair, which serverConfiguration() detects.
    if (!JsonFile::writeBytes(m_keyPath, bioBytes(keyBio.get()), true)
        || !JsonFile::writeBytes(m_certPath, bioBytes(certBio.get()))) {
        *error = QStringLiteral("cannot write certificate files");
        return false;
    }
    return true;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QFile cf(m_certPath);
    QFile kf(m_keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate cert(cf.readAll(), QSsl::Pem);
    const QSslKey key(kf.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return {};
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(cert);
    c.setPrivateKey(key);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

QString TlsIdentity::sha256Fingerprint() const
{
    QFile cf(m_certPath);
    if (!cf.open(QIODevice::ReadOnly))
        return {};
    const QSslCertificate cert(cf.readAll(), QSsl::Pem);
    if (cert.isNull())
        return {};
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace cutover
