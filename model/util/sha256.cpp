#include "sha256.h"

#include <openssl/evp.h>

namespace hl {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (m_ctx && EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(const char *data, std::size_t size)
{
    if (m_ctx)
        EVP_DigestUpdate(m_ctx, data, size);
}

QString Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_ctx || EVP_DigestFinal_ex(m_ctx, digest, &length) != 1)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace hl
