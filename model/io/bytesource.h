#pragma once

#include <QString>

#include <cstdint>
#include <memory>

namespace hl {

// Streams the bytes of one export file, transparently inflating `.gz` files (zlib), while
// hashing the raw file bytes (SHA-256, OpenSSL) and counting how many raw bytes were consumed
// (for "percent of bytes" progress). Memory use is bounded (a fixed read buffer).
class ByteSource
{
public:
    explicit ByteSource(const QString &path);
    ~ByteSource();
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;

    // Opens the file. A name ending in ".gz" is read through zlib. On failure returns false
    // and errorString() says what went wrong (e.g. "cannot open: No such file or directory").
    bool open();

    // Reads up to `capacity` decompressed bytes into `buffer`. Returns the number of bytes
    // read, 0 at the end of the data, -1 on an error (errorString(): e.g. "corrupt gzip data").
    // After the end has been reached, sha256Hex() is the hash of the whole raw file.
    std::int64_t read(char *buffer, std::int64_t capacity);

    std::int64_t rawBytesRead() const;   // raw (compressed) bytes consumed so far
    std::int64_t rawSize() const;        // size of the file on disk
    bool isCompressed() const;
    QString sha256Hex() const;           // lower-case hex; valid once read() returned 0
    QString errorString() const;
    QString path() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hl
