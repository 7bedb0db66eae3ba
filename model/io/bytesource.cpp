#include "bytesource.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>
#include <limits>

namespace hl {

namespace {

constexpr std::int64_t InputChunk = 1 << 20; // 1 MiB of raw (compressed) input at a time

} // namespace

struct ByteSource::Private
{
    QString path;
    QFile file;
    bool compressed = false;
    bool opened = false;

    // gzip state
    z_stream zs {};
    bool zInitialised = false;
    bool memberEnded = false;  // inflate() returned Z_STREAM_END for the current member
    bool inputAtEnd = false;   // the file has no more bytes
    std::unique_ptr<unsigned char[]> input;

    // overall state
    bool finished = false;     // read() returned 0
    bool failed = false;       // read() returned -1 (or will, once pending data is delivered)
    QString error;
    std::int64_t rawRead = 0;
    std::int64_t rawSize = 0;

    EVP_MD_CTX *sha = nullptr;
    QString shaHex;

    ~Private()
    {
        if (zInitialised)
            inflateEnd(&zs);
        if (sha)
            EVP_MD_CTX_free(sha);
    }

    // Reads raw bytes from the file and hashes them. Returns the count, 0 at the end, -1 on error.
    std::int64_t readRaw(char *buffer, std::int64_t capacity)
    {
        const std::int64_t n = file.read(buffer, capacity);
        if (n < 0) {
            fail(QCoreApplication::translate("hl::ByteSource", "cannot read: %1")
                     .arg(file.errorString()));
            return -1;
        }
        if (n > 0) {
            EVP_DigestUpdate(sha, buffer, static_cast<std::size_t>(n));
            rawRead += n;
        }
        return n;
    }

    void fail(const QString &message)
    {
        if (!failed) {
            failed = true;
            error = message;
        }
    }

    void finish()
    {
        finished = true;
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(sha, digest, &length);
        shaHex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest),
                                                static_cast<qsizetype>(length)).toHex());
    }

    std::int64_t readCompressed(char *buffer, std::int64_t capacity);
};

std::int64_t ByteSource::Private::readCompressed(char *buffer, std::int64_t capacity)
{
    const auto outCapacity = static_cast<uInt>(
        std::min<std::int64_t>(capacity, std::numeric_limits<uInt>::max() / 2));
    zs.next_out = reinterpret_cast<Bytef *>(buffer);
    zs.avail_out = outCapacity;

    while (zs.avail_out > 0) {
        if (zs.avail_in == 0 && !inputAtEnd) {
            const std::int64_t n = readRaw(reinterpret_cast<char *>(input.get()), InputChunk);
            if (n < 0)
                break;
            if (n == 0) {
                inputAtEnd = true;
            } else {
                zs.next_in = input.get();
                zs.avail_in = static_cast<uInt>(n);
            }
        }
        if (zs.avail_in == 0 && inputAtEnd) {
            if (!memberEnded)
                fail(QCoreApplication::translate("hl::ByteSource",
                                                 "the gzip data ends early (file truncated?)"));
            break;
        }
        if (memberEnded) {
            // Another gzip member follows (concatenated .gz files, as `gzip -c a b` writes).
            inflateReset(&zs);
            memberEnded = false;
        }
        const int ret = inflate(&zs, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            memberEnded = true;
        } else if (ret == Z_BUF_ERROR || ret == Z_OK) {
            // Z_BUF_ERROR: no progress possible; either the output is full (loop ends) or more
            // input is needed (read at the top of the loop).
        } else {
            const QString detail = zs.msg ? QString::fromUtf8(zs.msg) : QString::number(ret);
            fail(QCoreApplication::translate("hl::ByteSource", "corrupt gzip data (%1)").arg(detail));
            break;
        }
    }

    const std::int64_t produced = outCapacity - zs.avail_out;
    if (produced > 0)
        return produced; // an error, if any, is reported by the next call
    if (failed)
        return -1;
    finish();
    return 0;
}

ByteSource::ByteSource(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->file.setFileName(path);
    d->compressed = path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

ByteSource::~ByteSource() = default;

bool ByteSource::open()
{
    if (d->opened)
        return !d->failed;
    d->opened = true;
    if (!d->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        d->fail(QCoreApplication::translate("hl::ByteSource", "cannot open: %1")
                    .arg(d->file.errorString()));
        return false;
    }
    d->rawSize = d->file.size();
    d->sha = EVP_MD_CTX_new();
    if (!d->sha || EVP_DigestInit_ex(d->sha, EVP_sha256(), nullptr) != 1) {
        d->fail(QCoreApplication::translate("hl::ByteSource",
                                            "cannot compute SHA-256 (OpenSSL failed to initialise)"));
        return false;
    }
    if (d->compressed) {
        d->input = std::make_unique<unsigned char[]>(InputChunk);
        if (inflateInit2(&d->zs, 15 + 32) != Z_OK) { // 15 + 32: gzip or zlib header, detected
            d->fail(QCoreApplication::translate("hl::ByteSource", "cannot initialise zlib"));
            return false;
        }
        d->zInitialised = true;
    }
    return true;
}

std::int64_t ByteSource::read(char *buffer, std::int64_t capacity)
{
    if (!d->opened || !d->file.isOpen())
        return -1;
    if (d->finished)
        return 0;
    if (d->failed)
        return -1;
    if (capacity <= 0)
        return 0;
    if (d->compressed)
        return d->readCompressed(buffer, capacity);
    const std::int64_t n = d->readRaw(buffer, capacity);
    if (n == 0)
        d->finish();
    return n;
}

std::int64_t ByteSource::rawBytesRead() const
{
    return d->rawRead - (d->compressed ? static_cast<std::int64_t>(d->zs.avail_in) : 0);
}

std::int64_t ByteSource::rawSize() const
{
    return d->rawSize;
}

bool ByteSource::isCompressed() const
{
    return d->compressed;
}

QString ByteSource::sha256Hex() const
{
    return d->shaHex;
}

QString ByteSource::errorString() const
{
    return d->error;
}

QString ByteSource::path() const
{
    return d->path;
}

} // namespace hl
