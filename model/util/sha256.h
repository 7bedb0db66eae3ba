#pragma once

#include <QString>

#include <cstddef>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace hl {

// Incremental SHA-256 (OpenSSL's EVP: several times faster than QCryptographicHash on large
// files, which matters when an export hashes what it writes).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *data, std::size_t size);
    QString hex(); // lower-case; ends the hash (call once)

private:
    ::evp_md_ctx_st *m_ctx;
};

} // namespace hl
