// SPDX-License-Identifier: GPL-3.0-or-later
#include "licensesigner.h"

#include <QFile>
#include <QJsonDocument>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cutover {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> loadKey(const QString &path, bool isPrivate)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    EVP_PKEY *k = isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                            : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    return std::unique_ptr<EVP_PKEY, PkeyFree>(k);
}

} // namespace

QByteArray LicenseSigner::canonical(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QByteArray LicenseSigner::sign(const QJsonObject &document, const QString &privateKeyPath, QString *error)
{
    auto key = loadKey(privateKeyPath, true);
    if (!key) {
        if (error)
            *error = QStringLiteral("cannot load signing key %1").arg(privateKeyPath);
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const QByteArray data = canonical(document);
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
            != 1) {
        if (error)
            *error = QStringLiteral("signing failed");
        return {};
    }
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
        != 1) {
        if (error)
            *error = QStringLiteral("signing failed");
        return {};
    }
    sig.resize(qsizetype(len));
    return sig;
}

bool LicenseSigner::verify(
    const QJsonObject &document, const QByteArray &signature, const QString &publicKeyPath)
{
    if (signature.isEmpty())
        return false;
    auto key = loadKey(publicKeyPath, false);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const QByteArray data = canonical(document);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
        == 1;
}

} // namespace cutover
