#include "demosink.h"

#include <QFile>

#include <openssl/evp.h>
#include <zlib.h>

#include <vector>

namespace hl {

struct DemoSink::Private
{
    QFile file;
    bool gzip = false;
    bool zInitialised = false;
    z_stream z{};
    gz_header header{};
    EVP_MD_CTX *sha = nullptr;
    std::vector<unsigned char> out;
    QString hex;
    QString error;

    ~Private()
    {
        if (zInitialised)
            deflateEnd(&z);
        if (sha)
            EVP_MD_CTX_free(sha);
    }
};

DemoSink::DemoSink()
    : d(std::make_unique<Private>())
{
}

DemoSink::~DemoSink() = default;

QString DemoSink::path() const { return d->file.fileName(); }
QString DemoSink::sha256Hex() const { return d->hex; }
QString DemoSink::errorString() const { return d->error; }

bool DemoSink::open(const QString &path, bool gzip, int level)
{
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        d->error = d->file.errorString();
        return false;
    }
    d->sha = EVP_MD_CTX_new();
    if (!d->sha || EVP_DigestInit_ex(d->sha, EVP_sha256(), nullptr) != 1) {
        d->error = QStringLiteral("cannot initialise SHA-256");
        return false;
    }
    d->gzip = gzip;
    if (gzip) {
        // windowBits 15 + 16: gzip wrapper. The header is set explicitly (no time stamp, OS
        // "Unix") so the bytes do not depend on the machine.
        if (deflateInit2(&d->z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            d->error = QStringLiteral("cannot initialise zlib");
            return false;
        }
        d->zInitialised = true;
        d->header.time = 0;
        d->header.os = 3;
        deflateSetHeader(&d->z, &d->header);
        d->out.resize(1 << 20);
    }
    return true;
}

bool DemoSink::writeRaw(const char *data, std::size_t size)
{
    EVP_DigestUpdate(d->sha, data, size);
    std::size_t done = 0;
    while (done < size) {
        const qint64 n = d->file.write(data + done, static_cast<qint64>(size - done));
        if (n <= 0) {
            d->error = d->file.errorString();
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool DemoSink::deflateChunk(const char *data, std::size_t size, bool last)
{
    d->z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    d->z.avail_in = static_cast<uInt>(size);
    int rc = Z_OK;
    do {
        d->z.next_out = d->out.data();
        d->z.avail_out = static_cast<uInt>(d->out.size());
        rc = deflate(&d->z, last ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR) {
            d->error = QStringLiteral("compression failed");
            return false;
        }
        const std::size_t produced = d->out.size() - d->z.avail_out;
        if (produced && !writeRaw(reinterpret_cast<const char *>(d->out.data()), produced))
            return false;
    } while (d->z.avail_out == 0 || (last && rc != Z_STREAM_END));
    return true;
}

bool DemoSink::write(const char *data, std::size_t size)
{
    if (!d->gzip)
        return writeRaw(data, size);
    constexpr std::size_t MaxChunk = 1u << 30; // avail_in is 32-bit
    while (size > 0) {
        const std::size_t n = size < MaxChunk ? size : MaxChunk;
        if (!deflateChunk(data, n, false))
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool DemoSink::finish()
{
    if (d->gzip && !deflateChunk(nullptr, 0, true))
        return false;
    if (!d->file.flush()) {
        d->error = d->file.errorString();
        return false;
    }
    d->file.close();
    if (d->file.error() != QFileDevice::NoError) {
        d->error = d->file.errorString();
        return false;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->sha, digest, &length);
    static const char Digits[] = "0123456789abcdef";
    d->hex.clear();
    for (unsigned int i = 0; i < length; ++i) {
        d->hex.append(QLatin1Char(Digits[digest[i] >> 4]));
        d->hex.append(QLatin1Char(Digits[digest[i] & 0xf]));
    }
    return true;
}

void DemoSink::abandon()
{
    if (d->file.isOpen())
        d->file.close();
    if (!d->file.fileName().isEmpty())
        QFile::remove(d->file.fileName());
}

} // namespace hl
